package org.parallax.ui.compare;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The desk controls of the compare window (part of {@link CompareView}): the header's Details toggle (Ctrl+Shift+D)
 * that expands the legend, chips, metadata and dates under the one-line summary, the conflicting-fact lines, the
 * legend of the difference marks, and "Open in reader" on each pane (context menu or Ctrl+Enter at the caret).
 * View code only; the state lives in the {@link CompareDesk}.
 */
final class CompareDeskControls {

    private final CompareViewModel vm;
    private final StyleClassedTextArea left;
    private final StyleClassedTextArea right;

    CompareDeskControls(CompareViewModel vm, StyleClassedTextArea left, StyleClassedTextArea right) {
        this.vm = vm;
        this.left = left;
        this.right = right;
    }

    void bind(Label conflictCount, ToggleButton detailsToggle, VBox details, VBox conflicts, HBox diffLegend) {
        CompareDesk desk = vm.desk();
        conflictCount.textProperty().bind(desk.conflictCountProperty());
        conflictCount.visibleProperty().bind(desk.conflictCountProperty().isNotEmpty());
        conflictCount.managedProperty().bind(conflictCount.visibleProperty());
        conflictCount.setOnMouseClicked(e -> desk.headerExpandedProperty().set(true));
        detailsToggle.selectedProperty().bindBidirectional(desk.headerExpandedProperty());
        detailsToggle.setTooltip(new Tooltip("Show the legend, entities, metadata, dates and conflicting facts (Ctrl+Shift+D)"));
        details.visibleProperty().bind(desk.headerExpandedProperty());
        details.managedProperty().bind(desk.headerExpandedProperty());
        desk.conflictLines().addListener((ListChangeListener<String>) c -> buildConflicts(conflicts));
        buildConflicts(conflicts);
        buildLegend(diffLegend);
        openInReader(left, true);
        openInReader(right, false);
    }

    private void buildConflicts(VBox box) {
        box.getChildren().clear();
        for (String line : vm.desk().conflictLines()) {
            Label l = new Label("⚠ " + line);
            l.getStyleClass().add("conflict-line");
            l.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(l);
        }
        box.setVisible(!box.getChildren().isEmpty());
        box.setManaged(box.isVisible());
    }

    /** A swatch per mark, drawn with the very classes the panes use, so the legend cannot drift from the text. */
    private static void buildLegend(HBox legend) {
        legend.getChildren().clear();
        for (String[] m : List.of(new String[] {"diff-changed", "Changed words"}, new String[] {"diff-cosmetic", "Spelling only"},
                new String[] {"weak-link", "Same event, other words"},
                new String[] {"unique-sentence", "Only on this side"}, new String[] {"fact-conflict", "Conflicting fact"})) {
            Label sample = new Label(m[1]);
            sample.getStyleClass().addAll("diff-legend-item", "legend-" + m[0]);
            sample.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(sample);
        }
    }

    private void openInReader(StyleClassedTextArea area, boolean onLeft) {
        MenuItem open = new MenuItem("Open in reader");
        open.setAccelerator(CompareKeys.OPEN_IN_READER.combination());
        ContextMenu menu = new ContextMenu(open);
        int[] at = {0};
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (!vm.desk().canOpenInReader()) return;
            int hit = CompareAligner.offsetAt(area, e.getX(), e.getY());
            at[0] = hit >= 0 ? hit : area.getCaretPosition();
            menu.show(area, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        open.setOnAction(e -> vm.desk().openInReader(onLeft, at[0]));
        area.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (CompareKeys.OPEN_IN_READER.matches(e) && vm.desk().openInReader(onLeft, area.getCaretPosition())) e.consume();
        });
    }
}
