package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.rooms.RoomEvent;
import dev.threadlab.ui.timeline.ThreadTimeline;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What the projector shows ({@code /room/{code}?teacher=…&present}): the join code in large letters, the QR code of
 * the student link, how many students are in, and the room's timeline, which the teacher drives from their own page
 * or from this one (it is the teacher's connection).
 */
class PresenterPanel extends Div {

    private static final long serialVersionUID = 1L;

    private final Span count = new Span();

    PresenterPanel(String code, String token, JsonNode room) {
        setId("presenter-panel");
        addClassName("presenter");
        ThreadTimeline timeline = new ThreadTimeline();
        timeline.setId("room-timeline");
        timeline.setAutoplay(false);
        timeline.setWidthFull();
        RoomLink link = new RoomLink(code, "?teacher=" + URLEncoder.encode(token, StandardCharsets.UTF_8), timeline,
                RoomLink.Role.TEACHER);
        link.addMessageListener(e -> e.dispatch(this::onEvent));

        Span title = new Span();
        title.setText(room.path("title").asString("Classroom"));
        title.addClassName("presenter-title");
        Span codeText = new Span(code);
        codeText.setId("presenter-code");
        codeText.addClassName("presenter-code");
        Span join = new Span();
        join.setId("presenter-url");
        // the address as the projector's browser reaches the lab (set as text, never as markup)
        join.getElement().executeJs("this.textContent = 'Join at ' + location.origin + $0 + ', or type the code:'",
                "/room/" + code);
        Image qr = new Image("/api/rooms/" + code + "/qr.svg", "QR code of the student link");
        qr.setId("presenter-qr");
        qr.addClassName("presenter-qr");
        qr.setWidth("min(32vw, 320px)");
        count.setId("presenter-count");
        count.addClassName("presenter-count");
        count.setText(room.path("memberCount").asInt() + " students");
        Div joining = new Div(title, join, codeText, count);
        joining.addClassName("presenter-joining");
        Div top = new Div(joining, qr);
        top.addClassName("presenter-top");
        add(top, timeline, link);
        link.connect(null);
    }

    /** The count of students: the projector shows nothing else of the room's events (its timeline follows itself). */
    private void onEvent(RoomEvent event) {
        if (event instanceof RoomEvent.RoomState s) {
            showCount(s.memberCount());
        } else if (event instanceof RoomEvent.RosterChanged r) {
            showCount(r.memberCount());
        }
    }

    private void showCount(int n) {
        count.setText(n + (n == 1 ? " student" : " students"));
        count.getElement().setAttribute("data-count", String.valueOf(n));
    }
}
