package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.calendar.CalendarService;
import org.parallax.compare.ComparisonService;
import org.parallax.export.annotations.LibraryDocs;

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
                        "org.parallax.app..", "org.parallax.annotation..", "org.parallax.text..", "org.parallax.web..", "org.parallax.feeds..")
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
                        "org.parallax.app..", "org.parallax.ui..", "org.parallax.annotation..", "org.parallax.feeds..")
                .because("model records are plain data that every layer shares")
                .check(classes);
    }

    @Test
    void textRulesSitJustAboveTheModel() {
        noClasses().that().resideInAPackage("org.parallax.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.store..", "org.parallax.ingest..",
                        "org.parallax.nlp..", "org.parallax.compare..", "org.parallax.calendar..", "org.parallax.export..",
                        "org.parallax.app..", "org.parallax.ui..", "org.parallax.annotation..", "org.parallax.feeds..")
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
                        "org.parallax.annotation..", "org.parallax.feeds..")
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
    void exportRendersWhatLowerLayersAnswer() {
        noClasses().that().resideInAPackage("org.parallax.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.compare..", "org.parallax.nlp..",
                        "org.parallax.ingest..", "org.parallax.app..")
                .because("a report shows the answers of the one owner of each (stories, comparison facts), handed to it"
                        + " by the app; an exporter that recomputed them could disagree with the window")
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
    void webCaptureSitsOnImportAndTheStore() {
        noClasses().that().resideInAPackage("org.parallax.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.nlp..", "org.parallax.compare..",
                        "org.parallax.calendar..", "org.parallax.export..", "org.parallax.app..", "org.parallax.annotation..",
                        "org.parallax.ui..", "org.parallax.feeds..")
                .because("fetching a link is a way in, like a file: it hands the page to ingest and the store, and the "
                        + "app and the ui use it, never the other way round")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.parallax.model..", "org.parallax.text..", "org.parallax.store..",
                        "org.parallax.ingest..")
                .should().dependOnClassesThat().resideInAPackage("org.parallax.web..")
                .because("the layers under web capture do not know it exists")
                .check(classes);
    }

    @Test
    void feedsSitOnIngestAndTheStore() {
        noClasses().that().resideInAPackage("org.parallax.feeds..")
                .should().dependOnClassesThat().resideInAnyPackage("org.parallax.nlp..", "org.parallax.compare..",
                        "org.parallax.calendar..", "org.parallax.export..", "org.parallax.app..", "org.parallax.annotation..")
                .because("feeds bring articles in through the import path (model, store, ingest, text); the app and the"
                        + " window use them, never the other way round")
                .check(classes);
    }

    @Test
    void noSystemOutOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("org.parallax.app.cli..", "org.parallax")
                .should().accessField(System.class, "out")
                .because("logging goes through java.util.logging; only the command line prints its own output")
                .check(classes);
    }

    @Test
    void servicesAreBuiltOnlyInTheCompositionRoot() {
        noClasses().that().doNotHaveFullyQualifiedName(AppContext.class.getName())
                .should().callConstructorWhere(buildsAnother("Service", Set.of(ComparisonService.class)))
                .because("AppContext builds every service once and the window and the commands take theirs from it, "
                        + "so no screen or command works on a service of its own (ComparisonService is a stateless "
                        + "function object, not a service of the library)")
                .check(classes);
    }

    private static final String[] CORE_PACKAGES = {"org.parallax.model..", "org.parallax.store..",
            "org.parallax.ingest..", "org.parallax.nlp..", "org.parallax.compare..", "org.parallax.calendar..",
            "org.parallax.export..", "org.parallax.app..", "org.parallax.annotation..", "org.parallax.text..", "org.parallax.web..", "org.parallax.feeds.."};

    @Test
    void topLevelPackagesAreFreeOfCycles() {
        slices().matching("org.parallax.(*)..")
                .should().beFreeOfCycles()
                .because("a cycle between layers means neither can change or be tested without the other")
                .check(classes);
    }

    @Test
    void repositoriesAreBuiltOnlyInTheStoreAndTheCompositionRoot() {
        // the services named here still build their own (stateless) repositories over the library's Database, as
        // does the core annotation package (its writer and history share one transaction); they are to take AppContext's
        Set<String> legacy = Set.of(NlpService.class.getName(), CalendarService.class.getName(),
                LibraryDocs.class.getName());
        noClasses().that().resideOutsideOfPackages("org.parallax.store..", "org.parallax.annotation..")
                .and().doNotHaveFullyQualifiedName(AppContext.class.getName())
                .and(DescribedPredicate.describe("are not " + legacy, (JavaClass c) -> !legacy.contains(c.getName())))
                .should().callConstructorWhere(buildsAnother("Repository", Set.of()))
                .because("AppContext builds each repository once; screens and commands ask it, never the Database")
                .check(classes);
    }

    /**
     * A call of the constructor of one of our classes named {@code *suffix} (other than {@code except}) from another
     * class: a constructor delegating to its own class's other constructor is not building one more.
     */
    private static DescribedPredicate<JavaConstructorCall> buildsAnother(String suffix, Set<Class<?>> except) {
        return DescribedPredicate.describe("the constructor of a *" + suffix + " of ours", (JavaConstructorCall call) -> {
            JavaClass target = call.getTargetOwner();
            return target.getPackageName().startsWith("org.parallax") && target.getSimpleName().endsWith(suffix)
                    && except.stream().noneMatch(target::isEquivalentTo)
                    && !call.getOriginOwner().equals(target);
        });
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
