package dev.threadlab.engine;

/**
 * Virtual time taken by operations, in nanoseconds, from the CPython 3.11 measurements in
 * {@code docs/reference/cpython-3.11.md} section G. {@code compute}, {@code io} and {@code sleep} take exactly what the
 * scenario says; {@code repeat} iterations are free, so one thread doing {@code io 100; compute 1000} ten thousand
 * times takes exactly 11,000 s.
 *
 * @param threadStartNs  {@code Thread.start()}: from the call until the new thread can run (start+join ≈ 112 µs)
 * @param processStartNs {@code Process.start()} with fork: the parent is busy this long (start+join ≈ 2 ms)
 * @param processExitNs  from a child's last thread ending until {@code join()} returns in the parent
 * @param varAccessNs    one read or write of a shared int (an increment is two)
 * @param lockOpNs       acquire, release, notify, set, clear, cancel, start of a with block
 * @param queueOpNs      put, get, task_done (≈ 0.6 µs each, queue.Queue put+get ≈ 1.2 µs)
 * @param printNs        print()
 */
public record Costs(long threadStartNs, long processStartNs, long processExitNs, long varAccessNs, long lockOpNs,
                    long queueOpNs, long printNs) {

    public static Costs defaults() {
        return new Costs(110_000, 1_000_000, 1_000_000, 20, 80, 600, 1_000);
    }

    /** Every cost zero: only compute/io/sleep take time (used by tests that want round numbers). */
    public static Costs zero() {
        return new Costs(0, 0, 0, 0, 0, 0, 0);
    }
}
