package org.medialiteracy.kit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/** The scoring core and the lesson model and format stay plain Java; only the lesson services are Spring beans. */
class LessonAndScoringBoundariesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.medialiteracy.kit.lesson", "org.medialiteracy.kit.scoring");

    @Test
    void scoring_uses_only_the_jdk_the_lesson_model_and_the_label_model() {
        classes().that().resideInAPackage("org.medialiteracy.kit.scoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.medialiteracy.kit.scoring..",
                        "org.medialiteracy.kit.lesson..", "org.medialiteracy.kit.analysis..")
                .check(classes);
    }

    @Test
    void the_lesson_model_and_file_format_import_no_spring_and_no_vaadin() {
        noClasses().that().resideInAPackage("org.medialiteracy.kit.lesson..")
                .and().areNotAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void the_lesson_package_does_not_depend_on_scoring() {
        noClasses().that().resideInAPackage("org.medialiteracy.kit.lesson..")
                .should().dependOnClassesThat().resideInAPackage("org.medialiteracy.kit.scoring..")
                .check(classes);
    }
}
