/**
 * The simulation engine: CPython threading semantics in deterministic virtual time.
 * Depends on the JDK only (enforced by {@code ArchitectureTest}).
 */
package dev.threadlab.engine;
