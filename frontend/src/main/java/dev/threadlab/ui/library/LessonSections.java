package dev.threadlab.ui.library;

import dev.threadlab.ui.client.LabApiClient.PresetSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups lessons by section in the course's order: by the section's number ("3. The GIL") when it has one, else by
 * the course's list of topics; sections neither places come after, as listed.
 */
final class LessonSections {

    static final List<String> COURSE = List.of("why concurrency", "processes vs threads", "the gil", "_thread",
            "threading", "races", "synchronisation primitives", "deadlock", "queues and pools", "faq", "classics");

    private LessonSections() {
    }

    static Map<String, List<PresetSummary>> group(List<PresetSummary> presets) {
        Map<String, List<PresetSummary>> bySection = new LinkedHashMap<>();
        presets.forEach(p -> bySection.computeIfAbsent(p.section().isBlank() ? "More" : p.section(),
                s -> new ArrayList<>()).add(p));
        List<String> order = new ArrayList<>(bySection.keySet());
        order.sort(Comparator.comparingInt(LessonSections::number).thenComparingInt(LessonSections::rank));
        Map<String, List<PresetSummary>> sorted = new LinkedHashMap<>();
        order.forEach(s -> sorted.put(s, bySection.get(s)));
        return sorted;
    }

    /** The leading number of "12. Thread pools"; unnumbered sections come after every numbered one. */
    private static int number(String section) {
        var m = java.util.regex.Pattern.compile("^\\s*(\\d{1,6})\\.").matcher(section);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static int rank(String section) {
        String s = section.toLowerCase(Locale.ROOT);
        for (int i = 0; i < COURSE.size(); i++) {
            if (s.contains(COURSE.get(i))) {
                return i;
            }
        }
        return COURSE.size();
    }
}
