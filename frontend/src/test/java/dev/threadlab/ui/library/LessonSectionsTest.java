package dev.threadlab.ui.library;

import dev.threadlab.ui.client.LabApiClient.PresetSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LessonSectionsTest {

    @Test
    void sections_follow_the_course_and_unknown_ones_come_last() {
        List<PresetSummary> presets = List.of(
                new PresetSummary("d", "Deadlock", "Deadlock", ""),
                new PresetSummary("x", "Odd", "Extras", ""),
                new PresetSummary("g", "GIL", "The GIL", ""),
                new PresetSummary("w", "Why", "Why concurrency", ""));

        assertThat(LessonSections.group(presets).keySet()).containsExactly("Why concurrency", "The GIL", "Deadlock", "Extras");
    }

    @Test
    void numbered_sections_come_in_numeric_order_whatever_their_topic() {
        List<PresetSummary> presets = List.of(
                new PresetSummary("c", "Classics", "14. Classics", ""),
                new PresetSummary("t", "Timer", "10. Timer and daemon threads", ""),
                new PresetSummary("f", "FAQ", "13. FAQ", ""),
                new PresetSummary("w", "Why", "1. Why concurrency", ""),
                new PresetSummary("l", "Lock", "6. Lock and RLock", ""));

        assertThat(LessonSections.group(presets).keySet()).containsExactly("1. Why concurrency", "6. Lock and RLock",
                "10. Timer and daemon threads", "13. FAQ", "14. Classics");
    }
}
