# Consumers wait on a Condition in a loop on a predicate; the producer notifies all of them for each item.
import threading
import time

cv = threading.Condition()
items = 0
eaten = 0


def producer():
    global items
    for _ in range(4):
        time.sleep(0.01)
        with cv:
            items += 1
            cv.notify_all()


def consumer():
    global items, eaten
    for _ in range(2):
        with cv:
            while items == 0:
                cv.wait()
            items -= 1
            eaten += 1


threads = [threading.Thread(target=consumer), threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("items =", items)
print("eaten =", eaten)
