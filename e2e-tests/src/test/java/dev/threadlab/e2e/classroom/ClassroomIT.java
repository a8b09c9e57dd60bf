package dev.threadlab.e2e.classroom;

import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.LabApi;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7 end to end: one teacher and two students, each in their own browser, in one room. */
@ExtendWith(BrowserExtension.class)
class ClassroomIT {

    @Test
    void the_teacher_drives_both_students_playback_and_sees_a_fixed_challenge_graded(
            WebDriver teacherBrowser, WebDriver adaBrowser, WebDriver graceBrowser) {
        ClassroomPage.CreatedRoom room = ClassroomPage.open(teacherBrowser, RunningLab.baseUrl()).create("Period 3");
        assertThat(room.code()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
        assertThat(room.studentUrl()).contains("/room/").doesNotContain("teacher");
        assertThat(room.teacherUrl()).contains("?teacher=");
        assertThat(room.qrSrc()).contains("qr.svg");

        TeacherRoomPage teacher = TeacherRoomPage.open(teacherBrowser, room.teacherUrl());
        StudentRoomPage ada = StudentRoomPage.join(adaBrowser, room.studentUrl(), "Ada");
        // Grace types the code as read aloud: lower case, a space instead of the dash
        StudentRoomPage grace = StudentRoomPage.joinWithCode(graceBrowser, RunningLab.baseUrl(),
                room.code().toLowerCase(java.util.Locale.ROOT).replace("-", " "), "Grace");
        teacher.waitForStudent("Ada").waitForStudent("Grace");

        // present: a lesson for everyone, stepped to the third event
        teacher.runLesson("lost-update");
        String runId = teacher.timeline.runId();
        for (StudentRoomPage s : new StudentRoomPage[] {ada, grace}) {
            s.waiting().until(d -> runId.equals(s.timeline.runId()) && s.timeline.loaded());
        }
        teacher.stepForward().stepForward().stepForward();
        long seq = teacher.timeline.seq();
        long position = teacher.timeline.positionUs();
        for (StudentRoomPage s : new StudentRoomPage[] {ada, grace}) {
            s.waiting().until(d -> s.timeline.seq() == seq && s.timeline.positionUs() == position);
        }

        // play, let it move, pause: everyone stops at the same position
        teacher.play();
        teacher.waiting().until(d -> teacher.timeline.positionUs() > position);
        teacher.pause();
        teacher.waiting().until(d -> {
            long p = teacher.timeline.positionUs();
            return p > position && ada.timeline.positionUs() == p && grace.timeline.positionUs() == p;
        });

        // a challenge: Ada submits the fixed version, the teacher's dashboard shows it graded
        teacher.pose("lost-update", "no lost updates under any schedule");
        assertThat(ada.challengeGoal()).isEqualTo("noLostUpdates");
        assertThat(grace.challengeGoal()).isEqualTo("noLostUpdates");
        ObjectNode fixed = (ObjectNode) LabApi.get("/api/presets/lost-update-fixed");
        fixed.remove("lesson");
        ada.submit(fixed.toString());

        assertThat(teacher.gradedSubmissionOf("Ada")).isEqualTo("passed");
        assertThat(ada.verdict()).isEqualTo("passed");

        // roster: a raised hand reaches the teacher
        grace.raiseHand();
        assertThat(teacher.handRaised("Grace")).isTrue();

        // the teacher shows Ada's submission to the room: its run replaces the lesson's everywhere
        teacher.openSubmissionOf("Ada");
        teacher.waiting().until(d -> !teacher.timeline.runId().isEmpty() && !teacher.timeline.runId().equals(runId)
                && teacher.timeline.loaded());
        String submissionRun = teacher.timeline.runId();
        for (StudentRoomPage s : new StudentRoomPage[] {ada, grace}) {
            s.waiting().until(d -> submissionRun.equals(s.timeline.runId()) && s.scenarioSource().endsWith(":Ada"));
        }

        // a reloaded page comes back as the same student, at the room's position, without a name prompt
        teacher.stepForward().stepForward();
        long stepped = teacher.timeline.positionUs();
        StudentRoomPage again = StudentRoomPage.reload(graceBrowser, "Grace");
        assertThat(again.namePromptShown()).isFalse();
        again.waiting().until(d -> submissionRun.equals(again.timeline.runId()) && again.timeline.loaded()
                && again.timeline.positionUs() == stepped);

        // free mode: a student may move on their own; follow snaps them back to the teacher
        long teacherSeq = teacher.timeline.seq();
        teacher.studentsMay("free");
        ada.waiting().until(d -> "free".equals(ada.mode()));
        ada.stepBackOnOwn();
        ada.waiting().until(d -> ada.timeline.seq() == teacherSeq - 1);
        teacher.studentsMay("follow");
        ada.waiting().until(d -> "follow".equals(ada.mode()) && ada.timeline.seq() == teacherSeq
                && ada.timeline.positionUs() == stepped);

        // ending: every student is told
        teacher.end();
        for (StudentRoomPage s : new StudentRoomPage[] {ada, again}) {
            s.waiting().until(d -> "ended".equals(s.roomStatus()));
        }
    }

    @Test
    void display_names_are_shown_as_text_never_as_html(WebDriver teacherBrowser, WebDriver studentBrowser) {
        ClassroomPage.CreatedRoom room = ClassroomPage.open(teacherBrowser, RunningLab.baseUrl()).create("<i>Safety</i>");
        TeacherRoomPage teacher = TeacherRoomPage.open(teacherBrowser, room.teacherUrl());
        String name = "<b>Eve</b><img src=x>";
        StudentRoomPage.join(studentBrowser, room.studentUrl(), name);

        teacher.waitForStudent(name);
        assertThat(teacher.rosterText()).contains(name);
        assertThat(teacher.rosterMarkupElements()).isZero();
        assertThat(teacher.heading()).startsWith("<i>Safety</i>");
    }
}
