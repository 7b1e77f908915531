package org.parallax.ui.reader;

import java.time.Duration;
import java.util.Locale;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.parallax.model.Article;
import org.parallax.ui.common.EntityLegend;

/**
 * The reader's entity views, on top of a {@link ReaderView}: the type legend ({@code #entityLegend}) under the
 * header, a hover card ({@code #entityCard}) over highlighted mentions, and the side panel ({@code #entityPanel})
 * listing the article's entities by type ({@code #entityGroups}) and a chosen entity's mentions across the library
 * ({@code #entityMentions}); clicking a mention opens its article with the mention selected. State lives in the
 * {@link EntityPanelViewModel}; highlighting itself stays with the annotation layer, which reads the legend.
 */
public final class EntityPanel {
    private final ReaderViewModel readerVm;
    private final EntityPanelViewModel vm;
    private final StyleClassedTextArea text;
    private final EntityLegend legend;
    private final VBox panel = new VBox(6);
    private final ListView<EntityPanelViewModel.Row> groups = new ListView<>();
    private final ListView<EntityPanelViewModel.MentionHit> hits = new ListView<>();
    private final Tooltip card = new Tooltip();
    private EntityPanelViewModel.MentionHit pending;

    public EntityPanel(ReaderView reader, ReaderViewModel readerVm, EntityPanelViewModel vm) {
        this.readerVm = readerVm;
        this.vm = vm;
        this.text = reader.textArea();
        this.legend = new EntityLegend(vm.legend());
        reader.root().getChildren().add(1, legend);
        buildPanel();
        installHoverCard();
        readerVm.articleProperty().addListener((o, was, now) -> {
            vm.open(now == null ? -1 : now.id());
            if (now != null && pending != null && pending.articleId() == now.id()) {
                // the text is replaced before the article is set; select once the layers have restyled it
                Platform.runLater(this::revealPending);
            }
        });
        readerVm.refreshCountProperty().addListener((o, was, now) -> vm.reload());
        Article open = readerVm.getArticle();
        vm.open(open == null ? -1 : open.id());
    }

    /** The side panel ({@code #entityPanel}). */
    public VBox panel() {
        return panel;
    }

    public EntityLegend legend() {
        return legend;
    }

    private void buildPanel() {
        panel.setId("entityPanel");
        panel.getStyleClass().add("entity-panel");
        panel.setPadding(new Insets(8));
        Label title = new Label("Entities in this article");
        title.getStyleClass().add("pane-title");
        groups.setId("entityGroups");
        groups.getStyleClass().add("entity-groups");
        groups.setItems(vm.rows());
        groups.setPlaceholder(new Label("No entities recognised yet"));
        groups.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EntityPanelViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(c -> c.startsWith("entity-row") || c.startsWith("entity-group") || c.startsWith("legend-"));
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.toString());
                if (row.isHeading()) {
                    getStyleClass().add("entity-group-heading");
                    if (row.type() != null) getStyleClass().add("entity-group-" + row.type().name().toLowerCase(Locale.ROOT));
                } else {
                    getStyleClass().add("entity-row");
                    if (row.item().role() != EntityPanelViewModel.Role.STORY) getStyleClass().add("entity-row-credit");
                }
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && !row.isHeading()) vm.select(row.item());
        });

        Label hitsTitle = new Label();
        hitsTitle.setId("entityMentionsTitle");
        hitsTitle.getStyleClass().add("pane-title");
        hitsTitle.setWrapText(true);
        hitsTitle.setMinHeight(Region.USE_PREF_SIZE);
        hitsTitle.textProperty().bind(vm.mentionsTitleProperty());
        hits.setId("entityMentions");
        hits.getStyleClass().add("entity-mentions");
        hits.setItems(vm.mentions());
        hits.setPlaceholder(new Label("Click an entity above"));
        hits.setCellFactory(l -> new ListCell<>() {
            private final Label title = new Label();
            private final Label snippet = new Label();
            private final VBox box = new VBox(2, title, snippet);

            {
                title.getStyleClass().add("entity-mention-title");
                snippet.getStyleClass().add("entity-mention-snippet");
                snippet.setWrapText(true);
                // wrap to the list's width (less its scroll bar) instead of widening the list
                box.maxWidthProperty().bind(hits.widthProperty().subtract(36));
                box.prefWidthProperty().bind(box.maxWidthProperty());
                title.maxWidthProperty().bind(box.maxWidthProperty());
                snippet.maxWidthProperty().bind(box.maxWidthProperty());
                snippet.prefWidthProperty().bind(box.maxWidthProperty());
                snippet.setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(EntityPanelViewModel.MentionHit h, boolean empty) {
                super.updateItem(h, empty);
                setText(null);
                if (empty || h == null) {
                    setGraphic(null);
                    return;
                }
                title.setText(h.articleTitle());
                snippet.setText(h.snippet());
                setGraphic(box);
            }
        });
        hits.setOnMouseClicked(e -> reveal(hits.getSelectionModel().getSelectedItem()));
        hits.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) reveal(hits.getSelectionModel().getSelectedItem());
        });
        Label status = new Label();
        status.getStyleClass().add("search-message");
        status.textProperty().bind(vm.messageProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        VBox.setVgrow(groups, Priority.ALWAYS);
        VBox.setVgrow(hits, Priority.ALWAYS);
        panel.getChildren().setAll(title, groups, hitsTitle, hits, status);
    }

    private void installHoverCard() {
        card.setId("entityCard");
        card.getStyleClass().add("entity-card");
        card.setWrapText(true);
        card.setMaxWidth(380);
        text.setMouseOverTextDelay(Duration.ofMillis(350));
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            ReaderDocument doc = readerVm.documentProperty().get();
            if (doc == null) return;
            int at = doc.toArticle(e.getCharacterIndex());
            vm.hoverAt(at).ifPresentOrElse(c -> {
                card.setText(c.text());
                card.getStyleClass().removeIf(s -> s.startsWith("entity-card-"));
                card.getStyleClass().add("entity-card-" + c.type().name().toLowerCase(Locale.ROOT));
                card.show(text, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 16);
            }, card::hide);
        });
        text.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> card.hide());
    }

    /** The hover card, for tests: showing while the mouse rests on a mention. */
    public Tooltip card() {
        return card;
    }

    /** Opens a mention's article (if it is not open) and selects the mention there. */
    public void reveal(EntityPanelViewModel.MentionHit hit) {
        if (hit == null) return;
        pending = hit;
        Article open = readerVm.getArticle();
        if (open != null && open.id() == hit.articleId()) revealPending();
        else readerVm.open(hit.articleId());
    }

    private void revealPending() {
        EntityPanelViewModel.MentionHit h = pending;
        pending = null;
        ReaderDocument doc = readerVm.documentProperty().get();
        Article open = readerVm.getArticle();
        if (h == null || doc == null || open == null || open.id() != h.articleId()) return;
        ReaderDocument.Range r = doc.displayRange(h.start(), h.end());
        if (r.isEmpty()) return;
        text.selectRange(r.start(), r.end());
        text.requestFollowCaret();
        text.requestFocus();
    }
}
