package dev.threadlab.engine.golden;

import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.threadlab.engine.Scenarios.acquire;
import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.get;
import static dev.threadlab.engine.Scenarios.increment;
import static dev.threadlab.engine.Scenarios.join;
import static dev.threadlab.engine.Scenarios.print;
import static dev.threadlab.engine.Scenarios.put;
import static dev.threadlab.engine.Scenarios.read;
import static dev.threadlab.engine.Scenarios.release;
import static dev.threadlab.engine.Scenarios.repeat;
import static dev.threadlab.engine.Scenarios.set;
import static dev.threadlab.engine.Scenarios.sleep;
import static dev.threadlab.engine.Scenarios.waitOn;
import static dev.threadlab.engine.Scenarios.with;
import static dev.threadlab.engine.Scenarios.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden traces: one small scenario per primitive, rendered one column per thread and compared exactly with
 * {@code src/test/resources/golden/NAME.txt}. Refresh on purpose only: {@code -Dgolden.update=true}.
 */
class GoldenTraceTest {

    private static final Path DIR = Path.of("src/test/resources/golden");

    static Stream<Arguments> scenarios() {
        return Stream.concat(locksAndSignals(), queuesProcessesAndLifeCycles());
    }

    /** The GIL's switching, and the primitives a thread waits on: locks, conditions, events, semaphores. */
    private static Stream<Arguments> locksAndSignals() {
        return Stream.of(
                Arguments.of("gil_switch", Scenarios.gil().fifo()
                        .thread(ThreadDecl.of("cpu", compute(12)).withCount(2)).build()),
                Arguments.of("lock", Scenarios.gil().fifo().integer("counter", 0).object("lock", ObjectType.LOCK)
                        .thread(ThreadDecl.of("w", with("lock", read("counter", "t"), sleep(1), write("counter", "t + 1")))
                                .withCount(2)).build()),
                Arguments.of("rlock", Scenarios.gil().fifo().object("r", ObjectType.RLOCK)
                        .thread("a", acquire("r"), acquire("r"), sleep(1), release("r"), release("r"))
                        .thread("b", with("r", print("b inside"))).build()),
                Arguments.of("condition", Scenarios.gil().fifo().object("c", ObjectType.CONDITION)
                        .thread("waiter", with("c", waitOn("c"), print("notified")))
                        .thread("notifier", sleep(2), with("c", new Step.Notify("c", null)))
                        .build()),
                Arguments.of("event", Scenarios.gil().fifo().object("ev", ObjectType.EVENT)
                        .thread(ThreadDecl.of("waiter", waitOn("ev"), print("go")).withCount(2))
                        .thread("setter", sleep(1), set("ev")).build()),
                Arguments.of("semaphore", Scenarios.gil().fifo()
                        .object(new ObjectDecl("s", ObjectType.SEMAPHORE, 2L, null, null))
                        .thread(ThreadDecl.of("w", with("s", sleep(2))).withCount(3)).build()),
                Arguments.of("bounded_semaphore", Scenarios.gil().fifo()
                        .object(new ObjectDecl("s", ObjectType.BOUNDED_SEMAPHORE, 1L, null, null))
                        .thread("t", acquire("s"), release("s"), release("s")).build()));
    }

    /** Queues (threading and multiprocessing), timers and daemons, a lost update and a deadlock. */
    private static Stream<Arguments> queuesProcessesAndLifeCycles() {
        return Stream.of(
                Arguments.of("queue", Scenarios.gil().fifo()
                        .object(new ObjectDecl("q", ObjectType.QUEUE, null, null, 1))
                        .thread("producer", repeat(3, "i", put("q", "i")))
                        .thread("consumer", repeat(3, get("q", "x"), sleep(1), new Step.TaskDone("q")))
                        .thread("main", join("q"), print("all done")).build()),
                Arguments.of("lifo_and_priority_queue", Scenarios.gil().fifo().object("lifo", ObjectType.LIFO_QUEUE)
                        .object("prio", ObjectType.PRIORITY_QUEUE)
                        .thread("main", put("lifo", "1"), put("lifo", "2"), put("prio", "5"), put("prio", "3"),
                                get("lifo", "a"), get("prio", "b"), print("lifo {a} prio {b}")).build()),
                Arguments.of("mp_queue", Scenarios.gil().fifo().object("q", ObjectType.MP_QUEUE).integer("n", 0)
                        .process("p").thread(ThreadDecl.of("child", get("q", "x"), increment("n")).withProcess("p"))
                        .thread("main", put("q", "7"), join("p")).build()),
                Arguments.of("timer_and_daemon", Scenarios.gil().fifo()
                        .thread(ThreadDecl.of("timer", print("fired")).withTimer(2.0))
                        .thread(ThreadDecl.of("late", print("never")).withTimer(50.0))
                        .thread(ThreadDecl.of("daemon", sleep(100), print("never")).withDaemon(true))
                        .thread("main", sleep(5), new Step.Cancel("late")).build()),
                Arguments.of("free_threaded_lost_update", Scenarios.freeThreaded().fifo().integer("counter", 0)
                        .thread(ThreadDecl.of("w", read("counter", "t"), compute(1), write("counter", "t + 1")).withCount(2))
                        .build()),
                Arguments.of("deadlock", Scenarios.gil().fifo().object("a", ObjectType.LOCK).object("b", ObjectType.LOCK)
                        .thread("t1", acquire("a"), sleep(1), acquire("b"))
                        .thread("t2", acquire("b"), sleep(1), acquire("a")).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void trace_matches_the_golden_file(String name, Scenario scenario) throws IOException {
        String actual = TraceTable.render(scenario);
        Path file = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s: write it on purpose with -Dgolden.update=true, then review it", file)
                .exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
