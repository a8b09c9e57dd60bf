package dev.threadlab.engine.sim;

import dev.threadlab.engine.model.Scenario;

/**
 * What every run of one scenario shares and never changes: the layout, the compiled thread programs and the object
 * names. The explorer makes one and reuses it for each of its (many, short) runs.
 */
public final class Blueprint {

    final Layout layout;
    final Compiler.Program[] programs;
    /** By process, then object index: {@code id} or {@code process/id}. */
    final String[][] objectNames;

    private Blueprint(Scenario scenario) {
        this.layout = new Layout(scenario);
        this.programs = Worlds.programs(scenario, layout);
        int objects = scenario.objects().size();
        this.objectNames = new String[layout.processIds.size()][objects];
        for (int p = 0; p < objectNames.length; p++) {
            for (int o = 0; o < objects; o++) {
                objectNames[p][o] = layout.objectName(p, scenario.objects().get(o).id());
            }
        }
    }

    private Footprints footprints;

    /** Any timing: what each block of each thread touches, computed on first use. */
    Footprints footprints(Scenario scenario, boolean gil) {
        if (footprints == null) {
            footprints = new Footprints(scenario, layout, programs, gil);
        }
        return footprints;
    }

    /** For a valid scenario. */
    public static Blueprint of(Scenario scenario) {
        return new Blueprint(scenario);
    }
}
