package dev.threadlab.ui.timeline;

import com.vaadin.flow.component.ComponentUtil;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadTimelineTest {

    @Test
    void showing_a_run_hands_the_web_component_the_scenario_the_summary_and_then_the_run_id() {
        ThreadTimeline timeline = new ThreadTimeline();

        timeline.showRun("r-1", "{\"runId\":\"r-1\",\"outcome\":\"completed\"}", "{\"schema\":1}");

        assertThat(timeline.getElement().getTag()).isEqualTo("thread-timeline");
        assertThat(timeline.getElement().getProperty("runId")).isEqualTo("r-1");
        assertThat(timeline.getElement().getProperty("summaryJson")).contains("completed");
        assertThat(timeline.getElement().getProperty("scenarioJson")).isEqualTo("{\"schema\":1}");
    }

    @Test
    void preemption_marks_reach_the_web_component_and_none_means_an_empty_list() {
        ThreadTimeline timeline = new ThreadTimeline();

        timeline.setPreemptionMarks("[{\"atUs\":3020,\"thread\":\"worker-1\"}]");
        assertThat(timeline.getElement().getProperty("marksJson")).contains("worker-1");

        timeline.setPreemptionMarks(null);
        assertThat(timeline.getElement().getProperty("marksJson")).isEqualTo("[]");
    }

    @Test
    void turning_autoplay_off_reaches_the_web_component() {
        ThreadTimeline timeline = new ThreadTimeline();

        timeline.setAutoplay(false);

        assertThat(timeline.getElement().getProperty("autoplay", true)).isFalse();
    }

    @Test
    void the_end_of_the_playback_reaches_a_typed_listener() {
        ThreadTimeline timeline = new ThreadTimeline();
        List<Long> ended = new ArrayList<>();
        timeline.addPlaybackEndedListener(e -> ended.add(e.seq()));

        ComponentUtil.fireEvent(timeline, new PlaybackEndedEvent(timeline, true, 41));

        assertThat(ended).containsExactly(41L);
    }
}
