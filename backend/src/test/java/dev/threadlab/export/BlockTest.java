package dev.threadlab.export;

import dev.threadlab.engine.model.Step;
import dev.threadlab.json.EveryStep;
import dev.threadlab.engine.model.StepOp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Block}, the one walk of nested steps the exported script and the Python view share, finds every list of steps
 * a step holds, under the JSON key the op names for it, in the order Python writes them.
 */
class BlockTest {

    @Test
    void a_steps_blocks_are_its_lists_of_steps_under_the_keys_its_op_names() {
        for (Step step : EveryStep.steps()) {
            Map<String, Object> lists = EveryStep.fields(step).entrySet().stream()
                    .filter(f -> f.getValue() instanceof List<?>)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            List<Block> blocks = Block.of(step);

            assertThat(blocks).as(step.op().jsonName()).extracting(Block::key)
                    .containsExactlyElementsOf(step.op().blocks());
            assertThat(blocks.stream().collect(Collectors.toMap(Block::key, Function.identity())))
                    .as(step.op().jsonName()).hasSameSizeAs(lists)
                    .allSatisfy((key, block) -> assertThat(block.steps()).isEqualTo(lists.get(key)));
        }
    }

    @Test
    void only_an_else_has_a_line_of_its_own_and_an_empty_else_is_not_written() {
        List<Step> one = List.of(new Step.Break());

        assertThat(Block.of(new Step.If("x", one, one))).extracting(Block::header).containsExactly(null, "else:");
        assertThat(Block.of(new Step.If("x", one, List.of()))).extracting(Block::key).containsExactly("then");
        assertThat(Block.of(new Step.While("x", one))).extracting(Block::header).containsExactly((String) null);
    }
}
