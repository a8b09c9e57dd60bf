package dev.threadlab.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.util.Map;

/**
 * Keeps the packaged lab's own jar open as a zip file system for the life of the process. Vaadin's static file server
 * asks, for every file it serves from a jar, whether the path is a directory: it opens the jar as a file system and
 * closes it again unless one was open already, and opening means reading the whole jar's directory (about 20 ms of
 * CPU per file for the lab's jar: a new browser's page load fetches dozens). With this one open, it reuses it.
 */
final class OwnJar {

    private static final Logger LOG = LoggerFactory.getLogger(OwnJar.class);
    /** Never closed: the process owns it. */
    private static volatile FileSystem open;

    private OwnJar() {
    }

    static synchronized void keepOpen() {
        URL probe = OwnJar.class.getResource("/webapp/ROOT.txt");
        if (open != null || probe == null || !"jar".equals(probe.getProtocol())) {
            return; // classes from a directory (tests): nothing to keep
        }
        String spec = probe.toString();
        URI jar = URI.create(spec.substring(0, spec.indexOf("!/")));
        try {
            open = FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException already) {
            open = FileSystems.getFileSystem(jar);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not keep {} open; static files will cost more to serve", jar, e);
        }
    }
}
