package dev.threadlab;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The engine is the product's core and must stay a pure-JDK library (docs/DESIGN.md §1, docs/STYLE.md §1):
 * web, persistence, rooms and UI are adapters around it, never inside it. The top-level packages of
 * {@code dev.threadlab} are features (runs, rooms, presets, persistence, ...): no two of them depend on each other
 * both ways, however long the loop, and none reaches up into {@code server}, the one place where they are wired.
 */
class ArchitectureTest {

    private static final JavaClasses BACKEND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.threadlab");

    @Test
    void engine_depends_on_the_jdk_only() {
        classes().that().resideInAPackage("dev.threadlab.engine..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.threadlab.engine..", "java..")
                .allowEmptyShould(false)   // a rule that checks no class (the engine moved) fails
                .check(BACKEND);
    }

    @Test
    void engine_does_not_depend_on_its_adapters() {
        classes().that().resideInAPackage("dev.threadlab.engine..")
                .should().onlyDependOnClassesThat()
                .resideOutsideOfPackages("dev.threadlab.api..", "dev.threadlab.persistence..",
                        "dev.threadlab.rooms..", "dev.threadlab.presets..", "dev.threadlab.server..")
                .allowEmptyShould(false)   // a rule that checks no class (the engine moved) fails
                .check(BACKEND);
    }

    @Test
    void the_feature_packages_have_no_cycles() {
        slices().matching("dev.threadlab.(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(false)
                .check(BACKEND);
    }

    @Test
    void only_the_server_package_wires_the_features() {
        noClasses().that().resideOutsideOfPackage("dev.threadlab.server..")
                .should().dependOnClassesThat().resideInAPackage("dev.threadlab.server..")
                .allowEmptyShould(false)
                .check(BACKEND);
    }
}
