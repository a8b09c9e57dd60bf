# The same loops, each releasing its own lock when done; main waits on every lock instead of hoping.
import _thread
from time import sleep

finished = 0
loops = [0.3, 0.1, 0.2]


def loop(nloop, nsec, lock):
    global finished
    print('start loop', nloop)
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
        locks[i].acquire()
    print('finished =', finished)


main()
