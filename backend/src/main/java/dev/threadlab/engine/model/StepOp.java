package dev.threadlab.engine.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lab's step vocabulary (docs/DESIGN.md §2 {@code steps}): each {@code op}, its JSON name and the keys a step of it
 * may have besides {@code op}. The one list of ops: each {@link Step} record names its own ({@link Step#op()}), the
 * scenario reader reads each of them (an exhaustive switch), the editor's catalogue describes each, and the timeline's TypeScript union {@code StepOp} ({@code types.ts}) names the
 * same ones (a test compares the two).
 */
public enum StepOp {
    COMPUTE("compute", "ms"),
    IO("io", "ms", "label"),
    SLEEP("sleep", "ms"),
    ACQUIRE("acquire", "target", "blocking", "timeoutMs"),
    RELEASE("release", "target"),
    WITH("with", "target", "body"),
    WAIT("wait", "target", "timeoutMs"),
    NOTIFY("notify", "target", "n"),
    NOTIFY_ALL("notifyAll", "target"),
    SET("set", "target"),
    CLEAR("clear", "target"),
    PUT("put", "target", "value", "block", "timeoutMs"),
    GET("get", "target", "as", "block", "timeoutMs"),
    TASK_DONE("taskDone", "target"),
    JOIN("join", "target", "timeoutMs"),
    START("start", "target"),
    CANCEL("cancel", "target"),
    READ("read", "target", "as"),
    WRITE("write", "target", "value"),
    INCREMENT("increment", "target", "by"),
    REPEAT("repeat", "times", "as", "body"),
    PRINT("print", "text"),
    EXIT("exit"),
    SPIN_UNTIL("spinUntil", "condition"),
    IF("if", "condition", "then", "else"),
    WHILE("while", "condition", "body"),
    BREAK("break");

    /** The keys that hold nested steps, in the order a step's blocks are written. */
    private static final List<String> BLOCK_KEYS = List.of("body", "then", "else");
    private static final Map<String, StepOp> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(StepOp::jsonName, Function.identity()));

    private final String jsonName;
    private final List<String> keys;
    private final Set<String> allowed;

    StepOp(String jsonName, String... keys) {
        this.jsonName = jsonName;
        this.keys = List.of(keys);
        this.allowed = Stream.concat(Stream.of("op"), this.keys.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The {@code op} as JSON writes it, e.g. {@code "notifyAll"}. */
    public String jsonName() {
        return jsonName;
    }

    /** The keys a step of this op may have besides {@code op}, required or not. */
    public List<String> keys() {
        return keys;
    }

    /** Every key a step of this op may have: its own and {@code op}. */
    public Set<String> allowedKeys() {
        return allowed;
    }

    /** The keys holding nested steps ({@code body}; {@code then} and {@code else}): empty for a one-line step. */
    public List<String> blocks() {
        return BLOCK_KEYS.stream().filter(keys::contains).toList();
    }

    /** The op named {@code jsonName}, if there is one. */
    public static Optional<StepOp> of(String jsonName) {
        return Optional.ofNullable(BY_NAME.get(jsonName));
    }

    /** Every op's JSON name. */
    public static Set<String> jsonNames() {
        return BY_NAME.keySet();
    }
}
