package dev.threadlab.e2e.scaleout;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Debian's HAProxy, started with the repository's {@code deploy/haproxy.cfg} in front of two nodes. */
final class Balancer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private Balancer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static Balancer start(String haproxy, int nodeA, int nodeB, Path dir) throws IOException {
        Path config = Path.of(System.getProperty("lab.deploy", "../deploy")).resolve("haproxy.cfg").toAbsolutePath();
        int port = freePort();
        Path log = dir.resolve("haproxy.log");
        ProcessBuilder builder = new ProcessBuilder(haproxy, "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LAB_HAPROXY_BIND", "127.0.0.1:" + port);
        builder.environment().put("LAB_NODE_A", "127.0.0.1:" + nodeA);
        builder.environment().put("LAB_NODE_B", "127.0.0.1:" + nodeB);
        return new Balancer(builder.start(), port, log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String http() {
        return "http://127.0.0.1:" + port;
    }

    String ws() {
        return "ws://127.0.0.1:" + port;
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
