package dev.threadlab.importer;

import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ProcessDecl;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** A scenario as the JSON document of DESIGN.md §2, absent optional keys left out. */
final class ScenarioJson {

    private final JsonMapper mapper;

    ScenarioJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode write(Scenario s) {
        ObjectNode out = mapper.createObjectNode();
        out.put("schema", s.schema()).put("title", s.title()).put("notes", s.notes());
        out.putObject("runtime").put("model", s.runtime().model().json()).put("cores", s.runtime().cores())
                .put("switchIntervalMs", s.runtime().switchIntervalMs()).put("seed", s.runtime().seed())
                .put("policy", s.runtime().policy().json());
        ArrayNode objects = out.putArray("objects");
        for (ObjectDecl o : s.objects()) {
            ObjectNode n = objects.addObject().put("id", o.id()).put("type", o.type().json());
            optional(n, "value", o.value());
            optional(n, "lock", o.lock());
            optional(n, "maxsize", o.maxsize());
        }
        if (!s.processes().isEmpty()) {
            ArrayNode processes = out.putArray("processes");
            for (ProcessDecl p : s.processes()) {
                optional(processes.addObject().put("id", p.id()), "start", p.start());
            }
        }
        ArrayNode threads = out.putArray("threads");
        for (ThreadDecl t : s.threads()) {
            ObjectNode n = threads.addObject().put("id", t.id());
            optional(n, "name", t.name());
            if (t.count() != 1) {
                n.put("count", t.count());
            }
            if (t.daemon()) {
                n.put("daemon", true);
            }
            optional(n, "start", t.start());
            optional(n, "process", t.process());
            if (t.timerIntervalMs() != null) {
                n.putObject("timer").put("intervalMs", t.timerIntervalMs());
            }
            steps(n.putArray("body"), t.body());
        }
        return out;
    }

    private void steps(ArrayNode out, List<Step> steps) {
        for (Step step : steps) {
            ObjectNode n = out.addObject().put("op", step.op().jsonName());
            switch (step) {
                case Step.Compute s -> n.put("ms", s.ms());
                case Step.Io s -> optional(n.put("ms", s.ms()), "label", s.label());
                case Step.Sleep s -> n.put("ms", s.ms());
                case Step.Acquire s -> {
                    optional(n.put("target", s.target()), "blocking", s.blocking());
                    optional(n, "timeoutMs", s.timeoutMs());
                }
                case Step.With s -> steps(n.put("target", s.target()).putArray("body"), s.body());
                case Step.Wait s -> optional(n.put("target", s.target()), "timeoutMs", s.timeoutMs());
                case Step.Notify s -> optional(n.put("target", s.target()), "n", s.n());
                case Step.Put s -> {
                    optional(n.put("target", s.target()), "value", s.value());
                    optional(n, "block", s.block());
                    optional(n, "timeoutMs", s.timeoutMs());
                }
                case Step.Get s -> {
                    optional(n.put("target", s.target()), "as", s.as());
                    optional(n, "block", s.block());
                    optional(n, "timeoutMs", s.timeoutMs());
                }
                case Step.Join s -> optional(n.put("target", s.target()), "timeoutMs", s.timeoutMs());
                case Step.Read s -> n.put("target", s.target()).put("as", s.as());
                case Step.Write s -> n.put("target", s.target()).put("value", s.value());
                case Step.Increment s -> optional(n.put("target", s.target()), "by", s.by());
                case Step.Repeat s -> {
                    optional(n.put("times", s.times()), "as", s.as());
                    steps(n.putArray("body"), s.body());
                }
                case Step.Print s -> n.put("text", s.text());
                case Step.SpinUntil s -> n.put("condition", s.condition());
                case Step.Release s -> n.put("target", s.target());
                case Step.NotifyAll s -> n.put("target", s.target());
                case Step.SetEvent s -> n.put("target", s.target());
                case Step.ClearEvent s -> n.put("target", s.target());
                case Step.TaskDone s -> n.put("target", s.target());
                case Step.Start s -> n.put("target", s.target());
                case Step.Cancel s -> n.put("target", s.target());
                case Step.Exit s -> {
                }
                case Step.If s -> {
                    steps(n.put("condition", s.condition()).putArray("then"), s.then());
                    if (!s.otherwise().isEmpty()) {
                        steps(n.putArray("else"), s.otherwise());
                    }
                }
                case Step.While s -> steps(n.put("condition", s.condition()).putArray("body"), s.body());
                case Step.Break s -> {
                }
            }
        }
    }

    private static void optional(ObjectNode n, String key, Object value) {
        switch (value) {
            case null -> {
            }
            case String v -> n.put(key, v);
            case Boolean v -> n.put(key, v);
            case Integer v -> n.put(key, v);
            case Long v -> n.put(key, v);
            case Double v -> n.put(key, v);
            default -> n.put(key, value.toString());
        }
    }
}
