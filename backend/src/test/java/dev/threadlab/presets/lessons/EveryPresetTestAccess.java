package dev.threadlab.presets.lessons;

/** {@link EveryPresetTest#python3()} for tests in other packages. */
public final class EveryPresetTestAccess {

    private EveryPresetTestAccess() {
    }

    public static String python3() {
        return EveryPresetTest.python3();
    }
}
