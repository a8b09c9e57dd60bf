package dev.threadlab.runs;

import dev.threadlab.engine.Simulator;
import dev.threadlab.engine.Timing;
import dev.threadlab.json.LabJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a run is (the engine is deterministic): the scenario as sent (its lesson, if any, grades the run), the forced
 * schedule, the exploring flag and the timing, under one engine version. Its canonical text (keys sorted at every
 * level, compact) is what the database keeps, and its id is a hash of that text: identical runs have one id, are
 * computed once and shared, and any node can recompute any run from its id.
 */
public record RunRecipe(JsonNode scenario, List<Integer> schedule, boolean exploring, Timing timing) {

    public RunRecipe {
        schedule = List.copyOf(schedule);
    }

    /** {"engine", "exploring", "scenario", "schedule", "timing"} with every object's keys sorted. */
    public String canonicalJson(LabJson json) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("engine", Simulator.ENGINE_VERSION);
        root.put("exploring", exploring);
        root.set("scenario", sorted(scenario));
        ArrayNode s = root.putArray("schedule");
        schedule.forEach(s::add);
        root.put("timing", timing.json());
        return json.write(root);
    }

    /** 32 hex digits of the SHA-256 of the canonical text. */
    public String id(LabJson json) {
        return idOf(canonicalJson(json));
    }

    /** The id of a recipe's canonical text. */
    public static String idOf(String canonicalJson) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A run id as {@link #id} makes them, checked before it reaches the database. */
    public static boolean looksLikeId(String id) {
        return id != null && id.length() == 32 && id.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** The recipe in a canonical text (as stored), or empty if it is not one. */
    public static RunRecipe fromCanonical(String text, LabJson json) {
        JsonNode root = json.parseObject(text.getBytes(StandardCharsets.UTF_8));
        List<Integer> schedule = new ArrayList<>();
        root.path("schedule").values().forEach(n -> schedule.add(n.asInt()));
        Timing timing = Timing.valueOf(root.path("timing").asString("simulated").toUpperCase(java.util.Locale.ROOT));
        return new RunRecipe(root.path("scenario"), schedule, root.path("exploring").asBoolean(false), timing);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.propertyNames().stream().sorted().forEach(k -> out.set(k, sorted(node.get(k))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(v -> out.add(sorted(v)));
            return out;
        }
        return node;
    }
}
