package dev.threadlab.presets.lessons;

import dev.threadlab.engine.RunOptions;
import dev.threadlab.engine.RunResult;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.sim.Machine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer resumes runs from machine snapshots instead of replaying them from the start, so a snapshot must be
 * exact: for every lesson (shrunk to two iterations per loop), snapshots taken at every quiescent point of an
 * exploring run and resumed give the same result as the run itself, and, told to choose differently at the next
 * choice, the same result as a fresh run of that schedule from the start.
 */
class SnapshotTest {

    /** A snapshot at every quiescent point that follows a choice, up to this many per run. */
    private static final int MAX_SNAPSHOTS = 200;

    static List<String> ids() {
        return LessonRuns.ids();
    }

    private static RunOptions exploring() {
        return RunOptions.defaults().withExploring(true);
    }

    /** An exploring run to its end (first choices throughout), with a snapshot at each quiescent point on the way. */
    private record Taken(RunResult result, int[] choices, int[] counts, List<Machine> snapshots) {

        static Taken from(Scenario scenario) {
            List<Machine> snapshots = new ArrayList<>();
            Machine original = new Machine(scenario, exploring());
            RunResult result = original.explore(m -> {
                if (snapshots.size() < MAX_SNAPSHOTS) {
                    snapshots.add(m.snapshot(new int[0]));
                }
                return true;
            });
            return new Taken(result, original.choices(), original.candidateCounts(), snapshots);
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void a_resumed_snapshot_ends_as_the_run_it_was_taken_from(String id) {
        Taken run = Taken.from(LessonRuns.shrunk(id, 2));

        for (Machine snapshot : run.snapshots()) {
            RunResult resumed = snapshot.snapshot(run.choices()).resume(m -> true);
            assertThat(resumed.summary()).as("%s resumed after %d choices", id, snapshot.choiceCount())
                    .isEqualTo(run.result().summary());
            assertThat(resumed.stdout()).isEqualTo(run.result().stdout());
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void a_snapshot_told_to_choose_otherwise_ends_as_a_fresh_run_of_that_schedule(String id) {
        Scenario scenario = LessonRuns.shrunk(id, 2);
        Taken run = Taken.from(scenario);
        int[] choices = run.choices();
        int[] counts = run.counts();

        for (Machine snapshot : run.snapshots()) {
            int changed = snapshot.choiceCount();
            if (changed >= choices.length) {
                continue;
            }
            int[] other = Arrays.copyOf(choices, changed + 1);
            other[changed] = (other[changed] + 1) % counts[changed];
            RunResult resumed = snapshot.snapshot(other).resume(m -> true);
            RunResult fresh = new Machine(scenario, exploring().withSchedule(Arrays.stream(other).boxed().toList()))
                    .explore(m -> true);
            assertThat(resumed.summary()).as("%s with choice %d changed", id, changed)
                    .isEqualTo(fresh.summary());
            assertThat(resumed.stdout()).isEqualTo(fresh.stdout());
        }
    }
}
