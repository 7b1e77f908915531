package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of ../shared/docs/architecture.md: data flows one way, and only ui knows JavaFX. */
class ArchitectureTest {
    private static final String[] UI_LIBRARIES = {"javafx..", "org.fxmisc..", "org.controlsfx..", "com.calendarfx..", "atlantafx.."};
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        // test classes live in */test-classes/ whatever the build folder is called (-Dparallax.buildDir)
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        classes = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.parallax");
    }

    @Test
    void corePackagesNeverImportJavaFx() {
        noClasses().that().resideInAnyPackage("org.parallax.model..", "org.parallax.store..", "org.parallax.ingest..",
                        "org.parallax.nlp..", "org.parallax.compare..", "org.parallax.calendar..", "org.parallax.export..",
                        "org.parallax.app..", "org.parallax.annotation..", "org.parallax.text..")
                .should().dependOnClassesThat().resideInAnyPackage(UI_LIBRARIES)
                .because("core services must run from the command line and in tests without a toolkit")
                .check(classes);
    }

    @Test
    void servicesNeverCallTheUi() {
        noClasses().that().resideOutsideOfPackages("org.parallax.ui..", "org.parallax")
                .should().dependOnClassesThat().resideInAPackage("org.parallax.ui..")
                .because("data flows one way: the ui calls services, services never call the ui")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.parallax.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store..", "org.parallax.ingest..",
                        "org.parallax.nlp..", "org.parallax.compare..", "org.parallax.calendar..", "org.parallax.export..",
                        "org.parallax.app..", "org.parallax.ui..", "org.parallax.annotation..")
                .because("model records are plain data that every layer shares")
                .check(classes);
    }

    @Test
    void textRulesSitJustAboveTheModel() {
        noClasses().that().resideInAPackage("org.parallax.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store..", "org.parallax.ingest..",
                        "org.parallax.nlp..", "org.parallax.compare..", "org.parallax.calendar..", "org.parallax.export..",
                        "org.parallax.app..", "org.parallax.ui..", "org.parallax.annotation..")
                .because("sentence, month-name and Markdown rules are shared by every layer, so they may know only the model")
                .check(classes);
        noClasses().that().resideInAPackage("org.parallax.model..")
                .should().dependOnClassesThat().resideInAPackage("org.parallax.text..")
                .because("model records stay plain data; text rules work on them, not the other way round")
                .check(classes);
    }

    @Test
    void storeKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.parallax.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ingest..", "org.parallax.nlp..",
                        "org.parallax.compare..", "org.parallax.calendar..", "org.parallax.export..", "org.parallax.app..",
                        "org.parallax.annotation..")
                .because("persistence sits below every service and must not know them")
                .check(classes);
    }

    @Test
    void annotationSitsOnTheStoreOnly() {
        noClasses().that().resideInAPackage("org.parallax.annotation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ingest..", "org.parallax.nlp..",
                        "org.parallax.compare..", "org.parallax.calendar..", "org.parallax.export..", "org.parallax.app..",
                        "org.parallax.ui..")
                .because("annotation edits and their undo history are one core service over the store: the app, "
                        + "annotation import (export) and the ui use it, never the other way round")
                .check(classes);
    }

    @Test
    void nlpAndCompareArePureOverTheModel() {
        noClasses().that().resideInAnyPackage("org.parallax.nlp..", "org.parallax.compare..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ingest..", "org.parallax.calendar..",
                        "org.parallax.export..", "org.parallax.app..")
                .because("recognition and comparison are functions over articles, usable by any later stage")
                .check(classes);
    }

    @Test
    void ingestDoesNotReachForLaterStages() {
        noClasses().that().resideInAPackage("org.parallax.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.nlp..", "org.parallax.compare..",
                        "org.parallax.calendar..", "org.parallax.export..", "org.parallax.app..")
                .because("import comes first in the flow and must not depend on what follows it")
                .check(classes);
    }

    @Test
    void noSystemOutOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.parallax.app.cli..", "org.parallax")
                .should().accessField(System.class, "out")
                .because("logging goes through java.util.logging; only the command line prints its own output")
                .check(classes);
    }
}
