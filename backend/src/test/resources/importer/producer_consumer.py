# A producer and a consumer on a bounded queue.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
produced = 0
consumed = 0


def producer():
    global produced
    for i in range(6):
        q.put(i)
        produced += 1


def consumer():
    global consumed
    for _ in range(6):
        item = q.get()
        time.sleep(0.01)
        consumed += 1
        q.task_done()


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
q.join()
print("produced =", produced)
print("consumed =", consumed)
