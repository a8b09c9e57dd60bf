package dev.threadlab.json;

import dev.threadlab.engine.event.Event;
import tools.jackson.core.JsonGenerator;

/**
 * Writes engine events in the docs/DESIGN.md §4 shape: {@code {seq, t, kind, thread?, object?, …}}, one flat
 * object per state change. Field names are the engine records' component names, with two renames so a
 * client finds the acting thread under {@code thread} everywhere ({@code owner} of {@code lock-acquired},
 * {@code holder} of {@code gil-drop-requested}); enums are written by their JSON names.
 */
public final class EventJson {

    private EventJson() {
    }

    public static void write(Event event, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("seq", event.seq());
        g.writeNumberProperty("t", event.t());
        g.writeStringProperty("kind", event.kind());
        switch (event) {
            case Event.ThreadStateChanged e -> {
                g.writeStringProperty("thread", e.thread());
                g.writeStringProperty("state", e.state().json());
                optional(g, "on", e.on());
            }
            case Event.StepEntered e -> {
                g.writeStringProperty("thread", e.thread());
                g.writeStringProperty("step", e.step());
            }
            case Event.GilTaken e -> gil(g, e.process(), e.thread());
            case Event.GilDropped e -> gil(g, e.process(), e.thread());
            case Event.GilDropRequested e -> {
                gil(g, e.process(), e.holder());
                g.writeStringProperty("requester", e.requester());
            }
            case Event.LockAcquired e -> {
                actor(g, e.object(), e.owner());
                g.writeNumberProperty("count", e.count());
            }
            case Event.LockReleased e -> {
                actor(g, e.object(), e.thread());
                g.writeNumberProperty("count", e.count());
            }
            case Event.SemaphoreChanged e -> {
                actor(g, e.object(), e.thread());
                g.writeNumberProperty("value", e.value());
            }
            case Event.EventFlagChanged e -> {
                actor(g, e.object(), e.thread());
                g.writeBooleanProperty("set", e.set());
            }
            case Event.QueueChanged e -> queue(g, e);
            case Event.VariableRead e -> {
                actor(g, e.object(), e.thread());
                g.writeNumberProperty("value", e.value());
            }
            case Event.VariableWritten e -> {
                actor(g, e.object(), e.thread());
                g.writeNumberProperty("value", e.value());
                g.writeBooleanProperty("lost", e.lost());
            }
            case Event.Printed e -> {
                g.writeStringProperty("thread", e.thread());
                g.writeStringProperty("text", e.text());
            }
            case Event.TimerCancelled e -> {
                g.writeStringProperty("thread", e.thread());
                g.writeStringProperty("timer", e.timer());
            }
            case Event.ProcessChanged e -> {
                g.writeStringProperty("process", e.process());
                g.writeBooleanProperty("alive", e.alive());
            }
            case Event.ErrorRaised e -> {
                g.writeStringProperty("thread", e.thread());
                g.writeStringProperty("type", e.type());
                g.writeStringProperty("message", e.message());
                g.writeStringProperty("step", e.step());
            }
            case Event.DeadlockDetected e -> {
                g.writeArrayPropertyStart("cycle");
                for (Event.WaitFor edge : e.cycle()) {
                    g.writeStartObject();
                    g.writeStringProperty("thread", edge.thread());
                    g.writeStringProperty("waitsFor", edge.waitsFor());
                    g.writeStringProperty("heldBy", edge.heldBy());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            case Event.RunEnded e -> g.writeStringProperty("outcome", e.outcome());
        }
        g.writeEndObject();
    }

    private static void gil(JsonGenerator g, String process, String thread) {
        g.writeStringProperty("process", process);
        g.writeStringProperty("thread", thread);
    }

    private static void actor(JsonGenerator g, String object, String thread) {
        optional(g, "thread", thread);
        g.writeStringProperty("object", object);
    }

    private static void queue(JsonGenerator g, Event.QueueChanged e) {
        actor(g, e.object(), e.thread());
        g.writeStringProperty("action", e.action().json());
        optional(g, "item", e.item());
        g.writeNumberProperty("size", e.size());
        g.writeNumberProperty("unfinished", e.unfinished());
        g.writeArrayPropertyStart("head");
        for (String item : e.head()) {
            g.writeString(item);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }
}
