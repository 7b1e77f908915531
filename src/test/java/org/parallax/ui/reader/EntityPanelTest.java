package org.parallax.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.NlpService;
import org.parallax.app.Settings;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.MentionRepository;
import org.parallax.testsupport.FxWait;
import org.parallax.ui.MainWindow;
import org.parallax.ui.annotate.AnnotateViewModel;
import org.parallax.ui.annotate.AnnotationLayer;
import org.parallax.ui.common.EntityLegendModel;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.common.Themes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The reader with the annotation layer and the entity views, as the window wires them, on the recognised sample
 * pair in a real library (headless Monocle): legend toggles, the entity panel, mentions across the library, the
 * hover card.
 */
@ExtendWith(ApplicationExtension.class)
class EntityPanelTest {
    @TempDir
    Path dir;
    AnnotationLibrary lib;
    FxTaskRunner runner;
    ReaderViewModel readerVm;
    EntityPanelViewModel vm;
    EntityPanel entities;
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        lib = new AnnotationLibrary(dir);
        new NlpService(lib.db, lib.articles, new SampleRecognizer()).processPending(Progress.NONE);
        runner = new FxTaskRunner();
        readerVm = new ReaderViewModel(lib.articles, runner);
        FXMLLoader loader = new FXMLLoader(ReaderView.class.getResource("reader.fxml"));
        loader.setControllerFactory(t -> new ReaderView(readerVm));
        Parent reader = loader.load();
        ReaderView view = loader.getController();
        AnnotationLayer layer = new AnnotationLayer(view, readerVm, new AnnotateViewModel(lib.service, runner));
        EntityLegendModel legend = new EntityLegendModel();
        vm = new EntityPanelViewModel(lib.articles, new MentionRepository(lib.db), lib.service.entities(), legend, runner);
        entities = new EntityPanel(view, readerVm, vm);
        layer.showTypes(legend.visibleTypes());
        TabPane side = new TabPane(new Tab("Entities", entities.panel()), new Tab("Annotate", layer.panel()));
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setPrefWidth(360);
        side.setMinWidth(360);
        HBox root = new HBox(reader, side);
        HBox.setHgrow(reader, Priority.ALWAYS);
        Application.setUserAgentStylesheet(Themes.userAgentStylesheet(Settings.Theme.LIGHT));
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(MainWindow.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.show();
        readerVm.open(lib.a);
    }

    @AfterEach
    void tearDown() {
        runner.close();
        lib.close();
    }

    private void waitUntil(BooleanSupplier condition, String what) {
        FxWait.waitUntil(condition, () -> "waiting for " + what + "; panel status \"" + vm.messageProperty().get() + "\"");
    }

    private StyleClassedTextArea text(FxRobot robot) {
        return robot.lookup("#readerText").queryAs(StyleClassedTextArea.class);
    }

    private ReaderDocument.Range shown(long article, String s) {
        waitUntil(() -> readerVm.getArticle() != null && readerVm.getArticle().id() == article, "article " + article);
        int[] at = lib.find(article, s);
        return readerVm.documentProperty().get().displayRange(at[0], at[1]);
    }

