package org.parallax.ui.help;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.parallax.ui.annotate.ReaderKeys;
import org.parallax.ui.compare.CompareKeys;

/**
 * Help ▸ Keyboard shortcuts: a searchable table of every binding the scene holds, read from the scene itself (each
 * menu item's accelerator, the scene's accelerator map) plus the reader's single keys ({@link ReaderKeys}), so the sheet
 * lists what the window really does.
 */
public final class ShortcutsSheet {
    private ShortcutsSheet() {
    }

    /**
     * Every binding of {@code scene}: menu accelerators first (named by their menu path), then the scene's own
     * accelerators not already listed (named from {@code names}), then the reader's keys.
     */
    public static List<Shortcut> collect(Scene scene, Map<KeyCombination, String> names) {
        List<Shortcut> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node n : scene.getRoot().lookupAll(".menu-bar")) {
            if (n instanceof MenuBar bar) {
                for (Menu m : bar.getMenus()) addMenu(m, plain(m.getText()), rows, seen);
            }
        }
        scene.getAccelerators().keySet().stream().filter(k -> !seen.contains(k.getDisplayText()))
                .sorted((a, b) -> a.getDisplayText().compareTo(b.getDisplayText()))
                .forEach(k -> {
                    seen.add(k.getDisplayText());
                    rows.add(new Shortcut(k.getDisplayText(), names.getOrDefault(k, unnamed(k)), "Window"));
                });
        for (ReaderKeys.Key k : ReaderKeys.ALL) rows.add(new Shortcut(k.keys(), k.action(), "Reader, text selected"));
        for (CompareKeys.Key k : CompareKeys.ALL) rows.add(new Shortcut(k.keys(), k.action(), "Side by side window"));
        return rows;
    }

    private static void addMenu(Menu menu, String path, List<Shortcut> rows, Set<String> seen) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                addMenu(sub, path + " ▸ " + plain(sub.getText()), rows, seen);
            } else if (item.getAccelerator() != null) {
                String keys = item.getAccelerator().getDisplayText();
                seen.add(keys);
                rows.add(new Shortcut(keys, plain(item.getText()), path + " menu"));
            }
        }
    }

    /** A scene accelerator the window did not name: JavaFX's menu bar adds F10, which moves the focus to it. */
    private static String unnamed(KeyCombination k) {
        return k.getDisplayText().equals("F10") ? "Go to the menu bar" : "Window shortcut";
    }

    /** A menu text without its mnemonic underscore. */
    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }

    /** Shows the sheet over {@code scene}'s window, with the search field focused. */
    public static Dialog<Void> show(Scene scene, Map<KeyCombination, String> names) {
        ShortcutsViewModel vm = new ShortcutsViewModel(collect(scene, names));
        TextField search = new TextField();
        search.setId("shortcutSearch");
        search.setPromptText("Search keys or actions, e.g. \"zoom\" or \"ctrl+d\"");
        search.textProperty().bindBidirectional(vm.filterProperty());
        // A bidirectional binding holds its ends weakly: the field keeps the model, or a collection would cut the filter off.
        search.getProperties().put(ShortcutsViewModel.class, vm);
        TableView<Shortcut> table = new TableView<>(vm.visible());
        table.setId("shortcutTable");
        table.getColumns().add(column("Keys", Shortcut::keys, 140));
        table.getColumns().add(column("Action", Shortcut::action, 260));
        table.getColumns().add(column("Where", Shortcut::where, 170));
        table.setPlaceholder(new Label("No shortcut matches."));
        table.setPrefHeight(420);
        VBox box = new VBox(8, search, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Dialog<Void> d = new Dialog<>();
        if (scene.getWindow() != null) d.initOwner(scene.getWindow());
        d.setTitle("Keyboard shortcuts");
        d.setResizable(true);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setOnShown(e -> Platform.runLater(search::requestFocus));
        d.show();
        return d;
    }

    private static TableColumn<Shortcut, String> column(String title, Function<Shortcut, String> value, double width) {
        TableColumn<Shortcut, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
