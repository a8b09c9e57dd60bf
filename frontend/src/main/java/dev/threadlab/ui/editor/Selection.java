package dev.threadlab.ui.editor;

/** What the inspector edits: a thread, a step, an object, or nothing. */
sealed interface Selection {

    record None() implements Selection {
    }

    record Thread(int index) implements Selection {
    }

    record Step(StepPath path) implements Selection {
    }

    record SharedObject(int index) implements Selection {
    }

    Selection NONE = new None();

    /** The id of the element that shows this selection (a lane header, a block, an object card), if any. */
    default java.util.Optional<String> domId() {
        return switch (this) {
            case Thread t -> java.util.Optional.of("lane-header-" + t.index());
            case Step s -> java.util.Optional.of(s.path().domId());
            case SharedObject o -> java.util.Optional.of("object-" + o.index());
            case None n -> java.util.Optional.empty();
        };
    }

    /** Where the palette puts a new step: into a selected block, after a selected step, or at a lane's end. */
    default StepPath insertionContainer(ScenarioDocument doc) {
        return switch (this) {
            case Thread t -> StepPath.ofThread(t.index());
            case Step s -> ScenarioDocument.isContainer(doc.step(s.path())) ? s.path() : s.path().parent();
            case None n -> StepPath.ofThread(Math.max(0, doc.threads().size() - 1));
            case SharedObject o -> StepPath.ofThread(Math.max(0, doc.threads().size() - 1));
        };
    }

    default int insertionIndex(ScenarioDocument doc) {
        if (this instanceof Step s && !ScenarioDocument.isContainer(doc.step(s.path()))) {
            return s.path().last() + 1;
        }
        return Integer.MAX_VALUE;
    }
}
