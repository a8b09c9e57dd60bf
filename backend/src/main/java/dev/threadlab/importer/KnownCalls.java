package dev.threadlab.importer;

import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Step;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A call to something in the standard library (or a builtin) the lab knows by name: {@code threading.Lock()} ... */
final class KnownCalls {

    /** Calls the lab refuses, with what to write instead. */
    private static final Map<String, String> INSTEAD = Map.of(
            "os.fork", "use `multiprocessing.Process`",
            "threading.Barrier", "build it from a `threading.Condition` (see the lesson \"A barrier from a Condition\")",
            "threading.local", "keep the value in a local of the thread's function",
            "multiprocessing.Pool", "use `multiprocessing.Process` workers and a `multiprocessing.Queue`",
            "queue.SimpleQueue", "use `queue.Queue()`",
            "threading.Thread.run", "call `start()`: `run()` runs the code in the calling thread");

    private final ProgramReader reader;

    KnownCalls(ProgramReader reader) {
        this.reader = reader;
    }

    Value call(String q, JsonNode c, ProgramReader.Args a, String process, boolean inRepeat, boolean top,
               List<Step> out) {
        String what = q.replaceFirst("^thread\\.", "_thread.");
        if (INSTEAD.containsKey(what) || what.startsWith("concurrent.futures") || what.startsWith("asyncio")) {
            reader.problem(c, "`" + what + "()` is not modelled; " + INSTEAD.getOrDefault(what,
                    what.startsWith("asyncio") ? "the lab models threads and processes, not asyncio's tasks"
                            : "use `threading.Thread` workers and a `queue.Queue`"));
            return new Value.Opaque(what);
        }
        return switch (what) {
            case "print" -> print(a, out);
            case "time.sleep" -> sleep(c, a, out);
            case "compute" -> {
                out.add(new Step.Compute(reader.millis(a.at(0, "seconds"), c)));
                yield new Value.None();
            }
            case "threading.Lock", "_thread.allocate_lock", "_thread.allocate", "threading.RLock", "threading.Event",
                 "threading.Condition", "threading.Semaphore", "threading.BoundedSemaphore", "queue.Queue",
                 "queue.LifoQueue", "queue.PriorityQueue", "multiprocessing.Queue" -> object(what, c, a);
            case "threading.Thread" -> lane(Lane.Kind.THREAD, c, a.at(1, "target"), a.at(3, "args"), a.at(4, "kwargs"),
                    a.at(2, "name"), a.at(5, "daemon"), null, inRepeat);
            case "threading.Timer" -> lane(Lane.Kind.TIMER, c, a.at(1, "function"), a.at(2, "args"), a.at(3, "kwargs"),
                    null, null, a.at(0, "interval"), inRepeat);
            case "multiprocessing.Process" -> lane(Lane.Kind.PROCESS, c, a.at(1, "target"), a.at(3, "args"),
                    a.at(4, "kwargs"), a.at(2, "name"), a.at(5, "daemon"), null, inRepeat);
            case "_thread.start_new_thread", "_thread.start_new" -> {
                Value ref = lane(Lane.Kind.THREAD, c, a.at(0, "function"), a.at(1, "args"), a.at(2, "kwargs"),
                        null, new Value.Bool(true), null, inRepeat);
                Lane lane = ((Value.LaneRef) ref).lane();
                lane.readBody();
                lane.started = true;
                lane.process = process;
                out.add(new Step.Start(lane.ref()));
                yield new Value.Opaque("thread id");
            }
            case "_thread.exit", "_thread.exit_thread", "sys.exit" -> {
                out.add(new Step.Exit());
                yield new Value.None();
            }
            case "sys.setswitchinterval" -> {
                reader.switchIntervalMs = reader.millis(a.at(0, "interval"), c);
                yield new Value.None();
            }
            case "range" -> range(a);
            case "len" -> a.at(0, "obj") instanceof Value.Seq(List<Value> items)
                    ? new Value.Num(BigDecimal.valueOf(items.size()), true) : new Value.Opaque("len");
            case "list", "tuple" -> a.at(0, "iterable") instanceof Value.Seq(List<Value> items)
                    ? new Value.Seq(new ArrayList<>(items)) : new Value.Seq(new ArrayList<>());
            case "int" -> a.at(0, "x") instanceof Value.Num n
                    ? new Value.Num(new BigDecimal(n.value().toBigInteger()), true) : new Value.Opaque("int");
            case "float" -> a.at(0, "x") instanceof Value.Num n ? new Value.Num(n.value(), false) : new Value.Opaque("float");
            case "str" -> new Value.Opaque("str");
            case "super" -> new Value.Known("super");
            case "threading.current_thread", "threading.currentThread", "threading.get_ident", "_thread.get_ident",
                 "threading.active_count", "threading.enumerate", "os.getpid", "time.time", "time.perf_counter",
                 "time.monotonic", "time.ctime", "multiprocessing.current_process", "multiprocessing.set_start_method",
                 "random.seed" -> new Value.Opaque(what);
            default -> reader.unknownCall(c, out);
        };
    }

