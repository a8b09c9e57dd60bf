package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import dev.threadlab.rooms.RoomCommand;
import dev.threadlab.rooms.RoomProtocol;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java side of {@code <room-link>} ({@code room/room-link.ts}): the browser's own connection to
 * {@code /ws/rooms/{code}}. The socket lives in the page, not on the server: room events drive the page's
 * {@code <thread-timeline>} (and a student's whole room view) directly, with no server round trip; what needs the
 * server reaches the Java view as a {@link RoomMessageEvent} (a teacher's page: every event but playback; a student's
 * page: a challenge its editor has not opened yet). Commands go out through the same socket ({@link #send}), as the
 * server's {@link RoomCommand} records written by the server's {@link RoomProtocol}.
 */
@Tag("room-link")
@JsModule("./room/room-link.ts")
public class RoomLink extends Component {

    private static final long serialVersionUID = 1L;
    /** The room protocol's mapping, the server's own: it only writes here. */
    static final RoomProtocol PROTOCOL = new RoomProtocol(JsonMapper.builder().build());

    /** A teacher's page (the presenter's too) drives the room; a student's follows it. */
    public enum Role {
        TEACHER, STUDENT;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String code;
    private final ThreadTimeline timeline;
    private final Role role;
    private final String query;

    /**
     * @param query a teacher's connection query, {@code ?teacher=…} (already URL-encoded); empty for a student, whose
     *              page asks for a name or resumes with the token the room gave it
     */
    public RoomLink(String code, String query, ThreadTimeline timeline, Role role) {
        this.code = code;
        this.query = query;
        this.timeline = timeline;
        this.role = role;
        setId("room-link");
        getElement().getStyle().set("display", "none");
    }

    /** Opens the socket (once the timeline is in the page); a student's link keeps {@code panel} up to date. */
    public void connect(Component panel) {
        getElement().callJsFunction("open", code, query, timeline.getElement(), role.wire(),
                panel == null ? null : panel.getElement());
    }

    public void send(RoomCommand command) {
        getElement().callJsFunction("sendJson", PROTOCOL.write(command));
    }

    /** A student's verdict line: {@code status} (sent, invalid) and its words. */
    void showVerdict(String status, String text) {
        getElement().callJsFunction("showVerdict", status, text);
    }

    public void close() {
        getElement().callJsFunction("close");
    }

    public Registration addMessageListener(ComponentEventListener<RoomMessageEvent> listener) {
        return addListener(RoomMessageEvent.class, listener);
    }
}
