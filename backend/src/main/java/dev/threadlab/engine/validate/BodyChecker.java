package dev.threadlab.engine.validate;

import dev.threadlab.engine.model.Expr;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks every step of every thread body: targets, types, durations, values and locals. */
final class BodyChecker {

    private final Scenario scenario;
    private final List<Problem> problems;
    private final Map<String, ObjectType> objects = new LinkedHashMap<>();
    private final Map<String, ThreadDecl> threads = new LinkedHashMap<>();
    private final Set<String> processes = new HashSet<>();
    private final TargetChecker targets;
    private final ConditionChecker conditions;
    private ThreadDecl current;
    private Set<String> locals;
    /** How many while/repeat bodies enclose the step being checked: a break needs one. */
    private int loops;

    BodyChecker(Scenario scenario, List<Problem> problems) {
        this.scenario = scenario;
        this.problems = problems;
        scenario.objects().forEach(o -> objects.put(o.id(), o.type()));
        scenario.threads().forEach(t -> threads.put(t.id(), t));
        scenario.processes().forEach(p -> processes.add(p.id()));
        this.targets = new TargetChecker(objects, threads, processes, problems);
        this.conditions = new ConditionChecker(objects, threads, problems);
    }

    void checkAll() {
        for (int i = 0; i < scenario.threads().size(); i++) {
            current = scenario.threads().get(i);
            locals = new HashSet<>();
            checkBody("threads[" + i + "]", current.body());
        }
    }

    private void checkBody(String path, List<Step> body) {
        checkSteps(path, "body", body);
    }

    private void checkSteps(String path, String key, List<Step> body) {
        for (int j = 0; j < body.size(); j++) {
            Step s = body.get(j);
            String p = path + "." + key + "[" + j + "]";
            if (s == null) {
                problems.add(new Problem(p, "missing step"));
            } else {
                checkStep(p, s);
            }
        }
    }

    private void checkStep(String p, Step step) {
        switch (step) {
            case Step.Compute s -> duration(p + ".ms", s.ms());
            case Step.Io s -> duration(p + ".ms", s.ms());
            case Step.Sleep s -> duration(p + ".ms", s.ms());
            case Step.Acquire s -> acquire(p, s);
            case Step.Release s -> targets.object(p, s.target(), "release", ObjectType::isAcquirable);
            case Step.With s -> with(p, s);
            case Step.Wait s -> {
                targets.object(p, s.target(), "wait", t -> t == ObjectType.CONDITION || t == ObjectType.EVENT);
                timeout(p, s.timeoutMs());
            }
            case Step.Notify s -> notifyN(p, s);
            case Step.NotifyAll s -> targets.object(p, s.target(), "notifyAll", t -> t == ObjectType.CONDITION);
            case Step.SetEvent s -> targets.object(p, s.target(), "set", t -> t == ObjectType.EVENT);
            case Step.ClearEvent s -> targets.object(p, s.target(), "clear", t -> t == ObjectType.EVENT);
            case Step.Put s -> put(p, s);
            case Step.Get s -> get(p, s);
            case Step.TaskDone s -> targets.object(p, s.target(), "taskDone", t -> t.isQueue() && t != ObjectType.MP_QUEUE);
            case Step.Join s -> join(p, s);
            case Step.Start s -> targets.startable(p, s.target(), current);
            case Step.Cancel s -> targets.timer(p, s.target());
            case Step.Read s -> read(p, s);
            case Step.Write s -> write(p, s);
            case Step.Increment s -> targets.object(p, s.target(), "increment", t -> t == ObjectType.INT);
            case Step.Repeat s -> repeat(p, s);
            case Step.Print s -> print(p, s);
            case Step.Exit s -> { }
            case Step.SpinUntil s -> spinUntil(p, s);
            case Step.If s -> ifStep(p, s);
            case Step.While s -> {
                conditions.check(p + ".condition", s.condition(), locals);
                loop(p, s.body());
            }
            case Step.Break s -> breakStep(p);
        }
    }

    private void with(String p, Step.With s) {
        targets.object(p, s.target(), "with", ObjectType::isAcquirable);
        checkBody(p, s.body());
    }

    private void notifyN(String p, Step.Notify s) {
        targets.object(p, s.target(), "notify", t -> t == ObjectType.CONDITION);
        if (s.n() != null && s.n() < 0) {
            problems.add(new Problem(p + ".n", "must be >= 0"));
        }
    }

    private void read(String p, Step.Read s) {
        targets.object(p, s.target(), "read", t -> t == ObjectType.INT);
        define(p + ".as", s.as());
    }

    private void print(String p, Step.Print s) {
        if (s.text() == null) {
            problems.add(new Problem(p + ".text", "missing text"));
        }
    }

