package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.function.Consumer;

/** The diagram: one lane per thread, side by side, with the signals between lanes drawn over them. */
final class LanesBoard extends Div {

    private static final long serialVersionUID = 1L;

    private final Div lanes = new Div();
    private final SignalArrows arrows = new SignalArrows();

    LanesBoard() {
        setId("lanes-board");
        addClassName("lanes-board");
        lanes.addClassName("lanes");
        add(lanes, arrows);
    }

    void show(ScenarioDocument doc, ErrorIndex errors, Selection selection, Consumer<Selection> select) {
        lanes.removeAll();
        for (int i = 0; i < doc.threads().size(); i++) {
            lanes.add(new LaneColumn(doc.thread(i), i, errors, selection, select));
        }
        if (doc.threads().isEmpty()) {
            Span hint = new Span("An empty diagram. Add a thread, then pick its steps from the palette.");
            hint.addClassName("empty-body");
            lanes.add(hint);
        }
        arrows.show(SignalFinder.find(doc));
    }
}
