package dev.threadlab;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts the code cites are in the repository ({@code docs/DESIGN.md}, {@code docs/STYLE.md}, ...), and every
 * section a source, test or document cites ("DESIGN.md §3.1", "STYLE.md §1", "cpython-3.11.md section F") exists
 * there: a heading of DESIGN.md, a numbered rule of STYLE.md's "What that means here", a lettered section of the
 * CPython reference.
 */
class ContractCitationsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern DESIGN_OR_STYLE = Pattern.compile("(DESIGN|STYLE)\\.md\\s*§\\s*(\\d+(?:\\.\\d+)*)");
    private static final Pattern REFERENCE = Pattern.compile("cpython-3\\.11\\.md\\}?\\s+sections?\\s+([A-Z])\\b");
    private static final Set<String> TEXT = Set.of("java", "ts", "md", "json", "xml", "sql", "pml", "properties");
    private static final Set<String> NOT_SOURCES = Set.of(".git", "target", "node_modules", ".tools", "data", "generated",
            "bundles");

    @Test
    void the_cited_contracts_are_in_docs() {
        for (String document : List.of("DESIGN.md", "STYLE.md", "STACK.md", "reference/cpython-3.11.md")) {
            assertThat(ROOT.resolve("docs").resolve(document)).as(document).isRegularFile();
        }
    }

    @Test
    void every_cited_section_exists() throws IOException {
        Set<String> design = sections(Pattern.compile("(?m)^#{2,}\\s+(\\d+(?:\\.\\d+)*)\\.?\\s"), "DESIGN.md");
        Set<String> style = sections(Pattern.compile("(?m)^(\\d+)\\.\\s"), "STYLE.md");
        Set<String> reference = sections(Pattern.compile("(?m)^##\\s+([A-Z])\\.\\s"), "reference/cpython-3.11.md");
        assertThat(design).contains("1", "2", "3", "3.1", "4", "5");

        List<String> missing = new ArrayList<>();
        int citations = 0;
        for (Path file : sources()) {
            String text = Files.readString(file);
            Matcher m = DESIGN_OR_STYLE.matcher(text);
            while (m.find()) {
                citations++;
                if (!(m.group(1).equals("DESIGN") ? design : style).contains(m.group(2))) {
                    missing.add(ROOT.relativize(file) + ": " + m.group());
                }
            }
            Matcher r = REFERENCE.matcher(text);
            while (r.find()) {
                citations++;
                if (!reference.contains(r.group(1))) {
                    missing.add(ROOT.relativize(file) + ": " + r.group());
                }
            }
        }
        assertThat(citations).as("citations found").isGreaterThan(50);
        assertThat(missing).as("citations of sections the contracts do not have").isEmpty();
    }

    private static Set<String> sections(Pattern heading, String document) throws IOException {
        Matcher m = heading.matcher(Files.readString(ROOT.resolve("docs").resolve(document)));
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> TEXT.contains(extension(file)))
                    .filter(file -> Stream.iterate(ROOT.relativize(file), p -> p != null, Path::getParent)
                            .noneMatch(p -> NOT_SOURCES.contains(p.getFileName().toString())))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
