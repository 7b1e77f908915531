package org.parallax.ui.common;

import java.util.function.Function;

import javafx.scene.control.ListCell;

/** A list cell that shows its item through a naming function (empty cells show nothing). */
public final class NamedCell<T> extends ListCell<T> {
    private final Function<T, String> name;

    public NamedCell(Function<T, String> name) {
        this.name = name;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : name.apply(item));
    }
}
