package dev.threadlab.engine.model;

import java.util.Objects;

/**
 * The simulated machine and interpreter (docs/DESIGN.md §2 {@code runtime}).
 *
 * @param model            GIL or free-threaded
 * @param cores            CPUs of the simulated machine, 1–64 (checked by the validator)
 * @param switchIntervalMs {@code sys.setswitchinterval} in milliseconds, &gt; 0
 * @param seed             seed of the random policy
 * @param policy           how choices are made when no schedule forces them
 */
public record RuntimeConfig(Model model, int cores, double switchIntervalMs, long seed, Policy policy) {

    public static final int DEFAULT_CORES = 4;
    public static final double DEFAULT_SWITCH_INTERVAL_MS = 5.0;
    public static final long DEFAULT_SEED = 1;

    public RuntimeConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(policy, "policy");
    }

    /** {@code gil}, 4 cores, 5 ms, seed 1, {@code random}. */
    public static RuntimeConfig defaults() {
        return new RuntimeConfig(Model.GIL, DEFAULT_CORES, DEFAULT_SWITCH_INTERVAL_MS, DEFAULT_SEED, Policy.RANDOM);
    }

    public RuntimeConfig withModel(Model m) {
        return new RuntimeConfig(m, cores, switchIntervalMs, seed, policy);
    }

    public RuntimeConfig withCores(int n) {
        return new RuntimeConfig(model, n, switchIntervalMs, seed, policy);
    }

    public RuntimeConfig withSeed(long s) {
        return new RuntimeConfig(model, cores, switchIntervalMs, s, policy);
    }

    public RuntimeConfig withPolicy(Policy p) {
        return new RuntimeConfig(model, cores, switchIntervalMs, seed, p);
    }

    public RuntimeConfig withSwitchIntervalMs(double ms) {
        return new RuntimeConfig(model, cores, ms, seed, policy);
    }
}
