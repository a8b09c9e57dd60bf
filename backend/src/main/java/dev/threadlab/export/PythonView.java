package dev.threadlab.export;

import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.List;

/**
 * The timeline's Python view of a scenario: one function per thread, one {@link PythonLine} per step, each line
 * knowing the step's JSON path (the path the engine's {@code step-entered} events name), so that the view highlights
 * the line a thread is at.
 */
public final class PythonView {

    /** One line: its text, its indentation (levels of four spaces) and the step's path, or null for a header. */
    public record Line(String text, int indent, String path) {
    }

    private final List<Line> lines = new ArrayList<>();

    private PythonView() {
    }

    public static List<Line> of(Scenario scenario) {
        PythonView view = new PythonView();
        List<ThreadDecl> threads = scenario.threads();
        for (int i = 0; i < threads.size(); i++) {
            view.lines.add(new Line("def " + threads.get(i).id() + "():", 0, null));
            if (threads.get(i).body().isEmpty()) {
                view.lines.add(new Line("pass", 1, null));
            }
            view.steps(threads.get(i).body(), "threads[" + i + "]", "body", 1);
        }
        return List.copyOf(view.lines);
    }

    private void steps(List<Step> steps, String prefix, String key, int indent) {
        for (int j = 0; j < steps.size(); j++) {
            String path = prefix + "." + key + "[" + j + "]";
            Step step = steps.get(j);
            lines.add(new Line(PythonLine.of(step), indent, path));
            blocks(step, path, indent);
        }
    }

    private void blocks(Step step, String path, int indent) {
        for (Block block : Block.of(step)) {
            if (block.header() != null) {
                lines.add(new Line(block.header(), indent, null));
            }
            steps(block.steps(), path, block.key(), indent + 1);
        }
    }
}
