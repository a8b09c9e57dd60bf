# Core Python style: two loops started with _thread; main sleeps long enough and hopes they are done.
import _thread
from time import sleep, ctime

finished = 0
loops = [0.4, 0.2]


def loop(nloop, nsec):
    global finished
    print('start loop', nloop, 'at:', ctime())
    sleep(nsec)
    finished += 1
    print('loop', nloop, 'done at:', ctime())


def main():
    print('starting at:', ctime())
    for i in range(len(loops)):
        _thread.start_new_thread(loop, (i, loops[i]))
    sleep(1)
    print('all DONE at:', ctime())
    print('finished =', finished)


if __name__ == '__main__':
    main()
