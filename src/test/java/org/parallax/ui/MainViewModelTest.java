package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.model.Block;
import org.parallax.model.EntityType;
import org.parallax.model.NlpStatus;
import org.parallax.model.RecognitionLanguage;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.MentionRepository;
import org.parallax.ui.common.EntityLegendModel;
import org.parallax.ui.common.ImmediateTaskRunner;
import org.parallax.ui.reader.EntityPanelViewModel;

class MainViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    Settings settings;
    MainViewModel vm;

    @BeforeEach
    void setUp() {
        ctx = AppContext.open(dir.resolve("library.db"));
        settings = Settings.load(dir.resolve("config"));
        vm = new MainViewModel(MainServices.of(ctx)
                .withRecognition(() -> Optional.of(ctx.nlp(new SampleRecognizer()))), new ImmediateTaskRunner(), settings);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void importListsAndOpensTheFirstNewArticle() throws Exception {
        Path f = Files.writeString(dir.resolve("story.txt"), "Ferry strike ends\nThe ferries run again from Monday.\n");
        vm.importPaths(List.of(f));
        assertEquals(1, vm.library().visibleArticles().size());
        assertEquals("Ferry strike ends", vm.reader().titleProperty().get());
        assertEquals("1 imported, 0 already in the library, 0 failed", vm.taskMessageProperty().get());
        assertEquals(OptionalLong.of(vm.reader().getArticle().id()), settings.lastArticleId());
    }

    /** An entity panel wired as EntityPanel wires it (the open article, a reload on each refresh), after sample A is imported. */
    private EntityPanelViewModel panelAfterImportingSampleA() {
        vm.loadRecognition();
        EntityPanelViewModel panel = new EntityPanelViewModel(ctx.articles(), new MentionRepository(ctx.database()),
                ctx.annotations().entities(), new EntityLegendModel(), new ImmediateTaskRunner());
        vm.reader().articleProperty().addListener((o, was, now) -> panel.open(now == null ? -1 : now.id()));
        vm.reader().refreshCountProperty().addListener((o, was, now) -> panel.reload());
        vm.importPaths(List.of(SampleArticles.dir().resolve("story1-outlet-a.txt")));
        return panel;
    }

    @Test
    void recognitionAfterImportRefreshesTheOpenArticlesEntities() {
        EntityPanelViewModel panel = panelAfterImportingSampleA();
        assertEquals(1, vm.reader().refreshCountProperty().get(), "the reader is told once recognition ends");
        assertTrue(panel.group(EntityType.PERSON).orElseThrow().items().stream().anyMatch(i -> i.name().equals("Derek Chollet")));
        assertTrue(panel.legend().count(EntityType.PERSON) > 0);
    }

    @Test
    void articleRecogniseAsStoresTheLanguageAndRecognisesTheOpenArticleAgain() {
        EntityPanelViewModel panel = panelAfterImportingSampleA();
        RecognitionControl control = vm.recognitionControl();
        assertEquals(RecognitionLanguage.FROM_TEXT, control.languageProperty().get());
        assertTrue(panel.group(EntityType.PERSON).isPresent());

        control.recogniseAs(RecognitionLanguage.OTHER);
        assertEquals(RecognitionLanguage.OTHER, control.languageProperty().get());
        assertTrue(panel.group(EntityType.PERSON).isEmpty(), "recognised again, as not English: " + panel.rows());
        assertEquals(EntityPanelViewModel.SAID_OTHER, panel.emptyTextProperty().get());
        long id = vm.reader().getArticle().id();
        assertEquals(RecognitionLanguage.OTHER, ctx.articles().recognitionLanguage(id), "kept in the library");

        control.recogniseAs(RecognitionLanguage.FROM_TEXT);
        assertTrue(panel.group(EntityType.PERSON).orElseThrow().items().stream().anyMatch(i -> i.name().equals("Derek Chollet")));
        assertEquals(RecognitionLanguage.FROM_TEXT, ctx.articles().recognitionLanguage(id));
    }

    @Test
    void aDateBorrowedFromTheStoryShowsInTheLibraryListOnceRecognitionEnds() {
        vm.loadRecognition();
        vm.importPaths(List.of(SampleArticles.dir().resolve("story1-outlet-a.txt"), SampleArticles.dir().resolve("story1-outlet-b.txt")));
        var rows = vm.library().articles();
        assertEquals(2, rows.size());
        var b = rows.stream().filter(r -> r.publishedSource() == org.parallax.model.DateSource.SAME_STORY).findFirst();
        assertTrue(b.isPresent(), "outlet B's row carries the borrowed date: " + rows);
        assertEquals(ctx.articles().get(b.get().id()).orElseThrow().meta().published(), b.get().published());
    }

    @Test
    void startImportsTheStartupPathsAndShowsTheFirstInsteadOfTheSamples() throws Exception {
        Path f = Files.writeString(dir.resolve("opened.txt"), "Dock workers vote to strike\nThe vote was close.\n");
        vm.setStartupPaths(List.of(f));
        vm.start();
        assertEquals(1, vm.library().visibleArticles().size());
        assertEquals("Dock workers vote to strike", vm.reader().titleProperty().get());
    }

    @Test
    void aboutListsTheVersionAndTheBundledLicences() {
        assertTrue(vm.aboutText().startsWith("Parallax "));
        String licences = vm.licencesText();
        assertTrue(licences.contains("Stanford CoreNLP") && licences.contains("GPL-3.0-or-later"), licences);
        assertTrue(licences.contains("OpenJFX") && licences.contains("Classpath Exception"), licences);
    }

    @Test
    void failedFilesGetOneLineEach() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Title\nBody.\n");
        Path bad = dir.resolve("missing.txt");
        vm.importPaths(List.of(good, bad));
        assertTrue(vm.lastImportProperty().get().hasFailures());
        List<String> lines = MainViewModel.failureLines(vm.lastImportProperty().get());
        assertEquals(List.of(bad + ": failed, does not exist"), lines);
    }

    @Test
    void startReopensTheLastArticleRead() {
        TestArticles.insert(ctx.articles(), TestArticles.harbourA());
        long b = TestArticles.insert(ctx.articles(), TestArticles.harbourB());
        settings.setLastArticleId(b);
        vm.start();
        assertEquals("Bridge opening marred by protest over costs", vm.reader().titleProperty().get());
        assertEquals(b, vm.library().selectedIdProperty().get());
    }

    @Test
    void startOpensTheNewestArticleWhenTheLastOneIsGone() {
        TestArticles.insert(ctx.articles(), TestArticles.harbourA());
        settings.setLastArticleId(999);
        vm.start();
        assertEquals("Minister opens new harbour bridge in Port Elling", vm.reader().titleProperty().get());
    }

    @Test
    void startOnAnEmptyLibraryImportsTheBundledSamples() {
        assertNotNull(MainViewModel.class.getResource(MainViewModel.SAMPLES.get(0)), "the sample pair is bundled");
        vm.start();
        assertEquals(MainViewModel.SAMPLES.size(), ctx.articles().count());
        assertNotNull(vm.reader().getArticle());
    }

    @Test
    void failedRecognitionIsNamedInTheStatusBarAndRetriedFromTheMenu() throws Exception {
        boolean[] refuse = {true};
        SampleRecognizer inner = new SampleRecognizer();
        Recognizer refusing = new Recognizer() {
            @Override
            public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
                if (refuse[0] && text.startsWith("Dock")) throw new IllegalArgumentException("cannot tokenise this text");
                return inner.recognize(text, blocks, docDate);
            }

            @Override
            public String version() {
                return "sample-1";
            }
        };
        MainViewModel window = new MainViewModel(MainServices.of(ctx).withRecognition(() -> Optional.of(ctx.nlp(refusing))),
                new ImmediateTaskRunner(), settings);
        window.loadRecognition();
        assertEquals("", window.recognitionFailuresProperty().get());
        Path f = Files.writeString(dir.resolve("dock.txt"), "Dock workers vote to strike\nThe vote in Lahore was close.\n");
        window.importPaths(List.of(f));
        assertEquals("Entities: 1 article failed (recogniser rejected the text)", window.recognitionFailuresProperty().get());

        refuse[0] = false;
        window.retryFailedRecognition();
        assertEquals("", window.recognitionFailuresProperty().get());
        long id = window.reader().getArticle().id();
        assertEquals(NlpStatus.DONE, ctx.nlp(refusing).states().get(id).orElseThrow().status());
        assertEquals("Recognised entities in 1 article", window.taskMessageProperty().get());
    }

    @Test
    void themeAndZoomAreRememberedWithinTheirSteps() throws Exception {
        vm.toggleTheme();
        for (int i = 0; i < 20; i++) vm.zoomIn();
        assertEquals("zoom-" + Settings.MAX_ZOOM, vm.zoomStyleClassBinding().get());
        vm.zoomOut();
        vm.saveSettings();
        Settings back = Settings.load(dir.resolve("config"));
        assertEquals(Settings.Theme.DARK, back.theme());
        assertEquals(Settings.MAX_ZOOM - 1, back.zoom());
        vm.resetZoom();
        assertEquals(Settings.DEFAULT_ZOOM, vm.zoomProperty().get());
    }
}
