package dev.threadlab.importer;

import dev.threadlab.engine.model.Step;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** A method called on a primitive the program made: one step each ({@code lock.acquire()}, {@code q.put(x)} ...). */
final class PrimitiveCalls {

    private final ProgramReader reader;

    PrimitiveCalls(ProgramReader reader) {
        this.reader = reader;
    }

    /** @param item a {@code put}'s value as the scenario writes it (null: None) */
    Value call(ObjectSpec spec, String method, JsonNode c, ProgramReader.Args args, String item, List<Step> out) {
        String target = reader.ref(spec);
        switch (method) {
            case "acquire" -> {
                Double timeout = reader.millis(args.at(1, "timeout"), c);
                out.add(new Step.Acquire(target, bool(args.at(0, "blocking")),
                        timeout != null && timeout < 0 ? null : timeout));
            }
            case "release" -> out.add(new Step.Release(target));
            case "wait" -> out.add(new Step.Wait(target, reader.millis(args.at(0, "timeout"), c)));
            case "notify" -> out.add(new Step.Notify(target, args.at(0, "n") instanceof Value.Num n
                    ? Integer.valueOf(n.value().intValue()) : null));
            case "notify_all", "notifyAll" -> out.add(new Step.NotifyAll(target));
            case "set" -> out.add(new Step.SetEvent(target));
            case "clear" -> out.add(new Step.ClearEvent(target));
            case "put" -> out.add(new Step.Put(target, item, bool(args.at(1, "block")),
                    reader.millis(args.at(2, "timeout"), c)));
            case "put_nowait" -> out.add(new Step.Put(target, item, Boolean.FALSE, null));
            case "get", "get_nowait" -> out.add(reader.get(new Value.Obj(spec), c, args, null));
            case "task_done" -> out.add(new Step.TaskDone(target));
            case "join" -> out.add(new Step.Join(target, null));
            case "is_set", "locked", "qsize", "empty", "full", "wait_for" -> reader.problem(c, "`" + method
                    + "()` is not modelled yet: it only matters in a condition, and the lab's steps have none yet");
            default -> reader.problem(c, "`" + method + "()` of a " + spec.type.json() + " is not modelled");
        }
        return new Value.Opaque(method);
    }

    private static Boolean bool(Value v) {
        return v instanceof Value.Bool(boolean b) ? b : null;
    }
}
