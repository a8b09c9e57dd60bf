package dev.threadlab.e2e.classroom;

import dev.threadlab.e2e.pages.EditorPage;
import dev.threadlab.e2e.support.BrowserExtension;
import dev.threadlab.e2e.support.RunningLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's class: a teacher and three students, each in their own browser, run a whole lesson. The teacher builds a
 * diagram (two tellers adding to one counter, each pausing 2,000 s between reading and writing it: a run of 4,000 s,
 * past the 2,147 s a 32-bit position could hold), shows it, plays it at 100× and seeks past 3,000 s on every screen
 * from the timeline itself, poses "no lost updates under any schedule"; one student submits a racy "fix" that fails
 * (twice), another a locked one that passes, a third keeps a draft through a reload; the teacher shows the failing
 * one to the room and exports the results.
 */
@ExtendWith(BrowserExtension.class)
class WholeLessonIT {

    private static String tellers(String title, String body) {
        return """
                {"schema": 1, "title": "%s",
                 "notes": "Two tellers add one to the same counter, twice each, pausing between reading and writing it.",
                 "runtime": {"model": "gil", "cores": 4, "switchIntervalMs": 5, "seed": 1, "policy": "random"},
                 "objects": [{"id": "counter", "type": "int", "value": 0}, {"id": "lock", "type": "Lock"}],
                 "threads": [{"id": "teller", "count": 2, "body": [{"op": "repeat", "times": 2, "body": [%s]}]}],
                 "lesson": {"id": "tellers", "predict": "Four deposits in all. Will the counter always end at 4?"}}
                """.formatted(title, body);
    }

    private static final String READ_PAUSE_WRITE = """
            {"op": "read", "target": "counter", "as": "tmp"}, {"op": "sleep", "ms": %d},
            {"op": "write", "target": "counter", "value": "tmp + 1"}""";

    private static String racy(String title, long pauseMs) {
        return tellers(title, READ_PAUSE_WRITE.formatted(pauseMs));
    }

    private static String locked(String title) {
        return tellers(title, "{\"op\": \"with\", \"target\": \"lock\", \"body\": [" + READ_PAUSE_WRITE.formatted(1)
                + "]}");
    }

