_lab_options = argparse.ArgumentParser(description="A Thread Lab scenario, run in real CPython.")
_lab_options.add_argument("--scale", type=float, default=float(os.environ.get("LAB_SCALE") or 1.0),
                          help="multiply every duration (compute, sleeps, I/O, timeouts, timers and the switch "
                               "interval) by this, e.g. 0.01 to run 100 times faster (or LAB_SCALE)")
_lab_options.add_argument("--record", action="store_true", default=os.environ.get("LAB_RECORD") == "1",
                          help="record every thread's states over time into the report (or LAB_RECORD=1)")
_lab_options.add_argument("--cores", type=int, default=_lab_CORES,
                          help="run on at most this many of the machine's cores (the scenario's runtime.cores)")
_lab_options.add_argument("--compute-rate", type=float, default=float(os.environ.get("LAB_COMPUTE_RATE") or 0),
                          metavar="ITERATIONS_PER_SECOND", help="the speed compute() assumes instead of measuring it "
                          "at the start: the same work in every run (or LAB_COMPUTE_RATE)")
_lab_options.add_argument("--deadlock-after", type=float, default=1.0, metavar="SECONDS",
                          help="the watchdog reports a deadlock once every thread has been blocked this long")
OPTIONS = _lab_options.parse_known_args()[0]
if not OPTIONS.scale > 0:
    _lab_options.error("--scale must be a number above 0")
SCALE = OPTIONS.scale   # 1 unless --scale (or LAB_SCALE) is given: every duration below is multiplied by it
if hasattr(os, "sched_setaffinity") and OPTIONS.cores > 0:   # as many cores as the lab's runtime has, if here
    os.sched_setaffinity(0, sorted(os.sched_getaffinity(0))[:OPTIONS.cores])


def _lab_work(iterations):
    """Pure-Python bytecode: holds the GIL, checks the eval breaker at every loop back-edge."""
    x = 0
    for i in range(iterations):
        x += i
    return x


def _lab_calibrate():
    """How many _lab_work iterations take one second here, in one thread, measured once."""
    n = 100_000
    while True:
        t0 = time.perf_counter()
        _lab_work(n)
        if time.perf_counter() - t0 >= 0.05:
            break
        n *= 2
    best = float("inf")
    for _ in range(3):   # the fastest of three: a busy machine only ever slows a measurement down
        t0 = time.perf_counter()
        _lab_work(n)
        best = min(best, time.perf_counter() - t0)
    return n / best


# --compute-rate (iterations per second) replaces the measurement: the same work on every run
_lab_ITERATIONS_PER_SECOND = OPTIONS.compute_rate or _lab_calibrate()


def compute(seconds):
    """Pure-Python CPU work that takes about this long in one thread (work, not a wait on the clock)."""
    iterations = int(seconds * _lab_ITERATIONS_PER_SECOND)
    if OPTIONS.record:
        _lab_recorded_work(iterations)   # the same work in slices: a slow slice shows the GIL was elsewhere
    else:
        _lab_work(iterations)
