package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import tools.jackson.databind.JsonNode;

/** {@code /editor} (an empty diagram) and {@code /editor/{presetId}} (a lesson with its notes). */
@Route("editor")
public class EditorView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private String title = "Editor · Thread Lab";

    public EditorView() {
        setId("editor-view");
        setSizeFull();
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
            title = doc.title() + " · Thread Lab";
            add(new Workbench(api, doc, lesson));
        } catch (LabApiException e) {
            Span error = new Span("This lesson cannot be opened: " + e.getMessage());
            error.setId("editor-error");
            add(error);
        }
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // The diagram needs the width: the navigation drawer starts closed here (its toggle opens it).
        java.util.Optional.ofNullable(findAncestor(com.vaadin.flow.component.applayout.AppLayout.class))
                .ifPresent(l -> l.setDrawerOpened(false));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
