package dev.threadlab.json;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.threadlab.api.ProblemException;
import dev.threadlab.lessons.Lesson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/**
 * The lab's one JSON mapper and the rules for reading untrusted bodies. Malformed input of any kind
 * (truncated, trailing garbage, duplicate keys, too deep, huge numbers or strings, not UTF-8) is a 400
 * problem, never a 500. Numbers are read exactly (BigDecimal / BigInteger), so writing a tree back never
 * turns {@code 1e400} into the invalid {@code Infinity}.
 */
public final class LabJson {

    private static final int MAX_NUMBER_LENGTH = 100;

    private final JsonMapper mapper;

    public LabJson(int maxDepth) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addMixIn(Lesson.Grade.class, GradeByJsonName.class)
                .build();
    }

    /** A lesson's grade is written by its JSON name ({@code "unclassified"}), in every verdict the lab sends. */
    private interface GradeByJsonName {
        @JsonValue
        String jsonName();
    }

    public JsonMapper mapper() {
        return mapper;
    }

    /** Parses a request body; anything that is not one well-formed JSON value is a 400 problem. */
    public JsonNode parse(byte[] body) {
        return readTree(mapper, body);
    }

    /**
     * The lab's one reading policy, for REST bodies and WebSocket messages alike: one well-formed UTF-8 JSON value
     * within the mapper's limits, or a 400 {@link ProblemException} whose detail says what is wrong and where, in
     * words of JSON (never a Java or Jackson name, never a raw control character).
     */
    public static JsonNode readTree(JsonMapper mapper, byte[] body) {
        if (body.length == 0) {
            throw ProblemException.badRequest("The request body is empty; a JSON document was expected.");
        }
        if (!isUtf8(body)) {
            throw ProblemException.badRequest("The request body is not UTF-8 text.");
        }
        return read("The request body", () -> mapper.readTree(body));
    }

    /** As {@link #readTree(JsonMapper, byte[])}, for a WebSocket text message. */
    public static JsonNode readTree(JsonMapper mapper, String text) {
        if (text.isEmpty()) {
            throw ProblemException.badRequest("The message is empty; a JSON document was expected.");
        }
        return read("The message", () -> mapper.readTree(text));
    }

    private static JsonNode read(String what, java.util.function.Supplier<JsonNode> reading) {
        try {
            JsonNode tree = reading.get();
            if (tree == null || tree.isMissingNode()) {
                throw ProblemException.badRequest(what + " holds no JSON value.");
            }
            return tree;
        } catch (JacksonException e) {
            throw ProblemException.badRequest(what + " is not valid JSON: " + JsonFailure.describe(e) + ".");
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson reports numbers beyond what BigDecimal holds (1e-2147483649) this way, not as a JacksonException.
            throw ProblemException.badRequest(what + " holds a number out of range (its exponent is too large).");
        }
    }

    /** Parses a body that must be a JSON object. */
    public JsonNode parseObject(byte[] body) {
        JsonNode tree = parse(body);
        if (!tree.isObject()) {
            throw ProblemException.badRequest("The request body must be a JSON object, not " + describe(tree) + ".");
        }
        return tree;
    }

    /** Compact JSON text of a tree, in its key order: the canonical form stored for saved scenarios. */
    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw ProblemException.badRequest("The JSON document cannot be written back: " + e.getOriginalMessage());
        }
    }

    public static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case BINARY -> "binary data";
            case MISSING -> "nothing";
        };
    }

    /** Strict UTF-8 check (also refuses encoded surrogates), so Jackson never guesses UTF-16 or 32. */
    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
