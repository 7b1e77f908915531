package org.parallax.ui.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckListView;

import org.parallax.calendar.EventDraft;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/**
 * The add/edit dialog of a manual event: kind, first and last day, precision, who, where and a note. Who and where
 * are lists with a check box per entity, so choosing several needs no Ctrl-click and a stray click keeps the others.
 */
final class EventDialog {
    private EventDialog() {
    }

    static Optional<EventDraft> ask(Window owner, Event existing, List<Entity> entities, List<EventSource> sources) {
        Dialog<EventDraft> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(existing == null ? "Add an event" : "Edit the event");
        d.setHeaderText(existing == null ? "An event you add stays when the articles are processed again."
                : "Your version replaces this one and stays when the articles are processed again.");
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.getItems().setAll(EventKind.values());
        kind.setValue(existing == null ? EventKind.VISIT : existing.kind());
        DatePicker start = new DatePicker(existing == null ? LocalDate.now() : existing.when().start());
        DatePicker end = new DatePicker(existing == null ? LocalDate.now() : existing.when().end());
        ComboBox<DatePrecision> precision = new ComboBox<>();
        precision.getItems().setAll(DatePrecision.values());
        precision.setValue(existing == null ? DatePrecision.DAY : existing.when().precision());
        CheckListView<Entity> who = entityList(entities, existing == null ? List.of() : existing.whoIds());
        CheckListView<Entity> where = entityList(entities, existing == null ? List.of() : existing.whereIds());
        who.setId("eventWho");
        where.setId("eventWhere");
        TextField note = new TextField(existing == null || existing.note() == null ? "" : existing.note());
        note.setId("eventNote");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label("Kind"), kind);
        g.addRow(1, new Label("First day"), start);
        g.addRow(2, new Label("Last day"), end);
        g.addRow(3, new Label("Known to the"), precision);
        g.addRow(4, new Label("Who"), who);
        g.addRow(5, new Label("Where"), where);
        g.addRow(6, new Label("Note"), note);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(start.valueProperty().isNull()
                .or(end.valueProperty().isNull()));
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) return null;
            LocalDate s = start.getValue();
            LocalDate e = end.getValue().isBefore(s) ? s : end.getValue();
            return new EventDraft(kind.getValue(), new DateRange(s, e, precision.getValue()),
                    who.getCheckModel().getCheckedItems().stream().map(Entity::id).toList(),
                    where.getCheckModel().getCheckedItems().stream().map(Entity::id).toList(), sources, note.getText());
        });
        return d.showAndWait();
    }

    private static CheckListView<Entity> entityList(List<Entity> entities, List<Long> checked) {
        CheckListView<Entity> list = new CheckListView<>();
        list.getItems().setAll(entities);
        list.setPrefHeight(110);
        StringConverter<Entity> names = new StringConverter<>() {
            @Override
            public String toString(Entity e) {
                return e == null ? "" : e.name();
            }

            @Override
            public Entity fromString(String s) {
                throw new UnsupportedOperationException("display only");
            }
        };
        list.setCellFactory(l -> new CheckBoxListCell<>(list::getItemBooleanProperty, names));
        for (int i = 0; i < entities.size(); i++) {
            if (checked.contains(entities.get(i).id())) list.getCheckModel().check(i);
        }
        return list;
    }
}
