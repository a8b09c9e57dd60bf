package dev.threadlab.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;

/** {@code /s/{id}}: a shared snapshot opened in the editor, ready to run with the same seed. */
@Route("s")
public class SharedScenarioView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private String title = "Shared diagram · Thread Lab";

    public SharedScenarioView() {
        setId("shared-view");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        LabApiClient api = LabApiClient.local();
        try {
            ScenarioDocument doc = ScenarioDocument.parse(api.savedScenario(id).toString());
            title = doc.title() + " (shared) · Thread Lab";
            add(new Workbench(api, doc, null));
        } catch (LabApiException | IllegalArgumentException e) {
            Span error = new Span("This shared diagram cannot be opened: " + e.getMessage());
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
