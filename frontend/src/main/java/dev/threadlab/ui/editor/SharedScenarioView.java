package dev.threadlab.ui.editor;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;

/** {@code /s/{id}}: a shared snapshot opened in the editor, ready to run with the same seed. */
@Route("s")
public class SharedScenarioView extends WorkbenchPage implements HasUrlParameter<String> {

    private static final long serialVersionUID = 1L;

    public SharedScenarioView() {
        super("shared-view", "Shared diagram · Thread Lab");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        LabApiClient api = LabApiClient.local();
        try {
            tools.jackson.databind.JsonNode saved = api.savedScenario(id);
            ScenarioDocument doc = ScenarioDocument.parse(saved.toString());
            titled(doc.title() + " (shared)");
            tools.jackson.databind.JsonNode lesson = saved.path("lesson");
            Workbench workbench = new Workbench(api, doc, lesson.isObject() ? lesson : null);
            add(workbench);
            keepWork(workbench, event);
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
            cannotOpen("This shared diagram", e.getMessage());
        }
    }
}
