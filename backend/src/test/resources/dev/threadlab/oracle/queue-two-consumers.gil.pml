/*
 * queue-two-consumers.json, CPython 3.11 with the GIL.
 *
 * Written from CPython's rules (docs/DESIGN.md §3.1), not from the engine. Every outcome the model can end in is printed
 * as one "OUT <kind> <var>=<value>..." line by the observer at the bottom.
 *
 * queue.Queue(maxsize=1): put blocks while the queue is full, get while it is empty (the GIL is released while
 * blocked); items come out FIFO; when several getters are blocked, any of them may get the next item. A Promela
 * channel of one slot is exactly that: a send blocks while full, a receive while empty, and every enabled receiver
 * may be the one that takes the item.
 *
 * Atomic blocks under the GIL (a switch may happen at the eval breaker before and after every call):
 *   prod: [put 1] [put 2]
 *   c1:   [get] [r1 = v]      c2: [get] [r2 = v]
 * Free-threaded, each instruction is a step: the same steps here (the .ft model is this one).
 */
chan q = [1] of { int };
int r1, r2;
byte finished;

active proctype prod() {
    q!1;
    q!2;
    finished++
}

active proctype c1() {
    int v;
    q?v;
    r1 = v;
    finished++
}

active proctype c2() {
    int v;
    q?v;
    r2 = v;
    finished++
}

inline report() { printf(" r1=%d r2=%d\n", r1, r2) }

/* The outcome: every non-daemon thread ended, or nothing can move (deadlock). */
active proctype outcome() {
    do
    :: finished == 3 -> d_step { printf("OUT completed"); report() }; break
    :: timeout -> d_step { printf("OUT deadlock"); report() }; break
    od
}