    @Test
    void theLegendTogglesPersonHighlightsAndThePanelListsCholletsMentionsInBothArticles(FxRobot robot) throws Exception {
        ReaderDocument.Range chollet = shown(lib.a, "Derek Chollet");
        int inside = chollet.start() + 2;
        waitUntil(() -> text(robot).getStyleOfChar(inside).contains("entity-person"), "the person highlight");

        List<String> chips = robot.lookup("#entityLegend").queryAs(FlowPane.class).getChildren().stream()
                .filter(n -> n instanceof ToggleButton).map(n -> n.getId()).toList();
        assertEquals(List.of("legend-person", "legend-organization", "legend-location", "legend-date"), chips);
        ToggleButton person = robot.lookup("#legend-person").queryAs(ToggleButton.class);
        assertTrue(person.isSelected());
        waitUntil(() -> person.getText().matches("Person \\d+"), "the person count");

        robot.clickOn("#legend-person");
        waitUntil(() -> !text(robot).getStyleOfChar(inside).contains("entity-person"), "the person highlight to go");
        assertFalse(person.isSelected());
        assertTrue(text(robot).getStyleOfChar(inside).contains("block-paragraph"), "the block style stays");
        ReaderDocument.Range pakistan = shown(lib.a, "visited Pakistan");
        assertTrue(text(robot).getStyleOfChar(pakistan.start() + "visited ".length() + 1).contains("entity-location"),
                "other types keep their highlight");
        save(robot, "reader-entities-person-off.png");
        robot.clickOn("#legend-person");
        waitUntil(() -> text(robot).getStyleOfChar(inside).contains("entity-person"), "the person highlight to return");

        ListView<EntityPanelViewModel.Row> groups = robot.lookup("#entityGroups").queryListView();
        waitUntil(() -> groups.getItems().stream().anyMatch(r -> !r.isHeading() && r.item().name().equals("Derek Chollet")), "Chollet in the panel");
        int heading = -1;
        int row = -1;
        for (int i = 0; i < groups.getItems().size(); i++) {
            EntityPanelViewModel.Row r = groups.getItems().get(i);
            if (r.isHeading() && r.heading().startsWith("Person")) heading = i;
            if (!r.isHeading() && r.item().name().equals("Derek Chollet")) row = i;
        }
        assertTrue(heading >= 0 && row > heading, "Derek Chollet is listed under Person");
        assertTrue(groups.getItems().subList(heading + 1, row).stream().noneMatch(EntityPanelViewModel.Row::isHeading));

        robot.clickOn(groups.getItems().get(row).toString());
        ListView<EntityPanelViewModel.MentionHit> hits = robot.lookup("#entityMentions").queryListView();
        waitUntil(() -> hits.getItems().stream().map(EntityPanelViewModel.MentionHit::articleId).collect(Collectors.toSet())
                .equals(Set.of(lib.a, lib.b)), "mentions in both articles");
        save(robot, "reader-entities-test.png");

        // clicking a mention in the other article opens it with the mention selected
        EntityPanelViewModel.MentionHit inB = hits.getItems().stream().filter(h -> h.articleId() == lib.b).findFirst().orElseThrow();
        robot.interact(() -> {
            hits.getSelectionModel().select(inB);
            hits.scrollTo(inB);
        });
        javafx.scene.Node cell = robot.from(hits).lookup(".list-cell")
                .match((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == inB).query();
        robot.clickOn(cell);
        waitUntil(() -> readerVm.getArticle() != null && readerVm.getArticle().id() == lib.b
                && text(robot).getSelectedText().equals(inB.text()), "article B with the mention selected");
        ReaderDocument.Range sel = readerVm.documentProperty().get().displayRange(inB.start(), inB.end());
        assertEquals(sel.start(), text(robot).getSelection().getStart());
    }

    @Test
    void hoveringAMentionShowsItsCanonicalNameAndLibraryCount(FxRobot robot) {
        ReaderDocument.Range landberg = shown(lib.a, "Christopher Landberg");
        waitUntil(() -> vm.hoverAt(lib.find(lib.a, "Christopher Landberg")[0] + 1).isPresent(), "the hover cards");
        Bounds[] bounds = new Bounds[1];
        robot.interact(() -> bounds[0] = text(robot).getCharacterBoundsOnScreen(landberg.start() + 3, landberg.start() + 4).orElseThrow());
        Bounds b = bounds[0];
        robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
        waitUntil(() -> entities.card().isShowing(), "the hover card");
        String card = entities.card().getText();
        assertTrue(card.startsWith("Christopher Landberg\nPerson · "), card);
        assertTrue(card.contains("mentions in the library"), card);
    }

    @Test
    void aRefreshAfterRecognitionChangesUpdatesHighlightsLegendAndPanel(FxRobot robot) {
        ReaderDocument.Range chollet = shown(lib.a, "Derek Chollet");
        int inside = chollet.start() + 2;
        waitUntil(() -> text(robot).getStyleOfChar(inside).contains("entity-person"), "the person highlight");
        ListView<EntityPanelViewModel.Row> groups = robot.lookup("#entityGroups").queryListView();
        waitUntil(() -> !groups.getItems().isEmpty(), "the panel");
        // the stored mentions change under the open article (as a new recognition pass would change them)
        lib.db.write(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("DELETE FROM mention WHERE article_id = " + lib.a);
            }
        });
        robot.interact(readerVm::refresh);
        waitUntil(() -> !text(robot).getStyleOfChar(inside).contains("entity-person"), "the highlight to go");
        waitUntil(groups.getItems()::isEmpty, "the panel to empty");
        assertEquals("Person", robot.lookup("#legend-person").queryAs(ToggleButton.class).getText());
    }

    private void save(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        File out = new File("target", name);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out);
    }
}
