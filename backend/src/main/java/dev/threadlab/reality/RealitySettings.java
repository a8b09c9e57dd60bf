package dev.threadlab.reality;

import java.util.Map;

/**
 * How the server runs exported scripts in real CPython.
 *
 * @param python        the interpreter ({@code LAB_PYTHON}, default {@code python3} on the PATH), e.g. a
 *                      free-threaded {@code python3.13t}
 * @param targetSeconds a scenario longer than this is scaled down to take about this long ({@code LAB_REALITY_SECONDS})
 * @param timeoutSeconds wall-clock limit of one script run ({@code LAB_REALITY_TIMEOUT_S})
 * @param parallel      scripts running at once; one more is a 429 ({@code LAB_REALITY_PARALLEL}, one per CPU)
 */
public record RealitySettings(String python, double targetSeconds, int timeoutSeconds, int parallel) {

    public static RealitySettings defaults() {
        return new RealitySettings("python3", 10, 60, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public static RealitySettings fromEnvironment(Map<String, String> env) {
        RealitySettings d = defaults();
        return new RealitySettings(env.getOrDefault("LAB_PYTHON", d.python),
                Double.parseDouble(env.getOrDefault("LAB_REALITY_SECONDS", String.valueOf(d.targetSeconds))),
                Integer.parseInt(env.getOrDefault("LAB_REALITY_TIMEOUT_S", String.valueOf(d.timeoutSeconds))),
                Integer.parseInt(env.getOrDefault("LAB_REALITY_PARALLEL", String.valueOf(d.parallel))));
    }

    public RealitySettings withPython(String p) {
        return new RealitySettings(p, targetSeconds, timeoutSeconds, parallel);
    }

    public RealitySettings withTargetSeconds(double s) {
        return new RealitySettings(python, s, timeoutSeconds, parallel);
    }
}
