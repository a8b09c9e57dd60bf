package dev.threadlab.engine;

import dev.threadlab.engine.model.Model;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Policy;
import dev.threadlab.engine.model.ProcessDecl;
import dev.threadlab.engine.model.RuntimeConfig;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.List;

/** A small fluent builder for test scenarios. */
public final class Scenarios {

    private RuntimeConfig runtime = RuntimeConfig.defaults();
    private final List<ObjectDecl> objects = new ArrayList<>();
    private final List<ProcessDecl> processes = new ArrayList<>();
    private final List<ThreadDecl> threads = new ArrayList<>();

    public static Scenarios gil() {
        return new Scenarios();
    }

    public static Scenarios freeThreaded() {
        Scenarios s = new Scenarios();
        s.runtime = s.runtime.withModel(Model.FREE_THREADED);
        return s;
    }

    public Scenarios cores(int n) {
        runtime = runtime.withCores(n);
        return this;
    }

    public Scenarios seed(long seed) {
        runtime = runtime.withSeed(seed);
        return this;
    }

    public Scenarios fifo() {
        runtime = runtime.withPolicy(Policy.FIFO);
        return this;
    }

    public Scenarios integer(String id, long value) {
        objects.add(ObjectDecl.integer(id, value));
        return this;
    }

    public Scenarios object(String id, ObjectType type) {
        objects.add(ObjectDecl.of(id, type));
        return this;
    }

    public Scenarios object(ObjectDecl o) {
        objects.add(o);
        return this;
    }

    public Scenarios process(String id) {
        processes.add(new ProcessDecl(id, null));
        return this;
    }

    public Scenarios manualProcess(String id) {
        processes.add(new ProcessDecl(id, "manual"));
        return this;
    }

    public Scenarios thread(String id, Step... body) {
        threads.add(ThreadDecl.of(id, body));
        return this;
    }

    public Scenarios thread(ThreadDecl t) {
        threads.add(t);
        return this;
    }

    public Scenario build() {
        return Scenario.of(runtime, objects, processes, threads);
    }

    // ---- steps ----

    public static Step compute(double ms) {
        return new Step.Compute(ms);
    }

    public static Step io(double ms) {
        return new Step.Io(ms, null);
    }

    public static Step sleep(double ms) {
        return new Step.Sleep(ms);
    }

    public static Step read(String target, String as) {
        return new Step.Read(target, as);
    }

    public static Step write(String target, String value) {
        return new Step.Write(target, value);
    }

    public static Step increment(String target) {
        return new Step.Increment(target, null);
    }

    public static Step repeat(int times, Step... body) {
        return new Step.Repeat(times, null, List.of(body));
    }

    public static Step repeat(int times, String as, Step... body) {
        return new Step.Repeat(times, as, List.of(body));
    }

    public static Step with(String target, Step... body) {
        return new Step.With(target, List.of(body));
    }

    public static Step acquire(String target) {
        return new Step.Acquire(target, null, null);
    }

    public static Step release(String target) {
        return new Step.Release(target);
    }

    public static Step print(String text) {
        return new Step.Print(text);
    }

    public static Step put(String target, String value) {
        return new Step.Put(target, value, null, null);
    }

    public static Step get(String target, String as) {
        return new Step.Get(target, as, null, null);
    }

    public static Step start(String target) {
        return new Step.Start(target);
    }

    public static Step join(String target) {
        return new Step.Join(target, null);
    }

    public static Step waitOn(String target) {
        return new Step.Wait(target, null);
    }

    public static Step set(String target) {
        return new Step.SetEvent(target);
    }
}
