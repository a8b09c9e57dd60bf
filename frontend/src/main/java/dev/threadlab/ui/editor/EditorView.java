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
            add(new Workbench(api, ScenarioDocument.empty(), null));
            return;
        }
        try {
            JsonNode preset = api.preset(presetId);
            JsonNode lesson = preset.get("lesson");
            ScenarioDocument doc = ScenarioDocument.parse(preset.toString());
            titled(doc.title());
            add(new Workbench(api, doc, lesson));
        } catch (LabApiException e) {
            cannotOpen("This lesson", e.getMessage());
        }
    }
}
