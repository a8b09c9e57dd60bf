import os
import threading

ready = 0


def child():
    pid = os.fork()
    if pid == 0:
        print("child")


while ready == 0:
    ready += 1


threading.Thread(target=child).start()
