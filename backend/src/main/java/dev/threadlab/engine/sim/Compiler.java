package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.Expr;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a thread body into a flat program. {@code increment} becomes a read half and a write half, a target with
 * replicas one instruction per replica; the steps that hold steps are the {@link ControlFlow}'s. A main thread's
 * program starts the auto processes and threads first and ends with {@code threading._shutdown}.
 */
final class Compiler {

    /** A compiled body: its code and how many local slots it needs. */
    record Program(Instr[] code, int locals) {
    }

    private final Scenario scenario;
    private final Layout layout;
    private final List<Instr> code = new ArrayList<>();
    private final Map<String, Integer> locals = new HashMap<>();
    private final ControlFlow flow;
    private int slots;

    private Compiler(Scenario scenario, Layout layout) {
        this.scenario = scenario;
        this.layout = layout;
        this.flow = new ControlFlow(this, layout);
    }

    static Program compile(Scenario s, Layout layout, Layout.ThreadInfo info) {
        Compiler c = new Compiler(s, layout);
        String path = info.decl() < 0 ? info.id() : "threads[" + info.decl() + "]";
        ThreadDecl decl = info.decl() < 0 ? null : s.threads().get(info.decl());
        if (info.isMain()) {
            c.code.add(new Instr(Op.START_AUTO, path));
        }
        if (info.timerNs() >= 0) {
            c.code.add(new Instr(Op.TIMER_WAIT, path));
        }
        if (decl != null) {
            c.body(path, decl.body());
        }
        if (info.isMain()) {
            c.code.add(new Instr(Op.SHUTDOWN, path));
        }
        c.code.add(new Instr(Op.END, path));
        return new Program(c.code.toArray(Instr[]::new), c.slots);
    }

    void body(String path, List<Step> steps) {
        steps(path, "body", steps);
    }

    /** Compiles {@code steps}, found at {@code path.key[j]}. */
    void steps(String path, String key, List<Step> steps) {
        for (int j = 0; j < steps.size(); j++) {
            step(path + "." + key + "[" + j + "]", steps.get(j));
        }
    }

    void step(String p, Step step) {
        switch (step) {
            case Step.Compute s -> emit(Op.COMPUTE, p).ns = ns(s.ms());
            case Step.Io s -> emit(Op.IO, p).ns = ns(s.ms());
            case Step.Sleep s -> emit(Op.SLEEP, p).ns = ns(s.ms());
            case Step.Acquire s -> acquire(p, s);
            case Step.Release s -> object(Op.RELEASE, p, s.target());
            case Step.With s -> flow.with(p, s);
            case Step.Wait s -> object(type(s.target()) == ObjectType.EVENT ? Op.WAIT_EVENT : Op.WAIT_COND, p,
                    s.target()).timeoutNs = timeout(s.timeoutMs());
            case Step.Notify s -> object(Op.NOTIFY, p, s.target()).count = s.n() == null ? 1 : s.n();
            case Step.NotifyAll s -> object(Op.NOTIFY, p, s.target()).count = Integer.MAX_VALUE;
            case Step.SetEvent s -> object(Op.SET, p, s.target());
            case Step.ClearEvent s -> object(Op.CLEAR, p, s.target());
            case Step.Put s -> put(p, s);
            case Step.Get s -> get(p, s);
            case Step.TaskDone s -> object(Op.TASK_DONE, p, s.target());
            case Step.Join s -> join(p, s);
            case Step.Start s -> start(p, s.target());
            case Step.Cancel s -> threads(Op.CANCEL, p, s.target());
            case Step.Read s -> object(Op.READ, p, s.target()).slot = local(s.as());
            case Step.Write s -> object(Op.WRITE, p, s.target()).value = value(s.value());
            case Step.Increment s -> increment(p, s);
            case Step.Repeat s -> flow.repeat(p, s);
            case Step.Print s -> print(p, s.text());
            case Step.Exit s -> emit(Op.EXIT, p);
            case Step.SpinUntil s -> emit(Op.SPIN_UNTIL, p).spin = new SpinCondition(s.condition(), layout.objectById);
            case Step.If s -> flow.ifStep(p, s);
            case Step.While s -> flow.whileStep(p, s);
            case Step.Break s -> flow.breakStep(p);
        }
    }

