package org.medialiteracy.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package boundaries of docs/ARCHITECTURE.md. */
class ArchitectureTest {

    private static final String ROOT = "org.medialiteracy.kit";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void analysis_and_scoring_cores_import_no_framework() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ROOT + ".analysis..", ROOT + ".scoring..", ROOT + ".article..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "jakarta.persistence..");
        rule.check(classes);
    }

    @Test
    void feature_packages_form_no_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void engine_does_not_reach_up_into_the_app() {
        noClasses().that().resideInAnyPackage(ROOT + ".article..", ROOT + ".analysis..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".lesson..", ROOT + ".scoring..",
                        ROOT + ".classroom..", ROOT + ".export..", ROOT + ".ui..", ROOT + ".api..")
                .check(classes);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }
}
