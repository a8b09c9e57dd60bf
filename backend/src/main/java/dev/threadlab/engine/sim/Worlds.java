package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.primitives.ConditionPrim;
import dev.threadlab.engine.primitives.EventPrim;
import dev.threadlab.engine.primitives.LockPrim;
import dev.threadlab.engine.primitives.Prim;
import dev.threadlab.engine.primitives.QueuePrim;
import dev.threadlab.engine.primitives.RLockPrim;
import dev.threadlab.engine.primitives.SemaphorePrim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the initial threads and processes of a run, and the fork copy of a process's objects. */
final class Worlds {

    private Worlds() {
    }

    /** Each thread's compiled program (replicas of one declaration share theirs); never changed afterwards. */
    static Compiler.Program[] programs(Scenario s, Layout layout) {
        Map<Integer, Compiler.Program> byDecl = new HashMap<>();
        Compiler.Program[] out = new Compiler.Program[layout.threads.size()];
        for (int i = 0; i < out.length; i++) {
            Layout.ThreadInfo info = layout.threads.get(i);
            out[i] = info.decl() < 0 || info.isMain()
                    ? Compiler.compile(s, layout, info)
                    : byDecl.computeIfAbsent(info.decl(), d -> Compiler.compile(s, layout, info));
        }
        return out;
    }

    static SimThread[] threads(Scenario s, Layout layout, Compiler.Program[] programs) {
        SimThread[] out = new SimThread[layout.threads.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new SimThread(i, layout.threads.get(i), programs[i], s.objects().size());
        }
        return out;
    }

    static SimProcess[] processes(Scenario s, Layout layout) {
        SimProcess[] out = new SimProcess[layout.processIds.size()];
        for (int p = 0; p < out.length; p++) {
            out[p] = new SimProcess(p, layout.processIds.get(p), layout.mainThreadOf[p], s.objects().size());
        }
        createObjects(s.objects(), out[0]);
        return out;
    }

    private static void createObjects(List<ObjectDecl> objects, SimProcess main) {
        for (int i = 0; i < objects.size(); i++) {
            ObjectDecl o = objects.get(i);
            if (o.type() == ObjectType.INT) {
                main.ints[i] = o.value() == null ? 0 : o.value();
            } else if (o.type() != ObjectType.CONDITION) {
                main.prims[i] = create(o);
            }
        }
        for (int i = 0; i < objects.size(); i++) {
            ObjectDecl o = objects.get(i);
            if (o.type() == ObjectType.CONDITION) {
                main.prims[i] = o.lock() == null
                        ? new ConditionPrim(o.id(), new RLockPrim(o.id() + ".lock"), true)
                        : new ConditionPrim(o.id(), main.prims[indexOf(objects, o.lock())], false);
            }
        }
    }

    private static Prim create(ObjectDecl o) {
        long value = o.value() == null ? 1 : o.value();
        int maxsize = o.maxsize() == null ? 0 : o.maxsize();
        return switch (o.type()) {
            case LOCK -> new LockPrim(o.id());
            case RLOCK -> new RLockPrim(o.id());
            case EVENT -> new EventPrim(o.id());
            case SEMAPHORE -> new SemaphorePrim(o.id(), value, false);
            case BOUNDED_SEMAPHORE -> new SemaphorePrim(o.id(), value, true);
            case QUEUE -> new QueuePrim(o.id(), QueuePrim.Order.FIFO, maxsize, false);
            case LIFO_QUEUE -> new QueuePrim(o.id(), QueuePrim.Order.LIFO, maxsize, false);
            case PRIORITY_QUEUE -> new QueuePrim(o.id(), QueuePrim.Order.PRIORITY, maxsize, false);
            case MP_QUEUE -> new QueuePrim(o.id(), QueuePrim.Order.FIFO, maxsize, true);
            case INT, CONDITION -> throw new IllegalArgumentException(o.type().json());
        };
    }

    private static int indexOf(List<ObjectDecl> objects, String id) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** fork(): {@code child} gets a copy of every object of {@code parent}; only mp.Queue stays shared. */
    static void forkCopy(Scenario s, Layout layout, SimProcess parent, SimProcess child) {
        List<ObjectDecl> objects = s.objects();
        child.ints = parent.ints.clone();
        child.versions = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            if (parent.prims[i] != null) {
                child.prims[i] = parent.prims[i].forkCopy(layout.objectName(child.index, objects.get(i).id()));
            }
        }
        for (int i = 0; i < objects.size(); i++) {
            ObjectDecl o = objects.get(i);
            if (o.type() == ObjectType.CONDITION && o.lock() != null) {
                ((ConditionPrim) child.prims[i]).relink(child.prims[indexOf(objects, o.lock())]);
            }
        }
    }
}