    /** {@code range(...)} kept in a name ({@code nloops = range(3)}): its values, if constant and few. */
    private static Value range(ProgramReader.Args a) {
        List<Long> bounds = new ArrayList<>();
        for (Value v : a.positional()) {
            if (!(v instanceof Value.Num n && n.integral())) {
                return new Value.Opaque("range");
            }
            bounds.add(n.value().longValue());
        }
        long start = bounds.size() > 1 ? bounds.get(0) : 0;
        long stop = bounds.size() > 1 ? bounds.get(1) : bounds.isEmpty() ? 0 : bounds.get(0);
        long step = bounds.size() > 2 ? bounds.get(2) : 1;
        List<Value> values = new ArrayList<>();
        for (long i = start; step > 0 ? i < stop : step < 0 && i > stop; i += step) {
            if (values.size() >= ProgramReader.MAX_UNROLLED) {
                return new Value.Opaque("range");
            }
            values.add(new Value.Num(BigDecimal.valueOf(i), true));
        }
        return new Value.Seq(values);
    }

    private Value print(ProgramReader.Args a, List<Step> out) {
        String sep = a.keywords().get("sep") instanceof Value.Text(String t) ? t : " ";
        List<String> parts = new ArrayList<>();
        for (Value v : a.positional()) {
            parts.add(switch (v) {
                case Value.Text(String t) -> t;
                case Value.Num n -> n.integral() ? n.value().toPlainString() : n.value().toString();
                case Value.Bool(boolean b) -> b ? "True" : "False";
                case Value.None() -> "None";
                case Value.Local(String name) -> "{" + name + "}";
                case Value.Shared(String name) -> {
                    out.add(new Step.Read(name, name + "_now"));
                    yield "{" + name + "_now}";
                }
                case Value.LaneRef(Lane lane) -> lane.name == null ? "<thread>" : lane.name;
                default -> "…";
            });
        }
        out.add(new Step.Print(String.join(sep, parts)));
        return new Value.None();
    }

    private Value sleep(JsonNode c, ProgramReader.Args a, List<Step> out) {
        Double ms = reader.millis(a.at(0, "secs"), c);
        String comment = reader.comment(c);
        int io = comment.indexOf("blocking I/O");
        if (io >= 0) {
            String rest = comment.substring(io + "blocking I/O".length());
            out.add(new Step.Io(ms == null ? 0 : ms, rest.startsWith(": ") ? rest.substring(2) : null));
        } else {
            out.add(new Step.Sleep(ms == null ? 0 : ms));
        }
        return new Value.None();
    }

    private Value object(String q, JsonNode c, ProgramReader.Args a) {
        Integer maxsize = a.at(0, "maxsize") instanceof Value.Num n ? n.value().intValue() : null;
        Long value = a.at(0, "value") instanceof Value.Num n ? n.value().longValue() : null;
        ObjectSpec spec = switch (q) {
            case "threading.RLock" -> new ObjectSpec(ObjectType.RLOCK, null, null, null);
            case "threading.Event" -> new ObjectSpec(ObjectType.EVENT, null, null, null);
            case "threading.Condition" -> new ObjectSpec(ObjectType.CONDITION, null,
                    a.at(0, "lock") instanceof Value.Obj(ObjectSpec lock) ? lock : null, null);
            case "threading.Semaphore" -> new ObjectSpec(ObjectType.SEMAPHORE, value, null, null);
            case "threading.BoundedSemaphore" -> new ObjectSpec(ObjectType.BOUNDED_SEMAPHORE, value, null, null);
            case "queue.Queue" -> new ObjectSpec(ObjectType.QUEUE, null, null, maxsize == null || maxsize <= 0 ? null : maxsize);
            case "queue.LifoQueue" -> new ObjectSpec(ObjectType.LIFO_QUEUE, null, null, maxsize == null || maxsize <= 0 ? null : maxsize);
            case "queue.PriorityQueue" -> new ObjectSpec(ObjectType.PRIORITY_QUEUE, null, null, maxsize == null || maxsize <= 0 ? null : maxsize);
            case "multiprocessing.Queue" -> new ObjectSpec(ObjectType.MP_QUEUE, null, null, maxsize == null || maxsize <= 0 ? null : maxsize);
            default -> new ObjectSpec(ObjectType.LOCK, null, null, null);
        };
        return new Value.Obj(reader.newObject(spec));
    }

    private Value lane(Lane.Kind kind, JsonNode c, Value target, Value args, Value kwargs, Value name, Value daemon,
                       Value interval, boolean inRepeat) {
        if (inRepeat) {
            throw new ProgramReader.NeedsConstant();
        }
        Lane lane = reader.newLane(kind, c);
        lane.name = name instanceof Value.Text(String t) ? t : null;
        lane.daemon = daemon instanceof Value.Bool(boolean b) && b;
        if (kind == Lane.Kind.TIMER) {
            lane.timerMs = reader.millis(interval, c);
        }
        List<Value> positional = args instanceof Value.Seq(List<Value> items) ? List.copyOf(items) : List.of();
        if (target == null || target instanceof Value.None) {
            reader.problem(c, "a thread without a `target` does nothing; give it a function to run");
            return new Value.LaneRef(lane);
        }
        lane.base = switch (target) {
            case Value.Func fn -> fn.def().path("name").asString();
            case Value.Instance i -> i.klass().def().path("name").asString().toLowerCase(java.util.Locale.ROOT);
            default -> null;
        };
        lane.pending = () -> reader.laneBody(lane, target, positional, Map.of(), c);
        return new Value.LaneRef(lane);
    }
}
