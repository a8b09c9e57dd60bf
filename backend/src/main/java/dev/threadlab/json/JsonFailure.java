package dev.threadlab.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

import java.util.regex.Pattern;

/**
 * Says why Jackson refused a document in the words of JSON, with the line and column: Jackson's own messages name
 * its classes and settings ({@code StreamReadConstraints.getMaxNestingDepth()}, {@code tools.jackson.databind.JsonNode},
 * {@code StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION}), which mean nothing to a client and tell an attacker what the
 * server runs.
 */
final class JsonFailure {

    /** A `quoted` Java or Jackson name, or a parenthesised remark that holds one. */
    private static final Pattern INTERNAL = Pattern.compile("\\s*\\([^()]*`[^`]*`[^()]*\\)|`[^`]*`");
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:tools|com|java|javax|jakarta|org)\\.[a-z]\\w*\\.");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private JsonFailure() {
    }

    static String describe(JacksonException e) {
        String what = switch (e) {
            case StreamConstraintsException limit -> limit(limit.getOriginalMessage());
            case UnexpectedEndOfInputException end -> "the document ends too early";
            default -> plain(e.getOriginalMessage());
        };
        return what + where(e.getLocation());
    }

    private static String limit(String message) {
        String text = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (text.contains("nesting")) {
            return "the document is nested too deeply";
        }
        if (text.contains("number")) {
            return "a number has too many digits";
        }
        if (text.contains("string")) {
            return "a string is too long";
        }
        if (text.contains("name")) {
            return "a key is too long";
        }
        return "the document is too large";
    }

    private static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "the document is malformed";
        }
        if (message.startsWith("Trailing token")) {
            return "there is more after the JSON value";
        }
        if (message.startsWith("Duplicate Object property")) {
            return "an object has the same key twice";
        }
        String text = INTERNAL.matcher(message).replaceAll("");
        text = CONTROL.matcher(text).replaceAll("?").strip();
        if (text.isEmpty() || JAVA_NAME.matcher(text).find()) {
            return "the document is malformed";
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
