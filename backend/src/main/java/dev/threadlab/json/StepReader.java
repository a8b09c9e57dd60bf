package dev.threadlab.json;

import dev.threadlab.engine.model.Expr;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.StepOp;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.threadlab.json.TreeReader.at;

/**
 * Reads the steps of a thread body (docs/DESIGN.md §2 {@code steps}). A step that cannot be read is replaced by
 * a harmless placeholder so that the indices, and so the JSON paths of the engine's own problems, stay right;
 * the scenario is refused anyway because the problem is recorded.
 */
final class StepReader {

    private static final Step PLACEHOLDER = new Step.Print("");

    private final TreeReader in;
    private final double maxMs;

    StepReader(TreeReader in, double maxMs) {
        this.in = in;
        this.maxMs = maxMs;
    }

    List<Step> body(JsonNode parent, String path, boolean required) {
        return steps(parent, "body", path, required);
    }

    /** The steps of array {@code key} ({@code body}, {@code then}, {@code else}). */
    private List<Step> steps(JsonNode parent, String key, String path, boolean required) {
        List<Step> steps = new ArrayList<>();
        in.array(parent, key, path, required).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                steps.add(step(items.get(i), at(at(path, key), i)));
            }
        });
        return steps;
    }

    /** One step alone (the editor's line of a step being edited): the step, or empty if it cannot be read. */
    Optional<Step> only(JsonNode node) {
        Step step = step(node, "step");
        return in.problemCount() == 0 ? Optional.of(step) : Optional.empty();
    }

    private Step step(JsonNode node, String path) {
        if (!node.isObject()) {
            in.problem(path, "a step must be an object, not " + LabJson.describe(node));
            return PLACEHOLDER;
        }
        Optional<StepOp> op = in.oneOf(node, "op", path, true, StepOp.jsonNames()).flatMap(StepOp::of);
        if (op.isEmpty()) {
            return PLACEHOLDER;
        }
        in.onlyKeys(node, path, op.get().allowedKeys());
        int before = in.problemCount();
        Step step = read(op.get(), node, path);
        return in.problemCount() == before ? step : PLACEHOLDER;
    }

    private Step read(StepOp op, JsonNode n, String p) {
        return switch (op) {
            case COMPUTE -> new Step.Compute(ms(n, "ms", p, true));
            case IO -> new Step.Io(ms(n, "ms", p, true), text(n, "label", p, false));
            case SLEEP -> new Step.Sleep(ms(n, "ms", p, true));
            case ACQUIRE -> new Step.Acquire(target(n, p), flag(n, "blocking", p), timeout(n, p));
            case RELEASE -> new Step.Release(target(n, p));
            case WITH -> new Step.With(target(n, p), body(n, p, true));
            case WAIT -> new Step.Wait(target(n, p), timeout(n, p));
            case NOTIFY -> new Step.Notify(target(n, p),
                    in.integer(n, "n", p, false, 0, Integer.MAX_VALUE).map(Long::intValue).orElse(null));
            case NOTIFY_ALL -> new Step.NotifyAll(target(n, p));
            case SET -> new Step.SetEvent(target(n, p));
            case CLEAR -> new Step.ClearEvent(target(n, p));
            case PUT -> new Step.Put(target(n, p), expr(n, p, false), flag(n, "block", p), timeout(n, p));
            case GET -> new Step.Get(target(n, p), name(n, "as", p, false), flag(n, "block", p), timeout(n, p));
            case TASK_DONE -> new Step.TaskDone(target(n, p));
            case JOIN -> new Step.Join(target(n, p), timeout(n, p));
            case START -> new Step.Start(target(n, p));
            case CANCEL -> new Step.Cancel(target(n, p));
            case READ -> new Step.Read(target(n, p), name(n, "as", p, true));
            case WRITE -> new Step.Write(target(n, p), expr(n, p, true));
            case INCREMENT -> new Step.Increment(target(n, p),
                    in.integer(n, "by", p, false, Integer.MIN_VALUE, Integer.MAX_VALUE).orElse(null));
            case REPEAT -> new Step.Repeat(
                    in.integer(n, "times", p, true, 0, 1_000_000_000).map(Long::intValue).orElse(0),
                    name(n, "as", p, false), body(n, p, true));
            case PRINT -> new Step.Print(text(n, "text", p, true));
            case SPIN_UNTIL -> new Step.SpinUntil(text(n, "condition", p, true));
            case EXIT -> new Step.Exit();
            case IF -> new Step.If(text(n, "condition", p, true), steps(n, "then", p, true), steps(n, "else", p, false));
            case WHILE -> new Step.While(text(n, "condition", p, true), body(n, p, true));
            case BREAK -> new Step.Break();
        };
    }

    private String target(JsonNode n, String p) {
        return text(n, "target", p, true);
    }

    private String text(JsonNode n, String key, String p, boolean required) {
        return in.string(n, key, p, required).orElse(null);
    }

    private String name(JsonNode n, String key, String p, boolean required) {
        return in.string(n, key, p, required).filter(s -> {
            boolean ok = s.matches("[A-Za-z_][A-Za-z0-9_]*");
            if (!ok) {
                in.problem(at(p, key), "must be a Python name (letters, digits, _), not \"" + s + "\"");
            }
            return ok;
        }).orElse(null);
    }

    private Boolean flag(JsonNode n, String key, String p) {
        return in.bool(n, key, p).orElse(null);
    }

    private Double timeout(JsonNode n, String p) {
        return in.number(n, "timeoutMs", p, false, 0, maxMs).orElse(null);
    }

    private double ms(JsonNode n, String key, String p, boolean required) {
        return in.number(n, key, p, required, 0, maxMs).orElse(0.0);
    }

    /** A {@code write}/{@code put} value: an int, or a string the engine's {@link Expr} accepts. */
    private String expr(JsonNode n, String p, boolean required) {
        JsonNode value = n.get("value");
        if (value == null || value.isNull()) {
            if (required) {
                in.problem(at(p, "value"), "is required");
            }
            return null;
        }
        if (value.isNumber()) {
            return in.integer(value, at(p, "value"), Long.MIN_VALUE, Long.MAX_VALUE).map(String::valueOf).orElse(null);
        }
        if (value.isString() && value.stringValue().strip().equals("None") && !required) {
            return null;   // put(None): the same as no value
        }
        if (value.isString() && Expr.parse(value.stringValue()).isPresent()) {
            return value.stringValue();
        }
        in.problem(at(p, "value"), "must be an integer, a local name, or \"a + b\" / \"a - b\" of those, not " + value);
        return null;
    }
}
