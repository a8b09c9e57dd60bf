package dev.threadlab.export;

import dev.threadlab.engine.model.Step;

import java.util.List;

/**
 * A block of steps nested in a step, as Python writes it: the body of a {@code with}, a {@code for} or a
 * {@code while}; the {@code then} of an {@code if} and, when it has steps, its {@code else}. The one walk of nested
 * steps, for the exported script ({@link StepWriter}) and the timeline's Python view ({@link PythonView}).
 *
 * @param key    the JSON key that holds the steps ({@code body}, {@code then}, {@code else}): their paths go through it
 * @param header the line that opens the block ({@code else:}), or null when the step's own line opens it
 */
record Block(String key, String header, List<Step> steps) {

    /** The step's blocks, in the order they are written; none for a step that is one line. */
    static List<Block> of(Step step) {
        return switch (step) {
            case Step.With s -> List.of(body(s.body()));
            case Step.Repeat s -> List.of(body(s.body()));
            case Step.While s -> List.of(body(s.body()));
            case Step.If s -> s.otherwise().isEmpty() ? List.of(then(s))
                    : List.of(then(s), new Block("else", "else:", s.otherwise()));
            case Step.Compute _, Step.Io _, Step.Sleep _, Step.Acquire _, Step.Release _, Step.Wait _, Step.Notify _,
                 Step.NotifyAll _, Step.SetEvent _, Step.ClearEvent _, Step.Put _, Step.Get _, Step.TaskDone _,
                 Step.Join _, Step.Start _, Step.Cancel _, Step.Read _, Step.Write _, Step.Increment _,
                 Step.SpinUntil _, Step.Print _, Step.Exit _, Step.Break _ -> List.of();
        };
    }

    private static Block body(List<Step> steps) {
        return new Block("body", null, steps);
    }

    private static Block then(Step.If s) {
        return new Block("then", null, s.then());
    }
}
