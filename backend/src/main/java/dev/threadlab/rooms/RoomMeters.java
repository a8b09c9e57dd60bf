package dev.threadlab.rooms;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The classroom's meters on {@code GET /api/metrics} (issue 16): rooms and members on this node, and the grading
 * queue. Per node, as Prometheus scrapes each node of a school: summed over nodes they give the school's figures.
 */
final class RoomMeters implements MeterBinder {

    private final RoomRegistry registry;
    private final Grading grading;

    RoomMeters(RoomRegistry registry, Grading grading) {
        this.registry = registry;
        this.grading = grading;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("lab.rooms.loaded", registry, RoomRegistry::loaded)
                .description("rooms this node holds a live copy of").register(meters);
        Gauge.builder("lab.rooms.members", registry, r -> r.connections(false))
                .description("students connected to rooms through this node").register(meters);
        Gauge.builder("lab.rooms.teachers", registry, r -> r.connections(true))
                .description("teacher connections to rooms through this node").register(meters);
        Gauge.builder("lab.rooms.grading.queued", grading, Grading::queued)
                .description("submissions waiting for a grader").register(meters);
        Gauge.builder("lab.rooms.grading.active", grading, Grading::active)
                .description("submissions being graded now").register(meters);
        FunctionCounter.builder("lab.rooms.grading.graded", grading, Grading::graded)
                .description("submissions graded since the start").register(meters);
        FunctionCounter.builder("lab.rooms.grading.refused", grading, Grading::refused)
                .description("submissions refused because the grading queue was full").register(meters);
    }
}
