package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering: model at the bottom, then store, ingest, nlp and compare, calendar and export, app (services and the
 * command line), ui on top. Data flows one way, only ui knows JavaFX, and no package depends on one above it.
 */
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
                        "org.parallax.app..")
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
                        "org.parallax.app..", "org.parallax.ui..")
                .because("model records are plain data that every layer shares")
                .check(classes);
    }

    @Test
    void storeKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.parallax.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.ingest..", "org.parallax.nlp..",
                        "org.parallax.compare..", "org.parallax.calendar..", "org.parallax.export..", "org.parallax.app..")
                .because("persistence sits below every service and must not know them")
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

    private static final String[] CORE_PACKAGES = {"org.parallax.model..", "org.parallax.store..",
            "org.parallax.ingest..", "org.parallax.nlp..", "org.parallax.compare..", "org.parallax.calendar..",
            "org.parallax.export..", "org.parallax.app.."};

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.parallax.(*)..")
                .should().beFreeOfCycles()
                .because("a cycle between layers means neither can change or be tested without the other")
                .check(classes);
    }

    @Test
    void uiScreensAreFreeOfCycles() {
        slices().matching("org.parallax.ui.(*)..")
                .should().beFreeOfCycles()
                .because("each screen's package depends on ui.common and on the screens it opens, never in a circle")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchNodes() {
        noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
                .should().dependOnClassesThat().areAssignableTo(javafx.scene.Node.class)
                .orShould().dependOnClassesThat().resideInAPackage("javafx.stage..")
                .because("a view model holds state and commands as properties and lists; the View owns the Nodes and"
                        + " windows, so the view model can be tested without a scene")
                .check(classes);
    }

    @Test
    void corePackagesNeverPrintToTheConsole() {
        noClasses().that().resideInAnyPackage(CORE_PACKAGES)
                .and().resideOutsideOfPackage("org.parallax.app.cli..")
                // opt-in start-up trace (-Dparallax.startupTrace=true) whose documented output is stderr
                .and().doNotHaveFullyQualifiedName("org.parallax.app.StartupTrace")
                .should().accessField(System.class, "err")
                .orShould().accessField(System.class, "out")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("core code reports through java.util.logging or exceptions; only the command line prints"
                        + " its own output, so a library user never sees stray console text")
                .check(classes);
    }
}
