package org.parallax.ui.help;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;

/**
 * The keyboard shortcuts sheet's state: every binding it was given, and those matching the typed filter. A row matches
 * when each word of the filter occurs (any case) in its keys, action or place.
 */
public final class ShortcutsViewModel {
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final FilteredList<Shortcut> visible;

    public ShortcutsViewModel(List<Shortcut> all) {
        visible = new FilteredList<>(FXCollections.observableArrayList(all));
        filter.addListener((o, was, now) -> visible.setPredicate(s -> matches(s, now)));
    }

    /** Whether {@code s} matches every word of {@code filter}. */
    static boolean matches(Shortcut s, String filter) {
        if (filter == null || filter.isBlank()) return true;
        String hay = (s.keys() + " " + s.action() + " " + s.where()).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!hay.contains(word)) return false;
        }
        return true;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The rows matching the filter, in the order given. */
    public FilteredList<Shortcut> visible() {
        return visible;
    }
}
