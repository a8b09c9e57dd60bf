package dev.threadlab.ui.explore;

import dev.threadlab.ui.client.LabApiClient.RunAnswer;

/** Where the explorer sends a witness it replayed: the run, its scenario, and its preemptions to mark. */
@FunctionalInterface
public interface WitnessReplay {

    /** @param preemptionMarksJson {@code [{"atUs","thread"}]}: where the witness switches threads out */
    void show(RunAnswer run, String scenarioJson, String preemptionMarksJson);
}
