package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.ObjectDecl;
import dev.threadlab.engine.model.Scenario;
import dev.threadlab.engine.model.ThreadDecl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expanded shape of a validated scenario: processes (0 = main), threads in canonical order and name tables.
 * Canonical thread order: the main thread, then each child process's main thread ({@code p/main}), then the declared
 * threads in declaration order with replicas {@code id-1 … id-N} in place.
 */
final class Layout {

    /** One expanded thread. {@code decl} is -1 for an implicit main thread; {@code timerNs} -1 when not a timer. */
    record ThreadInfo(String id, int process, int decl, boolean daemon, boolean manual, long timerNs, boolean isMain) {
    }

    final List<String> processIds = new ArrayList<>();
    final List<ThreadInfo> threads = new ArrayList<>();
    final Map<String, int[]> threadsById = new HashMap<>();
    final Map<String, Integer> processById = new HashMap<>();
    final Map<String, Integer> objectById = new HashMap<>();
    final int[] mainThreadOf;

    Layout(Scenario s) {
        processIds.add("main");
        processById.put("main", 0);
        s.processes().forEach(p -> {
            processById.put(p.id(), processIds.size());
            processIds.add(p.id());
        });
        for (int i = 0; i < s.objects().size(); i++) {
            ObjectDecl o = s.objects().get(i);
            objectById.put(o.id(), i);
        }
        mainThreadOf = new int[processIds.size()];
        addMains(s);
        for (int d = 0; d < s.threads().size(); d++) {
            addDeclared(s.threads().get(d), d);
        }
    }

    private void addMains(Scenario s) {
        int declaredMain = -1;
        for (int d = 0; d < s.threads().size(); d++) {
            if ("main".equals(s.threads().get(d).id())) {
                declaredMain = d;
            }
        }
        add(new ThreadInfo("main", 0, declaredMain, false, false, -1, true));
        for (int p = 1; p < processIds.size(); p++) {
            add(new ThreadInfo(processIds.get(p) + "/main", p, -1, false, false, -1, true));
        }
    }

    private void addDeclared(ThreadDecl t, int d) {
        if ("main".equals(t.id())) {
            return;
        }
        int process = processById.get(t.process() == null ? "main" : t.process());
        long timerNs = t.isTimer() ? Math.round(t.timerIntervalMs() * 1e6) : -1;
        int[] indices = new int[t.count()];
        for (int k = 0; k < t.count(); k++) {
            String id = t.count() == 1 ? t.id() : t.id() + "-" + (k + 1);
            indices[k] = threads.size();
            add(new ThreadInfo(id, process, d, t.daemon(), t.manual(), timerNs, false));
        }
        threadsById.put(t.id(), indices);
    }

    private void add(ThreadInfo info) {
        if (info.isMain()) {
            mainThreadOf[info.process()] = threads.size();
            threadsById.put(info.id(), new int[] {threads.size()});
        }
        threads.add(info);
    }

    String objectName(int process, String id) {
        return process == 0 ? id : processIds.get(process) + "/" + id;
    }
}
