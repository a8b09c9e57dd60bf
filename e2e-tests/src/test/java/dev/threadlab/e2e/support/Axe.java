package dev.threadlab.e2e.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An accessibility audit of the page the browser shows, by axe-core (the copy under {@code src/test/resources/axe},
 * WCAG 2.x A and AA rules and axe's best practices). Each violation is one line: {@code rule (impact): help — nodes}.
 */
public final class Axe {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SOURCE = load();

    private Axe() {
    }

    /** The violations of impact critical or serious on the page as it is now. */
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("if (!window.axe) { " + SOURCE + " }");
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                 nodes: v.nodes.slice(0, 6).map(n => n.target.join(' ')),
                                 why: (v.nodes[0] && v.nodes[0].failureSummary || '').slice(0, 300) })))))
                  .catch(e => done(JSON.stringify([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }])));""");
        List<String> lines = new ArrayList<>();
        for (JsonNode v : JSON.readTree(String.valueOf(answer))) {
            lines.add(v.path("id").asString() + " (" + v.path("impact").asString() + "): " + v.path("help").asString()
                    + " — " + v.path("nodes") + " — " + v.path("why").asString().replace('\n', ' '));
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
