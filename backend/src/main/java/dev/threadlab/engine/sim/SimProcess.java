package dev.threadlab.engine.sim;

import dev.threadlab.engine.primitives.Copies;
import dev.threadlab.engine.primitives.Prim;
import dev.threadlab.engine.primitives.Waiters;

/**
 * One interpreter: its GIL, its copies of the objects and its shared ints. Process 0 is the main process. Owned by
 * the {@link Machine}.
 */
final class SimProcess {

    final int index;
    final String id;
    final int mainThread;
    /** By object index; null for ints. */
    Prim[] prims;
    long[] ints;
    long[] versions;
    final long[] lost;

    int parent = -1;
    boolean started;
    boolean shutdownWaiting;
    boolean ended;
    final Waiters joiners = new Waiters();

    int gilHolder = -1;
    final Waiters gilWaiters = new Waiters();
    boolean dropRequested;
    boolean dropArmed;
    int dropToken;

    SimProcess(int index, String id, int mainThread, int objects) {
        this.index = index;
        this.id = id;
        this.mainThread = mainThread;
        this.prims = new Prim[objects];
        this.ints = new long[objects];
        this.versions = new long[objects];
        this.lost = new long[objects];
    }

    /** An exact copy of {@code o} for a machine snapshot; its objects are copied through {@code copies}. */
    SimProcess(SimProcess o, Copies copies) {
        this.index = o.index;
        this.id = o.id;
        this.mainThread = o.mainThread;
        this.prims = new Prim[o.prims.length];
        for (int i = 0; i < prims.length; i++) {
            prims[i] = copies.of(o.prims[i]);
        }
        this.ints = o.ints.clone();
        this.versions = o.versions.clone();
        this.lost = o.lost.clone();
        parent = o.parent;
        started = o.started;
        shutdownWaiting = o.shutdownWaiting;
        ended = o.ended;
        joiners.setTo(o.joiners);
        gilHolder = o.gilHolder;
        gilWaiters.setTo(o.gilWaiters);
        dropRequested = o.dropRequested;
        dropArmed = o.dropArmed;
        dropToken = o.dropToken;
    }
}
