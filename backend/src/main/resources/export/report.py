_lab_clock = time.perf_counter
_lab_t0 = _lab_clock()
_lab_gil = getattr(sys, "_is_gil_enabled", lambda: True)()
_lab_threads = {}     # thread ident -> _LabThread, while the thread runs
_lab_finished = []    # _LabThread of the threads that ended
_lab_errors = []      # uncaught exceptions: {"thread", "type", "message"}
_lab_process = None   # this process's id in the lab; None in the main process
_lab_deadlock = None  # [{"thread", "waitsFor"}] once the watchdog has found every thread blocked for good
_lab_reports = None   # the directory where child processes leave their reports


class _LabThread:
    """What the report knows of one thread: when it ran and, with --record, its states over time."""

    def __init__(self, name):
        self.name = name
        self.start = _lab_clock()
        self.end = None
        self.sampled = []    # [state, on, from, to], written by the watchdog only
        self.computed = []   # [state, on, from, to], written by the thread itself, in compute()
        self.seen = self.start


def _lab_name(thread):
    """The thread's name in the lab: main, p/main for a child process's main thread, else its own name."""
    if thread is threading.main_thread():
        return "main" if _lab_process is None else _lab_process + "/main"
    return thread.name


def _lab_begin_thread():
    _lab_threads[threading.get_ident()] = _LabThread(_lab_name(threading.current_thread()))


def _lab_end_thread():
    record = _lab_threads.pop(threading.get_ident(), None)
    if record is not None:
        record.end = _lab_clock()
        _lab_finished.append(record)


def _lab_tracked(run):
    def tracked(self):
        _lab_begin_thread()
        try:
            run(self)
        finally:
            _lab_end_thread()
    return tracked


_lab_timer_code = threading.Timer.run.__code__
threading.Thread.run = _lab_tracked(threading.Thread.run)
threading.Timer.run = _lab_tracked(threading.Timer.run)


def _lab_error(thread, exc_type, exc_value):
    module = getattr(exc_type, "__module__", "builtins")
    module = "queue" if module == "_queue" else module
    kind = exc_type.__qualname__ if module == "builtins" else module + "." + exc_type.__qualname__
    _lab_errors.append({"thread": _lab_name(thread), "type": kind, "message": str(exc_value)})


_lab_excepthook = threading.excepthook


def _lab_on_error(args):
    _lab_error(args.thread, args.exc_type, args.exc_value)
    _lab_excepthook(args)   # and print the traceback, as CPython does


threading.excepthook = _lab_on_error


def _lab_segment(segments, state, on, start, end):
    """Appends a stretch of one state, or lengthens the last one if it is the same state."""
    if segments and segments[-1][0] == state and segments[-1][1] == on and start - segments[-1][3] < 0.0005:
        segments[-1][3] = end
    else:
        segments.append([state, on, start, end])


def _lab_recorded_work(iterations):
    """compute() with --record: the same work in slices of about 0.2 ms. A slice that takes longer than its work
    spent the difference without the GIL (or, free-threaded, without a core): gil_load's and per4m's inference."""
    record = _lab_threads.get(threading.get_ident())
    if record is None:
        _lab_work(iterations)
        return
    rate = _lab_ITERATIONS_PER_SECOND
    piece = max(1, int(rate * 0.0002))
    waiting = "waiting-gil" if _lab_gil else "ready"
    t = _lab_clock()
    while iterations > 0:
        n = min(piece, iterations)
        _lab_work(n)
        iterations -= n
        now = _lab_clock()
        late = (now - t) - n / rate
        if late > 0.0001 + 0.5 * n / rate:
            _lab_segment(record.computed, waiting, None, t, t + late)
            _lab_segment(record.computed, "running", None, t + late, now)
        else:
            _lab_segment(record.computed, "running", None, t, now)
        t = now


_lab_codes = {globals()[f].__code__ for f in _lab_BODIES}
_lab_work_codes = {_lab_work.__code__, _lab_recorded_work.__code__, compute.__code__}


def _lab_where(frame):
    """(state, object, blocked for good) of a thread, from the step its body is at."""
    while frame is not None and frame.f_code not in _lab_codes:
        if frame.f_code in _lab_work_codes:
            return "computing", None, False
        if frame.f_code is _lab_timer_code:
            return "sleeping", None, False   # a Timer waiting for its interval
        frame = frame.f_back
    if frame is None:
        return "running", None, False
    return _lab_STEPS.get(frame.f_lineno, ("running", None, False))


def _lab_watch():
    """The watchdog: every few milliseconds it looks where every thread is (with --record, it keeps that as the
    thread's states). Every thread blocked with no timeout, no child process alive and no CPU used for
    --deadlock-after seconds is a deadlock: it is reported and the process ends, instead of hanging forever."""
    period = 0.001 if OPTIONS.record else 0.02
    since = cpu = None
    while True:
        time.sleep(period)
        now = _lab_clock()
        frames = sys._current_frames()
        waits = []
        stuck = True
        for ident, record in list(_lab_threads.items()):
            frame = frames.get(ident)
            if frame is None:
                continue
            state, on, for_good = _lab_where(frame)
            if OPTIONS.record:
                if state != "computing":
                    _lab_segment(record.sampled, state, on, record.seen, now)
                record.seen = now
            stuck = stuck and for_good
            waits.append({"thread": record.name, "waitsFor": on})
        if not (stuck and waits) or multiprocessing.active_children():
            since = None
        elif since is None:
            since, cpu = now, time.process_time()
        elif now - since >= OPTIONS.deadlock_after and time.process_time() - cpu < 0.25 * (now - since):
            _lab_deadlocked(waits)