    @Test
    void a_teacher_and_three_students_run_a_whole_lesson(WebDriver teacherBrowser, WebDriver adaBrowser,
                                                         WebDriver bobBrowser, WebDriver cyBrowser) {
        ClassroomPage.CreatedRoom room = ClassroomPage.open(teacherBrowser, RunningLab.baseUrl()).create("Period 4");
        TeacherRoomPage teacher = TeacherRoomPage.open(teacherBrowser, room.teacherUrl());
        StudentRoomPage ada = StudentRoomPage.join(adaBrowser, room.studentUrl(), "Ada");
        StudentRoomPage bob = StudentRoomPage.join(bobBrowser, room.studentUrl(), "Bob");
        StudentRoomPage cy = StudentRoomPage.join(cyBrowser, room.studentUrl(), "Cy");
        teacher.waitForStudent("Ada").waitForStudent("Bob").waitForStudent("Cy");
        List<StudentRoomPage> students = List.of(ada, bob, cy);

        // the teacher builds the diagram in the editor on the room page, then shows it
        EditorPage built = teacher.editor().applyJson(racy("Tellers", 2_000_000)).retitle("Two tellers");
        assertThat(built.validity()).isEqualTo("true");
        teacher.sendDiagram();
        String runId = teacher.timeline.runId();
        long duration = teacher.timeline.durationUs();
        assertThat(duration).isGreaterThan(3_500_000_000L);
        for (StudentRoomPage s : students) {
            s.waiting().until(d -> runId.equals(s.timeline.runId()) && s.timeline.loaded());
        }

        // 100×, from the timeline's own speed list; play: every screen moves
        teacher.speed("100×", 100).play();
        for (StudentRoomPage s : students) {
            s.waiting().until(d -> s.timeline.positionUs() > 100_000_000L);   // 100 s of the run in about a second
        }
        teacher.pause();

        // a click on the lanes at 85 % of the axis: past 3,000 s, on every screen, shown with its unit
        teacher.clickTimelineAt(0.85);
        long target = teacher.timeline.positionUs();
        assertThat(target).isGreaterThan(3_000_000_000L).isLessThan(duration);
        assertThat(teacher.timeline.clock()).matches("3\\d{3} s / 4\\d{3} s.*");
        for (StudentRoomPage s : students) {
            s.waiting().until(d -> s.timeline.positionUs() == target);
            assertThat(s.timeline.clock()).startsWith(teacher.timeline.clock().split(" / ")[0] + " / ");
        }

        // the challenge, on the diagram just built, in words
        teacher.pose(null, "no lost updates under any schedule");
        for (StudentRoomPage s : students) {
            assertThat(s.challengeText()).contains("no lost updates under any schedule");
            EditorPage copy = s.editor();
            assertThat(copy.title()).isEqualTo("Two tellers");
            assertThat(copy.lessonQuestion()).isEqualTo("Four deposits in all. Will the counter always end at 4?");
        }

        // Cy's draft survives a reload
        cy.editor().retitle("Cy's draft");
        StudentRoomPage cyAgain = StudentRoomPage.reload(cyBrowser, "Cy");
        EditorPage cyEditor = cyAgain.editor().waitForTitle("Cy's draft");
        assertThat(cyEditor.draftRestored()).isTrue();

        // Ada: the diagram as it is, then a shorter pause (still racy): both fail, graded over every schedule
        ada.submit();
        assertThat(ada.verdict()).isEqualTo("failed");
        ada.submit(racy("Ada's fix", 1));
        assertThat(ada.verdict()).isEqualTo("failed");
        assertThat(ada.verdictText()).contains("Updates were lost").contains("schedules");
        // Bob: read, pause and write under the lock: passes under every schedule
        bob.submit(locked("Bob's fix"));
        assertThat(bob.verdict()).isEqualTo("passed");
        assertThat(bob.verdictText()).contains("under every one of the");

        teacher.waiting().until(d -> teacher.results().containsAll(List.of("Ada|2|failed", "Bob|1|passed")));

        // "let's look at Ada's": her diagram opens in the teacher's editor, her run on every screen
        teacher.openSubmissionOf("Ada");
        teacher.waiting().until(d -> !teacher.timeline.runId().equals(runId) && teacher.timeline.loaded());
        String adaRun = teacher.timeline.runId();
        teacher.waiting().until(d -> "Ada's fix".equals(teacher.editorTitle()));
        for (StudentRoomPage s : List.of(ada, bob, cyAgain)) {
            s.waiting().until(d -> adaRun.equals(s.timeline.runId()) && s.scenarioSource().endsWith(":Ada"));
        }

        // the results as CSV
        String csv = teacher.exportedCsv();
        assertThat(csv.lines()).first().asString().contains("no lost updates under any schedule");
        assertThat(csv.lines()).anySatisfy(l -> assertThat(l).startsWith("Ada,2,failed,"))
                .anySatisfy(l -> assertThat(l).startsWith("Bob,1,passed,"));

        // the projector: code, QR code, three students, the room's run
        String presenter = teacher.presenterUrl();
        teacherBrowser.get(presenter);
        WebDriverWait wait = new WebDriverWait(teacherBrowser, Duration.ofSeconds(30));
        wait.until(d -> "3".equals(d.findElement(By.id("presenter-count")).getDomAttribute("data-count")));
        assertThat(teacherBrowser.findElement(By.id("presenter-code")).getText()).isEqualTo(room.code());
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('#presenter-qr'); return i.complete && i.naturalWidth > 0;"));
        wait.until(d -> adaRun.equals(new RoomTimeline(d).runId()));
    }
}
