package dev.threadlab.ui.editor;

import tools.jackson.databind.JsonNode;

/**
 * What a run summary says about parallelism: speed-up against doing the same work serially (the sum of
 * every thread's CPU, I/O and sleep time), CPU utilisation of the cores, and time lost waiting for the GIL.
 */
record RunMetrics(double elapsedMs, double serialMs, double cpuMs, double gilWaitMs, int cores) {

    static RunMetrics of(JsonNode summary, int cores) {
        double cpu = 0;
        double serial = 0;
        double gil = 0;
        for (JsonNode t : summary.path("threads")) {
            double threadCpu = t.has("cpuMs") ? t.path("cpuMs").asDouble() : t.path("runningMs").asDouble();
            cpu += threadCpu;
            serial += threadCpu + t.path("ioMs").asDouble() + t.path("sleepingMs").asDouble();
            gil += t.path("waitingGilMs").asDouble();
        }
        return new RunMetrics(summary.path("elapsedMs").asDouble(), serial, cpu, gil, Math.max(1, cores));
    }

    double speedUp() {
        return elapsedMs > 0 ? serialMs / elapsedMs : 1;
    }

    double utilisation() {
        return elapsedMs > 0 ? cpuMs / (elapsedMs * cores) : 0;
    }
}
