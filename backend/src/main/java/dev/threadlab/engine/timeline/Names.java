package dev.threadlab.engine.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strings numbered in order of first use: lanes, processes and the objects threads wait on. */
final class Names {

    private final List<String> list;
    private final Map<String, Integer> index;

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
