package dev.threadlab.engine.validate;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.ProcessDecl;
import dev.threadlab.engine.model.RuntimeConfig;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scenario before anything runs and lists every problem with its JSON path. What CPython accepts and only
 * fails at run time (a Condition wait without its lock, releasing an unlocked Lock …) is legal here: the simulator
 * raises it as CPython does.
 */
public final class Validator {

    private static final Set<String> STARTS = Set.of("auto", "manual");

    private final Scenario scenario;
    private final Limits limits;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();

    private Validator(Scenario scenario, Limits limits) {
        this.scenario = scenario;
        this.limits = limits;
    }

    /** Every problem of {@code scenario} under the default limits; empty if it can run. */
    public static List<Problem> validate(Scenario scenario) {
        return validate(scenario, Limits.defaults());
    }

    /** Every problem of {@code scenario} under {@code limits}; empty if it can run. */
    public static List<Problem> validate(Scenario scenario, Limits limits) {
        Validator v = new Validator(scenario, limits);
        v.checkAll();
        return List.copyOf(v.problems);
    }

    private void checkAll() {
        if (scenario.schema() != Scenario.SCHEMA) {
            add("schema", "unsupported schema " + scenario.schema() + "; expected 1");
        }
        checkRuntime(scenario.runtime());
        checkIds();
        for (int i = 0; i < scenario.objects().size(); i++) {
            checkObject("objects[" + i + "]", scenario.objects().get(i));
        }
        checkProcesses();
        checkThreads();
        if (problems.isEmpty()) {
            new BodyChecker(scenario, problems).checkAll();
        }
    }

    private void checkRuntime(RuntimeConfig r) {
        if (r.cores() < 1 || r.cores() > 64) {
            add("runtime.cores", "must be between 1 and 64, not " + r.cores());
        }
        if (!(r.switchIntervalMs() > 0) || Double.isInfinite(r.switchIntervalMs())) {
            add("runtime.switchIntervalMs", "must be a number > 0, not " + r.switchIntervalMs());
        }
    }

    private void checkIds() {
        declare("objects", scenario.objects().stream().map(ObjectDecl::id).toList(), "object");
        declare("processes", scenario.processes().stream().map(ProcessDecl::id).toList(), "process");
        declare("threads", scenario.threads().stream().map(ThreadDecl::id).toList(), "thread");
        for (int i = 0; i < scenario.threads().size(); i++) {
            ThreadDecl t = scenario.threads().get(i);
            for (int k = 1; t.id() != null && t.count() > 1 && k <= t.count(); k++) {
                if (kinds.containsKey(t.id() + "-" + k)) {
                    add("threads[" + i + "].count", "replica \"" + t.id() + "-" + k + "\" clashes with another id");
                }
            }
        }
    }

    private void declare(String list, List<String> ids, String kind) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String path = list + "[" + i + "].id";
            if (id == null || !id.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                add(path, "must be a name (letters, digits, _ . -), not " + (id == null ? "absent" : "\"" + id + "\""));
            } else if (kinds.containsKey(id)) {
                add(path, "duplicate id \"" + id + "\" (already a " + kinds.get(id) + ")");
            } else if ("main".equals(id) && !"thread".equals(kind)) {
                add(path, "\"main\" is reserved for the main thread and the main process");
            } else {
                kinds.put(id, kind);
            }
        }
    }

    private void checkObject(String path, ObjectDecl o) {
        if (o.type() == null) {
            add(path + ".type", "missing object type");
            return;
        }
        ObjectType t = o.type();
        boolean counted = t == ObjectType.INT || t == ObjectType.SEMAPHORE || t == ObjectType.BOUNDED_SEMAPHORE;
        if (o.value() != null && !counted) {
            add(path + ".value", t.json() + " takes no value");
        }
        if (o.value() != null && t != ObjectType.INT && o.value() < 0) {
            add(path + ".value", "semaphore initial value must be >= 0");
        }
        if (o.maxsize() != null && (!t.isQueue() || o.maxsize() < 0)) {
            add(path + ".maxsize", t.isQueue() ? "must be >= 0 (0 = unbounded)" : t.json() + " takes no maxsize");
        }
        checkConditionLock(path, o);
    }

    private void checkConditionLock(String path, ObjectDecl o) {
        if (o.lock() == null) {
            return;
        }
        if (o.type() != ObjectType.CONDITION) {
            add(path + ".lock", o.type().json() + " takes no lock");
            return;
        }
        ObjectDecl lock = scenario.objects().stream().filter(x -> o.lock().equals(x.id())).findFirst().orElse(null);
        if (lock == null) {
            add(path + ".lock", "no object \"" + o.lock() + "\"" + DidYouMean.suffix(o.lock(), objectIds()));
        } else if (lock.type() != ObjectType.LOCK && lock.type() != ObjectType.RLOCK) {
            add(path + ".lock", "a Condition's lock must be a Lock or RLock; \"" + o.lock() + "\" is " + lock.type());
        }
    }

    private void checkProcesses() {
        if (scenario.processes().size() > limits.maxProcesses()) {
            add("processes", "at most " + limits.maxProcesses() + " processes, not " + scenario.processes().size());
        }
        for (int i = 0; i < scenario.processes().size(); i++) {
            String s = scenario.processes().get(i).start();
            if (s != null && !STARTS.contains(s)) {
                add("processes[" + i + "].start", "must be \"auto\" or \"manual\", not \"" + s + "\"");
            }
        }
    }

    private void checkThreads() {
        long total = 1 + scenario.processes().size();
        for (int i = 0; i < scenario.threads().size(); i++) {
            ThreadDecl t = scenario.threads().get(i);
            total += "main".equals(t.id()) ? 0 : Math.max(0, t.count());
            checkThread("threads[" + i + "]", t);
        }
        if (total > limits.maxThreads()) {
            add("threads", "at most " + limits.maxThreads() + " threads in all, counting the main thread of each "
                    + "process and every count, not " + total);
        }
    }

    private void checkThread(String path, ThreadDecl t) {
        if (t.count() < 1) {
            add(path + ".count", "must be >= 1, not " + t.count());
        }
        if (t.start() != null && !STARTS.contains(t.start())) {
            add(path + ".start", "must be \"auto\" or \"manual\", not \"" + t.start() + "\"");
        }
        if (t.process() != null && !"main".equals(t.process()) && !"process".equals(kinds.get(t.process()))) {
            add(path + ".process", "no process \"" + t.process() + "\"" + DidYouMean.suffix(t.process(), processIds()));
        }
        if (t.timerIntervalMs() != null && !(t.timerIntervalMs() >= 0)) {
            add(path + ".timer.intervalMs", "must be >= 0");
        }
        if ("main".equals(t.id())) {
            checkMain(path, t);
        }
    }

    private void checkMain(String path, ThreadDecl t) {
        if (t.count() != 1) {
            add(path + ".count", "there is one main thread");
        }
        if (t.daemon() || t.manual() || t.isTimer()) {
            add(path, "the main thread cannot be a daemon, a timer or started manually");
        }
        if (t.process() != null && !"main".equals(t.process())) {
            add(path + ".process", "the thread \"main\" is the main process's main thread");
        }
    }

    private List<String> objectIds() {
        return scenario.objects().stream().map(ObjectDecl::id).filter(x -> x != null).toList();
    }

    private List<String> processIds() {
        return scenario.processes().stream().map(ProcessDecl::id).filter(x -> x != null).toList();
    }

    private void add(String path, String message) {
        problems.add(new Problem(path, message));
    }
}
