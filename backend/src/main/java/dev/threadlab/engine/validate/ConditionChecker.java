package dev.threadlab.engine.validate;

import dev.threadlab.engine.model.Expression;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks the condition of an {@code if} or a {@code while}: it reads as Python, every name is a shared int or a local
 * set before, every call is one the primitive has.
 */
final class ConditionChecker {

    private final Map<String, ObjectType> objects;
    private final Map<String, ThreadDecl> threads;
    private final List<Problem> problems;

    ConditionChecker(Map<String, ObjectType> objects, Map<String, ThreadDecl> threads, List<Problem> problems) {
        this.objects = objects;
        this.threads = threads;
        this.problems = problems;
    }

    void check(String path, String text, Set<String> locals) {
        if (text == null) {
            problems.add(new Problem(path, "missing condition"));
            return;
        }
        Expression.Parsed parsed = Expression.read(text);
        if (parsed.expression() == null) {
            problems.add(new Problem(path, "\"" + text + "\" " + parsed.problem()));
            return;
        }
        for (String name : parsed.expression().names()) {
            name(path, name, locals);
        }
        for (Expression.Call call : parsed.expression().calls()) {
            call(path, call);
        }
    }

    private void name(String path, String name, Set<String> locals) {
        ObjectType type = objects.get(name);
        if (type == ObjectType.INT || locals.contains(name)) {
            return;
        }
        if (type != null) {
            problems.add(new Problem(path, "\"" + name + "\" is a " + type.json() + ", not a value: call one of its "
                    + "methods (such as " + name + ".locked() or " + name + ".is_set())"));
            return;
        }
        List<String> known = new ArrayList<>(locals);
        objects.forEach((id, t) -> {
            if (t == ObjectType.INT) {
                known.add(id);
            }
        });
        problems.add(new Problem(path, "\"" + name + "\" is neither a shared int nor a local set before (by a read, "
                + "get or repeat \"as\")" + DidYouMean.suffix(name, known)));
    }

    private void call(String path, Expression.Call call) {
        String method = call.method().python() + "()";
        String target = call.target();
        switch (call.method()) {
            case ACQUIRE -> {
                object(path, target, method, ObjectType::isAcquirable);
                if (Boolean.FALSE.equals(call.blocking()) && call.timeoutMs() != null) {
                    problems.add(new Problem(path, "can't specify a timeout for a non-blocking call"));
                }
            }
            case WAIT -> object(path, target, method, t -> t == ObjectType.CONDITION || t == ObjectType.EVENT);
            case IS_SET -> object(path, target, method, t -> t == ObjectType.EVENT);
            case LOCKED -> object(path, target, method, t -> t == ObjectType.LOCK);
            case QSIZE, EMPTY, FULL -> object(path, target, method, ObjectType::isQueue);
            case IS_ALIVE -> thread(path, target);
        }
    }

    private void object(String path, String target, String method, Predicate<ObjectType> accepts) {
        ObjectType type = objects.get(target);
        if (type == null) {
            problems.add(new Problem(path, "no object \"" + target + "\" for " + method
                    + DidYouMean.suffix(target, new ArrayList<>(objects.keySet()))));
        } else if (!accepts.test(type)) {
            problems.add(new Problem(path, "\"" + target + "\" (" + type.json() + ") has no " + method));
        }
    }

    private void thread(String path, String target) {
        ThreadDecl t = threads.get(target);
        if (t == null) {
            problems.add(new Problem(path, "no thread \"" + target + "\" for is_alive()"
                    + DidYouMean.suffix(target, new ArrayList<>(threads.keySet()))));
        } else if (t.count() > 1) {
            problems.add(new Problem(path, "\"" + target + "\" has " + t.count() + " replicas: is_alive() needs one thread"));
        }
    }
}
