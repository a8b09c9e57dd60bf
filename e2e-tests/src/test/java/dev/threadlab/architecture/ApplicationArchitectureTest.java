package dev.threadlab.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The whole application's packages, UI and backend together (this module is the one whose classpath holds both):
 * no cycles between the top-level packages of {@code dev.threadlab}, and the UI reaches neither into {@code app}
 * (which starts it and hands it its API client) nor into {@code server} (which wires the backend). The backend's own
 * rules are in the backend's {@code ArchitectureTest}.
 */
class ApplicationArchitectureTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.threadlab");

    @Test
    void the_top_level_packages_have_no_cycles() {
        slices().matching("dev.threadlab.(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(false)
                .check(APPLICATION);
    }

    @Test
    void the_ui_depends_neither_on_the_application_that_starts_it_nor_on_the_server_wiring() {
        noClasses().that().resideInAPackage("dev.threadlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.threadlab.app..", "dev.threadlab.server..")
                .allowEmptyShould(false)
                .check(APPLICATION);
    }
}
