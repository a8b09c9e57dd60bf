/*
 * Five philosophers, five forks (locks). Each takes its left fork, then its right, eats once, and
 * puts both down. Deadlock is reachable (everyone holds a left fork): SPIN reports it as an
 * invalid end state. Thread Lab's explorer runs the same model (ExplorerVsSpin).
 */
#define N 5
bit fork[N];

inline acquire(f) { atomic { fork[f] == 0 -> fork[f] = 1 } }
inline release(f) { fork[f] = 0 }

active [N] proctype philosopher() {
    byte left = _pid;
    byte right = (_pid + 1) % N;
    acquire(left);
    acquire(right);
    skip;                     /* eat */
    release(right);
    release(left)
}
