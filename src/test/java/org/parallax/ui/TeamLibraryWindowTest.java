package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.model.Article;
import org.parallax.model.Note;
import org.parallax.store.PersonDatabase;
import org.parallax.testsupport.FxWait;
import org.parallax.ui.annotate.AnnotateViewModel;
import org.parallax.ui.annotate.AnnotationLayer;
import org.parallax.ui.annotate.NoteRows;
import org.parallax.ui.common.EntityLegendModel;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.reader.EntityPanel;
import org.parallax.ui.reader.EntityPanelViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19, several people at once: bob's window and alice's library handle (her own connection and user, as her
 * window on another machine would be) on one library. A note alice adds shows in bob's notes list within seconds,
 * with her name; when both edit one note, bob's save is told who changed it, with both texts, and Keep both leaves
 * both notes.
 */
@ExtendWith(ApplicationExtension.class)
class TeamLibraryWindowTest {
    private static final int SECONDS = 10;

    @TempDir
    Path dir;
    AppContext bobCtx;
    AppContext aliceCtx;
    FxTaskRunner runner;
    MainViewModel vm;
    AnnotateViewModel annotate;
    EntityPanelViewModel entities;
    long harbourA;

    @Start
    void start(Stage stage) {
        Path library = dir.resolve("library.db");
        bobCtx = AppContext.of(PersonDatabase.open(library, "bob", false));
        aliceCtx = AppContext.of(PersonDatabase.open(library, "alice", false));
        harbourA = TestArticles.insert(bobCtx.articles(), TestArticles.harbourA());
        runner = new FxTaskRunner();
        vm = new MainViewModel(MainServices.of(bobCtx).withRecognition(Optional::empty), runner, Settings.load(dir.resolve("config")));
        MainWindow window = MainWindow.load(vm);
        annotate = new AnnotateViewModel(bobCtx.annotations(), runner);
        AnnotationLayer layer = new AnnotationLayer(window.view().readerView(), vm.reader(), annotate);
        entities = new EntityPanelViewModel(bobCtx.articles(), bobCtx.mentions(), bobCtx.entities(), new EntityLegendModel(), runner);
        EntityPanel panel = new EntityPanel(window.view().readerView(), vm.reader(), entities);
        TabPane side = new TabPane(new Tab("Entities", panel.panel()), new Tab("Annotate", layer.panel()));
        side.getSelectionModel().select(1);
        window.addSidePlace().getChildren().setAll(side);
        stage.setScene(window.createScene(1200, 760));
        stage.show();
        ExternalChanges.follow(bobCtx.changes(), vm, Platform::runLater);
        vm.start();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        bobCtx.close();
        aliceCtx.close();
    }

    private void waitUntil(BooleanSupplier condition) {
        FxWait.waitUntil(SECONDS, condition, () -> "annotate \"" + annotate.messageProperty().get() + "\", notes "
                + annotate.notesList().rows());
    }

    /** Bob's notes list as the screen shows it, copied on the FX thread (which replaces the rows as changes arrive). */
    private List<Note> bobsNotes() {
        return onFx(() -> annotate.notesList().rows().stream().map(NoteRows.Row::note).filter(n -> n != null).toList());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNoteAliceAddsAppearsInBobsNotesListWithHerName(FxRobot robot) {
        waitUntil(() -> vm.reader().getArticle() != null && annotate.articleId() == harbourA);
        Note hers = aliceCtx.annotations().notes().addArticleNote(harbourA, "Check the harbour master's figures");

        waitUntil(() -> bobsNotes().stream().anyMatch(n -> n.id() == hers.id()));
        waitUntil(() -> onFx(() -> annotate.notes().stream().anyMatch(n -> n.id() == hers.id())));
        assertEquals("alice", bobsNotes().get(0).createdBy());
        waitUntil(() -> robot.lookup(".note-byline").queryAll().stream()
                .anyMatch(l -> ((Label) l).getText().startsWith("by alice, ")));
    }

    @Test
    void bothEditingOneNoteBobIsToldAndKeepBothLeavesBothNotes(FxRobot robot) {
        waitUntil(() -> vm.reader().getArticle() != null && annotate.articleId() == harbourA);
        Note note = aliceCtx.annotations().notes().addArticleNote(harbourA, "first draft");
        ListView<NoteRows.Row> list = robot.lookup("#notesList").queryListView();
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.note() != null && r.note().id() == note.id()));
        robot.interact(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).note() != null) list.getSelectionModel().select(i);
            }
        });
        robot.clickOn("#editNote");
        TextArea editor = robot.lookup("#noteText").queryAs(TextArea.class);
        assertEquals("first draft", editor.getText());

        // alice saves first, from her own window
        aliceCtx.annotations().notes().editNote(note.id(), "alice: the figures are from March", note.version());
        robot.interact(() -> editor.setText("bob: the figures are from April"));
        robot.clickOn("#addNote");

        waitUntil(() -> robot.lookup("#noteConflict").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#noteConflict").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().startsWith("alice changed this note at "), dialog.getHeaderText());
        assertEquals("alice: the figures are from March", robot.lookup("#noteConflictTheirs").queryAs(TextArea.class).getText());
        assertEquals("bob: the figures are from April", robot.lookup("#noteConflictMine").queryAs(TextArea.class).getText());
        robot.clickOn("Keep both");

        Set<String> expected = Set.of("alice: the figures are from March", "bob: the figures are from April");
        waitUntil(() -> aliceCtx.notes().list().stream().map(Note::text).collect(Collectors.toSet()).equals(expected));
        waitUntil(() -> bobsNotes().stream().map(Note::text).collect(Collectors.toSet()).equals(expected));
        assertTrue(robot.lookup("#noteConflict").tryQuery().isEmpty(), "the dialog closed");
    }

    @Test
    void aliceMarkingAndRenamingShowsInBobsEntityPanelKeepingHisSelection(FxRobot robot) {
        waitUntil(() -> vm.reader().getArticle() != null && annotate.articleId() == harbourA);
        Article a = bobCtx.articles().get(harbourA).orElseThrow();
        int start = a.text().indexOf("Anna Lindqvist");
        long entity = aliceCtx.annotations().marks().mark(harbourA, start, start + "Anna Lindqvist".length(), "P").mention().entityId();

        waitUntil(() -> entities.rows().stream().anyMatch(r -> r.item() != null && Long.valueOf(entity).equals(r.item().entityId())));
        waitUntil(() -> annotate.annotations().stream().anyMatch(x -> Long.valueOf(entity).equals(x.mention().entityId())));
        robot.interact(() -> robot.lookup("#entityGroups").queryListView().getSelectionModel().select(
                entities.rows().stream().filter(r -> r.item() != null && Long.valueOf(entity).equals(r.item().entityId())).findFirst().orElseThrow()));

        aliceCtx.annotations().marks().rename(entity, 1, "Anna K. Lindqvist");
        ListView<?> groups = robot.lookup("#entityGroups").queryListView();
        waitUntil(() -> entities.rows().stream().anyMatch(r -> r.item() != null && r.item().name().equals("Anna K. Lindqvist")));
        waitUntil(() -> groups.getSelectionModel().getSelectedItem() instanceof EntityPanelViewModel.Row r && r.item() != null
                && Long.valueOf(entity).equals(r.item().entityId()));
    }
}