def _lab_deadlocked(waits):
    global _lab_deadlock
    _lab_deadlock = waits
    _lab_finish()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(3)


def _lab_states(record):
    """The sampled states with the compute slices laid over them, in milliseconds."""
    computed = record.computed
    out = []
    j = 0
    for state, on, start, end in record.sampled:
        while j < len(computed) and computed[j][3] <= start:
            j += 1
        k = j
        while start < end:
            if k < len(computed) and computed[k][2] < end:
                if computed[k][2] > start:
                    out.append([state, on, start, computed[k][2]])
                start = max(start, computed[k][3])
                k += 1
            else:
                out.append([state, on, start, end])
                break
    out.extend(computed)
    out.sort(key=lambda s: s[2])
    return [[s[0], s[1], _lab_ms(s[2]), _lab_ms(s[3])] for s in out if s[3] > s[2]]


def _lab_gil_holders(records):
    """Who held the GIL: the thread whose compute slice ran at the time (a thread only computes holding it)."""
    held = sorted(([r.name, s[2], s[3]] for r in records for s in r.computed if s[0] == "running"),
                  key=lambda h: h[1])
    return [[name, _lab_ms(start), _lab_ms(end)] for name, start, end in held]


def _lab_ms(t):
    return round((t - _lab_t0) * 1000.0, 3)


def _lab_variables(prefix):
    return {prefix + lab: globals()[name] for lab, name in _lab_INTS.items()}


def _lab_thread_report(record):
    report = {"id": record.name, "startMs": _lab_ms(record.start),
              "endMs": None if record.end is None else _lab_ms(record.end)}
    if OPTIONS.record:
        report["states"] = _lab_states(record)
    return report


def _lab_report():
    records = _lab_finished + list(_lab_threads.values())
    process = "main" if _lab_process is None else _lab_process
    return {"outcome": "deadlock" if _lab_deadlock else "error" if _lab_errors else "completed",
            "elapsedMs": _lab_ms(_lab_clock()), "scale": SCALE, "python": sys.version.split()[0], "gil": _lab_gil,
            "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "process": process,
            "variables": _lab_variables("" if _lab_process is None else _lab_process + "/"),
            "errors": list(_lab_errors), "deadlock": _lab_deadlock,
            "threads": [_lab_thread_report(r) for r in sorted(records, key=lambda r: r.start)],
            "gilHolders": {process: _lab_gil_holders(records)} if OPTIONS.record and _lab_gil else {}}


def _lab_finish():
    """The child's report into the reports directory; the main process's, with its children's, as the last line."""
    report = _lab_report()
    if _lab_process is not None:
        with open(os.path.join(_lab_reports, "%d.json" % os.getpid()), "w") as out:
            json.dump(report, out)
        return
    for name in sorted(os.listdir(_lab_reports)):
        with open(os.path.join(_lab_reports, name)) as child:
            part = json.load(child)
        report["variables"].update(part["variables"])
        report["errors"] += part["errors"]
        report["threads"] += part["threads"]
        report["gilHolders"].update(part["gilHolders"])
        if part["deadlock"]:
            report["deadlock"] = (report["deadlock"] or []) + part["deadlock"]
    shutil.rmtree(_lab_reports, ignore_errors=True)
    report["outcome"] = "deadlock" if report["deadlock"] else "error" if report["errors"] else "completed"
    report["lostUpdates"] = {}
    if report["outcome"] == "completed":   # where the lab can tell: ints only ever incremented by a fixed amount
        for lab, intended in _lab_INTENDED.items():
            if report["variables"].get(lab, intended) < intended:
                report["lostUpdates"][lab] = intended - report["variables"][lab]
    print("LAB-REPORT " + json.dumps(report, separators=(",", ":")), flush=True)


def _lab_child(run):
    def child(self):
        global _lab_process
        _lab_process = self.name
        _lab_threads.clear()   # a forked child has only the thread that forked it
        _lab_finished.clear()
        _lab_errors.clear()
        _lab_begin_thread()
        _thread.start_new_thread(_lab_watch, ())
        try:
            run(self)
        except BaseException as error:
            _lab_error(threading.current_thread(), type(error), error)
            raise
        finally:
            _lab_end_thread()
            _lab_finish()
    return child


multiprocessing.Process.run = _lab_child(multiprocessing.Process.run)


def _lab_run(main):
    """Runs main() under the watchdog, then prints the report as the last line."""
    global _lab_t0, _lab_reports
    _lab_reports = tempfile.mkdtemp(prefix="lab-report-")
    _lab_t0 = _lab_clock()
    _lab_begin_thread()
    _thread.start_new_thread(_lab_watch, ())
    try:
        main()
    except Exception as error:
        traceback.print_exc()
        _lab_error(threading.current_thread(), type(error), error)
    finally:
        _lab_end_thread()
        _lab_finish()
