package dev.threadlab.ui.explore;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeRowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode outcome(String json) {
        return JSON.readTree(json);
    }

    private static List<String> cells(OutcomeRow row) {
        return row.getDataCells().stream().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void a_deadlock_that_needs_unusual_timing_is_described_cell_by_cell() {
        OutcomeRow row = new OutcomeRow(3, outcome("""
                {"outcome":"deadlock","variables":{"counter":81309735},"errors":[],
                 "deadlock":[{"thread":"a","waitsFor":"y","heldBy":"b"},{"thread":"b","waitsFor":"x","heldBy":"a"}],
                 "count":81309735,"witness":[0,1,1],"preemptions":[1,2],
                 "preemptionMarks":[{"atUs":110,"thread":"a"},{"atUs":3020,"thread":"a"}],
                 "grade":{"grade":"forbidden","description":"The two locks deadlock."},
                 "seenWithSimulatedTiming":false}"""), false, () -> { });

        assertThat(row.getId()).contains("outcome-3");
        Element e = row.getElement();
        assertThat(e.getAttribute("data-grade")).isEqualTo("forbidden");
        assertThat(e.getAttribute("data-outcome")).isEqualTo("deadlock");
        assertThat(e.getAttribute("data-preemptions")).isEqualTo("2");
        assertThat(e.getAttribute("data-seen-with-simulated-timing")).isEqualTo("false");
        assertThat(cells(row)).containsExactly("forbidden", "deadlocka waits for y held by bb waits for x held by a",
                "counter = 81309735", "81,309,735 schedules", "2a switched out at 0.110 msa switched out at 3.020 ms",
                OutcomeRow.UNUSUAL, "Replay witness");
    }

    @Test
    void under_any_timing_a_preemption_is_placed_by_step_not_by_a_time_the_program_never_took() {
        OutcomeRow row = new OutcomeRow(1, outcome("""
                {"outcome":"deadlock","variables":{},"count":36,"witness":[0,1],"preemptions":[0],
                 "preemptionMarks":[{"atUs":2,"thread":"a"}],"grade":null,"seenWithSimulatedTiming":false}"""),
                true, () -> { });

        assertThat(cells(row).get(4)).isEqualTo("1a switched out at step 2");
    }

    @Test
    void an_outcome_the_simulated_clock_reaches_happens_with_ordinary_timing() {
        OutcomeRow row = new OutcomeRow(0, outcome("""
                {"outcome":"completed","variables":{},"count":1,"witness":[],"preemptions":[],"preemptionMarks":[],
                 "grade":null,"seenWithSimulatedTiming":true}"""), false, () -> { });

        assertThat(cells(row)).containsExactly("—", "completed", "—", "1 schedule", "0", OutcomeRow.ORDINARY,
                "Replay witness");
        assertThat(row.getElement().getAttribute("data-seen-with-simulated-timing")).isEqualTo("true");
    }

    @Test
    void names_from_the_scenario_stay_text_and_never_become_markup() {
        OutcomeRow row = new OutcomeRow(0, outcome("""
                {"outcome":"error","variables":{"<img src=x onerror=alert(1)>":1},
                 "errors":["<b>RuntimeError</b>: release unlocked lock"],"count":2,"witness":[],"preemptions":[],
                 "preemptionMarks":[],"seenWithSimulatedTiming":true}"""), false, () -> { });

        assertThat(cells(row).get(1)).isEqualTo("error<b>RuntimeError</b>: release unlocked lock");
        assertThat(cells(row).get(2)).isEqualTo("<img src=x onerror=alert(1)> = 1");
        assertThat(row.getElement().getOuterHTML()).doesNotContain("<img").doesNotContain("<b>");
    }

    @Test
    void counts_are_separated_by_thousands_so_that_numbers_never_run_together() {
        assertThat(ExplorePanel.count(81_309_735, "schedule")).isEqualTo("81,309,735 schedules");
        assertThat(ExplorePanel.count(1, "run")).isEqualTo("1 run");
        assertThat(ExplorePanel.count(0, "distinct state")).isEqualTo("0 distinct states");
    }
}
