package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import tools.jackson.databind.JsonNode;

import java.util.function.Consumer;

/** "Who needs help": the challenge posed and every student's latest submission to it, with its verdict. */
final class TeacherDashboard extends Div {

    private static final long serialVersionUID = 1L;

    private final Span challengeText = new Span();
    private final ResultsTable results;

    /** @param open shows a submission to the room, by its id */
    TeacherDashboard(Consumer<String> open) {
        results = new ResultsTable(open);
        challengeText.setId("challenge-posed");
        add(new H3("Who needs help"), challengeText, results);
        getStyle().set("flex", "1");
    }

    /** The room's state: its challenge (or none) and its submissions. */
    void all(JsonNode challenge, JsonNode submissions) {
        showChallenge(challenge);
        results.all(submissions);
    }

    /** A submission received or graded. */
    void put(JsonNode submission) {
        results.put(submission);
    }

    void showChallenge(JsonNode challenge) {
        if (challenge == null || !challenge.isObject()) {
            challengeText.setText("No challenge posed.");
            challengeText.getElement().setAttribute("data-goal", "");
            results.challenge("");
            return;
        }
        String title = challenge.path("scenario").path("title").asString("");
        String words = Goals.describe(challenge);
        challengeText.setText("Posed: " + (title.isEmpty() ? "" : title + " · ") + words);
        challengeText.getElement().setAttribute("data-goal", challenge.path("goal").path("kind").asString(""));
        String id = challenge.path("id").asString("");
        if (!id.equals(challengeText.getElement().getAttribute("data-challenge"))) {
            challengeText.getElement().setAttribute("data-challenge", id);
            results.challenge((title.isEmpty() ? "" : title + ": ") + words);
        }
    }
}
