package dev.threadlab.export;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.model.Expression;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;

import java.util.List;
import java.util.Map;

/**
 * One line of Python per step (DESIGN.md §2), blocks indented by four spaces. Every duration is multiplied by
 * {@code SCALE}; each line where a thread can wait is marked in the {@link LineTable} for the script's watchdog.
 */
final class StepWriter {

    private final StringBuilder out;
    private final Map<String, List<String>> threadVars;
    private final LineTable lines;
    private final Scenario scenario;

    StepWriter(StringBuilder out, Map<String, List<String>> threadVars, LineTable lines, Scenario scenario) {
        this.out = out;
        this.threadVars = threadVars;
        this.lines = lines;
        this.scenario = scenario;
    }

    void body(List<Step> steps, int depth) {
        if (steps.isEmpty()) {
            line(depth, "pass");
        }
        for (Step step : steps) {
            step(step, depth);
        }
    }

    private void step(Step step, int d) {
        if (step instanceof Step.Join s) {
            forEachReplica(s, d);
            boolean process = scenario.processes().stream().anyMatch(p -> p.id().equals(s.target()));
            mark(ThreadState.BLOCKED, s.target(), s.timeoutMs() == null && !process);
        } else if (step instanceof Step.Start s) {
            forEachReplica(s, d);
        } else if (step instanceof Step.SpinUntil s) {
            line(d, PythonLine.spinHeader(s, PythonLine.SCRIPT));
            line(d + 1, "pass  # busy-wait");
        } else {
            line(d, PythonLine.of(step, PythonLine.SCRIPT));
            markAndBody(step, d);
        }
    }

    /** What a thread seen at the step's line is doing (for the watchdog), then the step's blocks, if it has any. */
    private void markAndBody(Step step, int d) {
        markLine(step);
        for (Block block : Block.of(step)) {
            if (block.header() != null) {
                line(d, block.header());
            }
            body(block.steps(), d + 1);
        }
    }

    private void markLine(Step step) {
        switch (step) {
            case Step.Io _ -> mark(ThreadState.IO, null, false);
            case Step.Sleep _ -> mark(ThreadState.SLEEPING, null, false);
            case Step.Acquire s -> {
                if (!Boolean.FALSE.equals(s.blocking())) {
                    mark(ThreadState.BLOCKED, s.target(), s.timeoutMs() == null);
                }
            }
            case Step.With s -> mark(ThreadState.BLOCKED, s.target(), true);
            case Step.Wait s -> mark(ThreadState.WAITING, s.target(), s.timeoutMs() == null);
            case Step.Put s -> queueWait(s.target(), s.block(), s.timeoutMs());
            case Step.Get s -> queueWait(s.target(), s.block(), s.timeoutMs());
            case Step.Compute _, Step.Release _, Step.Notify _, Step.NotifyAll _, Step.SetEvent _, Step.ClearEvent _,
                 Step.TaskDone _, Step.Join _, Step.Start _, Step.Cancel _, Step.Read _, Step.Write _,
                 Step.Increment _, Step.Repeat _, Step.SpinUntil _, Step.Print _, Step.Exit _, Step.If _,
                 Step.While _, Step.Break _ -> { }
        }
    }

    /** A queue's put or get line: blocked on the queue; for good with no timeout, unless another process can help. */
    private void queueWait(String target, Boolean block, Double timeoutMs) {
        if (!Boolean.FALSE.equals(block)) {
            boolean otherProcess = scenario.objects().stream()
                    .anyMatch(o -> o.id().equals(target) && o.type() == ObjectType.MP_QUEUE);
            mark(ThreadState.BLOCKED, target, timeoutMs == null && !otherProcess);
        }
    }

    private void mark(ThreadState state, String on, boolean forGood) {
        lines.markLast(new StepLine(state, on, forGood));
    }

    /** A start or join of every replica of the target: one line, or a loop over the replicas' variables. */
    private void forEachReplica(Step step, int depth) {
        List<String> vars = threadVars.getOrDefault(step.target(), List.of(PythonNames.name(step.target())));
        if (vars.size() == 1) {
            line(depth, PythonLine.of(step, spelling(vars.getFirst())));
        } else {
            line(depth, "for t in (" + String.join(", ", vars) + "):");
            line(depth + 1, PythonLine.of(step, spelling("t")));
        }
    }

    /** The script's spelling with the step's target written as {@code var}. */
    private static Expression.Spelling spelling(String var) {
        return new Expression.Spelling(id -> var, PythonNames::scaled);
    }

    private void line(int depth, String code) {
        out.append("    ".repeat(depth)).append(code).append('\n');
    }
}
