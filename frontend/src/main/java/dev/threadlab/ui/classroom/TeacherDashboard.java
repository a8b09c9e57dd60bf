package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.rooms.Challenge;
import dev.threadlab.rooms.RoomEvent.SubmissionView;

import java.util.List;
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
    void all(Challenge challenge, List<SubmissionView> submissions) {
        showChallenge(challenge);
        results.all(submissions);
    }

    /** A submission received or graded. */
    void put(SubmissionView submission) {
        results.put(submission);
    }

    void showChallenge(Challenge challenge) {
        if (challenge == null) {
            challengeText.setText("No challenge posed.");
            challengeText.getElement().setAttribute("data-goal", "");
            results.challenge("");
            return;
        }
        String title = challenge.scenario() == null ? "" : challenge.scenario().path("title").asString("");
        String words = challenge.goalWords();
        challengeText.setText("Posed: " + (title.isEmpty() ? "" : title + " · ") + words);
        challengeText.getElement().setAttribute("data-goal", challenge.goal().kind());
        String id = challenge.id();
        if (!id.equals(challengeText.getElement().getAttribute("data-challenge"))) {
            challengeText.getElement().setAttribute("data-challenge", id);
            results.challenge((title.isEmpty() ? "" : title + ": ") + words);
        }
    }
}
