package org.parallax.ui.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The entity side panel's view (entity-panel.fxml): the open article's entities by type ({@code #entityGroups}) and
 * a chosen entity's mentions across the library ({@code #entityMentions}), bound to an {@link EntityPanelViewModel};
 * choosing a mention hands it to the reader (see {@link EntityPanel#reveal}).
 */
public final class EntityPanelView {
    private final EntityPanelViewModel vm;
    private final Consumer<EntityPanelViewModel.MentionHit> reveal;
    @FXML private VBox entityPanel;
    @FXML private ListView<EntityPanelViewModel.Row> entityGroups;
    @FXML private Label entityMentionsTitle;
    @FXML private ListView<EntityPanelViewModel.MentionHit> entityMentions;
    @FXML private Label entityMessage;
    @FXML private Label entityGroupsEmpty;

    public EntityPanelView(EntityPanelViewModel vm, Consumer<EntityPanelViewModel.MentionHit> reveal) {
        this.vm = vm;
        this.reveal = reveal;
    }

    /** Loads entity-panel.fxml with a view on {@code vm}; a chosen mention goes to {@code reveal}. */
    static EntityPanelView load(EntityPanelViewModel vm, Consumer<EntityPanelViewModel.MentionHit> reveal) {
        FXMLLoader loader = new FXMLLoader(EntityPanelView.class.getResource("entity-panel.fxml"));
        loader.setControllerFactory(type -> {
            if (type == EntityPanelView.class) return new EntityPanelView(vm, reveal);
            throw new IllegalArgumentException("No view for " + type);
        });
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the entity panel layout", e);
        }
        return loader.getController();
    }

    private EntityPanelViewModel.EntityItem chosen;

    @FXML
    private void initialize() {
        entityGroups.setItems(vm.rows());
        entityGroups.setCellFactory(l -> new RowCell());
        entityGroups.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && !row.isHeading()) {
                chosen = row.item();
                vm.select(row.item());
            }
        });
        // a reload (someone else's edit, recognition) replaces the rows: keep the chosen entity chosen
        entityGroups.getItems().addListener((ListChangeListener<EntityPanelViewModel.Row>) c -> {
            for (int i = 0; chosen != null && i < entityGroups.getItems().size(); i++) {
                EntityPanelViewModel.EntityItem item = entityGroups.getItems().get(i).item();
                if (item != null && item.type() == chosen.type() && (chosen.entityId() != null
                        ? chosen.entityId().equals(item.entityId()) : item.entityId() == null && item.name().equals(chosen.name()))) {
                    entityGroups.getSelectionModel().select(i);
                    return;
                }
            }
        });
        entityMentionsTitle.textProperty().bind(vm.mentionsTitleProperty());
        entityMentions.setItems(vm.mentions());
        entityMentions.setCellFactory(l -> new HitCell(entityMentions));
        entityMentions.setOnMouseClicked(e -> reveal.accept(entityMentions.getSelectionModel().getSelectedItem()));
        entityMentions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) reveal.accept(entityMentions.getSelectionModel().getSelectedItem());
        });
        entityGroupsEmpty.textProperty().bind(vm.emptyTextProperty());
        entityMessage.textProperty().bind(vm.messageProperty());
        entityMessage.managedProperty().bind(entityMessage.textProperty().isNotEmpty());
    }

    /** The panel's root ({@code #entityPanel}). */
    public VBox root() {
        return entityPanel;
    }

    /** A heading ("Person 9") or an entity, styled by its type and role. */
    private static final class RowCell extends ListCell<EntityPanelViewModel.Row> {
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
    }

    /** A mention across the library: its article's title over the sentence, wrapped to the list's width. */
    private static final class HitCell extends ListCell<EntityPanelViewModel.MentionHit> {
        private final Label title = new Label();
        private final Label snippet = new Label();
        private final VBox box = new VBox(2, title, snippet);

        HitCell(ListView<EntityPanelViewModel.MentionHit> list) {
            title.getStyleClass().add("entity-mention-title");
            snippet.getStyleClass().add("entity-mention-snippet");
            snippet.setWrapText(true);
            // wrap to the list's width (less its scroll bar) instead of widening the list
            box.maxWidthProperty().bind(list.widthProperty().subtract(36));
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
    }
}