    private void ifStep(String p, Step.If s) {
        conditions.check(p + ".condition", s.condition(), locals);
        checkSteps(p, "then", s.then());
        checkSteps(p, "else", s.otherwise());
    }

    private void breakStep(String p) {
        if (loops == 0) {
            problems.add(new Problem(p, "break is only allowed inside the body of a while or a repeat"));
        }
    }

    private void acquire(String p, Step.Acquire s) {
        targets.object(p, s.target(), "acquire", ObjectType::isAcquirable);
        timeout(p, s.timeoutMs());
        if (Boolean.FALSE.equals(s.blocking()) && s.timeoutMs() != null) {
            problems.add(new Problem(p + ".timeoutMs", "can't specify a timeout for a non-blocking call"));
        }
    }

    private void put(String p, Step.Put s) {
        targets.object(p, s.target(), "put", ObjectType::isQueue);
        timeout(p, s.timeoutMs());
        if (!Step.Put.isNone(s.value())) {
            expression(p + ".value", s.value());
        }
    }

    private void get(String p, Step.Get s) {
        targets.object(p, s.target(), "get", ObjectType::isQueue);
        timeout(p, s.timeoutMs());
        if (s.as() != null) {
            define(p + ".as", s.as());
        }
    }

    private void join(String p, Step.Join s) {
        timeout(p, s.timeoutMs());
        ObjectType type = objects.get(s.target());
        if (type != null && s.timeoutMs() != null) {
            problems.add(new Problem(p + ".timeoutMs", "Queue.join() takes no timeout"));
        }
        targets.joinable(p, s.target(), current);
    }

    private void spinUntil(String p, Step.SpinUntil s) {
        String at = p + ".condition";
        if (s.condition() == null) {
            problems.add(new Problem(at, "missing condition"));
            return;
        }
        var condition = dev.threadlab.engine.model.Condition.parse(s.condition());
        if (condition.isEmpty()) {
            problems.add(new Problem(at, "must be comparisons of shared ints and int literals (== != < <= > >=) "
                    + "joined by and / or, such as \"flag1 == 0 or turn == 0\"; not \"" + s.condition() + "\""));
            return;
        }
        for (String name : condition.get().names()) {
            if (objects.get(name) != ObjectType.INT) {
                problems.add(new Problem(at, "\"" + name + "\" is not a shared int"));
            }
        }
    }

    private void write(String p, Step.Write s) {
        targets.object(p, s.target(), "write", t -> t == ObjectType.INT);
        expression(p + ".value", s.value());
    }

    private void repeat(String p, Step.Repeat s) {
        if (s.times() < 0) {
            problems.add(new Problem(p + ".times", "must be >= 0, not " + s.times()));
        }
        if (s.as() != null) {
            define(p + ".as", s.as());
        }
        loop(p, s.body());
    }

    private void loop(String p, List<Step> body) {
        loops++;
        checkBody(p, body);
        loops--;
    }

    private void expression(String path, String text) {
        Expr e = Expr.parse(text).orElse(null);
        if (e == null) {
            problems.add(new Problem(path, "must be an int, a local, or \"a + b\" / \"a - b\", not \""
                    + text + "\""));
            return;
        }
        use(path, e.left());
        if (e.right() != null) {
            use(path, e.right());
        }
    }

    private void use(String path, String operand) {
        if (Expr.isLiteral(operand) || locals.contains(operand)) {
            return;
        }
        String hint = objects.get(operand) == ObjectType.INT
                ? "; \"" + operand + "\" is a shared int: read it into a local first"
                : DidYouMean.suffix(operand, new ArrayList<>(locals));
        problems.add(new Problem(path, "local \"" + operand + "\" is used before it is set (by a read, get or repeat \"as\")" + hint));
    }

    private void define(String path, String name) {
        if (name == null || !name.matches("[A-Za-z_]\\w*")) {
            problems.add(new Problem(path, "must be a Python name, not " + (name == null ? "absent" : "\"" + name + "\"")));
        } else {
            locals.add(name);
        }
    }

    private void duration(String path, double ms) {
        if (!(ms >= 0) || Double.isInfinite(ms)) {
            problems.add(new Problem(path, "must be a duration >= 0 ms, not " + ms));
        }
    }

    private void timeout(String p, Double ms) {
        if (ms != null && (!(ms >= 0) || Double.isInfinite(ms))) {
            problems.add(new Problem(p + ".timeoutMs", "must be >= 0 ms, not " + ms));
        }
    }

    static boolean sameProcess(ThreadDecl a, ThreadDecl b) {
        return processOf(a).equals(processOf(b));
    }

    static String processOf(ThreadDecl t) {
        return t.process() == null ? "main" : t.process();
    }
}
