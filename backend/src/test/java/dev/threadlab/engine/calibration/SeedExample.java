package dev.threadlab.engine.calibration;

import dev.threadlab.engine.Scenarios;
import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;

import static dev.threadlab.engine.Scenarios.compute;
import static dev.threadlab.engine.Scenarios.get;
import static dev.threadlab.engine.Scenarios.io;
import static dev.threadlab.engine.Scenarios.put;
import static dev.threadlab.engine.Scenarios.repeat;

/**
 * The motivating example of docs/DESIGN.md: {@code items} items, each read (I/O, {@code readMs}) then computed (CPU,
 * {@code computeMs}).
 */
public final class SeedExample {

    private SeedExample() {
    }

    /** One thread reads and computes every item. */
    public static Scenario serial(int items) {
        return Scenarios.gil().thread("main", repeat(items, io(100), compute(1000))).build();
    }

    /** A reader thread feeds a Queue; {@code workers} consumer threads compute. */
    public static Scenario threads(int items, int workers, Model model) {
        Scenarios s = model == Model.GIL ? Scenarios.gil() : Scenarios.freeThreaded();
        return s.cores(4).object("q", ObjectType.QUEUE)
                .thread("reader", repeat(items, "i", io(100), put("q", "i")))
                .thread(ThreadDecl.of("worker", repeat(items / workers, get("q", "item"), compute(1000)))
                        .withCount(workers))
                .build();
    }

    /** A reader thread feeds an mp.Queue; one consumer in each of {@code workers} processes, on {@code workers} cores. */
    public static Scenario processes(int items, int workers) {
        Scenarios s = Scenarios.gil().cores(workers).object("q", ObjectType.MP_QUEUE)
                .thread("reader", repeat(items, "i", io(100), put("q", "i")));
        for (int p = 1; p <= workers; p++) {
            s.process("p" + p).thread(ThreadDecl.of("worker" + p, repeat(items / workers, get("q", "item"),
                    compute(1000))).withProcess("p" + p));
        }
        return s.build();
    }
}
