package dev.threadlab.engine.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strings numbered in order of first use: lanes, processes and the objects threads wait on. */
final class Names {

    private final List<String> list;
    private final Map<String, Integer> index;
    /**
     * The last names asked, by identity: events name their thread, process and object with the same String instances
     * again and again, and a recorder asks for a name at every event, so most lookups end here.
     */
    private final String[] recent = new String[8];
    private final int[] recentIndex = new int[8];
    private int nextRecent;

    Names() {
        list = new ArrayList<>();
        index = new HashMap<>();
    }

    /** A copy of {@code o}, numbering the same names the same way. */
    Names(Names o) {
        list = new ArrayList<>(o.list);
        index = new HashMap<>(o.index);
    }

    /** The number of {@code name}, given on first use. */
    int of(String name) {
        for (int k = 0; k < recent.length; k++) {
            if (recent[k] == name && name != null) {
                return recentIndex[k];
            }
        }
        int i = lookUp(name);
        recent[nextRecent] = name;
        recentIndex[nextRecent] = i;
        nextRecent = (nextRecent + 1) % recent.length;
        return i;
    }

    private int lookUp(String name) {
        Integer i = index.get(name);
        if (i == null) {
            i = list.size();
            index.put(name, i);
            list.add(name);
        }
        return i;
    }

    /** Every name, by number. */
    List<String> list() {
        return list;
    }
}
