package dev.threadlab.importer;

import dev.threadlab.engine.model.ObjectType;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a Python expression stands for while the importer reads a program (it is never run). */
sealed interface Value {

    /** An int or float constant. */
    record Num(BigDecimal value, boolean integral) implements Value {
    }

    record Text(String text) implements Value {
    }

    record Bool(boolean value) implements Value {
    }

    record None() implements Value {
    }

    /** A list or tuple; a list made by the program may grow ({@code threads.append(t)}). */
    record Seq(List<Value> items) implements Value {
    }

    /** A module-level int the threads share (a scenario {@code int} object). */
    record Shared(String name) implements Value {
    }

    /** A primitive the program made ({@code threading.Lock()}, {@code queue.Queue(2)} ...). */
    record Obj(ObjectSpec spec) implements Value {
    }

    /** A function the program defines; a method when {@code self} is set. */
    record Func(JsonNode def, Value self) implements Value {
    }

    /** A class the program defines. */
    record Klass(JsonNode def, boolean threadSubclass) implements Value {
    }

    /** An object of such a class; a {@code Thread} subclass's object is also a thread. */
    record Instance(Klass klass, Map<String, Value> attrs, Lane thread) implements Value {
    }

    /** A thread, a Timer or a process the program made. */
    record LaneRef(Lane lane) implements Value {
    }

    /** A value only known when the thread runs: a local the engine keeps ({@code tmp = counter}, {@code x = q.get()}). */
    record Local(String name) implements Value {
    }

    /** A module or something in one the lab knows by name ({@code threading}, {@code time.sleep}, {@code print}). */
    record Known(String qualified) implements Value {
    }

    /** Something the lab does not model (a value it cannot know without running the program). */
    record Opaque(String what) implements Value {
    }
}
