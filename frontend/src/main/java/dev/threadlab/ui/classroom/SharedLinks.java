package dev.threadlab.ui.classroom;

import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a link a teacher pastes shows: a shared snapshot ({@code …/s/{id}}, with or without {@code ?run=} or
 * {@code ?schedule=}), a lesson ({@code …/editor/{lesson}}), or a run ({@code ?run={id}}). Only the path's id is read
 * (letters, digits, {@code -} and {@code _}): the link is never fetched as given.
 */
final class SharedLinks {

    /** A scenario to run for the room, or a run to show as it is. */
    sealed interface Target {
    }

    record ScenarioTarget(JsonNode scenario) implements Target {
    }

    record RunTarget(String runId) implements Target {
    }

    private static final Pattern SNAPSHOT = Pattern.compile("/s/([A-Za-z0-9_-]{1,64})(?:[/?#]|$)");
    private static final Pattern LESSON = Pattern.compile("/editor/([A-Za-z0-9_-]{1,64})(?:[/?#]|$)");
    private static final Pattern RUN = Pattern.compile("[?&]run=([A-Za-z0-9_-]{1,64})(?:[&#]|$)");

    private SharedLinks() {
    }

    /** The target a link names; a refusal says what a link may look like. */
    static Target resolve(LabApiClient api, String link) {
        String text = link == null ? "" : link.strip();
        Optional<String> snapshot = group(SNAPSHOT, text);
        if (snapshot.isPresent()) {
            return new ScenarioTarget(api.getJson("/api/scenarios/" + snapshot.get()));
        }
        Optional<String> lesson = group(LESSON, text);
        if (lesson.isPresent()) {
            return new ScenarioTarget(api.preset(lesson.get()));
        }
        return group(RUN, text).<Target>map(RunTarget::new).orElseThrow(() -> new LabApiException(422,
                "Paste a shared link (…/s/…), a lesson's address (…/editor/…) or a run's (…?run=…).", List.of()));
    }

    private static Optional<String> group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
