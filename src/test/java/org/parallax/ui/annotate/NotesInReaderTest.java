package org.parallax.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.Settings;
import org.parallax.model.EntityType;
import org.parallax.model.Note;
import org.parallax.testsupport.FxWait;
import org.parallax.ui.MainWindow;
import org.parallax.ui.common.EntityLegend;
import org.parallax.ui.common.EntityLegendModel;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.common.Themes;
import org.parallax.ui.reader.ReaderDocument;
import org.parallax.ui.reader.ReaderView;
import org.parallax.ui.reader.ReaderViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notes you can see, on the two imported sample articles in a real library with the real background runner (headless
 * Monocle): a noted passage is boxed and marked in the margin in the note colour, hovering shows its note, the notes
 * list groups every note by article and filters them, clicking a note opens its article with the whole passage
 * selected; and the reader keeps its scroll position when a legend chip is toggled, its chips wrapping when zoomed.
 */
@ExtendWith(ApplicationExtension.class)
class NotesInReaderTest {
    /** The light theme's accent (-color-accent-fg), which is the colour the PDF report marks notes with (PdfReportJob.ACCENT). */
    static final Color NOTE_COLOUR = Color.web("#0969da");

    @TempDir
    Path dir;
    AnnotationLibrary lib;
    FxTaskRunner runner;
    ReaderViewModel readerVm;
    AnnotateViewModel vm;
    AnnotationLayer layer;
    ReaderView reader;
    EntityLegend legend;
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        lib = new AnnotationLibrary(dir);
        runner = new FxTaskRunner();
        readerVm = new ReaderViewModel(lib.articles, runner);
        vm = new AnnotateViewModel(lib.service, runner);
        FXMLLoader loader = new FXMLLoader(ReaderView.class.getResource("reader.fxml"));
        loader.setControllerFactory(t -> new ReaderView(readerVm));
        Parent root = loader.load();
        reader = loader.getController();
        layer = new AnnotationLayer(reader, readerVm, vm);
        EntityLegendModel model = new EntityLegendModel();
        legend = new EntityLegend(model);
        reader.metaRow().getChildren().add(legend);
        HBox.setHgrow(legend, Priority.ALWAYS);
        layer.showTypes(model.visibleTypes());
        HBox box = new HBox(root, layer.panel());
        HBox.setHgrow(root, Priority.ALWAYS);
        Application.setUserAgentStylesheet(Themes.userAgentStylesheet(Settings.Theme.LIGHT));
        Scene scene = new Scene(box, 1100, 640);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown() {
        runner.close();
        lib.close();
    }

    private void waitUntil(BooleanSupplier condition) {
        FxWait.waitUntil(condition, () -> "annotate status \"" + vm.messageProperty().get() + "\"");
    }

    /** The value of {@code c} computed on the FX thread (layout queries must be). */
    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private StyleClassedTextArea text(FxRobot robot) {
        return robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
    }

    /** Opens {@code article} and waits until its text and annotations are shown. */
    private void open(FxRobot robot, long article) {
        robot.interact(() -> readerVm.open(article));
        waitUntil(() -> readerVm.getArticle() != null && readerVm.getArticle().id() == article && vm.articleId() == article
                && text(robot).getLength() > 0);
    }

    private Note note(long article, String passage, String markdown) {
        int[] at = lib.find(article, passage);
        return lib.service.notes().addPassageNote(article, at[0], at[1], markdown);
    }

    private ReaderDocument.Range shown(String passage) {
        int[] at = lib.find(readerVm.getArticle().id(), passage);
        return readerVm.documentProperty().get().displayRange(at[0], at[1]);
    }

