package dev.threadlab.engine.primitives;

import dev.threadlab.engine.event.Event.EventFlagChanged;
import dev.threadlab.engine.event.ThreadState;

/** {@code threading.Event}: set() wakes every waiter; wait() returns at once when the flag is set. */
public final class EventPrim implements Prim {

    private final String name;
    private final Waiters waiters = new Waiters();
    private boolean flag;

    public EventPrim(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    /** {@code is_set()}. */
    public boolean isSet() {
        return flag;
    }

    public void set(Kernel k, int thread) {
        flag = true;
        k.emit(new EventFlagChanged(k.nextSeq(), k.nowUs(), name, k.threadName(thread), true));
        for (int i = 0; i < waiters.size(); i++) {
            k.wake(waiters.get(i), true, 0);
        }
        waiters.clear();
    }

    public void clear(Kernel k, int thread) {
        flag = false;
        k.emit(new EventFlagChanged(k.nextSeq(), k.nowUs(), name, k.threadName(thread), false));
    }

    /** {@code wait(timeout)}: true if the flag is already set (no wait), else the thread is now blocked. */
    public boolean await(Kernel k, int thread, long timeoutNs) {
        if (flag) {
            return true;
        }
        waiters.add(thread);
        k.block(thread, ThreadState.WAITING, this, timeoutNs);
        return false;
    }

    @Override
    public void timeout(Kernel k, int thread) {
        waiters.timeOut(k, thread);
    }

    @Override
    public Prim forkCopy(String newName) {
        EventPrim copy = new EventPrim(newName);
        copy.flag = flag;
        return copy;
    }

    @Override
    public Prim copy(Copies copies) {
        EventPrim copy = new EventPrim(name);
        copy.waiters.setTo(waiters);
        copy.flag = flag;
        return copy;
    }

    @Override
    public void digest(Digest d) {
        d.add(flag).add(waiters);
    }
}
