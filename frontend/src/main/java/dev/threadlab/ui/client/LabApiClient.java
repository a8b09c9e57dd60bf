package dev.threadlab.ui.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.vaadin.flow.server.VaadinService;
import dev.threadlab.engine.Timing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The UI's client of the lab's public HTTP API: the UI can do nothing a script could not
 * (docs/DESIGN.md §1). Failures surface as {@link LabApiException} with the server's problem detail.
 */
public final class LabApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final String baseUrl;

    public LabApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The client of the server this UI runs in: the application puts it in the servlet context when it starts
     * ({@code LabApplication}), so that the UI never reaches into the application for it.
     */
    public static LabApiClient local() {
        LabApiClient client = VaadinService.getCurrent().getContext().getAttribute(LabApiClient.class);
        if (client == null) {
            throw new IllegalStateException("No LabApiClient in the servlet context: LabApplication installs one");
        }
        return client;
    }

    /** A lesson as listed by {@code GET /api/presets}. */
    public record PresetSummary(String id, String title, String section, String summary) {
    }

    public List<PresetSummary> presets() {
        JsonNode list = getJson("/api/presets");
        List<PresetSummary> presets = new ArrayList<>();
        for (JsonNode p : list) {
            presets.add(new PresetSummary(p.path("id").asString(""), p.path("title").asString(""),
                    p.path("section").asString(""), p.path("summary").asString("")));
        }
        return presets;
    }

    /** A preset: its scenario plus the {@code lesson} object. */
    public JsonNode preset(String id) {
        return getJson("/api/presets/" + encode(id));
    }

    /** A shared snapshot saved by {@code POST /api/scenarios}. */
    public JsonNode savedScenario(String id) {
        return getJson("/api/scenarios/" + encode(id));
    }

    /**
     * The answer to {@code POST /api/runs}: the run's id and its summary (also as the raw JSON text); a summary of
     * null and a text of "" for a run still being computed ({@link #startRun}).
     */
    public record RunAnswer(String runId, JsonNode summary, String summaryJson) {

        public boolean computed() {
            return summary != null;
        }
    }

    /** {@code POST /api/reality}: the scenario run by the lab and by the server's real CPython, side by side. */
    public JsonNode reality(String scenarioJson) {
        return postJson("/api/reality", scenarioJson);
    }

    /** {@code GET /api/reality}: {@code python} (its version) or null and {@code install} (what to install). */
    public JsonNode realityStatus() {
        return getJson("/api/reality");
    }

    public RunAnswer run(String scenarioJson) {
        return runAnswer(postForText("/api/runs", body(ScenarioRequest.of(scenarioJson))));
    }

    /**
     * {@code POST /api/runs} with {@code Prefer: respond-async}: the run's id at once, while the server computes it
     * (its summary comes with the stream), or the summary of a run the server already has.
     */
    public RunAnswer startRun(String scenarioJson) {
        String answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/runs"))
                .header("Content-Type", "application/json").header("Prefer", "respond-async")
                .POST(HttpRequest.BodyPublishers.ofString(body(ScenarioRequest.of(scenarioJson)))).build());
        JsonNode body = JSON.readTree(answer);
        if ("computing".equals(body.path("state").asString(""))) {   // 202: the summary comes with the stream
            return new RunAnswer(body.path("runId").asString(""), null, "");
        }
        return runAnswer(answer);
    }

    /**
     * The body of {@code POST /api/runs}, {@code /api/explore} and {@code /api/scheduler}: the scenario as the editor
     * wrote it (its JSON text, written as it is, not read again), and what the endpoint asks besides; absent fields
     * are left out. One record for the three bodies, so that a field's name is written in one place.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScenarioRequest(@JsonRawValue String scenario, Boolean exploring, String timing,
                                  List<Integer> schedule) {

        static ScenarioRequest of(String scenarioJson) {
            return new ScenarioRequest(scenarioJson, null, null, null);
        }
    }

    /**
     * {@code POST /api/runs} of a given schedule (a JSON array of choices) in exploring mode, as the explorer runs it
     * under {@code timing}: an explorer's witness with its exploration's timing, a hand-made schedule with
     * {@link Timing#ANY}, the timing the scheduler mode plays (it offers the explorer's choices).
     */
    public RunAnswer runSchedule(String scenarioJson, List<Integer> schedule, Timing timing) {
        return runAnswer(postForText("/api/runs", body(new ScenarioRequest(scenarioJson, true, timing.json(),
                List.copyOf(schedule)))));
    }

    /** {@code POST /api/explore}: every outcome of the scenario under {@code timing} (docs/DESIGN.md §3.1). */
    public JsonNode explore(String scenarioJson, Timing timing) {
        return postJson("/api/explore", body(new ScenarioRequest(scenarioJson, null, timing.json(), null)));
    }

    /** {@code POST /api/scheduler}: the scenario run in exploring mode along {@code schedule}, to its next choice. */
    public JsonNode schedulerStep(String scenarioJson, List<Integer> schedule) {
        return postJson("/api/scheduler", body(new ScenarioRequest(scenarioJson, null, null, List.copyOf(schedule))));
    }

    /** The timing an answer names ({@code "timing"}), or {@code otherwise} when it names none the lab knows. */
    public static Timing timingOf(JsonNode answer, Timing otherwise) {
        return Optional.ofNullable(Timing.fromJson(answer.path("timing").asString(""))).orElse(otherwise);
    }

    private static String body(ScenarioRequest request) {
        return JSON.writeValueAsString(request);
    }

    private static RunAnswer runAnswer(String text) {
        JsonNode summary = JSON.readTree(text);
        return new RunAnswer(summary.path("runId").asString(""), summary, text);
    }

    /** A saved, immutable snapshot and the path of its share link ({@code /s/{id}}). */
    public record SavedLink(String id, String url) {
    }

    public SavedLink share(String scenarioJson) {
        JsonNode saved = postJson("/api/scenarios", scenarioJson);
        return new SavedLink(saved.path("id").asString(""), saved.path("url").asString(""));
    }

    /** The runnable CPython script of a scenario ({@code POST /api/export/python}). */
    public String exportPython(String scenarioJson) {
        return postForText("/api/export/python", scenarioJson);
    }

    /**
     * The problems of a scenario, by JSON path, as the API reports them (422). The export endpoint
     * validates without running anything, so it is the cheapest check; an empty list means valid.
     */
    public List<LabApiException.FieldError> validate(String scenarioJson) {
        try {
            exportPython(scenarioJson);
            return List.of();
        } catch (LabApiException e) {
            if (e.status() == 422 || e.status() == 400) {
                return e.errors().isEmpty() ? List.of(new LabApiException.FieldError("", e.getMessage())) : e.errors();
            }
            if (e.status() == 404) {
                return List.of(); // an API without the export endpoint: nothing to say before the run
            }
            throw e;
        }
    }

    /** A place in a pasted program and what the importer says of it (a note, or a construct it cannot model). */
    public record SourceNote(int line, int column, String message) {
    }

    /** The body of {@code POST /api/import/python}. */
    public record ImportRequest(String source) {
    }

    /** What {@code POST /api/import/python} made of a program: its diagram, or why it has none. */
    public sealed interface PythonImport {
    }

    /** The program read into a scenario, with notes on what was modelled approximately (an unknown call …). */
    public record Imported(JsonNode scenario, List<SourceNote> notes) implements PythonImport {

        public Imported {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /** The 422 answer: every construct the lab cannot model (or the syntax error), each at its line and column. */
    public record Refused(String detail, List<SourceNote> errors) implements PythonImport {

        public Refused {
            detail = detail == null ? "" : detail;
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /**
     * {@code POST /api/import/python}: the program is parsed by the server's CPython, never run. A program the lab
     * cannot model is {@link Refused}; any other failure (too big, the API unreachable) is a {@link LabApiException}.
     */
    public PythonImport importPython(String source) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/api/import/python"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(new ImportRequest(source)))).build());
        if (response.statusCode() == 422) {
            return JSON.readerFor(Refused.class).readValue(response.body());
        }
        if (response.statusCode() >= 400) {
            throw LabApiException.fromProblem(response.statusCode(), response.body());
        }
        return JSON.readerFor(Imported.class).readValue(response.body());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public JsonNode getJson(String path) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build()));
    }

    public JsonNode postJson(String path, String body) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** A GET (null body) or POST of JSON with extra request headers, as name-value pairs. */
    public JsonNode requestJson(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return JSON.readTree(send(body == null ? request.GET().build() : request.header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    public String postForText(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String send(HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() >= 400) {
            throw LabApiException.fromProblem(response.statusCode(), response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LabApiException(0, "The lab's API cannot be reached: " + e.getMessage(), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabApiException(0, "Interrupted while calling the lab's API", List.of());
        }
    }
}
