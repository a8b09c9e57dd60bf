package dev.threadlab.rooms;

/**
 * A student's display name: 1–40 characters after trimming, no control or invisible formatting characters (no
 * newlines, no bidirectional overrides that would let a name disguise another). Nothing is escaped here: the UI
 * renders names as text, never as HTML.
 */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 40;

    public DisplayName {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** The name as typed, trimmed; or an {@link IllegalArgumentException} saying what is wrong with it. */
    public static DisplayName of(String typed) {
        return new DisplayName(typed == null ? null : typed.strip());
    }

    static String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return "A display name is required (1 to " + MAX_LENGTH + " characters).";
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH || value.length() > 2 * MAX_LENGTH) {
            return "A display name has at most " + MAX_LENGTH + " characters; this one has " + length + ".";
        }
        if (!value.equals(value.strip())) {
            return "A display name cannot start or end with spaces.";
        }
        return isPrintable(value) ? null
                : "A display name cannot contain control or invisible formatting characters.";
    }

    /** No control, formatting (bidirectional overrides, zero-width), unassigned or private-use characters. */
    static boolean isPrintable(String value) {
        return value.codePoints().allMatch(cp -> switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        });
    }
}
