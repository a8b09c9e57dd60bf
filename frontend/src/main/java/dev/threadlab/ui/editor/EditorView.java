package dev.threadlab.ui.editor;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import tools.jackson.databind.JsonNode;

/** {@code /editor} (an empty diagram) and {@code /editor/{presetId}} (a lesson with its notes). */
@Route("editor")
public class EditorView extends WorkbenchPage implements HasUrlParameter<String> {

    private static final long serialVersionUID = 1L;

    public EditorView() {
        super("editor-view", "Editor · Thread Lab");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String presetId) {
        removeAll();
        LabApiClient api = LabApiClient.local();
        if (presetId == null || presetId.isBlank()) {
            Workbench workbench = new Workbench(api, ScenarioDocument.empty(), null);
            add(workbench);
            keepWork(workbench, event);
            return;
        }
        try {
            JsonNode preset = api.preset(presetId);
            JsonNode lesson = preset.get("lesson");
            ScenarioDocument doc = ScenarioDocument.parse(preset.toString());
            titled(doc.title());
            Workbench workbench = new Workbench(api, doc, lesson);
            add(workbench);
            keepWork(workbench, event);
        } catch (LabApiException e) {
            cannotOpen("This lesson", e.getMessage());
        }
    }
}
