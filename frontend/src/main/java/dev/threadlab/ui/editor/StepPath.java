package dev.threadlab.ui.editor;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a step lives, as the API writes it in its errors: {@code threads[1].body[0].body[2]} is the third step inside
 * the first step of the second thread, {@code threads[0].body[3].else[0]} the first step of the {@code else} of an
 * {@code if}. A path with no segments ({@code threads[1]}) is the thread.
 */
record StepPath(int thread, List<Segment> segments) {

    /** The lists of nested steps a step may hold: {@code with}/{@code repeat}/{@code while} a body, {@code if} two. */
    enum Branch {
        BODY("body"), THEN("then"), ELSE("else");

        private final String key;

        Branch(String key) {
            this.key = key;
        }

        /** The step's key that holds this list. */
        String key() {
            return key;
        }

        static Branch ofKey(String key) {
            for (Branch b : values()) {
                if (b.key.equals(key)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("not a list of steps: " + key);
        }

        /** The lists of nested steps {@code step} holds, in order. */
        static List<Branch> of(JsonNode step) {
            return java.util.Arrays.stream(values()).filter(b -> step.path(b.key).isArray()).toList();
        }
    }

    /** One step down: the {@code index}-th step of a list. */
    record Segment(Branch branch, int index) {
    }

    /** A list of steps: a thread's body ({@code owner} is the thread), or one list of a block step. */
    record StepList(StepPath owner, Branch branch) {

        static StepList ofThread(int thread) {
            return new StepList(StepPath.ofThread(thread), Branch.BODY);
        }

        StepPath child(int index) {
            return owner.child(branch, index);
        }
    }

    private static final String LIST = "\\.(body|then|else)\\[(\\d+)]";
    private static final Pattern OWNER = Pattern.compile("^threads\\[(\\d+)](?:" + LIST + ")*");
    private static final Pattern SEGMENT = Pattern.compile(LIST);

    StepPath {
        segments = List.copyOf(segments);
    }

    static StepPath ofThread(int thread) {
        return new StepPath(thread, List.of());
    }

    /** The step (or thread) a path points into: {@code threads[0].body[2].target} → {@code threads[0].body[2]}. */
    static Optional<StepPath> owner(String path) {
        Matcher m = OWNER.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(m.group());
        while (segment.find()) {
            segments.add(new Segment(Branch.ofKey(segment.group(1)), Integer.parseInt(segment.group(2))));
        }
        return Optional.of(new StepPath(Integer.parseInt(m.group(1)), segments));
    }

    static StepPath parse(String path) {
        StepPath p = owner(path).orElseThrow(() -> new IllegalArgumentException("not a step path: " + path));
        if (!p.toString().equals(path)) {
            throw new IllegalArgumentException("not a step path: " + path);
        }
        return p;
    }

    boolean isThread() {
        return segments.isEmpty();
    }

    /** The step's index in its list. */
    int last() {
        return segments.getLast().index();
    }

    /** The list the step is in. */
    StepList list() {
        return new StepList(parent(), segments.getLast().branch());
    }

    /** The step (or thread) whose list holds this step. */
    StepPath parent() {
        return new StepPath(thread, segments.subList(0, segments.size() - 1));
    }

    StepPath child(int index) {
        return child(Branch.BODY, index);
    }

    StepPath child(Branch branch, int index) {
        List<Segment> next = new ArrayList<>(segments);
        next.add(new Segment(branch, index));
        return new StepPath(thread, next);
    }

    /** The step at {@code index} of the same list. */
    StepPath sibling(int index) {
        return list().child(index);
    }

    /** A DOM-safe id for the block of this step, e.g. {@code step-0-2-1}, {@code step-0-3-e0} (an {@code else}). */
    String domId() {
        StringBuilder sb = new StringBuilder("step-").append(thread);
        segments.forEach(s -> sb.append('-').append(switch (s.branch()) {
            case BODY -> "";
            case THEN -> "t";
            case ELSE -> "e";
        }).append(s.index()));
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("threads[").append(thread).append(']');
        segments.forEach(s -> sb.append('.').append(s.branch().key()).append('[').append(s.index()).append(']'));
        return sb.toString();
    }
}
