package dev.threadlab.ui.editor;

import dev.threadlab.ui.client.LabApiException.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API's validation errors ({@code errors[{path, message}]} of a 422) sorted by what they concern:
 * the deepest step or thread of their path, an object, the runtime, or the scenario as a whole.
 */
final class ErrorIndex {

    private static final Pattern OBJECT = Pattern.compile("^objects\\[\\d+]");

    private final Map<String, List<String>> byOwner = new LinkedHashMap<>();
    private final List<FieldError> all;

    ErrorIndex(List<FieldError> errors) {
        this.all = List.copyOf(errors);
        for (FieldError e : errors) {
            byOwner.computeIfAbsent(ownerOf(e.path()), k -> new ArrayList<>()).add(message(e));
        }
    }

    static ErrorIndex none() {
        return new ErrorIndex(List.of());
    }

    /** {@code threads[0].body[2].target} → {@code threads[0].body[2]}; {@code objects[1].lock} → {@code objects[1]}. */
    static String ownerOf(String path) {
        var step = StepPath.owner(path);
        if (step.isPresent()) {
            return step.get().toString();
        }
        var object = OBJECT.matcher(path);
        if (object.find()) {
            return object.group();
        }
        return path.startsWith("runtime") ? "runtime" : "";
    }

    /** The message with the field it concerns, when the path names one below its owner. */
    private static String message(FieldError e) {
        String owner = ownerOf(e.path());
        String rest = e.path().length() > owner.length() ? e.path().substring(owner.length()).replaceFirst("^\\.", "") : "";
        return rest.isEmpty() ? e.message() : rest + ": " + e.message();
    }

    List<String> at(String owner) {
        return byOwner.getOrDefault(owner, List.of());
    }

    /**
     * The errors of every owner {@code shown} rejects (in the editor: those no block or object card shows, such as
     * the runtime's and the scenario's), each prefixed with its owner's path; nothing else displays them.
     */
    List<String> unplaced(java.util.function.Predicate<String> shown) {
        List<String> out = new ArrayList<>();
        byOwner.forEach((owner, messages) -> {
            if (!shown.test(owner)) {
                messages.forEach(m -> out.add(owner.isEmpty() ? m : owner + ": " + m));
            }
        });
        return out;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }
}
