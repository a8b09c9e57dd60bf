package dev.threadlab.ui.editor;

import dev.threadlab.engine.model.StepOp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One step vocabulary, {@link StepOp}: the timeline's TypeScript names the same ops (its union {@code StepOp} in
 * {@code types.ts}), and the editor's palette offers each op once, each with fields among the keys its op has.
 */
class StepOpsAgreeTest {

    private static final Path TYPES = Path.of("src/main/frontend/thread-timeline/types.ts");
    private static final Pattern UNION = Pattern.compile("export type StepOp =([^;]*);");

    private static List<String> opNames() {
        return Arrays.stream(StepOp.values()).map(StepOp::jsonName).toList();
    }

    @Test
    void the_typescript_union_names_the_servers_ops() throws Exception {
        assertThat(typeScriptOps(Files.readString(TYPES))).as("StepOp in %s", TYPES)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(opNames());
    }

    static List<String> typeScriptOps(String typeScript) {
        Matcher union = UNION.matcher(typeScript);
        assertThat(union.find()).as("types.ts declares the union StepOp").isTrue();
        return Pattern.compile("'([^']*)'").matcher(union.group(1)).results().map(r -> r.group(1)).toList();
    }

    @Test
    void the_palette_offers_every_op_once() {
        assertThat(StepCatalog.PALETTE.stream().flatMap(g -> g.ops().stream()))
                .doesNotHaveDuplicates().containsExactlyInAnyOrder(StepOp.values());
    }

    @Test
    void the_inspector_edits_keys_of_the_op_and_never_its_blocks() {
        for (StepOp op : StepOp.values()) {
            List<String> editable = op.keys().stream().filter(key -> !op.blocks().contains(key)).toList();
            assertThat(StepCatalog.fields(op)).extracting(StepCatalog.Field::key).as(op.jsonName())
                    .isSubsetOf(editable);
        }
    }

    @Test
    void a_new_step_has_only_keys_of_its_op_and_a_block_step_its_first_block() {
        for (StepOp op : StepOp.values()) {
            ObjectNode step = StepCatalog.newStep(op, ScenarioDocument.empty(), "t1");

            assertThat(StepCatalog.op(step)).contains(op);
            assertThat(step.propertyNames()).as(op.jsonName()).isSubsetOf(
                    Stream.concat(Stream.of("op"), op.keys().stream()).toList());
            op.blocks().stream().findFirst().ifPresent(first ->
                    assertThat(step.path(first).isArray()).as(op.jsonName() + "." + first).isTrue());
        }
    }
}
