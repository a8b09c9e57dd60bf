# The _thread tutorial with one lock per loop: main spins on locked() until every loop has released its lock.
import _thread
from time import sleep

finished = 0
loops = [0.04, 0.02]


def loop(nloop, nsec, lock):
    global finished
    sleep(nsec)
    finished += 1
    lock.release()


def main():
    locks = []
    nloops = range(len(loops))
    for i in nloops:
        lock = _thread.allocate_lock()
        lock.acquire()
        locks.append(lock)
    for i in nloops:
        _thread.start_new_thread(loop, (i, loops[i], locks[i]))
    for i in nloops:
        while locks[i].locked():
            pass
    print('finished =', finished)


main()
