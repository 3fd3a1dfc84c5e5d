package org.medialiteracy.kit.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ExportArchitectureTest {

    @Test
    void exports_know_no_vaadin_no_web_layer_and_no_repositories() {
        noClasses().that().resideInAPackage("org.medialiteracy.kit.export..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.medialiteracy.kit.ui..",
                        "org.medialiteracy.kit.api..", "org.springframework.web..", "jakarta.servlet..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.medialiteracy.kit.export"));
    }
}
