package dev.threadlab.export;

import dev.threadlab.engine.Limits;
import dev.threadlab.engine.Outcome;
import dev.threadlab.json.LabJson;
import dev.threadlab.json.ScenarioParser;
import dev.threadlab.reality.PythonSandbox;
import dev.threadlab.reality.ScriptReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exported script's own report, checked in real CPython ({@code python3}): the last line says what happened, the
 * watchdog ends a deadlock instead of hanging and does not mistake a long wait for one, {@code --scale} shrinks time.
 */
class ExportedScriptReportTest {

    private static final ScenarioParser PARSER = new ScenarioParser(Limits.defaults());
    private static final LabJson JSON = new LabJson(64);

    private static ScriptReport run(String scenario, String... args) {
        String python = dev.threadlab.testing.Python3.require();
        String script = PythonExporter.export(PARSER.parse(JSON.parseObject(scenario.getBytes())));
        PythonSandbox.ScriptRun run = new PythonSandbox(python, 60).run(script, List.of(args));
        assertThat(run.timedOut()).as("the script hung:\n%s\n%s", run.stdout(), run.stderr()).isFalse();
        return ScriptReport.find(run.stdout(), JsonMapper.builder().build())
                .orElseThrow(() -> new AssertionError("no report in:\n" + run.stdout() + "\n" + run.stderr()));
    }

    @Test
    void a_deadlock_ends_with_the_watchdogs_report_of_who_waits_for_what() {
        ScriptReport r = run("""
                {"schema":1,"objects":[{"id":"x","type":"Lock"},{"id":"y","type":"Lock"}],
                 "threads":[{"id":"a","body":[{"op":"acquire","target":"x"},{"op":"sleep","ms":50},{"op":"acquire","target":"y"}]},
                            {"id":"b","body":[{"op":"acquire","target":"y"},{"op":"sleep","ms":50},{"op":"acquire","target":"x"}]}]}""");
        assertThat(r.outcome()).isEqualTo(Outcome.DEADLOCK);
        assertThat(r.deadlock()).contains(new ScriptReport.Wait("a", "y"), new ScriptReport.Wait("b", "x"));
        assertThat(r.threads()).filteredOn(t -> t.id().equals("a")).singleElement()
                .satisfies(t -> assertThat(t.endMs()).isNull());
    }

    @Test
    void waiting_long_for_a_sleeping_or_computing_thread_is_not_a_deadlock() {
        // main joins a thread that sleeps 2.5 s; b waits 2.5 s for a lock a computes under: nothing is stuck for good
        ScriptReport r = run("""
                {"schema":1,"objects":[{"id":"l","type":"Lock"},{"id":"n","type":"int","value":0}],
                 "threads":[{"id":"sleeper","body":[{"op":"sleep","ms":2500}]},
                            {"id":"a","body":[{"op":"with","target":"l","body":[{"op":"compute","ms":2500}]}]},
                            {"id":"b","body":[{"op":"sleep","ms":50},{"op":"with","target":"l","body":[{"op":"increment","target":"n"}]}]}]}""");
        assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.variables()).containsEntry("n", 1L);
        assertThat(r.elapsedMs()).isGreaterThan(2400);
    }

    @Test
    void scale_shrinks_every_duration() {
        ScriptReport r = run("""
                {"schema":1,"threads":[{"id":"w","body":[{"op":"sleep","ms":3000},{"op":"io","ms":3000}]}]}""",
                "--scale", "0.05");
        assertThat(r.scale()).isEqualTo(0.05);
        assertThat(r.elapsedMs()).isBetween(250.0, 1500.0);
    }

    @Test
    void errors_carry_their_thread_and_cpythons_type_and_child_processes_report_their_own_copies() {
        ScriptReport r = run("""
                {"schema":1,"objects":[{"id":"q","type":"Queue"},{"id":"s","type":"BoundedSemaphore","value":1},
                                       {"id":"n","type":"int","value":5}],
                 "processes":[{"id":"child"}],
                 "threads":[{"id":"getter","body":[{"op":"get","target":"q","block":false}]},
                            {"id":"releaser","body":[{"op":"release","target":"s"}]},
                            {"id":"work","process":"child","body":[{"op":"increment","target":"n","by":2}]}]}""");
        assertThat(r.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(r.errors()).extracting(ScriptReport.Error::thread, ScriptReport.Error::type)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("getter", "queue.Empty"),
                        org.assertj.core.groups.Tuple.tuple("releaser", "ValueError"));
        assertThat(r.variables()).isEqualTo(Map.of("n", 5L, "child/n", 7L));
        assertThat(r.threads()).extracting(ScriptReport.ThreadRun::id).contains("main", "getter", "child/main", "work");
    }

    @Test
    void lost_updates_are_counted_where_the_intended_value_is_known() {
        // read, compute (a call: a switch point), write back: two threads lose updates under the GIL
        ScriptReport r = run("""
                {"schema":1,"objects":[{"id":"counter","type":"int","value":0}],
                 "threads":[{"id":"w","count":2,"body":[{"op":"repeat","times":20,"body":[
                   {"op":"read","target":"counter","as":"tmp"},{"op":"compute","ms":3},
                   {"op":"write","target":"counter","value":"tmp + 1"}]}]}]}""");
        assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
        long lost = 40 - r.variables().get("counter");
        assertThat(lost).as("CPython switches in the 3 ms of work between read and write").isPositive();
        assertThat(r.lostUpdates()).isEqualTo(Map.of("counter", lost));
    }

    @Test
    void recording_gives_each_thread_its_states_and_the_gil_its_holders() {
        ScriptReport r = run("""
                {"schema":1,"objects":[{"id":"e","type":"Event"}],
                 "threads":[{"id":"w","count":2,"body":[{"op":"compute","ms":400}]},
                            {"id":"waiter","body":[{"op":"wait","target":"e","timeoutMs":300}]}]}""", "--record");
        ScriptReport.ThreadRun waiter = r.threads().stream().filter(t -> t.id().equals("waiter")).findFirst().orElseThrow();
        assertThat(waiter.states()).anySatisfy(s -> {
            assertThat(s.state()).isEqualTo(dev.threadlab.engine.event.ThreadState.WAITING);
            assertThat(s.on()).isEqualTo("e");
        });
        ScriptReport.ThreadRun worker = r.threads().stream().filter(t -> t.id().equals("w-1")).findFirst().orElseThrow();
        assertThat(worker.states()).extracting(ScriptReport.Stretch::state)
                .contains(dev.threadlab.engine.event.ThreadState.RUNNING, dev.threadlab.engine.event.ThreadState.WAITING_GIL);
        assertThat(r.gilHolders().get("main")).extracting(ScriptReport.Holding::thread).contains("w-1", "w-2");
    }
}
