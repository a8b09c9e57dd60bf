# Threads whose target is a callable object.
import threading
import time

done = 0


class Task:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __call__(self):
        global done
        for i in range(self.n):
            time.sleep(0.01)
            done += 1
        print(self.name, "finished")


def main():
    a = threading.Thread(target=Task("a", 2))
    b = threading.Thread(target=Task("b", 3))
    a.start()
    b.start()
    a.join()
    b.join()
    print("done =", done)


main()
