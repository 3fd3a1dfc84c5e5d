package org.medialiteracy.kit.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The analysis engine stays plain Java, so it runs from the command line and tests in milliseconds. */
class EngineBoundariesTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.medialiteracy.kit.analysis", "org.medialiteracy.kit.article");

    @Test
    void engine_uses_no_spring_and_no_vaadin() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(engine);
    }

    @Test
    void article_does_not_depend_on_analysis() {
        noClasses().that().resideInAPackage("org.medialiteracy.kit.article..")
                .should().dependOnClassesThat().resideInAPackage("org.medialiteracy.kit.analysis..")
                .check(engine);
    }
}