    @Test
    void aNotedPassageIsBoxedAndMarkedInTheMarginInTheNoteColourAndHoverShowsTheNote(FxRobot robot) {
        String passage = "policy-oriented strategies";
        note(lib.a, passage, "Whose **policy**?\n\n- ask the State Department");
        open(robot, lib.a);
        ReaderDocument.Range r = shown(passage);
        waitUntil(() -> text(robot).getStyleOfChar(r.start() + 1).contains(NoteMarks.PASSAGE));
        assertTrue(text(robot).getStyleOfChar(r.end() - 1).contains(NoteMarks.PASSAGE), "the whole passage is marked");
        assertFalse(text(robot).getStyleOfChar(r.start() - 2).contains(NoteMarks.PASSAGE), "nothing before it is");
        assertFalse(text(robot).getStyleOfChar(r.end() + 1).contains(NoteMarks.PASSAGE), "nothing after it is");

        robot.interact(() -> text(robot).showParagraphAtCenter(text(robot).offsetToPosition(r.start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        // the passage's paragraph has a bar in the margin, in the note colour; the paragraphs without a note have none
        waitUntil(() -> robot.lookup(".note-gutter-mark").tryQuery().isPresent());
        Region bar = robot.lookup(".note-gutter-mark").queryAs(Region.class);
        assertTrue(bar.getWidth() > 0 && bar.getHeight() > 0 && bar.isVisible(), "the margin bar has a size");
        assertEquals(NOTE_COLOUR, bar.getBackground().getFills().get(0).getFill(), "the bar is in the note colour");
        assertEquals(1, robot.lookup(".note-gutter-mark").queryAll().size(), "only that paragraph is marked");
        assertTrue(robot.lookup(".note-gutter").queryAll().size() > 1);

        Bounds chars = fx(() -> text(robot).getCharacterBoundsOnScreen(r.start() + 2, r.start() + 8).orElseThrow());
        robot.moveTo(new Point2D(chars.getCenterX(), chars.getCenterY()));
        robot.moveBy(2, 0);
        waitUntil(() -> layer.noteCard().isShowing());
        assertEquals("Whose policy?\n• ask the State Department", layer.noteCard().getText(), "the card shows the whole note, read");
        assertTrue(layer.noteCard().getY() + layer.noteCard().getHeight() <= chars.getMinY() + 1, "above the line, not over it");
        ReaderDocument.Range other = shown("Landberg");
        Bounds elsewhere = fx(() -> text(robot).getCharacterBoundsOnScreen(other.start(), other.end()).orElseThrow());
        robot.moveTo(new Point2D(elsewhere.getCenterX(), elsewhere.getCenterY()));
        robot.moveBy(2, 0);
        waitUntil(() -> !layer.noteCard().isShowing());
        robot.moveTo("#annotatePanel"); // off the text, so no hover is pending when the next test replaces it
    }

    @Test
    void theNotesListGroupsEveryNoteByArticleShowsWholeNotesAndFilters(FxRobot robot) {
        String longNote = "A long note that must be shown whole in the list, wrapped over several lines rather than cut "
                + "off with an ellipsis at the edge of the narrow side panel, so the end of it can be read: the END.";
        note(lib.a, "border security", longNote);
        note(lib.a, "Derek Chollet", "Counselor, visited in February");
        note(lib.b, "Landberg", "Compare the spelling of this name");
        open(robot, lib.b);
        ListView<NoteRows.Row> list = robot.lookup("#notesList").queryListView();
        waitUntil(() -> list.getItems().size() == 5);
        List<NoteRows.Row> rows = List.copyOf(list.getItems());
        assertTrue(rows.get(0).heading() && rows.get(0).articleId() == lib.a && rows.get(0).count() == 2, rows.toString());
        assertEquals(List.of("border security", "Derek Chollet"), List.of(rows.get(1).note().quote(), rows.get(2).note().quote()));
        assertTrue(rows.get(3).heading() && rows.get(3).articleId() == lib.b);
        assertEquals("Landberg", rows.get(4).note().quote());

        // the long note is wrapped, not cut: the label shows every word, over more than one line
        Label body = robot.lookup(".note-row .note-body").queryAllAs(Label.class).stream()
                .filter(l -> longNote.equals(l.getText())).findFirst().orElseThrow();
        Text shownText = (Text) body.lookup(".text");
        assertEquals(longNote, shownText.getText(), "no ellipsis");
        assertTrue(body.getHeight() > 2.5 * body.getFont().getSize(), "wrapped over lines, height " + body.getHeight());

        TextField filter = robot.lookup("#notesFilter").queryAs(TextField.class);
        robot.interact(filter::requestFocus);
        robot.write("spelling");
        waitUntil(() -> list.getItems().size() == 2);
        assertEquals("Landberg", list.getItems().get(1).note().quote());
        robot.interact(() -> vm.notesList().filterProperty().set("chollet february"));
        waitUntil(() -> list.getItems().size() == 2 && list.getItems().get(1).note().quote().equals("Derek Chollet"));
        robot.interact(() -> vm.notesList().filterProperty().set("no such words"));
        waitUntil(() -> list.getItems().isEmpty());
    }

    @Test
    void clickingANoteOpensItsArticleAndSelectsTheWholePassage(FxRobot robot) {
        String passage = "The development comes against the backdrop of increasing terror incidents in Pakistan and "
                + "Washington's assurance to help the country deal with the worsening law and order situation.";
        note(lib.a, passage, "Context of the dialogue");
        open(robot, lib.b);
        ListView<NoteRows.Row> list = robot.lookup("#notesList").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        robot.clickOn((Node) robot.lookup(".note-row").query());
        waitUntil(() -> readerVm.getArticle() != null && readerVm.getArticle().id() == lib.a
                && text(robot).getSelectedText().equals(passage));
        ReaderDocument.Range r = shown(passage);
        StyleClassedTextArea t = text(robot);
        int startPar = t.offsetToPosition(r.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        waitUntil(() -> fx(() -> t.firstVisibleParToAllParIndex() <= startPar && startPar <= t.lastVisibleParToAllParIndex()));
        assertTrue(fx(() -> t.getCharacterBoundsOnScreen(r.start(), r.start() + 1).isPresent()), "the passage's first word is in view");
    }

    @Test
    void toggledLegendChipsKeepTheScrollPositionAndWrapWhenZoomed(FxRobot robot) {
        open(robot, lib.a);
        waitUntil(() -> legend.chip(EntityType.PERSON) != null);
        StyleClassedTextArea t = text(robot);
        // half way down what can be scrolled, with a paragraph cut at the top (the harder case to keep)
        robot.interact(() -> t.scrollYToPixel((t.getTotalHeightEstimate() - t.getViewportHeight()) / 2));
        FxWait.waitUntil(() -> fx(() -> t.getEstimatedScrollY() > 30 && t.firstVisibleParToAllParIndex() > 0),
                () -> fx(() -> "scrolled to " + t.getEstimatedScrollY() + ", first " + t.firstVisibleParToAllParIndex() + " of "
                        + t.getParagraphs().size() + ", viewport " + t.getViewportHeight() + " of " + t.getTotalHeightEstimate()));
        int top = fx(t::firstVisibleParToAllParIndex);
        double y = fx(t::getEstimatedScrollY);
        ToggleButton person = legend.chip(EntityType.PERSON);
        for (int i = 0; i < 2; i++) {
            robot.clickOn(person);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(top, fx(t::firstVisibleParToAllParIndex), "the same paragraph stays at the top");
            assertEquals(y, fx(t::getEstimatedScrollY), 2, "at the same height");
        }

        // at 200% the chips wrap onto more lines, each whole inside the pane
        robot.interact(() -> stage.getScene().getRoot().setStyle("-fx-font-size: 26px;"));
        WaitForAsyncUtils.waitForFxEvents();
        double right = reader.root().localToScene(reader.root().getLayoutBounds()).getMaxX();
        List<Node> chips = List.copyOf(robot.from(legend).lookup(".legend-chip").queryAll());
        assertEquals(4, chips.size());
        double firstY = chips.get(0).localToScene(chips.get(0).getLayoutBounds()).getMinY();
        double lastY = chips.get(chips.size() - 1).localToScene(chips.get(chips.size() - 1).getLayoutBounds()).getMinY();
        assertTrue(lastY > firstY, "the chips take more than one line");
        for (Node c : chips) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            assertTrue(b.getMaxX() <= right + 0.5, c.getId() + " ends at " + b.getMaxX() + ", the pane at " + right);
        }
    }

    @Test
    void theNoteEditorIsMultiLineMarkdownWithAPreviewAndCtrlEnterSavesAnUndoableNote(FxRobot robot) {
        open(robot, lib.a);
        ReaderDocument.Range r = shown("border security");
        robot.interact(() -> {
            text(robot).requestFocus();
            text(robot).selectRange(r.start(), r.end());
        });
        robot.type(KeyCode.N);
        TextArea editor = robot.lookup("#noteText").queryAs(TextArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor.isFocused(), "N moves to the editor");
        robot.write("Which **border**?");
        robot.type(KeyCode.ENTER);
        robot.write("- Afghan");
        assertEquals("Which **border**?\n- Afghan", editor.getText(), "Enter starts a new line, the N typed nothing");
        List<String> preview = robot.lookup("#notePreview").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .map(n -> ((Text) n).getText()).toList();
        assertEquals("Which border?\n•  Afghan", String.join("", preview));
        assertTrue(robot.lookup("#notePreview .md-bold").tryQuery().isPresent(), "bold shown bold");

        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> vm.notes().size() == 1);
        assertEquals("Which **border**?\n- Afghan", vm.notes().get(0).text());
        assertTrue(text(robot).isFocused(), "back in the reader");
        waitUntil(() -> text(robot).getStyleOfChar(r.start() + 1).contains(NoteMarks.PASSAGE));

        // editing: the note's text comes back into the editor; Ctrl+Enter saves it, Ctrl+Z in the reader undoes that
        ListView<NoteRows.Row> list = robot.lookup("#notesList").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.clickOn("#editNote");
        assertEquals("Which **border**?\n- Afghan", editor.getText());
        robot.interact(() -> editor.setText("The Afghan border"));
        robot.interact(editor::requestFocus);
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> vm.notes().size() == 1 && vm.notes().get(0).text().equals("The Afghan border"));
        robot.interact(() -> text(robot).requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> vm.notes().size() == 1 && vm.notes().get(0).text().equals("Which **border**?\n- Afghan"));
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> vm.notes().isEmpty());
        waitUntil(() -> !text(robot).getStyleOfChar(r.start() + 1).contains(NoteMarks.PASSAGE));
    }
}
