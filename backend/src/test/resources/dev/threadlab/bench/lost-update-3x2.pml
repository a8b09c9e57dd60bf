/*
 * Three threads, each doing two unsynchronised read-call-write increments of a shared counter:
 *     tmp = counter; f(); counter = tmp + 1
 * Under sequential consistency every statement may interleave (the call f() is a switch point).
 * Thread Lab's explorer runs the same model (ExplorerVsSpin); both do a full state-space search.
 */
byte counter = 0;
byte finished = 0;

active [3] proctype worker() {
    byte tmp;
    byte i = 0;
    do
    :: i < 2 ->
        tmp = counter;
        skip;                 /* f(): a call, where a switch can happen */
        counter = tmp + 1;
        i++
    :: else -> break
    od;
    finished++
}

/* Every final counter value from 2 to 6 is reachable; record the outcome as a never-violated check. */
active proctype observer() {
    finished == 3;
    assert(counter >= 2 && counter <= 6)
}
