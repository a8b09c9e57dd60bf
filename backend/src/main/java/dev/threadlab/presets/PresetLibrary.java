package dev.threadlab.presets;

import dev.threadlab.json.LabJson;
import dev.threadlab.json.LessonReader;
import dev.threadlab.json.TreeReader;
import dev.threadlab.lessons.Lesson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lesson presets shipped in {@code presets/} on the classpath: {@code index.json} lists their ids in
 * teaching order, each {@code <id>.json} is a scenario with a top-level {@code lesson}. Loaded once;
 * a preset whose lesson is malformed stops the server at start-up rather than confusing a learner later
 * (its scenario is checked by the build: {@code EveryPresetTest} parses and validates every one).
 */
public final class PresetLibrary {

    /** One line of {@code GET /api/presets}. */
    public record PresetInfo(String id, String title, String section, String summary) {
    }

    /** A preset: its catalogue line, its lesson and its scenario's canonical JSON text (lesson included). */
    public record Preset(PresetInfo info, Lesson lesson, JsonNode scenario, String json) {
    }

    private final Map<String, Preset> presets;

    private PresetLibrary(Map<String, Preset> presets) {
        this.presets = presets;
    }

    public static PresetLibrary fromClasspath(LabJson json) {
        JsonNode index = json.parse(resource("presets/index.json"));
        Map<String, Preset> presets = new LinkedHashMap<>();
        for (JsonNode id : index) {
            Preset preset = load(json, id.stringValue());
            presets.put(preset.info().id(), preset);
        }
        return new PresetLibrary(presets);
    }

    public List<PresetInfo> list() {
        return presets.values().stream().map(Preset::info).toList();
    }

    public Optional<Preset> find(String id) {
        return Optional.ofNullable(presets.get(id));
    }

    private static Preset load(LabJson json, String id) {
        JsonNode scenario = json.parseObject(resource("presets/" + id + ".json"));
        TreeReader in = new TreeReader();
        Optional<Lesson> lesson = Optional.ofNullable(scenario.get("lesson"))
                .flatMap(node -> new LessonReader(in).read(node, "lesson"));
        if (lesson.isEmpty() || !in.problems().isEmpty() || !lesson.get().id().equals(id)) {
            throw new IllegalStateException("Preset " + id + " has no valid lesson with id \"" + id + "\": " + in.problems());
        }
        String title = scenario.path("title").asString(id);
        PresetInfo info = new PresetInfo(id, title, lesson.get().section(), lesson.get().summary());
        return new Preset(info, lesson.get(), scenario, json.write(scenario));
    }

    private static byte[] resource(String name) {
        try (InputStream stream = PresetLibrary.class.getClassLoader().getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException("Missing classpath resource " + name);
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
