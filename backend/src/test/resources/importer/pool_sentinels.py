# A pool of workers takes jobs from a queue until each gets its None sentinel.
import queue
import threading

q = queue.Queue()
done = 0
lock = threading.Lock()


def worker():
    global done
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            done += 1


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(8):
    q.put(i)
for _ in range(3):
    q.put(None)
for w in workers:
    w.join()
print("done =", done)
