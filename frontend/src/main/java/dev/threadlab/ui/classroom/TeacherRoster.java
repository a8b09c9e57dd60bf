package dev.threadlab.ui.classroom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.threadlab.rooms.RoomEvent.MemberView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The students connected to the room, as the teacher sees them: names, raised hands and how many are connected. */
final class TeacherRoster extends Div {

    private static final long serialVersionUID = 1L;

    private final Div roster = new Div();
    private final Span memberCount = new Span();
    /** Each connected student's name and whether their hand is raised, by member id. */
    private final Map<String, Student> students = new LinkedHashMap<>();

    private record Student(String name, boolean handRaised) {
    }

    TeacherRoster() {
        roster.setId("roster");
        memberCount.setId("member-count");
        add(new H3("Students"), memberCount, roster);
        getStyle().set("min-width", "14rem");
    }

    /** The whole roster ({@code RoomState.roster}, {@code RosterChanged.members}) and the count of students. */
    void show(List<MemberView> list, int count) {
        students.clear();
        for (MemberView member : list == null ? List.<MemberView>of() : list) {
            students.put(member.memberId(), new Student(member.name(), member.handRaised()));
        }
        memberCount.setText(count + " connected");
        render();
    }

    /** A student raised or lowered their hand. */
    void hand(String memberId, boolean raised) {
        Student student = students.get(memberId);
        if (student != null) {
            students.put(memberId, new Student(student.name(), raised));
            render();
        }
    }

    private void render() {
        roster.removeAll();
        for (Student student : students.values()) {
            Div row = new Div();
            row.addClassName("member");
            Span name = new Span();
            name.setText(student.name());
            row.add(name);
            if (student.handRaised()) {
                Span raised = new Span(" ✋ hand raised");
                raised.addClassName("hand");
                row.add(raised);
            }
            row.getElement().setAttribute("data-name", student.name());
            row.getElement().setAttribute("data-hand", String.valueOf(student.handRaised()));
            roster.add(row);
        }
    }
}
