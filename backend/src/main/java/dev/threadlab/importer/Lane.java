package dev.threadlab.importer;

import dev.threadlab.engine.model.Step;

import java.util.ArrayList;
import java.util.List;

/** A thread, Timer or process the program makes, in the order it makes them; its steps once its code is read. */
final class Lane {

    enum Kind { THREAD, TIMER, PROCESS }

    final int index;
    final Kind kind;
    /** Where it was made, for the notes. */
    final int line;
    String name;
    /** The function or class it runs, to name it when the program does not. */
    String base;
    boolean daemon;
    Double timerMs;
    /** The process whose thread started it (null: the main process). */
    String process;
    boolean started;
    boolean auto;
    List<Step> body = new ArrayList<>();
    /** Reads its code: when it is started (every name it uses is bound by then) or at the end of the program. */
    Runnable pending;
    /** Its id in the scenario, once the replicas are grouped. */
    String id;

    Lane(int index, Kind kind, int line) {
        this.index = index;
        this.kind = kind;
        this.line = line;
    }

    void readBody() {
        Runnable read = pending;
        pending = null;
        if (read != null) {
            read.run();
        }
    }

    /** The placeholder a {@code start}/{@code join} step names until the ids are known. */
    String ref() {
        return "\u0001" + index;
    }
}
