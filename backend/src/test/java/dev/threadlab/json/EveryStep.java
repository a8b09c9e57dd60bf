package dev.threadlab.json;

import dev.threadlab.engine.model.Step;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of every kind the engine's model has (every record {@link Step} permits, found by reflection, so a new kind
 * is in the list the day it is added), each field set: a text is {@code "x"}, a number 1, a flag true, a list of nested
 * steps one {@code break}.
 */
public final class EveryStep {

    private EveryStep() {
    }

    public static List<Step> steps() {
        return Arrays.stream(Step.class.getPermittedSubclasses()).map(EveryStep::sample).toList();
    }

    /** The step's fields by the JSON key that holds each ({@code If.otherwise} is {@code else}), in order. */
    public static Map<String, Object> fields(Step step) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : step.getClass().getRecordComponents()) {
            try {
                fields.put(c.getName().equals("otherwise") ? "else" : c.getName(), c.getAccessor().invoke(step));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return fields;
    }

    private static Step sample(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(EveryStep::value).toArray();
        try {
            return (Step) type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a " + type.getSimpleName(), e);
        }
    }

    private static Object value(Class<?> type) {
        if (type == String.class) {
            return "x";
        } else if (type == Boolean.class) {
            return true;
        } else if (type == Double.class || type == double.class) {
            return 1.0;
        } else if (type == Integer.class || type == int.class) {
            return 1;
        } else if (type == Long.class) {
            return 1L;
        } else if (type == List.class) {
            return List.of(new Step.Break());
        }
        throw new AssertionError("no sample value of " + type + ": add one");
    }
}
