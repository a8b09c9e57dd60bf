package dev.threadlab.json;

import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.StepOp;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

/** Reads one step's JSON on its own, as the editor holds it while a learner edits it. */
public final class StepJson {

    private StepJson() {
    }

    /** The step, or empty if it is not a complete, well-formed step yet. */
    public static Optional<Step> read(JsonNode step) {
        return new StepReader(new TreeReader(), Double.MAX_VALUE).only(step);
    }

    /** The step with its blocks ({@code body}, {@code then}, {@code else}) left empty: its own line only. */
    public static Optional<Step> header(JsonNode step) {
        if (!(step instanceof tools.jackson.databind.node.ObjectNode object)) {
            return read(step);
        }
        tools.jackson.databind.node.ObjectNode copy = object.deepCopy();
        StepOp.of(copy.path("op").asString("")).ifPresent(op -> op.blocks().stream().filter(copy::has)
                .forEach(copy::putArray));
        return read(copy);
    }
}
