package dev.threadlab.ui.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import dev.threadlab.ui.client.LabApiClient;
import tools.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * The editor of {@code /editor} (palette, inspector, validation, Run, Explore, the scheduler, the lesson's notes and
 * question beside it) for a page that embeds it: a classroom's teacher builds the diagram to send, a student answers a
 * challenge in it. The page adds its own actions to the toolbar.
 */
public final class DiagramEditor extends Div {

    private static final long serialVersionUID = 1L;

    private final Workbench workbench;

    /** An empty diagram. */
    public DiagramEditor(LabApiClient api) {
        this.workbench = new Workbench(api, ScenarioDocument.empty(), null);
        add(workbench);
    }

    /** {@code scenario} (with its {@code lesson}, if it has one: the notes and question are shown beside it). */
    public DiagramEditor(LabApiClient api, JsonNode scenario) {
        this.workbench = new Workbench(api, ScenarioDocument.parse(scenario.toString()), lessonOf(scenario));
        add(workbench);
    }

    /** Adds a control to the toolbar, after Share and Import Python. */
    public void addAction(Component action) {
        workbench.addAction(action);
    }

    /** Autosaves the diagram in the browser under {@code key}; a reload brings the draft back. */
    public void keepDraft(String key) {
        workbench.keepDraft(key);
    }

    /** Shows another scenario (and its lesson). */
    public void load(JsonNode scenario) {
        workbench.replace(ScenarioDocument.parse(scenario.toString()), lessonOf(scenario));
    }

    /** The diagram (with its lesson) when the API finds no problem in it; empty otherwise, the problems marked. */
    public Optional<JsonNode> validScenario() {
        return Optional.ofNullable(workbench.validScenario());
    }

    private static JsonNode lessonOf(JsonNode scenario) {
        JsonNode lesson = scenario.get("lesson");
        return lesson != null && lesson.isObject() ? lesson : null;
    }
}
