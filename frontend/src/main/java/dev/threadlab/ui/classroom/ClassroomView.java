package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.threadlab.rooms.JoinCode;
import dev.threadlab.ui.client.LabApiClient;
import dev.threadlab.ui.client.LabApiException;
import dev.threadlab.ui.layout.AbsoluteLink;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code /classroom}: a teacher creates a room and gets its code, student link, QR code and teacher link. */
@Route("classroom")
@PageTitle("Classroom · Thread Lab")
public class ClassroomView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Div created = new Div();
    private final Span error = new Span();

    public ClassroomView() {
        setId("classroom-view");
        TextField title = new TextField("Room title");
        title.setId("room-title");
        title.setPlaceholder("Classroom");
        title.setMaxLength(100);
        Button create = new Button("Create a room", e -> create(title.getValue()));
        create.setId("create-room");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        error.setId("classroom-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        created.setId("room-created");
        TextField code = new TextField("Join code");
        code.setId("join-code-field");
        code.setPlaceholder("ABCD-EFGH");
        code.setMaxLength(20);
        Button join = new Button("Join as a student", e -> {
            // an impossible code is refused here: sent to the server, it would count as a failed join
            java.util.Optional<JoinCode> typed = JoinCode.parse(code.getValue().strip());
            if (typed.isPresent()) {
                getUI().ifPresent(ui -> ui.navigate("room/" + typed.get().value()));
            } else {
                error.setText("A join code has " + JoinCode.LENGTH + " letters and digits, like ABCD-EFGH"
                        + " (no 0, 1, I, L or O).");
            }
        });
        join.setId("join-with-code");
        HorizontalLayout joinRow = new HorizontalLayout(code, join);
        joinRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout createRow = new HorizontalLayout(title, create);
        createRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Classroom"), new Paragraph("Students: type the code your teacher shows."), joinRow,
                new Paragraph("Teachers: create a live room. You drive every student's playback, pose challenges "
                        + "and see their graded submissions."), createRow, error, created);
    }

    private void create(String title) {
        error.setText("");
        created.removeAll();
        ObjectNode body = JSON.createObjectNode();
        if (!title.isBlank()) {
            body.put("title", title.strip());
        }
        JsonNode room;
        try {
            room = LabApiClient.local().requestJson("/api/rooms", body.toString(), BrowserAddress.headers());
        } catch (LabApiException e) {
            error.setText("The room could not be created: " + e.getMessage());
            return;
        }
        String code = room.path("code").asString("");
        Span codeText = new Span(code);
        codeText.setId("join-code");
        codeText.getStyle().set("font-size", "3.5rem").set("font-weight", "700").set("letter-spacing", "0.15em")
                .set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Anchor student = AbsoluteLink.of(room.path("url").asString(""), "student-link");
        Anchor teacher = new Anchor(room.path("teacherUrl").asString(""), "Open the room as its teacher");
        teacher.setId("teacher-link");
        Image qr = new Image(room.path("qrUrl").asString(""), "QR code of the student link");
        qr.setId("room-qr");
        qr.setWidth("240px");
        qr.setHeight("240px");
        Paragraph keep = new Paragraph("Keep the teacher link to yourself: whoever has it can present.");
        keep.getStyle().set("color", "var(--lumo-secondary-text-color)");
        created.add(new Paragraph("Join code"), codeText, new Paragraph(new Span("Students: "), student), qr,
                new Paragraph(teacher), keep);
    }
}
