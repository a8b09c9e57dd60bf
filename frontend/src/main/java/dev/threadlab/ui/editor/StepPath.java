package dev.threadlab.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a step lives, as the API writes it in its errors: {@code threads[1].body[0].body[2]} is the third
 * step inside the first step of the second thread. A path with no indices ({@code threads[1]}) is the thread.
 */
record StepPath(int thread, List<Integer> indices) {

    private static final Pattern OWNER = Pattern.compile("^threads\\[(\\d+)](?:\\.body\\[(\\d+)])*");
    private static final Pattern INDEX = Pattern.compile("\\.body\\[(\\d+)]");

    StepPath {
        indices = List.copyOf(indices);
    }

    static StepPath ofThread(int thread) {
        return new StepPath(thread, List.of());
    }

    /** The step (or thread) a path points into: {@code threads[0].body[2].target} → {@code threads[0].body[2]}. */
    static java.util.Optional<StepPath> owner(String path) {
        Matcher m = OWNER.matcher(path);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String matched = m.group();
        List<Integer> indices = new ArrayList<>();
        Matcher idx = INDEX.matcher(matched);
        while (idx.find()) {
            indices.add(Integer.parseInt(idx.group(1)));
        }
        return java.util.Optional.of(new StepPath(Integer.parseInt(m.group(1)), indices));
    }

    static StepPath parse(String path) {
        StepPath p = owner(path).orElseThrow(() -> new IllegalArgumentException("not a step path: " + path));
        if (!p.toString().equals(path)) {
            throw new IllegalArgumentException("not a step path: " + path);
        }
        return p;
    }

    boolean isThread() {
        return indices.isEmpty();
    }

    int last() {
        return indices.getLast();
    }

    StepPath parent() {
        return new StepPath(thread, indices.subList(0, indices.size() - 1));
    }

    StepPath child(int index) {
        List<Integer> next = new ArrayList<>(indices);
        next.add(index);
        return new StepPath(thread, next);
    }

    StepPath sibling(int index) {
        return parent().child(index);
    }

    /** A DOM-safe id for the block of this step, e.g. {@code step-0-2-1}. */
    String domId() {
        StringBuilder sb = new StringBuilder("step-").append(thread);
        indices.forEach(i -> sb.append('-').append(i));
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("threads[").append(thread).append(']');
        indices.forEach(i -> sb.append(".body[").append(i).append(']'));
        return sb.toString();
    }
}
