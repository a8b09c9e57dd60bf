package dev.threadlab.e2e.classroom;

import dev.threadlab.e2e.support.Axe;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core finds no critical or serious violation in a room, for the teacher or a student, before and while a run plays. */
@ExtendWith(BrowserExtension.class)
class RoomAccessibilityIT {

    @Test
    void the_teacher_and_student_room_pages_have_no_serious_accessibility_violation(WebDriver teacherBrowser,
                                                                                     WebDriver studentBrowser) {
        ClassroomPage.CreatedRoom room = ClassroomPage.open(teacherBrowser, RunningLab.baseUrl()).create("Audit");
        TeacherRoomPage teacher = TeacherRoomPage.open(teacherBrowser, room.teacherUrl());
        StudentRoomPage student = StudentRoomPage.join(studentBrowser, room.studentUrl(), "Ada");
        teacher.waitForStudent("Ada");
        assertThat(Axe.seriousViolations(teacherBrowser)).as("teacher, empty room").isEmpty();
        assertThat(Axe.seriousViolations(studentBrowser)).as("student, empty room").isEmpty();

        teacher.runLesson("lost-update");
        String runId = teacher.timeline.runId();
        student.waiting().until(d -> runId.equals(student.timeline.runId()) && student.timeline.loaded());
        assertThat(Axe.seriousViolations(teacherBrowser)).as("teacher, a run").isEmpty();
        assertThat(Axe.seriousViolations(studentBrowser)).as("student, a run").isEmpty();
    }
}
