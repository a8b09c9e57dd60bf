package dev.threadlab.export;

import dev.threadlab.engine.event.ThreadState;
import dev.threadlab.engine.model.Expr;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.threadlab.export.PythonNames.literal;
import static dev.threadlab.export.PythonNames.name;
import static dev.threadlab.export.PythonNames.scaled;

/**
 * One line of Python per step (DESIGN.md §2), blocks indented by four spaces. Every duration is multiplied by
 * {@code SCALE}; each line where a thread can wait is marked in the {@link LineTable} for the script's watchdog.
 */
final class StepWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

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

    private String condition(String text) {
        var c = dev.threadlab.engine.model.Condition.parse(text).orElseThrow();
        return c.anyOf().stream().map(all -> all.stream()
                        .map(x -> operand(x.left()) + " " + x.op() + " " + operand(x.right()))
                        .collect(java.util.stream.Collectors.joining(" and ")))
                .collect(java.util.stream.Collectors.joining(" or "));
    }

    /** A literal as written, a name as its Python identifier. */
    private static String operand(String o) {
        return Expr.isLiteral(o) ? o : name(o);
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
        switch (step) {
            case Step.Compute s -> line(d, "compute(" + scaled(s.ms()) + ")  # pure-Python CPU work");
            case Step.Io s -> {
                line(d, "time.sleep(" + scaled(s.ms()) + ")  # blocking I/O" + (s.label() == null ? "" : ": " + PythonNames.commentText(s.label())));
                mark(ThreadState.IO, null, false);
            }
            case Step.Sleep s -> {
                line(d, "time.sleep(" + scaled(s.ms()) + ")");
                mark(ThreadState.SLEEPING, null, false);
            }
            case Step.Acquire s -> {
                line(d, name(s.target()) + ".acquire(" + args(
                        s.blocking() == null ? null : "blocking=" + py(s.blocking()), timeout(s.timeoutMs())) + ")");
                if (!Boolean.FALSE.equals(s.blocking())) {
                    mark(ThreadState.BLOCKED, s.target(), s.timeoutMs() == null);
                }
            }
            case Step.Release s -> line(d, name(s.target()) + ".release()");
            case Step.With s -> {
                line(d, "with " + name(s.target()) + ":");
                mark(ThreadState.BLOCKED, s.target(), true);
                body(s.body(), d + 1);
            }
            case Step.Wait s -> {
                line(d, name(s.target()) + ".wait(" + args(timeout(s.timeoutMs())) + ")");
                mark(ThreadState.WAITING, s.target(), s.timeoutMs() == null);
            }
            case Step.Notify s -> line(d, name(s.target()) + ".notify(" + (s.n() == null ? "" : s.n()) + ")");
            case Step.NotifyAll s -> line(d, name(s.target()) + ".notify_all()");
            case Step.SetEvent s -> line(d, name(s.target()) + ".set()");
            case Step.ClearEvent s -> line(d, name(s.target()) + ".clear()");
            case Step.Put s -> {
                line(d, name(s.target()) + ".put(" + args(s.value() == null ? "None" : expr(s.value()),
                        block(s.block()), timeout(s.timeoutMs())) + ")");
                queueWait(s.target(), s.block(), s.timeoutMs());
            }
            case Step.Get s -> {
                line(d, (s.as() == null ? "" : name(s.as()) + " = ") + name(s.target()) + ".get("
                        + args(block(s.block()), timeout(s.timeoutMs())) + ")");
                queueWait(s.target(), s.block(), s.timeoutMs());
            }
            case Step.TaskDone s -> line(d, name(s.target()) + ".task_done()");
            case Step.Join s -> {
                forEachReplica(s.target(), d, t -> t + ".join(" + args(timeout(s.timeoutMs())) + ")");
                boolean process = scenario.processes().stream().anyMatch(p -> p.id().equals(s.target()));
                mark(ThreadState.BLOCKED, s.target(), s.timeoutMs() == null && !process);
            }
            case Step.Start s -> forEachReplica(s.target(), d, t -> t + ".start()");
            case Step.Cancel s -> line(d, name(s.target()) + ".cancel()");
            case Step.Read s -> line(d, name(s.as()) + " = " + name(s.target()));
            case Step.Write s -> line(d, name(s.target()) + " = " + expr(s.value()));
            case Step.Increment s -> line(d, name(s.target()) + " += " + (s.by() == null ? 1 : s.by()));
            case Step.Repeat s -> {
                line(d, "for " + (s.as() == null ? "_" : name(s.as())) + " in range(" + s.times() + "):");
                body(s.body(), d + 1);
            }
            case Step.SpinUntil s -> {
                line(d, "while not (" + condition(s.condition()) + "):");
                line(d + 1, "pass  # busy-wait");
            }
            case Step.Print s -> line(d, "print(f" + literal(fString(s.text())) + ")");
            case Step.Exit s -> line(d, "return  # _thread.exit()");
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

    private void forEachReplica(String target, int depth, UnaryOperator<String> call) {
        List<String> vars = threadVars.getOrDefault(target, List.of(name(target)));
        if (vars.size() == 1) {
            line(depth, call.apply(vars.getFirst()));
        } else {
            line(depth, "for t in (" + String.join(", ", vars) + "):");
            line(depth + 1, call.apply("t"));
        }
    }

    private static String expr(String value) {
        Expr e = Expr.parse(value).orElseThrow();
        String left = operand(e.left());
        if (e.sign() == 0) {
            return left;
        }
        String right = operand(e.right());
        return left + (e.sign() > 0 ? " + " : " - ") + right;
    }

    /**
     * {@code {name}} names a local (written as a Python identifier); every other brace is doubled so the f-string
     * prints it as typed. No character of the text can open an expression (no sentinel characters: a NUL and a
     * U+0001 typed by a user stay text).
     */
    private static String fString(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(braces(text.substring(last, m.start()))).append('{').append(name(m.group(1))).append('}');
            last = m.end();
        }
        return out.append(braces(text.substring(last))).toString();
    }

    private static String braces(String text) {
        return text.replace("{", "{{").replace("}", "}}");
    }

    private static String py(boolean value) {
        return value ? "True" : "False";
    }

    private static String block(Boolean block) {
        return block == null ? null : "block=" + py(block);
    }

    private static String timeout(Double ms) {
        return ms == null ? null : "timeout=" + scaled(ms);
    }

    private static String args(String... args) {
        return String.join(", ", Arrays.stream(args).filter(Objects::nonNull).toList());
    }

    private void line(int depth, String code) {
        out.append("    ".repeat(depth)).append(code).append('\n');
    }
}
