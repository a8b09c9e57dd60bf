package dev.threadlab.json;

import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.StepOp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link StepOp} is the one list of ops: it names exactly the steps of the engine's model, each with that step's
 * fields as its keys; the reader turns each op into its own step; and DESIGN.md's table of steps names the same ops.
 */
class StepOpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DESIGN = Path.of("../docs/DESIGN.md");

    private static List<String> opNames() {
        return Arrays.stream(StepOp.values()).map(StepOp::jsonName).toList();
    }

    @Test
    void the_ops_are_the_steps_of_the_model() {
        assertThat(EveryStep.steps()).extracting(step -> step.op().jsonName()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(opNames());
    }

    @Test
    void each_ops_keys_are_its_steps_fields() {
        for (Step step : EveryStep.steps()) {
            StepOp op = step.op();
            assertThat(op.keys()).as(op.jsonName()).containsExactlyInAnyOrderElementsOf(EveryStep.fields(step).keySet());
        }
    }

    @Test
    void the_reader_reads_each_op_into_its_own_step_with_every_field() {
        for (Step step : EveryStep.steps()) {
            JsonNode json = json(step);
            assertThat(StepJson.read(json)).as(json.toString()).contains(step);
        }
    }

    @Test
    void an_op_is_found_by_its_json_name_only() {
        assertThat(StepOp.of("notifyAll")).contains(StepOp.NOTIFY_ALL);
        assertThat(StepOp.of("NOTIFY_ALL")).isEmpty();
        assertThat(StepOp.of("notify_all")).isEmpty();
    }

    @Test
    void the_design_documents_every_op_in_its_table_of_steps() throws IOException {
        assertThat(documentedOps(Files.readString(DESIGN))).as("the ops of %s's table of steps", DESIGN)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opNames());
    }

    /** The ops in the first column of the table under {@code ### steps (`op`)}: {@code | `put` / `get` | ...}. */
    static List<String> documentedOps(String design) {
        Matcher table = Pattern.compile("### steps \\(`op`\\)\\n((?:\\|.*\\n)+)").matcher(design);
        assertThat(table.find()).as("DESIGN.md has its table of steps").isTrue();
        return table.group(1).lines().skip(2).map(row -> row.split("\\|")[1])
                .flatMap(cell -> Pattern.compile("`([^`]+)`").matcher(cell).results().map(r -> r.group(1))).toList();
    }

    /** The step as a scenario writes it. */
    private static JsonNode json(Step step) {
        ObjectNode node = JSON.createObjectNode().put("op", step.op().jsonName());
        for (Map.Entry<String, Object> field : EveryStep.fields(step).entrySet()) {
            node.set(field.getKey(), JSON.valueToTree(field.getValue() instanceof List<?> steps
                    ? steps.stream().map(s -> json((Step) s)).toList() : field.getValue()));
        }
        return node;
    }
}