    int size() {
        return code.size();
    }

    private void acquire(String p, Step.Acquire s) {
        Instr i = object(Op.ACQUIRE, p, s.target());
        i.blocking = s.blocking() == null || s.blocking();
        i.timeoutNs = timeout(s.timeoutMs());
    }

    private void get(String p, Step.Get s) {
        Instr i = object(Op.GET, p, s.target());
        i.blocking = s.block() == null || s.block();
        i.timeoutNs = timeout(s.timeoutMs());
        i.slot = s.as() == null ? -1 : local(s.as());
    }

    private void put(String p, Step.Put s) {
        Instr i = object(Op.PUT, p, s.target());
        i.blocking = s.block() == null || s.block();
        i.timeoutNs = timeout(s.timeoutMs());
        i.value = Step.Put.isNone(s.value()) ? Instr.Value.NONE : value(s.value());
    }

    private void join(String p, Step.Join s) {
        if (layout.objectById.containsKey(s.target())) {
            object(Op.JOIN_QUEUE, p, s.target());
        } else if (layout.processById.containsKey(s.target())) {
            Instr i = emit(Op.JOIN_PROCESS, p);
            i.target = layout.processById.get(s.target());
            i.timeoutNs = timeout(s.timeoutMs());
        } else {
            for (int t : layout.threadsById.get(s.target())) {
                Instr i = emit(Op.JOIN_THREAD, p);
                i.target = t;
                i.timeoutNs = timeout(s.timeoutMs());
            }
        }
    }

    private void start(String p, String target) {
        if (layout.processById.containsKey(target)) {
            emit(Op.START_PROCESS, p).target = layout.processById.get(target);
        } else {
            threads(Op.START_THREAD, p, target);
        }
    }

    private void threads(Op op, String p, String target) {
        for (int t : layout.threadsById.get(target)) {
            emit(op, p).target = t;
        }
    }

    private void increment(String p, Step.Increment s) {
        int tmp = slots++;
        object(Op.INC_READ, p, s.target()).slot = tmp;
        Instr w = object(Op.INC_WRITE, p, s.target());
        w.slot = tmp;
        w.by = s.by() == null ? 1 : s.by();
    }

    /** Splits {@code text} at {@code {local}} references: parts[k] literal text, slots[k] the local after it or -1. */
    private void print(String p, String text) {
        Instr i = emit(Op.PRINT, p);
        i.text = text;
        List<String> parts = new ArrayList<>();
        List<Integer> refs = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z_]\\w*)}").matcher(text);
        int last = 0;
        while (m.find()) {
            if (locals.containsKey(m.group(1))) {
                parts.add(text.substring(last, m.start()));
                refs.add(locals.get(m.group(1)));
                last = m.end();
            }
        }
        parts.add(text.substring(last));
        refs.add(-1);
        i.parts = parts.toArray(String[]::new);
        i.partSlots = refs.stream().mapToInt(Integer::intValue).toArray();
    }

    Instr emit(Op op, String path) {
        Instr i = new Instr(op, path);
        code.add(i);
        return i;
    }

    Instr object(Op op, String path, String id) {
        Instr i = emit(op, path);
        i.target = layout.objectById.get(id);
        return i;
    }

    private ObjectType type(String id) {
        return scenario.objects().get(layout.objectById.get(id)).type();
    }

    int local(String name) {
        return locals.computeIfAbsent(name, n -> slots++);
    }

    /** A fresh slot for a call's result. */
    int temp() {
        return slots++;
    }

    ObjectType type(int object) {
        return scenario.objects().get(object).type();
    }

    private Instr.Value value(String text) {
        Expr e = Expr.parse(text).orElseThrow();
        int ls = Expr.isLiteral(e.left()) ? -1 : local(e.left());
        long ll = ls < 0 ? Long.parseLong(e.left()) : 0;
        int rs = e.right() == null || Expr.isLiteral(e.right()) ? -1 : local(e.right());
        long rl = e.right() != null && rs < 0 ? Long.parseLong(e.right()) : 0;
        return new Instr.Value(ll, ls, e.sign(), rl, rs, false);
    }

    static long ns(double ms) {
        return Math.round(ms * 1_000_000.0);
    }

    private static long timeout(Double ms) {
        return ms == null ? -1 : ns(ms);
    }
}
