package dev.threadlab.ui.editor;

/** What the inspector edits: a thread, a step, one list of a block step (the {@code else} of an {@code if}), an object, or nothing. */
sealed interface Selection {

    record None() implements Selection {
    }

    record Thread(int index) implements Selection {
    }

    record Step(StepPath path) implements Selection {
    }

    /** A list of a block step, selected by its label ({@code then:}, {@code else:}): new steps go to its end. */
    record Branch(StepPath.StepList list) implements Selection {
    }

    record SharedObject(int index) implements Selection {
    }

    Selection NONE = new None();

    /** The id of the element that shows this selection (a lane header, a block, an object card), if any. */
    default java.util.Optional<String> domId() {
        return switch (this) {
            case Thread t -> java.util.Optional.of("lane-header-" + t.index());
            case Step s -> java.util.Optional.of(s.path().domId());
            case Branch b -> java.util.Optional.of(branchDomId(b.list()));
            case SharedObject o -> java.util.Optional.of("object-" + o.index());
            case None n -> java.util.Optional.empty();
        };
    }

    /** The id of a block's list label, e.g. {@code step-0-2-else}. */
    static String branchDomId(StepPath.StepList list) {
        return list.owner().domId() + "-" + list.branch().key();
    }

    /** Where the palette puts a new step: into a selected block or list, after a selected step, or at a lane's end. */
    default StepPath.StepList insertionList(ScenarioDocument doc) {
        return switch (this) {
            case Thread t -> StepPath.StepList.ofThread(t.index());
            case Step s -> {
                var step = doc.step(s.path());
                yield ScenarioDocument.isContainer(step) ? ScenarioDocument.into(s.path(), step) : s.path().list();
            }
            case Branch b -> b.list();
            case None n -> StepPath.StepList.ofThread(Math.max(0, doc.threads().size() - 1));
            case SharedObject o -> StepPath.StepList.ofThread(Math.max(0, doc.threads().size() - 1));
        };
    }

    default int insertionIndex(ScenarioDocument doc) {
        if (this instanceof Step s && !ScenarioDocument.isContainer(doc.step(s.path()))) {
            return s.path().last() + 1;
        }
        return Integer.MAX_VALUE;
    }
}
