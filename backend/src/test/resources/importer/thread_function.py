# Four threads run one function with its arguments; a lock guards the shared total.
import threading
import time

total = 0
lock = threading.Lock()


def worker(n, delay):
    global total
    for _ in range(n):
        time.sleep(delay)
        with lock:
            total += 1


threads = [threading.Thread(target=worker, args=(3, 0.01)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total =", total)
