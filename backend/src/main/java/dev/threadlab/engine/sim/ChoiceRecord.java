package dev.threadlab.engine.sim;

/** The choices a run has made so far, read in place (a view: it grows as the run goes on). */
public interface ChoiceRecord {

    /** The index chosen at choice {@code i}. */
    int chosen(int i);

    /** Whether choice {@code i} took a preemption: switched out a thread that could have gone on. */
    boolean preemptive(int i);
}
