/*
 * long-compute-flag.json, CPython 3.13t, free-threaded (no GIL).
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * The writer computes, then writes data and a flag; the reader reads the flag, then the data. Free-threaded, every
 * instruction is a step of its own, and the steps of all threads form one interleaving:
 *   writer: [compute] [data = 7] [flag = 1]
 *   reader: [f = flag] [d = data] [seenFlag = f] [seenData = d]
 * So the reader may see the data without the flag, never the flag without the data.
 */
int data, flag, seenData, seenFlag;
byte finished;

active proctype writer() {
    skip;                              /* compute 20 ms */
    data = 7;
    flag = 1;
    finished++
}

active proctype reader() {
    int f, d;
    f = flag;
    d = data;
    seenFlag = f;
    seenData = d;
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
