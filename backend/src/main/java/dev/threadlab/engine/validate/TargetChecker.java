package dev.threadlab.engine.validate;

import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Resolves a step's {@code target} and checks that it is of a kind the op accepts. */
final class TargetChecker {

    private final Map<String, ObjectType> objects;
    private final Map<String, ThreadDecl> threads;
    private final Set<String> processes;
    private final List<Problem> problems;

    TargetChecker(Map<String, ObjectType> objects, Map<String, ThreadDecl> threads, Set<String> processes,
                  List<Problem> problems) {
        this.objects = objects;
        this.threads = threads;
        this.processes = processes;
        this.problems = problems;
    }

    void object(String p, String target, String op, Predicate<ObjectType> accepts) {
        String path = p + ".target";
        if (target == null) {
            problems.add(new Problem(path, "missing target"));
            return;
        }
        ObjectType type = objects.get(target);
        if (type == null) {
            problems.add(new Problem(path, "no object \"" + target + "\"" + suggest(target, objects.keySet())));
        } else if (!accepts.test(type)) {
            String allowed = Arrays.stream(ObjectType.values()).filter(accepts).map(ObjectType::json)
                    .collect(Collectors.joining(", "));
            problems.add(new Problem(path, op + " needs " + article(allowed) + "; \"" + target + "\" is " + article(type.json())));
        }
    }

    void startable(String p, String target, ThreadDecl starter) {
        if (!exists(p, target, "start", "thread or process")) {
            return;
        }
        ThreadDecl t = threads.get(target);
        if (t != null && "main".equals(t.id())) {
            problems.add(new Problem(p + ".target", "the main thread is already running"));
        } else if (t != null && !BodyChecker.sameProcess(t, starter)) {
            problems.add(new Problem(p + ".target", "thread \"" + target + "\" belongs to process \""
                    + BodyChecker.processOf(t) + "\"; a thread can only start threads of its own process"));
        }
    }

    void joinable(String p, String target, ThreadDecl joiner) {
        ObjectType type = objects.get(target);
        if (type != null) {
            if (!type.isQueue() || type == ObjectType.MP_QUEUE) {
                problems.add(new Problem(p + ".target", "join needs a thread, a process, or a Queue, LifoQueue, "
                        + "PriorityQueue; \"" + target + "\" is " + article(type.json())));
            }
            return;
        }
        if (!exists(p, target, "join", "thread, process or queue")) {
            return;
        }
        ThreadDecl t = threads.get(target);
        if (t != null && !BodyChecker.sameProcess(t, joiner)) {
            problems.add(new Problem(p + ".target", "thread \"" + target + "\" belongs to process \""
                    + BodyChecker.processOf(t) + "\"; join it from its own process"));
        }
    }

    void timer(String p, String target) {
        if (!exists(p, target, "cancel", "timer thread")) {
            return;
        }
        ThreadDecl t = threads.get(target);
        if (t == null || !t.isTimer()) {
            problems.add(new Problem(p + ".target", "cancel needs a timer thread; \"" + target + "\" is not a timer"));
        }
    }

    private boolean exists(String p, String target, String op, String what) {
        if (target == null) {
            problems.add(new Problem(p + ".target", "missing target"));
            return false;
        }
        if (threads.containsKey(target) || processes.contains(target)) {
            return true;
        }
        List<String> known = new ArrayList<>(threads.keySet());
        known.addAll(processes);
        String kind = objects.containsKey(target) ? "; \"" + target + "\" is " + article(objects.get(target).json())
                : suggest(target, known);
        problems.add(new Problem(p + ".target", op + " needs a " + what + "; no " + what + " \"" + target + "\"" + kind));
        return false;
    }

    private static String suggest(String wrong, java.util.Collection<String> known) {
        return DidYouMean.suffix(wrong, known);
    }

    private static String article(String name) {
        return ("AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
