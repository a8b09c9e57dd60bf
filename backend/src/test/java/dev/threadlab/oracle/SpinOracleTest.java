package dev.threadlab.oracle;

import dev.threadlab.testing.TestServer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Functional: {@code POST /api/explore} with {@code "timing": "any"} must reach exactly the outcomes SPIN reaches on a
 * Promela model of the same scenario, written from CPython's rules (docs/DESIGN.md §3.1), not from the engine.
 *
 * <p>Every {@code <name>.json} under {@code src/test/resources/dev/threadlab/oracle/} is checked under the GIL when
 * {@code <name>.gil.pml} exists and free-threaded when {@code <name>.ft.pml} does; the test sets
 * {@code runtime.model}. Both sides are normalized by {@link SpinOracle#outcome}.
 */
@Timeout(300)
class SpinOracleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> MODELS = Map.of("gil", "gil", "free-threaded", "ft");
    private static final List<String> SPIN_TIMES = new ArrayList<>();
    private static double spinMillis;
    private static double spinSearchMillis;

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeAll
    static void spinIsThere() {
        SpinOracle.ensureSpin();
    }

    @AfterAll
    static void printSpinTimes() {
        SPIN_TIMES.forEach(System.out::println);
        System.out.printf("SPIN, all %d models: %.0f ms end to end (spin -a, gcc, pan), %.1f ms searching%n",
                SPIN_TIMES.size(), spinMillis, spinSearchMillis);
    }

    static Stream<Arguments> scenariosAndModels() throws IOException, URISyntaxException {
        Path dir = folder();
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString().replaceFirst("\\.json$", "");
                for (String model : List.of("gil", "free-threaded")) {
                    if (Files.exists(dir.resolve(name + "." + MODELS.get(model) + ".pml"))) {
                        cases.add(Arguments.of(name, model));
                    }
                }
            }
        }
        assertThat(cases).as("oracle scenarios in " + dir).isNotEmpty();
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} under {1}: timing any finds exactly the outcomes SPIN finds")
    @MethodSource("scenariosAndModels")
    void timing_any_finds_exactly_the_outcomes_spin_finds(String name, String model) throws Exception {
        String promela = name + "." + MODELS.get(model) + ".pml";
        SpinOracle.Result spin = SpinOracle.check(promela);
        record(promela, spin);

        ObjectNode scenario = (ObjectNode) JSON.readTree(Files.readString(folder().resolve(name + ".json")));
        ObjectNode runtime = scenario.has("runtime") ? (ObjectNode) scenario.get("runtime")
                : scenario.putObject("runtime");
        runtime.put("model", model);
        ObjectNode request = JSON.createObjectNode();
        request.set("scenario", scenario);
        request.put("timing", "any");
        var res = server.post("/api/explore", JSON.writeValueAsString(request));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(res.body());
        SortedSet<String> explorer = outcomes(answer);

        SortedSet<String> onlySpin = new TreeSet<>(spin.outcomes());
        onlySpin.removeAll(explorer);
        SortedSet<String> onlyExplorer = new TreeSet<>(explorer);
        onlyExplorer.removeAll(spin.outcomes());
        String report = String.format("%s under %s%n  SPIN (%s, %d states):%n%s%n"
                        + "  explorer (complete=%s, stoppedBy=%s, %s states):%n%s%n"
                        + "  only SPIN: %s%n  only explorer: %s",
                name, model, promela, spin.states(), lines(spin.outcomes()), answer.path("complete"),
                answer.path("stoppedBy"), answer.path("states"), lines(explorer), onlySpin, onlyExplorer);
        System.out.println(report);
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(explorer).as(report).isEqualTo(spin.outcomes());
            soft.assertThat(answer.path("complete").asBoolean()).as("complete, in " + report).isTrue();
        });
    }

    /** The explorer's outcomes, normalized as SPIN's lines are. */
    private static SortedSet<String> outcomes(JsonNode answer) {
        SortedSet<String> out = new TreeSet<>();
        for (JsonNode o : answer.get("outcomes")) {
            Map<String, Long> variables = new TreeMap<>();
            o.get("variables").properties().forEach(e -> variables.put(e.getKey(), e.getValue().asLong()));
            List<String> errors = new ArrayList<>();
            o.path("errors").forEach(e -> errors.add(e.asString()));
            out.add(SpinOracle.outcome(o.get("outcome").asString(), variables, errors));
        }
        return out;
    }

    private static String lines(SortedSet<String> outcomes) {
        StringBuilder b = new StringBuilder();
        outcomes.forEach(o -> b.append(b.isEmpty() ? "" : System.lineSeparator()).append("    ").append(o));
        return b.toString();
    }

    private static synchronized void record(String promela, SpinOracle.Result spin) {
        spinMillis += spin.millis();
        spinSearchMillis += spin.searchMillis();
        SPIN_TIMES.add(String.format("SPIN %-40s %6d states %7d transitions %7.0f ms end to end %6.1f ms search",
                promela, spin.states(), spin.transitions(), spin.millis(), spin.searchMillis()));
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SpinOracleTest.class.getResource(SpinOracle.RESOURCES),
                "the oracle folder on the test class path").toURI());
    }
}
