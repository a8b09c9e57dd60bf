# A Thread subclass overriding run(); two of them share a counter under a lock.
import threading

hits = 0
lock = threading.Lock()


class Counter(threading.Thread):
    def __init__(self, times, lock):
        super().__init__()
        self.times = times
        self.lock = lock

    def run(self):
        global hits
        for _ in range(self.times):
            with self.lock:
                hits += 1


counters = [Counter(50, lock), Counter(50, lock)]
for c in counters:
    c.start()
for c in counters:
    c.join()
print("hits =", hits)
