package dev.threadlab.rooms;

import java.util.Optional;

/**
 * The {@code source} of a room's scenario when the teacher shows a student's submission:
 * {@code submission:{id}:{name}} (ROOMS.md). Written here, read by the room's pages.
 */
public record SubmissionSource(String id, String name) {

    private static final String PREFIX = "submission:";

    static SubmissionSource of(Submission submission) {
        return new SubmissionSource(submission.id(), submission.name());
    }

    /** {@code submission:{id}:{name}}. */
    public String text() {
        return PREFIX + id + ":" + name;
    }

    /** The submission a source names; empty for {@code teacher}, null or anything else. */
    public static Optional<SubmissionSource> parse(String source) {
        if (source == null || !source.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = source.substring(PREFIX.length()).split(":", 2);
        return parts.length == 2 ? Optional.of(new SubmissionSource(parts[0], parts[1])) : Optional.empty();
    }
}
