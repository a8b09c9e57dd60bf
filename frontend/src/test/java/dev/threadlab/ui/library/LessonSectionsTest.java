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
}
