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

    /** As {@link #problemWith}, for a student joining: also refuses the names the teacher is shown by. */
    static String problemWithStudentName(String value) {
        String problem = problemWith(value);
        if (problem == null && RESERVED.contains(java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT))) {
            return "\"" + value + "\" is reserved: the room's teacher is shown by that name.";
        }
        return problem;
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
        if (value.codePoints().allMatch(DisplayName::rendersBlank)) {
            return "A display name must show at least one visible character.";
        }
        return isPrintable(value) ? null
                : "A display name cannot contain control or invisible formatting characters.";
    }

    /** Names a student may not take: a student called "Teacher" would pass for the room's teacher. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("teacher");

    /**
     * Characters that draw nothing on their own: spaces, fillers (Hangul U+115F, U+1160, U+3164, U+FFA0), the blank
     * Braille pattern U+2800, and combining marks such as the grapheme joiner U+034F.
     */
    static boolean rendersBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800 || cp == 0x180E
                || cp == 0x17B4 || cp == 0x17B5
                || switch (Character.getType(cp)) {
                    case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                         Character.FORMAT, Character.CONTROL -> true;
                    default -> false;
                };
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
