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
            Workbench workbench = new Workbench(api, doc, null);
            add(workbench);
            // A "you are the scheduler" link: /s/{id}?schedule=0,1,0 replays the played schedule.
            java.util.List<String> played = event.getLocation().getQueryParameters().getParameters()
                    .getOrDefault("schedule", java.util.List.of());
            if (!played.isEmpty() && played.getFirst().matches("\\d+(,\\d+)*")) {
                java.util.List<Integer> schedule = java.util.Arrays.stream(played.getFirst().split(","))
                        .map(Integer::valueOf).toList();
                // After a round trip, once the page's playback component is ready: a run shown during the first
                // response is summarised but its events never stream.
                workbench.getElement().executeJs("return 0").then(ignored -> workbench.replaySchedule(schedule));
            }
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
