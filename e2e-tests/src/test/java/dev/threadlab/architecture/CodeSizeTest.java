package dev.threadlab.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.LineNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's size rules where the parts meet: no source file over {@value #MAX_FILE_LINES} lines and no method over
 * {@value #MAX_METHOD_LINES} in the room protocol ({@code rooms}), the classroom's panels ({@code ui.classroom}) and
 * the engine. A method's length is read from its compiled line table (the JDK's ClassFile API), from its first to its
 * last line of code, plus its signature and closing brace; a lambda is a method of its own. A constructor's line table
 * also holds the class's field initialisers, so only its own block of lines counts; a class's static initialiser
 * ({@code <clinit>}: its constants and static fields, an enum's values) is declarations, not a method, and is not
 * counted.
 */
class CodeSizeTest {

    private static final int MAX_FILE_LINES = 300;
    private static final int MAX_METHOD_LINES = 40;
    /** A constructor's own lines are those after the last gap of more than this many lines (field initialisers). */
    private static final int INITIALISER_GAP = 5;
    private static final List<String> PACKAGES = List.of("dev.threadlab.rooms", "dev.threadlab.ui.classroom",
            "dev.threadlab.engine");
    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("../backend/src/main/java"),
            Path.of("../frontend/src/main/java"));

    @Test
    void no_source_file_is_over_300_lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        int files = 0;
        for (String pkg : PACKAGES) {
            for (Path root : SOURCE_ROOTS) {
                Path dir = root.resolve(pkg.replace('.', '/'));
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> sources = Files.walk(dir)) {
                    for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                        files++;
                        long lines = Files.readAllLines(source).size();
                        if (lines > MAX_FILE_LINES) {
                            tooLong.add(root.relativize(source) + ": " + lines + " lines");
                        }
                    }
                }
            }
        }
        assertThat(files).as("source files found under %s", SOURCE_ROOTS).isGreaterThan(100);
        assertThat(tooLong).as("files over %d lines", MAX_FILE_LINES).isEmpty();
    }

    @Test
    void no_method_is_over_40_lines() {
        List<JavaClass> classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PACKAGES).stream().toList();
        List<String> tooLong = new ArrayList<>();
        int methods = 0;
        for (JavaClass type : classes) {
            for (MethodModel method : ClassFile.of().parse(bytes(type)).methods()) {
                int length = length(method);
                methods += length > 0 ? 1 : 0;
                if (length > MAX_METHOD_LINES) {
                    tooLong.add(type.getName() + "." + method.methodName().stringValue() + ": " + length + " lines");
                }
            }
        }
        assertThat(methods).as("methods with code in %s", PACKAGES).isGreaterThan(1000);
        assertThat(tooLong).as("methods over %d lines", MAX_METHOD_LINES).isEmpty();
    }

    /** From the signature to the closing brace: the span of the method's lines of code, plus those two lines. */
    static int length(MethodModel method) {
        TreeSet<Integer> lines = new TreeSet<>();
        method.code().ifPresent(code -> {
            for (CodeElement element : code) {
                if (element instanceof LineNumber line) {
                    lines.add(line.line());
                }
            }
        });
        if (lines.isEmpty()) {
            return 0;
        }
        int first = lines.first();
        if (method.methodName().equalsString("<clinit>")) {
            return 0;
        }
        if (method.methodName().equalsString("<init>")) {
            for (int line : lines) {
                Integer previous = lines.lower(line);
                if (previous != null && line - previous > INITIALISER_GAP) {
                    first = line;
                }
            }
        }
        return lines.last() - first + 1 + 2;
    }

    private static byte[] bytes(JavaClass type) {
        String resource = type.getName().replace('.', '/') + ".class";
        try (InputStream in = CodeSizeTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("class file %s", resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
