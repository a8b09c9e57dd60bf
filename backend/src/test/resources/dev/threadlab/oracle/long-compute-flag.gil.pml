/*
 * long-compute-flag.json, CPython 3.11 with the GIL.
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * The writer computes longer than the switch interval (so the GIL is certainly handed over inside the compute, at a
 * back-edge), then writes data and a flag. Reads and writes are not calls: no eval breaker between them. Atomic
 * blocks under the GIL:
 *   writer: [compute] [data = 7; flag = 1]
 *   reader: [f = flag; d = data; seenFlag = f; seenData = d]
 * So the reader sees both writes or neither.
 */
int data, flag, seenData, seenFlag;
byte finished;

active proctype writer() {
    skip;                              /* compute 20 ms: switch points inside */
    d_step { data = 7; flag = 1 };
    finished++
}

active proctype reader() {
    int f, d;
    d_step { f = flag; d = data; seenFlag = f; seenData = d };
    finished++
}

inline report() { printf(" data=%d flag=%d seenData=%d seenFlag=%d\n", data, flag, seenData, seenFlag) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 2 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
