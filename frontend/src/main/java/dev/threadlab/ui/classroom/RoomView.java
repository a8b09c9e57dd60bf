package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import dev.threadlab.rooms.JoinCode;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** {@code /room/{code}} (a student: name prompt, then the room) and {@code /room/{code}?teacher=TOKEN}. */
@Route("room")
public class RoomView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private String title = "Room · Thread Lab";
    private Div panel;

    public RoomView() {
        setId("room-view");
        setSizeFull();
        getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        LabApiClient api = LabApiClient.local();
        JsonNode room;
        try {
            // an impossible code is refused here: sent to the server, it would count as a failed join
            JoinCode parsed = JoinCode.parse(code).orElseThrow(() -> new LabApiException(404, "no such code", List.of()));
            room = RoomLookup.forView(api, parsed);
        } catch (LabApiException e) {
            Span error = new Span(e.status() == 404 ? "There is no room " + code + " (check the code)." : "The room cannot be opened: " + e.getMessage());
            error.setId("room-error");
            add(error);
            return;
        }
        String canonical = room.path("code").asString(code);
        title = room.path("title").asString("Classroom") + " · Thread Lab";
        List<String> teacher = event.getLocation().getQueryParameters().getParameters().getOrDefault("teacher", List.of());
        boolean present = event.getLocation().getQueryParameters().getParameters().containsKey("present");
        if (teacher.isEmpty()) {
            panel = new StudentPanel(api, canonical, room);
        } else if (present) {
            title = "Presenter · " + title;
            panel = new PresenterPanel(canonical, teacher.get(0), room);
        } else {
            panel = new TeacherPanel(api, canonical, teacher.get(0), room);
        }
        add(panel);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        java.util.Optional.ofNullable(findAncestor(com.vaadin.flow.component.applayout.AppLayout.class))
                .ifPresent(l -> l.setDrawerOpened(false));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
