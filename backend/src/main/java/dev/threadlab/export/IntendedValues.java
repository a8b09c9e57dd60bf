package dev.threadlab.export;

import dev.threadlab.engine.model.Expr;
import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.ObjectType;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.Step;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The value each int ends with when no update is lost, where that can be told from the scenario alone: the int is
 * only ever changed by {@code increment} steps or by writing back a value read from it plus a constant
 * ({@code tmp = counter; counter = tmp + 1}), in threads that start once by themselves and are waited for (no manual start, no daemon, no Timer
 * that could be cancelled) and always run to their end (no {@code exit}). The script compares it with the final value
 * to count lost updates, as the run summary's {@code lostUpdates} does. A child process has its own copy
 * ({@code process/id}).
 */
final class IntendedValues {

    private IntendedValues() {
    }

    static Map<String, Long> of(Scenario s) {
        Map<String, Long> intended = new LinkedHashMap<>();
        for (ObjectDecl o : s.objects()) {
            if (o.type() != ObjectType.INT) {
                continue;
            }
            long initial = o.value() == null ? 0 : o.value();
            intended(s, o.id(), null).ifPresent(sum -> intended.put(o.id(), initial + sum));
            s.processes().forEach(p -> intended(s, o.id(), p.id())
                    .ifPresent(sum -> intended.put(p.id() + "/" + o.id(), initial + sum)));
        }
        return intended;
    }

    /** The sum of increments the process's threads make to the int, if it can be told and is not zero. */
    private static Optional<Long> intended(Scenario s, String target, String process) {
        long sum = 0;
        for (ThreadDecl t : s.threads()) {
            boolean here = process == null ? t.process() == null : process.equals(t.process());
            if (!here) {
                continue;
            }
            Optional<Long> increments = increments(t.body(), target, new HashSet<>());
            if (increments.isEmpty()) {
                return Optional.empty();
            }
            long made = increments.get();
            if (made != 0 && !"main".equals(t.id()) && (t.manual() || t.isTimer() || t.daemon())) {
                return Optional.empty();
            }
            sum += made * t.count();
        }
        return sum == 0 ? Optional.empty() : Optional.of(sum);
    }

    /** The total a body adds to the int, or empty if the body could change it in another way or end early. */
    private static Optional<Long> increments(List<Step> body, String target, Set<String> readFromTarget) {
        long sum = 0;
        for (Step step : body) {
            Optional<Long> part = switch (step) {
                case Step.Increment i -> Optional.of(i.target().equals(target) ? (i.by() == null ? 1L : i.by()) : 0L);
                case Step.Write w -> w.target().equals(target) ? writeBack(w.value(), readFromTarget) : Optional.of(0L);
                case Step.Exit e -> Optional.empty();
                case Step.With w -> increments(w.body(), target, readFromTarget);
                case Step.Repeat r -> breaks(r.body()) ? unchanged(r.body(), target, readFromTarget)
                        : increments(r.body(), target, readFromTarget).map(n -> n * r.times());
                case Step.While w -> unchanged(w.body(), target, readFromTarget);
                case Step.If i -> unchanged(i.then(), target, readFromTarget)
                        .flatMap(n -> unchanged(i.otherwise(), target, readFromTarget));
                case Step.Break b -> Optional.of(0L);
                case Step.Compute c -> Optional.of(0L);
                case Step.Io i -> Optional.of(0L);
                case Step.Sleep x -> Optional.of(0L);
                case Step.Acquire a -> Optional.of(0L);
                case Step.Release r -> Optional.of(0L);
                case Step.Wait w -> Optional.of(0L);
                case Step.Notify n -> Optional.of(0L);
                case Step.NotifyAll n -> Optional.of(0L);
                case Step.SetEvent e -> Optional.of(0L);
                case Step.ClearEvent e -> Optional.of(0L);
                case Step.Put p -> Optional.of(0L);
                case Step.Get g -> {
                    readFromTarget.remove(g.as());
                    yield Optional.of(0L);
                }
                case Step.TaskDone t -> Optional.of(0L);
                case Step.Join j -> Optional.of(0L);
                case Step.Start x -> Optional.of(0L);
                case Step.Cancel c -> Optional.of(0L);
                case Step.Read r -> {
                    if (r.target().equals(target)) {
                        readFromTarget.add(r.as());
                    } else {
                        readFromTarget.remove(r.as());
                    }
                    yield Optional.of(0L);
                }
                case Step.SpinUntil u -> Optional.of(0L);
                case Step.Print p -> Optional.of(0L);
            };
            if (part.isEmpty()) {
                return Optional.empty();
            }
            sum += part.get();
        }
        return Optional.of(sum);
    }

    /** 0 if the body leaves the int alone; empty if it may change it a number of times the scenario cannot tell. */
    private static Optional<Long> unchanged(List<Step> body, String target, Set<String> readFromTarget) {
        return increments(body, target, readFromTarget).filter(n -> n == 0);
    }

    /** Whether a break in the body (not in a loop inside it) may leave the loop early. */
    private static boolean breaks(List<Step> body) {
        for (Step s : body) {
            if (s instanceof Step.Break
                || s instanceof Step.If i && (breaks(i.then()) || breaks(i.otherwise()))
                || s instanceof Step.With w && breaks(w.body())) {
                return true;
            }
        }
        return false;
    }

    /** {@code local + k} or {@code local - k} where the local was read from the int: adds k (or -k). */
    private static Optional<Long> writeBack(String value, Set<String> readFromTarget) {
        return Expr.parse(value)
                .filter(e -> readFromTarget.contains(e.left()) && e.sign() != 0 && Expr.isLiteral(e.right()))
                .map(e -> e.sign() * Long.parseLong(e.right()));
    }
}
