package dev.threadlab.rooms;

import tools.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of {@link RoomCommand}s (and their {@link Goal}s) and what each must be, said as the refusal a malformed
 * command gets ({@code Error{code:"bad-message"}}). The records check their values with these when they are made, and
 * {@link RoomProtocol} words a value Jackson cannot read by the field it was reading.
 */
enum CommandField {
    TYPE("type", "\"type\"", "must be a non-empty string"),
    RUN_ID("runId", "\"runId\"", "must be a non-empty string"),
    SUBMISSION_ID("submissionId", "\"submissionId\"", "must be a non-empty string"),
    KIND("kind", "\"kind\"", "must be a non-empty string"),
    NAME("name", "\"name\"", "must be a non-empty string"),
    SCENARIO("scenario", "\"scenario\"", "must be a scenario object"),
    POSITION_US("positionUs", "\"positionUs\"", "must be a non-negative integer"),
    SEQ("seq", "\"seq\"", "must be a non-negative integer"),
    FROM_SEQ("fromSeq", "\"fromSeq\"", "must be a non-negative integer"),
    SPEED("speed", "\"speed\"", "must be a number"),
    DELTA("delta", "\"delta\"", "must be an integer between -1000000 and 1000000"),
    MODE("mode", "\"mode\"", "must be \"follow\" or \"free\""),
    GOAL("goal", "\"goal\"", "must be an object with a \"kind\""),
    MS("ms", "goal.ms", "must be a number"),
    VALUE("value", "goal.value", "must be a number");

    /** The longest text a command's string field may hold. */
    static final int MAX_TEXT = 200;
    static final int MAX_DELTA = 1_000_000;

    private final String jsonName;
    private final String label;
    private final String rule;

    CommandField(String jsonName, String label, String rule) {
        this.jsonName = jsonName;
        this.label = label;
        this.rule = rule;
    }

    /** The field named {@code jsonName} in a command, if commands have one. */
    static Optional<CommandField> named(String jsonName) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(jsonName)).findFirst();
    }

    /** The refusal of a value this field cannot take: {@code "positionUs" must be a non-negative integer.} */
    BadMessage refused() {
        return new BadMessage(label + " " + rule + ".");
    }

    <T> T present(T value) {
        if (value == null) {
            throw refused();
        }
        return value;
    }

    /** A non-blank string of at most {@link #MAX_TEXT} characters. */
    String text(String value) {
        if (value == null || value.isBlank()) {
            throw refused();
        }
        if (value.length() > MAX_TEXT) {
            throw new BadMessage(label + " is too long.");
        }
        return value;
    }

    long nonNegative(long value) {
        if (value < 0) {
            throw refused();
        }
        return value;
    }

    /** A scenario: any JSON object (the engine's reader checks the rest when it is run or graded). */
    JsonNode scenario(JsonNode value) {
        if (value == null || !value.isObject()) {
            throw refused();
        }
        return value;
    }
}
