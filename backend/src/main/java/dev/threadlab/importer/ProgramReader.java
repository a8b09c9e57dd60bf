package dev.threadlab.importer;

import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Step;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a program's syntax tree the way the lab would run it, without running it: module-level code is the main
 * thread, every function a thread runs is inlined with its (constant) arguments bound, loops over constants are
 * unrolled where they make threads and become {@code repeat} otherwise. Collects every construct it cannot model;
 * {@link ScenarioAssembler} turns what it read into a scenario.
 */
final class ProgramReader {

    /** Iterations unrolled in all before the program is refused. */
    static final int MAX_UNROLLED = 2_000;
    /** Calls inlined inside one another before the program is refused (recursion). */
    static final int MAX_INLINE_DEPTH = 40;
    static final double UNKNOWN_CALL_MS = 1;

    /** A loop whose variable is needed as a constant: it is unrolled instead of becoming a {@code repeat}. */
    static final class NeedsConstant extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NeedsConstant() {
            super(null, null, false, false);
        }
    }

    /** Where code is being read: its names, its {@code global} declarations, the lane it runs in. */
    private static final class Frame {
        final Map<String, Value> names = new HashMap<>();
        final Set<String> globals = new HashSet<>();
        final boolean module;
        final boolean laneTop;
        final String process;
        final int depth;
        Value self;
        int repeats;
        /** Past the exporter's wait for every thread: the prints that follow are its final values. */
        boolean shutdown;
        Value returned = new Value.None();

        Frame(boolean module, boolean laneTop, String process, int depth) {
            this.module = module;
            this.laneTop = laneTop;
            this.process = process;
            this.depth = depth;
        }
    }

    final Map<Integer, String> comments;
    final List<SourceProblem> problems = new ArrayList<>();
    final List<SourceProblem> notes = new ArrayList<>();
    final List<ObjectSpec> objects = new ArrayList<>();
    final List<Lane> lanes = new ArrayList<>();
    final Map<String, Value> module = new LinkedHashMap<>();
    /** Data the exporter writes in its report block: {@code _lab_NAMES}, {@code _lab_LANES}, {@code _lab_RUNTIME}. */
    final Map<String, JsonNode> labData = new HashMap<>();
    final Set<String> sharedNames = new HashSet<>();
    final List<Step> main = new ArrayList<>();
    /** The source line each step came from (the innermost statement that made it), by identity. */
    final Map<Step, Integer> stepLines = new java.util.IdentityHashMap<>();
    Double switchIntervalMs;
    private int unrolled;

    ProgramReader(Map<Integer, String> comments) {
        this.comments = comments;
    }

    void read(JsonNode moduleNode) {
        List<JsonNode> body = list(moduleNode.path("body"));
        collectShared(moduleNode);
        for (JsonNode stmt : body) {
            if (stmt.path("t").asString().equals("Assign") && name(stmt.path("targets").path(0)).startsWith("_lab_")) {
                labData.put(name(stmt.path("targets").path(0)), stmt.path("value"));
            }
        }
        Frame frame = new Frame(true, true, null, 0);
        frame.names.putAll(builtins());
        for (JsonNode stmt : body) {
            statement(stmt, frame, main);
        }
        for (int i = 0; i < lanes.size(); i++) {
            lanes.get(i).readBody();
        }
    }

    // ---- names ------------------------------------------------------------------------------------------------------

    private static Map<String, Value> builtins() {
        Map<String, Value> b = new HashMap<>();
        for (String n : List.of("print", "range", "len", "list", "tuple", "int", "float", "str", "super", "enumerate")) {
            b.put(n, new Value.Known(n));
        }
        b.put("SCALE", new Value.Num(BigDecimal.ONE, true));
        b.put("_lab_run", new Value.Known("_lab_run"));
        return b;
    }

    /** Module-level ints some function declares {@code global}, or that the exporter lists in {@code _lab_INTS}. */
    private void collectShared(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::collectShared);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if ("Global".equals(node.path("t").asString())) {
            node.path("names").forEach(n -> sharedNames.add(n.asString()));
        }
        if ("Assign".equals(node.path("t").asString()) && "_lab_INTS".equals(name(node.path("targets").path(0)))) {
            node.path("value").path("values").forEach(v -> sharedNames.add(v.path("v").asString()));
        }
        node.properties().forEach(e -> collectShared(e.getValue()));
    }

    private Value lookup(String id, Frame frame) {
        Value v = frame.names.get(id);
        if (v == null && !frame.module) {
            v = module.get(id);
        }
        if (v == null) {
            v = builtins().get(id);
        }
        return v;
    }

    private void bind(String id, Value v, Frame frame) {
        if (frame.module || frame.globals.contains(id)) {
            module.put(id, v);
        }
        if (frame.module) {
            if (v instanceof Value.Obj(ObjectSpec spec) && spec.name == null) {
                spec.name = id;
            }
            if (v instanceof Value.LaneRef(Lane lane) && lane.base == null) {
                lane.base = id;
            }
        }
        frame.names.put(id, v);
    }

    // ---- statements -------------------------------------------------------------------------------------------------

    private void statements(List<JsonNode> body, Frame frame, List<Step> out) {
        for (JsonNode stmt : body) {
            statement(stmt, frame, out);
        }
    }

    private void statement(JsonNode s, Frame frame, List<Step> out) {
        int before = out.size();
        try {
            statementSteps(s, frame, out);
        } finally {
            for (int k = Math.min(before, out.size()); k < out.size(); k++) {
                stepLines.putIfAbsent(out.get(k), s.path("l").asInt(1));
            }
        }
    }

    private void statementSteps(JsonNode s, Frame frame, List<Step> out) {
        String type = s.path("t").asString();
        if (frame.module && scaffolding(s)) {
            return;
        }
        switch (type) {
            case "Import" -> s.path("names").forEach(a -> {
                String n = a.path("name").asString();
                String as = a.path("asname").isString() ? a.path("asname").asString() : n.split("\\.")[0];
                frame.names.put(as, new Value.Known(a.path("asname").isString() ? n : n.split("\\.")[0]));
                module.put(as, frame.names.get(as));
            });
            case "ImportFrom" -> s.path("names").forEach(a -> {
                String n = a.path("name").asString();
                String as = a.path("asname").isString() ? a.path("asname").asString() : n;
                frame.names.put(as, new Value.Known(s.path("module").asString() + "." + n));
                module.put(as, frame.names.get(as));
            });
            case "FunctionDef" -> bind(s.path("name").asString(), exportersCompute(s) ? new Value.Known("compute")
                    : new Value.Func(s, null), frame);
            case "ClassDef" -> bind(s.path("name").asString(), new Value.Klass(s, list(s.path("bases")).stream()
                    .anyMatch(b -> eval(b, frame, new ArrayList<>()) instanceof Value.Known(String q)
                                   && q.equals("threading.Thread"))), frame);
            case "Global" -> s.path("names").forEach(n -> frame.globals.add(n.asString()));
            case "Pass" -> {
            }
            case "Expr" -> {
                boolean finalValues = frame.shutdown && "print".equals(s.path("value").path("func").path("id").asString());
                if (!(s.path("value").path("t").asString().equals("Constant")) && !finalValues) {
                    eval(s.path("value"), frame, out);
                }
            }
            case "Assign" -> assign(s, frame, out);
            case "AugAssign" -> augAssign(s, frame, out);
            case "With" -> with(s, list(s.path("items")), frame, out);
            case "For" -> forLoop(s, frame, out);
            case "While" -> whileLoop(s, frame, out);
            case "If" -> {
                if (frame.module && isMainGuard(s.path("test"))) {
                    statements(list(s.path("body")), frame, out);
                } else {
                    ifStatement(s, frame, out);
                }
            }
            case "Break" -> out.add(new Step.Break());
            case "Continue" -> problem(s, "`continue` is not modelled: write the rest of the loop's body under an "
                    + "`if` instead");
            case "Return" -> {
                if (frame.laneTop && !frame.module) {
                    out.add(new Step.Exit());
                } else {
                    frame.returned = s.path("value").isObject() ? eval(s.path("value"), frame, out) : new Value.None();
                }
            }
            case "Try" -> {
                statements(list(s.path("body")), frame, out);
                if (!s.path("handlers").isEmpty()) {
                    note(s, "the `except` blocks were left out: the lab's steps raise only the errors CPython's "
                            + "primitives raise, and such an error ends the thread");
                }
                statements(list(s.path("finalbody")), frame, out);
            }
            default -> problem(s, "`" + type + "` statements are not modelled; write the thread's work as calls "
                    + "(time.sleep, compute-like functions) and the threading primitives");
        }
    }

    /** The exporter's {@code compute(seconds)}: calibrated pure-Python work, a {@code compute} step. */
    private static boolean exportersCompute(JsonNode def) {
        Set<String> names = new HashSet<>();
        namesIn(def.path("body"), names);
        return "compute".equals(def.path("name").asString()) && names.stream().anyMatch(n -> n.startsWith("_lab"));
    }

    /** The exporter's own scaffolding at module level (its options, its helpers and its report): not the program. */
    private static boolean scaffolding(JsonNode s) {
        String type = s.path("t").asString();
        if (type.equals("FunctionDef") || type.equals("ClassDef")) {
            return s.path("name").asString().startsWith("_lab");
        }
        Set<String> names = new HashSet<>();
        namesIn(s, names);
        return names.stream().anyMatch(n -> n.startsWith("_lab") && !n.equals("_lab_run") || n.equals("OPTIONS"))
               || (type.equals("Assign") && name(s.path("targets").path(0)).equals("SCALE"));
    }

    private static void namesIn(JsonNode node, Set<String> out) {
        if (node.isArray()) {
            node.forEach(n -> namesIn(n, out));
        } else if (node.isObject()) {
            if ("Name".equals(node.path("t").asString())) {
                out.add(node.path("id").asString());
            }
            node.properties().forEach(e -> namesIn(e.getValue(), out));
        }
    }

    private static boolean isMainGuard(JsonNode test) {
        return "Compare".equals(test.path("t").asString()) && "__name__".equals(test.path("left").path("id").asString());
    }

    private void assign(JsonNode s, Frame frame, List<Step> out) {
        JsonNode value = s.path("value");
        for (JsonNode target : list(s.path("targets"))) {
            switch (target.path("t").asString()) {
                case "Name" -> assignName(target.path("id").asString(), value, frame, out, s);
                case "Attribute" -> assignAttribute(target, eval(value, frame, out), frame, out);
                default -> problem(target, "only a name or an attribute can be assigned here");
            }
        }
    }

    private void assignName(String id, JsonNode value, Frame frame, List<Step> out, JsonNode at) {
        Value current = lookup(id, frame);
        boolean writesShared = current instanceof Value.Shared && (frame.module || frame.globals.contains(id));
        if (frame.module && sharedNames.contains(id) && !(current instanceof Value.Shared)) {
            Value v = eval(value, frame, out);
            if (v instanceof Value.Num n && n.integral()) {
                ObjectSpec spec = new ObjectSpec(ObjectType.INT, n.value().longValueExact(), null, null);
                spec.name = id;
                objects.add(spec);
                module.put(id, new Value.Shared(id));
                frame.names.put(id, new Value.Shared(id));
                return;
            }
        }
        if (writesShared) {
            Optional<Long> by = selfIncrement(id, value);
            if (by.isPresent()) {
                out.add(new Step.Increment(id, by.get() == 1 ? null : by.get()));
            } else {
                out.add(new Step.Write(id, exprText(value, frame, out)));
            }
            return;
        }
        if (!frame.module && eval(value, frame, new ArrayList<>(), true) instanceof Value.Shared(String shared)) {
            out.add(new Step.Read(shared, id));
            frame.names.put(id, new Value.Local(id));
            return;
        }
        if (getCall(value, frame).isPresent()) {
            Value.Obj q = getCall(value, frame).get();
            out.add(get(q, value, args(value, frame, out), id));
            frame.names.put(id, new Value.Local(id));
            return;
        }
        bind(id, eval(value, frame, out), frame);
    }

    /** {@code x = x + k} (or {@code - k}): the same read and write as {@code x += k}. */
    private static Optional<Long> selfIncrement(String id, JsonNode value) {
        if ("BinOp".equals(value.path("t").asString()) && id.equals(value.path("left").path("id").asString())
            && value.path("right").path("v").isIntegralNumber()) {
            long k = value.path("right").path("v").asLong();
            return switch (value.path("op").path("t").asString()) {
                case "Add" -> Optional.of(k);
                case "Sub" -> Optional.of(-k);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private Optional<Value.Obj> getCall(JsonNode value, Frame frame) {
        if ("Call".equals(value.path("t").asString()) && "Attribute".equals(value.path("func").path("t").asString())
            && Set.of("get", "get_nowait").contains(value.path("func").path("attr").asString())
            && eval(value.path("func").path("value"), frame, new ArrayList<>(), true) instanceof Value.Obj o
            && o.spec().type.isQueue()) {
            return Optional.of(o);
        }
        return Optional.empty();
    }

    private void assignAttribute(JsonNode target, Value v, Frame frame, List<Step> out) {
        Value owner = eval(target.path("value"), frame, out);
        String attr = target.path("attr").asString();
        switch (owner) {
            case Value.Instance i when i.thread() != null && Set.of("daemon", "name").contains(attr) ->
                    laneAttribute(i.thread(), attr, v, target);
            case Value.Instance i -> i.attrs().put(attr, v);
            case Value.LaneRef(Lane lane) -> laneAttribute(lane, attr, v, target);
            default -> problem(target, "`" + attr + "` cannot be set on this object in the lab");
        }
    }

    private void laneAttribute(Lane lane, String attr, Value v, JsonNode at) {
        switch (attr) {
            case "daemon" -> lane.daemon = v instanceof Value.Bool(boolean b) && b;
            case "name" -> lane.name = v instanceof Value.Text(String t) ? t : lane.name;
            default -> problem(at, "`" + attr + "` of a thread is not modelled");
        }
    }

    private void augAssign(JsonNode s, Frame frame, List<Step> out) {
        String id = s.path("target").path("id").asString();
        Value current = lookup(id, frame);
        Value by = eval(s.path("value"), frame, out);
        String op = s.path("op").path("t").asString();
        if (current instanceof Value.Shared && by instanceof Value.Num n && n.integral()
            && (op.equals("Add") || op.equals("Sub"))) {
            long k = op.equals("Add") ? n.value().longValueExact() : -n.value().longValueExact();
            out.add(new Step.Increment(id, k == 1 ? null : k));
        } else if (current instanceof Value.Num c && by instanceof Value.Num n && frame.repeats == 0) {
            bind(id, arithmetic(c, op, n, s), frame);
        } else {
            if (current instanceof Value.Local && frame.repeats > 0) {
                throw new NeedsConstant();
            }
            problem(s, "`" + id + " " + opText(op) + "=` is modelled only on a shared int (a module-level int the "
                    + "function declares `global`) with a constant; keep the count in a global int");
        }
    }

    private void with(JsonNode s, List<JsonNode> items, Frame frame, List<Step> out) {
        if (items.isEmpty()) {
            statements(list(s.path("body")), frame, out);
            return;
        }
        Value v = eval(items.getFirst().path("context_expr"), frame, out);
        List<Step> body = new ArrayList<>();
        with(s, items.subList(1, items.size()), frame, body);
        if (v instanceof Value.Obj(ObjectSpec spec) && spec.type.isAcquirable()) {
            out.add(new Step.With(spec.name == null ? "?" : ref(spec), body));
        } else {
            problem(items.getFirst(), "`with` is modelled on a Lock, RLock, Condition or Semaphore; this one "
                    + "is not one the lab knows");
            out.addAll(body);
        }
    }

    private void forLoop(JsonNode s, Frame frame, List<Step> out) {
        JsonNode target = s.path("target");
        JsonNode iter = s.path("iter");
        Value it = eval(iter, frame, new ArrayList<>(), true);
        if ("Call".equals(iter.path("t").asString())
            && eval(iter.path("func"), frame, new ArrayList<>(), true) instanceof Value.Known(String q)
            && (q.equals("threading.enumerate") || q.equals("multiprocessing.active_children"))) {
            frame.shutdown = true;
            return;   // the exporter's wait for every thread and child, which the end of the program does anyway
        }
        if (!"Name".equals(target.path("t").asString())) {
            problem(target, "a `for` loop is modelled with one name as its variable");
            return;
        }
        String var = target.path("id").asString();
        if (isRange(iter, frame)) {
            long[] range = rangeBounds(iter, frame);
            if (range == null) {
                return;
            }
            if (range[0] == 0 && range[2] == 1) {
                int mark = lanes.size();
                int problemMark = problems.size();
                int noteMark = notes.size();
                Value saved = frame.names.get(var);
                frame.names.put(var, var.equals("_") ? new Value.Opaque("_") : new Value.Local(var));
                frame.repeats++;
                List<Step> body = new ArrayList<>();
                try {
                    statements(list(s.path("body")), frame, body);
                    if (lanes.size() == mark) {
                        out.add(new Step.Repeat((int) Math.max(0, range[1]), var.equals("_") ? null : var, body));
                        return;
                    }
                } catch (NeedsConstant e) {
                    // the loop's variable is used as a constant: unrolled below
                } finally {
                    frame.repeats--;
                    restore(frame, var, saved);
                }
                truncate(lanes, mark);
                truncate(problems, problemMark);
                truncate(notes, noteMark);
            }
            unroll(s, var, rangeValues(iter, frame), frame, out);
            return;
        }
        if (it instanceof Value.Seq(List<Value> items)) {
            unroll(s, var, List.copyOf(items), frame, out);
            return;
        }
        problem(iter, "a `for` loop is modelled over `range(n)` of constants or a list of constants");
    }

    private static void restore(Frame frame, String var, Value saved) {
        if (saved == null) {
            frame.names.remove(var);
        } else {
            frame.names.put(var, saved);
        }
    }

    private static <T> void truncate(List<T> list, int size) {
        while (list.size() > size) {
            list.removeLast();
        }
    }

    private void unroll(JsonNode s, String var, List<Value> values, Frame frame, List<Step> out) {
        unrolled += values.size();
        if (unrolled > MAX_UNROLLED) {
            problem(s, "loops that make threads or use their variable as a constant are unrolled, and this program "
                    + "unrolls more than " + MAX_UNROLLED + " iterations; make fewer threads");
            throw new ImportFailure(problems);
        }
        for (Value v : values) {
            frame.names.put(var, v);
            statements(list(s.path("body")), frame, out);
        }
    }

    private boolean isRange(JsonNode iter, Frame frame) {
        return "Call".equals(iter.path("t").asString())
               && eval(iter.path("func"), frame, new ArrayList<>(), true) instanceof Value.Known(String q)
               && q.equals("range");
    }

    /** A {@code range(...)}'s start, stop and step, or null (a problem said why). */
    private long[] rangeBounds(JsonNode call, Frame frame) {
        List<Long> a = new ArrayList<>();
        for (JsonNode arg : list(call.path("args"))) {
            Value v = eval(arg, frame, new ArrayList<>());
            if (!(v instanceof Value.Num n && n.integral())) {
                if (v instanceof Value.Local) {
                    throw new NeedsConstant();
                }
                problem(arg, "`range` is modelled over int constants");
                return null;
            }
            a.add(n.value().longValueExact());
        }
        long start = a.size() > 1 ? a.get(0) : 0;
        long stop = a.size() > 1 ? a.get(1) : a.isEmpty() ? 0 : a.get(0);
        long step = a.size() > 2 ? a.get(2) : 1;
        if (step == 0 || Math.abs(stop - start) / Math.abs(step) > Integer.MAX_VALUE / 2) {
            problem(call, "`range` with a step of 0 or too many iterations");
            return null;
        }
        return new long[]{start, stop, step};
    }

    private List<Value> rangeValues(JsonNode call, Frame frame) {
        long[] r = rangeBounds(call, frame);
        if (r == null) {
            return List.of();
        }
        List<Value> out = new ArrayList<>();
        for (long i = r[0]; r[2] > 0 ? i < r[1] : i > r[1]; i += r[2]) {
            out.add(new Value.Num(BigDecimal.valueOf(i), true));
            if (out.size() > MAX_UNROLLED) {
                problem(call, "loops that make threads or use their variable as a constant are unrolled, and this "
                        + "one has more than " + MAX_UNROLLED + " iterations; make fewer threads");
                throw new ImportFailure(problems);
            }
        }
        return out;
    }

    private void whileLoop(JsonNode s, Frame frame, List<Step> out) {
        List<JsonNode> body = list(s.path("body"));
        boolean spin = body.size() == 1 && "Pass".equals(body.getFirst().path("t").asString())
                       && s.path("orelse").isEmpty();
        JsonNode test = s.path("test");
        if (spin && "UnaryOp".equals(test.path("t").asString()) && "Not".equals(test.path("op").path("t").asString())) {
            Optional<String> condition = SpinText.of(test.path("operand"), id -> lookup(id, frame));
            if (condition.isPresent()) {
                out.add(new Step.SpinUntil(condition.get()));
                return;
            }
        }
        if (!s.path("orelse").isEmpty()) {
            problem(s, "the `else` of a `while` is not modelled: write its code after the loop, under an `if`");
            return;
        }
        Optional<String> folded = foldedButChanged(test, body, frame);
        if (folded.isPresent()) {
            problem(test, "the condition reads `" + folded.get() + "`, which the loop changes, but the lab reads it as a "
                    + "constant: make it a shared int (`global " + folded.get() + "` in a function that changes it)");
            return;
        }
        Optional<String> condition = conditions(frame).read(test);
        List<Step> steps = new ArrayList<>();
        boolean outermost = frame.repeats == 0;
        frame.repeats++;
        try {
            statements(body, frame, steps);
        } catch (NeedsConstant e) {
            if (!outermost) {
                throw e;   // an enclosing `for` is unrolled instead
            }
            problem(s, "a `while` body that starts threads or needs a changing value as a constant is not modelled; "
                    + "use a `for` over `range(n)`");
            return;
        } finally {
            frame.repeats--;
        }
        condition.ifPresent(c -> out.add(new Step.While(c, steps)));
    }

    /** A name the test reads as a constant (not a shared int, not a local) that the loop's body assigns. */
    private Optional<String> foldedButChanged(JsonNode test, List<JsonNode> body, Frame frame) {
        Set<String> read = new HashSet<>();
        namesIn(test, read);
        Set<String> assigned = new HashSet<>();
        for (JsonNode stmt : body) {
            assignedIn(stmt, assigned);
        }
        return read.stream().filter(assigned::contains)
                .filter(n -> lookup(n, frame) instanceof Value.Num || lookup(n, frame) instanceof Value.Bool)
                .sorted().findFirst();
    }

    private static void assignedIn(JsonNode node, Set<String> out) {
        if (node.isArray()) {
            node.forEach(n -> assignedIn(n, out));
        } else if (node.isObject()) {
            String t = node.path("t").asString();
            if (t.equals("Assign")) {
                node.path("targets").forEach(target -> out.add(name(target)));
            } else if (t.equals("AugAssign")) {
                out.add(name(node.path("target")));
            }
            node.properties().forEach(e -> assignedIn(e.getValue(), out));
        }
    }

    private void ifStatement(JsonNode s, Frame frame, List<Step> out) {
        Optional<String> condition = conditions(frame).read(s.path("test"));
        List<Step> then = new ArrayList<>();
        List<Step> otherwise = new ArrayList<>();
        statements(list(s.path("body")), frame, then);
        statements(list(s.path("orelse")), frame, otherwise);
        condition.ifPresent(c -> out.add(new Step.If(c, then, otherwise)));
    }

    private ConditionReader conditions(Frame frame) {
        return new ConditionReader(this, e -> eval(e, frame, new ArrayList<>(), true));
    }

    // ---- expressions ------------------------------------------------------------------------------------------------

    private Value eval(JsonNode e, Frame frame, List<Step> out) {
        return eval(e, frame, out, false);
    }

    /** The expression's value; {@code quiet}: only looking, no problem reported for what is not modelled. */
    private Value eval(JsonNode e, Frame frame, List<Step> out, boolean quiet) {
        String type = e.path("t").asString();
        return switch (type) {
            case "Constant" -> constant(e);
            case "Name" -> {
                Value v = lookup(e.path("id").asString(), frame);
                yield v == null ? new Value.Opaque(e.path("id").asString()) : v;
            }
            case "List", "Tuple" -> {
                List<Value> items = new ArrayList<>();
                for (JsonNode x : list(e.path("elts"))) {
                    items.add(eval(x, frame, out, quiet));
                }
                yield new Value.Seq(items);
            }
            case "Attribute" -> attribute(e, frame, out, quiet);
            case "Subscript" -> subscript(e, frame, out, quiet);
            case "BinOp" -> {
                Value l = eval(e.path("left"), frame, out, quiet);
                Value r = eval(e.path("right"), frame, out, quiet);
                if (l instanceof Value.Num a && r instanceof Value.Num b) {
                    yield arithmetic(a, e.path("op").path("t").asString(), b, e);
                }
                yield new Value.Opaque("arithmetic");
            }
            case "UnaryOp" -> {
                Value v = eval(e.path("operand"), frame, out, quiet);
                if (v instanceof Value.Num n && "USub".equals(e.path("op").path("t").asString())) {
                    yield new Value.Num(n.value().negate(), n.integral());
                }
                yield new Value.Opaque("unary");
            }
            case "Call" -> quiet ? new Value.Opaque("call") : call(e, frame, out);
            case "ListComp" -> quiet ? new Value.Opaque("comprehension") : comprehension(e, frame, out);
            case "JoinedStr" -> new Value.Text(fText(e, frame));
            default -> new Value.Opaque(type);
        };
    }

    private static Value constant(JsonNode e) {
        JsonNode v = e.path("v");
        if (e.path("r").isString()) {
            return new Value.Num(new BigDecimal(e.path("r").asString()), false);
        }
        if (v.isBoolean()) {
            return new Value.Bool(v.asBoolean());
        }
        if (v.isIntegralNumber()) {
            return new Value.Num(new BigDecimal(v.bigIntegerValue()), true);
        }
        if (v.isString()) {
            return new Value.Text(v.asString());
        }
        if (v.isNull() && !e.has("k")) {
            return new Value.None();
        }
        return new Value.Opaque("constant");
    }

    private Value arithmetic(Value.Num a, String op, Value.Num b, JsonNode at) {
        boolean integral = a.integral() && b.integral();
        return switch (op) {
            case "Add" -> new Value.Num(a.value().add(b.value()), integral);
            case "Sub" -> new Value.Num(a.value().subtract(b.value()), integral);
            case "Mult" -> new Value.Num(a.value().multiply(b.value()), integral);
            case "Div" -> b.value().signum() == 0 ? new Value.Opaque("division by zero")
                    : new Value.Num(a.value().divide(b.value(), 12, RoundingMode.HALF_EVEN).stripTrailingZeros(), false);
            case "FloorDiv" -> b.value().signum() == 0 ? new Value.Opaque("division by zero")
                    : new Value.Num(a.value().divide(b.value(), 0, RoundingMode.FLOOR), integral);
            case "Mod" -> b.value().signum() == 0 ? new Value.Opaque("division by zero")
                    : new Value.Num(a.value().subtract(b.value().multiply(
                            a.value().divide(b.value(), 0, RoundingMode.FLOOR))), integral);
            default -> new Value.Opaque(op);
        };
    }

    private Value attribute(JsonNode e, Frame frame, List<Step> out, boolean quiet) {
        Value owner = eval(e.path("value"), frame, out, quiet);
        String attr = e.path("attr").asString();
        return switch (owner) {
            case Value.Known(String q) -> new Value.Known(q + "." + attr);
            case Value.Instance i -> {
                Value v = i.attrs().get(attr);
                if (v != null) {
                    yield v;
                }
                Optional<JsonNode> method = method(i.klass(), attr);
                if (method.isPresent()) {
                    yield new Value.Func(method.get(), i);
                }
                yield i.thread() != null ? new Value.Opaque("thread." + attr) : new Value.Opaque(attr);
            }
            default -> new Value.Opaque(attr);
        };
    }

    private Value subscript(JsonNode e, Frame frame, List<Step> out, boolean quiet) {
        Value seq = eval(e.path("value"), frame, out, quiet);
        Value index = eval(e.path("slice"), frame, out, quiet);
        if (seq instanceof Value.Seq(List<Value> items) && index instanceof Value.Num n && n.integral()) {
            int i = n.value().intValue();
            i = i < 0 ? items.size() + i : i;
            if (i >= 0 && i < items.size()) {
                return items.get(i);
            }
        }
        if (index instanceof Value.Local && frame.repeats > 0) {
            throw new NeedsConstant();
        }
        return new Value.Opaque("subscript");
    }

    private Value comprehension(JsonNode e, Frame frame, List<Step> out) {
        List<JsonNode> generators = list(e.path("generators"));
        if (generators.size() != 1 || !generators.getFirst().path("ifs").isEmpty()
            || !"Name".equals(generators.getFirst().path("target").path("t").asString())) {
            problem(e, "a list comprehension is modelled with one `for` over constants and no `if`");
            return new Value.Seq(new ArrayList<>());
        }
        JsonNode gen = generators.getFirst();
        List<Value> values = isRange(gen.path("iter"), frame) ? rangeValues(gen.path("iter"), frame)
                : eval(gen.path("iter"), frame, out) instanceof Value.Seq(List<Value> items) ? List.copyOf(items) : null;
        if (values == null) {
            problem(gen.path("iter"), "a list comprehension is modelled over `range(n)` or a list of constants");
            return new Value.Seq(new ArrayList<>());
        }
        String var = gen.path("target").path("id").asString();
        Value saved = frame.names.get(var);
        List<Value> items = new ArrayList<>();
        unrolled += values.size();
        for (Value v : values) {
            frame.names.put(var, v);
            items.add(eval(e.path("elt"), frame, out));
        }
        restore(frame, var, saved);
        return new Value.Seq(items);
    }

    /** An f-string as print text: constants as written, a local as {@code {name}}. */
    private String fText(JsonNode e, Frame frame) {
        StringBuilder text = new StringBuilder();
        for (JsonNode part : list(e.path("values"))) {
            if ("Constant".equals(part.path("t").asString())) {
                text.append(part.path("v").asString(""));
            } else {
                text.append(printable(part.path("value"), frame));
            }
        }
        return text.toString();
    }

    private String printable(JsonNode e, Frame frame) {
        Value v = eval(e, frame, new ArrayList<>(), true);
        return switch (v) {
            case Value.Local(String name) -> "{" + name + "}";
            case Value.Num n -> n.integral() ? n.value().toPlainString() : n.value().toString();
            case Value.Text(String t) -> t;
            case Value.Bool(boolean b) -> b ? "True" : "False";
            case Value.None() -> "None";
            case Value.LaneRef(Lane lane) -> lane.name == null ? "<thread>" : lane.name;
            default -> "{" + (e.path("id").isString() ? e.path("id").asString() : "?") + "}";
        };
    }

    /** The value of a {@code write} or {@code put}: an int, a local, or {@code a + b} / {@code a - b} of those. */
    private String exprText(JsonNode e, Frame frame, List<Step> out) {
        Value v = eval(e, frame, out, true);
        if (v instanceof Value.Num n && n.integral()) {
            return n.value().toPlainString();
        }
        if (v instanceof Value.Local(String name)) {
            return name;
        }
        if ("BinOp".equals(e.path("t").asString()) && Set.of("Add", "Sub").contains(e.path("op").path("t").asString())) {
            String l = exprText(e.path("left"), frame, out);
            String r = exprText(e.path("right"), frame, out);
            if (l != null && r != null && !l.contains(" ") && !r.contains(" ")) {
                return l + ("Add".equals(e.path("op").path("t").asString()) ? " + " : " - ") + r;
            }
        }
        problem(e, "a value written to a shared int or put in a queue is modelled as an int, a local, or "
                + "`a + b` / `a - b` of those");
        return "0";
    }

    // ---- calls ------------------------------------------------------------------------------------------------------

    private Value call(JsonNode c, Frame frame, List<Step> out) {
        JsonNode func = c.path("func");
        if ("Attribute".equals(func.path("t").asString())) {
            Value owner = eval(func.path("value"), frame, out);
            String method = func.path("attr").asString();
            switch (owner) {
                case Value.Obj o -> {
                    String item = o.spec().type.isQueue() && method.startsWith("put") && !c.path("args").isEmpty()
                            && !(constant(c.path("args").path(0)) instanceof Value.None)
                            ? exprText(c.path("args").path(0), frame, out) : null;
                    return new PrimitiveCalls(this).call(o.spec(), method, c, args(c, frame, out), item, out);
                }
                case Value.LaneRef(Lane lane) -> {
                    return laneCall(lane, method, c, frame, out);
                }
                case Value.Instance i when i.thread() != null && method(i.klass(), method).isEmpty() -> {
                    return laneCall(i.thread(), method, c, frame, out);
                }
                case Value.Seq(List<Value> items) when method.equals("append") -> {
                    items.add(eval(c.path("args").path(0), frame, out));
                    return new Value.None();
                }
                default -> {
                }
            }
        }
        Value f = eval(func, frame, out);
        Args args = args(c, frame, out);
        if (f instanceof Value.Known(String q) && q.equals("_lab_run") && args.at(0, "main") instanceof Value.Func fn) {
            return inline(fn, new Args(List.of(), Map.of(), List.of()), c, frame, out);
        }
        if (f instanceof Value.Known(String q) && (q.equals("super.__init__") || q.equals("threading.Thread.__init__"))) {
            threadInit(frame.self, args);
            return new Value.None();
        }
        return switch (f) {
            case Value.Known(String q) -> new KnownCalls(this).call(q, c, args, frame.process, frame.repeats > 0,
                    frame.module || frame.laneTop, out);
            case Value.Func fn -> inline(fn, args, c, frame, out);
            case Value.Klass k -> instantiate(k, args, c, frame, out);
            case Value.Instance i when method(i.klass(), "__call__").isPresent() ->
                    inline(new Value.Func(method(i.klass(), "__call__").get(), i), args, c, frame, out);
            default -> unknownCall(c, out);
        };
    }

    /** A call the lab does not know: a compute step of a duration the user can edit, and a note saying so. */
    Value unknownCall(JsonNode c, List<Step> out) {
        out.add(new Step.Compute(UNKNOWN_CALL_MS));
        note(c, "`" + callee(c.path("func")) + "()` is not a call the lab knows: it became a `compute` step of "
                + (int) UNKNOWN_CALL_MS + " ms; set the time it takes in the inspector");
        return new Value.Opaque("result");
    }

    static String callee(JsonNode func) {
        return switch (func.path("t").asString()) {
            case "Name" -> func.path("id").asString();
            case "Attribute" -> callee(func.path("value")) + "." + func.path("attr").asString();
            case "Call" -> callee(func.path("func")) + "()";
            default -> "…";
        };
    }

    /** A call's arguments, evaluated, positional and by keyword. */
    record Args(List<Value> positional, Map<String, Value> keywords, List<JsonNode> nodes) {

        Value at(int i, String keyword) {
            Value v = keywords.get(keyword);
            return v != null ? v : i >= 0 && i < positional.size() ? positional.get(i) : null;
        }
    }

    private Args args(JsonNode c, Frame frame, List<Step> out) {
        List<Value> positional = new ArrayList<>();
        for (JsonNode a : list(c.path("args"))) {
            if ("Starred".equals(a.path("t").asString())
                && eval(a.path("value"), frame, out) instanceof Value.Seq(List<Value> items)) {
                positional.addAll(items);
            } else {
                positional.add(eval(a, frame, out, true) instanceof Value.Local l ? l : eval(a, frame, out));
            }
        }
        Map<String, Value> keywords = new LinkedHashMap<>();
        for (JsonNode k : list(c.path("keywords"))) {
            keywords.put(k.path("arg").asString(""), eval(k.path("value"), frame, out));
        }
        return new Args(positional, keywords, list(c.path("args")));
    }

    private Value laneCall(Lane lane, String method, JsonNode c, Frame frame, List<Step> out) {
        Args args = args(c, frame, out);
        switch (method) {
            case "start" -> {
                if (frame.repeats > 0) {
                    throw new NeedsConstant();
                }
                lane.readBody();
                lane.started = true;
                lane.process = frame.process;
                out.add(new Step.Start(lane.ref()));
            }
            case "join" -> out.add(new Step.Join(lane.ref(), millis(args.at(0, "timeout"), c)));
            case "cancel" -> out.add(new Step.Cancel(lane.ref()));
            case "setDaemon" -> lane.daemon = args.at(0, "daemonic") instanceof Value.Bool(boolean b) && b;
            case "setName" -> lane.name = args.at(0, "name") instanceof Value.Text(String t) ? t : lane.name;
            case "is_alive", "isAlive" -> problem(c, "`is_alive()` is modelled in the condition of an `if` or a `while`");
            default -> problem(c, "`" + method + "()` of a thread is not modelled");
        }
        return new Value.None();
    }

    Value inline(Value.Func fn, Args args, JsonNode at, Frame caller, List<Step> out) {
        return inline(fn, args, at, caller.depth + 1, caller.process, false, caller.repeats, out);
    }

    /** Reads a function's body in place of the call, its parameters bound to the call's arguments. */
    Value inline(Value.Func fn, Args args, JsonNode at, int depth, String process, boolean laneTop, int repeats,
                 List<Step> out) {
        if (depth > MAX_INLINE_DEPTH) {
            problem(at, "calls nested more than " + MAX_INLINE_DEPTH + " deep (recursion) are not modelled");
            throw new ImportFailure(problems);
        }
        Frame frame = new Frame(false, laneTop, process, depth);
        frame.repeats = repeats;
        JsonNode def = fn.def();
        List<JsonNode> params = new ArrayList<>(list(def.path("args").path("posonlyargs")));
        params.addAll(list(def.path("args").path("args")));
        List<JsonNode> defaults = list(def.path("args").path("defaults"));
        int offset = 0;
        if (fn.self() != null && !params.isEmpty()) {
            frame.self = fn.self();
            frame.names.put(params.getFirst().path("arg").asString(), fn.self());
            offset = 1;
        }
        for (int i = offset; i < params.size(); i++) {
            String p = params.get(i).path("arg").asString();
            Value v = args.at(i - offset, p);
            int d = i - (params.size() - defaults.size());
            if (v == null && d >= 0) {
                v = eval(defaults.get(d), frame, out);
            }
            frame.names.put(p, v == null ? new Value.None() : v);
        }
        for (JsonNode k : list(def.path("args").path("kwonlyargs"))) {
            Value v = args.keywords().get(k.path("arg").asString());
            frame.names.put(k.path("arg").asString(), v == null ? new Value.None() : v);
        }
        statements(list(def.path("body")), frame, out);
        return frame.returned;
    }

    private Value instantiate(Value.Klass k, Args args, JsonNode at, Frame frame, List<Step> out) {
        Lane thread = k.threadSubclass() ? newLane(Lane.Kind.THREAD, at) : null;
        if (thread != null) {
            thread.base = k.def().path("name").asString().toLowerCase(java.util.Locale.ROOT);
        }
        Value.Instance instance = new Value.Instance(k, new HashMap<>(), thread);
        Optional<JsonNode> init = method(k, "__init__");
        if (init.isPresent()) {
            List<Step> ignored = new ArrayList<>();
            inline(new Value.Func(init.get(), instance), args, at, frame.depth + 1, frame.process, false, 0, ignored);
            if (!ignored.isEmpty()) {
                note(at, "what `__init__` does besides setting attributes was left out");
            }
        }
        if (thread != null) {
            Optional<JsonNode> run = method(k, "run");
            if (run.isEmpty()) {
                problem(at, "a `Thread` subclass is modelled when it overrides `run`");
            } else {
                thread.pending = () -> inline(new Value.Func(run.get(), instance), new Args(List.of(), Map.of(),
                        List.of()), at, 1, null, true, 0, thread.body);
            }
        }
        return instance;
    }

    /** The {@code super().__init__(...)} of a Thread subclass: its name and daemon flag. */
    void threadInit(Value self, Args args) {
        if (self instanceof Value.Instance i && i.thread() != null) {
            if (args.keywords().get("name") instanceof Value.Text(String t)) {
                i.thread().name = t;
            }
            if (args.keywords().get("daemon") instanceof Value.Bool(boolean b)) {
                i.thread().daemon = b;
            }
        }
    }

    private static Optional<JsonNode> method(Value.Klass k, String name) {
        for (JsonNode s : list(k.def().path("body"))) {
            if ("FunctionDef".equals(s.path("t").asString()) && name.equals(s.path("name").asString())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    // ---- lanes ------------------------------------------------------------------------------------------------------

    Lane newLane(Lane.Kind kind, JsonNode at) {
        Lane lane = new Lane(lanes.size(), kind, at.path("l").asInt(1));
        lanes.add(lane);
        return lane;
    }

    /** The steps of a thread running {@code target} with {@code args}: its code read with the arguments bound. */
    void laneBody(Lane lane, Value target, List<Value> args, Map<String, Value> kwargs, JsonNode at) {
        Args bound = new Args(args, kwargs, List.of());
        switch (target) {
            case Value.Func fn -> {
                lane.base = lane.base == null ? fn.def().path("name").asString() : lane.base;
                inline(fn, bound, at, 1, lane.kind == Lane.Kind.PROCESS ? lane.ref() : null, true, 0, lane.body);
            }
            case Value.Instance i when method(i.klass(), "__call__").isPresent() -> {
                lane.base = lane.base == null ? i.klass().def().path("name").asString().toLowerCase(java.util.Locale.ROOT)
                        : lane.base;
                inline(new Value.Func(method(i.klass(), "__call__").get(), i), bound, at, 1, null, true, 0, lane.body);
            }
            default -> problem(at, "the thread's `target` must be a function or a callable object the program "
                    + "defines");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    String ref(ObjectSpec spec) {
        return spec.name == null ? "\u0002" + objects.indexOf(spec) : spec.name;
    }

    ObjectSpec newObject(ObjectSpec spec) {
        objects.add(spec);
        return spec;
    }

    /** A timeout or duration in seconds as milliseconds; null when absent or None. */
    Double millis(Value seconds, JsonNode at) {
        if (seconds == null || seconds instanceof Value.None) {
            return null;
        }
        if (seconds instanceof Value.Num n) {
            return n.value().movePointRight(3).doubleValue();
        }
        if (seconds instanceof Value.Local) {
            throw new NeedsConstant();
        }
        problem(at, "a duration is modelled as a constant number of seconds");
        return null;
    }

    Step get(Value.Obj q, JsonNode call, Args a, String as) {
        boolean nowait = "get_nowait".equals(call.path("func").path("attr").asString());
        Boolean block = nowait ? Boolean.FALSE : a.at(0, "block") instanceof Value.Bool(boolean b) ? b : null;
        return new Step.Get(ref(q.spec()), as, block, millis(a.at(1, "timeout"), call));
    }

    String comment(JsonNode at) {
        return comments.getOrDefault(at.path("l").asInt(), "");
    }

    void problem(JsonNode at, String message) {
        problems.add(new SourceProblem(at.path("l").asInt(1), at.path("c").asInt(1), message));
    }

    void note(JsonNode at, String message) {
        notes.add(new SourceProblem(at.path("l").asInt(1), at.path("c").asInt(1), message));
    }

    private static String opText(String op) {
        return switch (op) {
            case "Add" -> "+";
            case "Sub" -> "-";
            case "Mult" -> "*";
            default -> op;
        };
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static String name(JsonNode node) {
        return "Name".equals(node.path("t").asString()) ? node.path("id").asString() : "";
    }
}
