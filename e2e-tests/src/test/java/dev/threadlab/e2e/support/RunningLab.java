package dev.threadlab.e2e.support;

import dev.threadlab.app.LabApplication;
import dev.threadlab.server.LabSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The packaged lab, started once per test JVM on a free loopback port with a fresh data directory,
 * and stopped when the JVM exits. Starting it is the expensive part of a browser test.
 */
public final class RunningLab {

    private static volatile LabApplication lab;

    private RunningLab() {
    }

    public static synchronized String baseUrl() {
        if (lab == null) {
            lab = LabApplication.start(LabSettings.forTest(freshDataDir()));
            Runtime.getRuntime().addShutdownHook(new Thread(lab::close, "e2e-lab-stop"));
        }
        return "http://127.0.0.1:" + lab.port();
    }

    private static java.nio.file.Path freshDataDir() {
        try {
            return Files.createTempDirectory("lab-e2e-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
