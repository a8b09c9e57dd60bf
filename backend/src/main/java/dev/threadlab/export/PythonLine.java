package dev.threadlab.export;

import dev.threadlab.engine.model.Expr;
import dev.threadlab.engine.model.Expression;
import dev.threadlab.engine.model.Expression.Spelling;
import dev.threadlab.engine.model.Step;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.threadlab.export.PythonNames.literal;

/**
 * One step, one line of Python (DESIGN.md §2): the only place that writes it. The exported script, the editor's step
 * list and the timeline's Python view all use it, in a {@link Spelling}: the script's (Python identifiers, durations
 * times {@code SCALE}) or the lab's ({@link #LAB}: ids as they are, durations in seconds). A block's line is its
 * header ({@code with lock:}, {@code for i in range(3):}, {@code if ...:}, {@code while ...:}).
 */
public final class PythonLine {

    /** The lab's spelling, for the editor and the timeline. */
    public static final Spelling LAB = Spelling.LAB;
    /** The exported script's spelling. */
    static final Spelling SCRIPT = new Spelling(PythonNames::name, PythonNames::scaled);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private PythonLine() {
    }

    /** The step's line in the lab's spelling. */
    public static String of(Step step) {
        return of(step, LAB);
    }

    /** The step's line in {@code sp}. */
    public static String of(Step step, Spelling sp) {
        return switch (step) {
            case Step.Compute s -> "compute(" + seconds(sp, s.ms()) + ")";
            case Step.Io s -> "time.sleep(" + seconds(sp, s.ms()) + ")  # blocking I/O"
                    + (s.label() == null ? "" : ": " + PythonNames.commentText(s.label()));
            case Step.Sleep s -> "time.sleep(" + seconds(sp, s.ms()) + ")";
            case Step.Acquire s -> call(sp, s.target(), "acquire",
                    s.blocking() == null ? null : "blocking=" + py(s.blocking()), timeout(sp, s.timeoutMs()));
            case Step.Release s -> call(sp, s.target(), "release");
            case Step.With s -> "with " + name(sp, s.target()) + ":";
            case Step.Wait s -> call(sp, s.target(), "wait", timeout(sp, s.timeoutMs()));
            case Step.Notify s -> call(sp, s.target(), "notify", s.n() == null ? null : s.n().toString());
            case Step.NotifyAll s -> call(sp, s.target(), "notify_all");
            case Step.SetEvent s -> call(sp, s.target(), "set");
            case Step.ClearEvent s -> call(sp, s.target(), "clear");
            case Step.Put s -> call(sp, s.target(), "put", s.value() == null ? "None" : expr(sp, s.value()),
                    block(s.block()), timeout(sp, s.timeoutMs()));
            case Step.Get s -> (s.as() == null ? "" : name(sp, s.as()) + " = ")
                    + call(sp, s.target(), "get", block(s.block()), timeout(sp, s.timeoutMs()));
            case Step.TaskDone s -> call(sp, s.target(), "task_done");
            case Step.Join s -> call(sp, s.target(), "join", timeout(sp, s.timeoutMs()));
            case Step.Start s -> call(sp, s.target(), "start");
            case Step.Cancel s -> call(sp, s.target(), "cancel");
            case Step.Read s -> name(sp, s.as()) + " = " + name(sp, s.target());
            case Step.Write s -> name(sp, s.target()) + " = " + expr(sp, s.value());
            case Step.Increment s -> name(sp, s.target()) + " += " + (s.by() == null ? 1 : s.by());
            case Step.Repeat s -> "for " + (s.as() == null ? "_" : name(sp, s.as())) + " in range(" + s.times() + "):";
            case Step.SpinUntil s -> spinHeader(s, sp) + " pass";
            case Step.Print s -> "print(f" + literal(fString(sp, s.text())) + ")";
            case Step.Exit s -> "return  # _thread.exit()";
            case Step.If s -> "if " + condition(sp, s.condition()) + ":";
            case Step.While s -> "while " + condition(sp, s.condition()) + ":";
            case Step.Break s -> "break";
        };
    }

    /** A busy-wait's loop header, {@code while not (...):}; its one line is this and {@code pass}. */
    static String spinHeader(Step.SpinUntil s, Spelling sp) {
        return "while not (" + spin(sp, s.condition()) + "):";
    }

    /** A condition as written in {@code sp}; text that does not parse (a scenario being edited) is shown as it is. */
    private static String condition(Spelling sp, String text) {
        return Expression.read(text).value().map(e -> e.text(sp)).orElse(Objects.toString(text, ""));
    }

    private static String spin(Spelling sp, String text) {
        return dev.threadlab.engine.model.Condition.parse(text).map(c -> c.anyOf().stream().map(all -> all.stream()
                        .map(x -> operand(sp, x.left()) + " " + x.op().python() + " " + operand(sp, x.right()))
                        .collect(java.util.stream.Collectors.joining(" and ")))
                .collect(java.util.stream.Collectors.joining(" or "))).orElse(Objects.toString(text, ""));
    }

    private static String call(Spelling sp, String target, String method, String... args) {
        return name(sp, target) + "." + method + "(" + String.join(", ",
                Arrays.stream(args).filter(Objects::nonNull).toList()) + ")";
    }

    private static String name(Spelling sp, String id) {
        return sp.name().apply(Objects.toString(id, ""));
    }

    /** A literal as written, a name in the spelling. */
    private static String operand(Spelling sp, String o) {
        return Expr.isLiteral(o) ? o : name(sp, o);
    }

    private static String expr(Spelling sp, String value) {
        Expr e = Expr.parse(value).orElse(null);
        if (e == null) {
            return Objects.toString(value, "");
        }
        String left = operand(sp, e.left());
        return e.sign() == 0 ? left : left + (e.sign() > 0 ? " + " : " - ") + operand(sp, e.right());
    }

    private static String seconds(Spelling sp, double ms) {
        return sp.seconds().apply(ms);
    }

    private static String timeout(Spelling sp, Double ms) {
        return ms == null ? null : "timeout=" + seconds(sp, ms);
    }

    private static String block(Boolean block) {
        return block == null ? null : "block=" + py(block);
    }

    private static String py(boolean value) {
        return value ? "True" : "False";
    }

    /**
     * {@code {name}} names a local (written in the spelling); every other brace is doubled so the f-string prints it
     * as typed. No character of the text can open an expression.
     */
    private static String fString(Spelling sp, String text) {
        String t = Objects.toString(text, "");
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(t);
        int last = 0;
        while (m.find()) {
            out.append(braces(t.substring(last, m.start()))).append('{').append(name(sp, m.group(1))).append('}');
            last = m.end();
        }
        return out.append(braces(t.substring(last))).toString();
    }

    private static String braces(String text) {
        return text.replace("{", "{{").replace("}", "}}");
    }
}
