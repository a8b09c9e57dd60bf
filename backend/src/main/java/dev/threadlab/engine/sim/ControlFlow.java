package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the steps that hold steps — {@code with}, {@code if}, {@code while}, {@code repeat} — and {@code break}
 * into the {@link Compiler}'s flat program: {@code with} becomes enter/body/exit, {@code repeat} init/body/next, a
 * condition jumps ({@link Conditions}), and a break leaves the {@code with} blocks open inside its loop, then jumps
 * past the loop's end.
 */
final class ControlFlow {

    private final Compiler compiler;
    private final Layout layout;
    /** The {@code with} blocks open where the compiler is, innermost last: a break leaves those inside its loop. */
    private final List<String> withs = new ArrayList<>();
    /** The loops open where the compiler is, innermost last. */
    private final List<Loop> loops = new ArrayList<>();

    /** An open while/repeat: the with blocks open outside it, and its break jumps to patch with its end. */
    private record Loop(int withsOutside, List<Instr> breaks) {
    }

    ControlFlow(Compiler compiler, Layout layout) {
        this.compiler = compiler;
        this.layout = layout;
    }

    void with(String p, Step.With s) {
        compiler.object(Op.WITH_ENTER, p, s.target());
        withs.add(s.target());
        compiler.body(p, s.body());
        withs.removeLast();
        compiler.object(Op.WITH_EXIT, p, s.target());
    }

    void ifStep(String p, Step.If s) {
        compiler.emit(Op.ENTER, p);
        List<Instr> toElse = conditions().branch(p, s.condition(), false);
        compiler.steps(p, "then", s.then());
        if (s.otherwise().isEmpty()) {
            patch(toElse, compiler.size());
            return;
        }
        Instr toEnd = compiler.emit(Op.JUMP, p);
        patch(toElse, compiler.size());
        compiler.steps(p, "else", s.otherwise());
        toEnd.jump = compiler.size();
    }

    void whileStep(String p, Step.While s) {
        compiler.emit(Op.ENTER, p);
        int top = compiler.size();
        List<Instr> exits = new ArrayList<>(conditions().branch(p, s.condition(), false));
        loopBody(p, s.body(), exits);
        compiler.emit(Op.LOOP, p).jump = top;
        patch(exits, compiler.size());
    }

    void repeat(String p, Step.Repeat s) {
        int initAt = compiler.size();
        Instr init = compiler.emit(Op.REPEAT_INIT, p);
        init.counterSlot = compiler.temp();
        init.slot = s.as() == null ? -1 : compiler.local(s.as());
        init.times = s.times();
        List<Instr> breaks = new ArrayList<>();
        loopBody(p, s.body(), breaks);
        Instr next = compiler.emit(Op.REPEAT_NEXT, p);
        next.counterSlot = init.counterSlot;
        next.slot = init.slot;
        next.times = s.times();
        next.jump = initAt + 1;
        init.jump = compiler.size();
        patch(breaks, compiler.size());
    }

    /** Compiles a loop's body with its breaks collected into {@code exits}. */
    private void loopBody(String p, List<Step> steps, List<Instr> exits) {
        Loop loop = new Loop(withs.size(), new ArrayList<>());
        loops.add(loop);
        compiler.body(p, steps);
        loops.removeLast();
        exits.addAll(loop.breaks());
    }

    void breakStep(String p) {
        Loop loop = loops.getLast();
        for (int w = withs.size() - 1; w >= loop.withsOutside(); w--) {
            compiler.object(Op.WITH_EXIT, p, withs.get(w));
        }
        loop.breaks().add(compiler.emit(Op.JUMP, p));
    }

    private Conditions conditions() {
        return new Conditions(compiler, layout);
    }


    private static void patch(List<Instr> jumps, int to) {
        jumps.forEach(i -> i.jump = to);
    }
}
