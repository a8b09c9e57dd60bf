package dev.threadlab.rooms;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who needs help: each student's latest submission, with how many times they submitted to the challenge. */
class DashboardTest {

    private static Submission submission(String id, String memberId, String name) {
        return new Submission(id, "c1", memberId, name, null, 1L, null);
    }

    @Test
    void each_member_has_a_row_with_their_latest_submission_and_their_attempts() {
        Dashboard dashboard = new Dashboard(List.of());
        dashboard.put(submission("s1", "m-ada", "Ada"));
        dashboard.put(submission("s2", "m-bob", "Bob"));
        Submission latest = submission("s3", "m-ada", "Ada");
        dashboard.put(latest);

        assertThat(dashboard.view(latest).attempts()).isEqualTo(2);
        assertThat(dashboard.find("s1")).isNull();
        assertThat(dashboard.graded(latest.withVerdict(Verdict.failed("lost", "all 6 schedules")))).isTrue();
        assertThat(dashboard.graded(submission("s1", "m-ada", "Ada").withVerdict(Verdict.passed("ok", "x")))).isFalse();

        dashboard.clear();
        dashboard.put(submission("s4", "m-ada", "Ada"));
        assertThat(dashboard.view(dashboard.find("s4")).attempts()).isEqualTo(1);
    }
}
