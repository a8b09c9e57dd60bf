package dev.threadlab.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import tools.jackson.databind.node.ArrayNode;

import java.util.List;

/** The Java side of {@code <signal-arrows>}: which blocks to join with an arrow, by their DOM ids. */
@Tag("signal-arrows")
@JsModule("./signal-arrows.ts")
final class SignalArrows extends Component {

    private static final long serialVersionUID = 1L;

    void show(List<SignalFinder.Signal> signals) {
        ArrayNode pairs = ScenarioDocument.JSON.createArrayNode();
        for (SignalFinder.Signal s : signals) {
            pairs.addObject().put("from", s.from().domId()).put("to", s.to().domId())
                    .put("label", s.kind() + " " + s.object());
        }
        getElement().setProperty("pairs", pairs.toString());
        getElement().setAttribute("data-count", String.valueOf(signals.size()));
    }
}
