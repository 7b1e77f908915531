package org.parallax.ui.annotate;

import java.util.function.Consumer;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The question a refused note save asks: "alice changed this note at T", her text and yours side by side, and the
 * buttons Merge, Keep both, Use theirs and Overwrite. Shown without blocking; the choice goes to a callback (closing
 * the dialog counts as Use theirs: nothing of yours is written without being asked).
 */
final class NoteConflictDialog {
    static final ButtonType MERGE = new ButtonType("Merge", ButtonBar.ButtonData.OTHER);
    static final ButtonType KEEP_BOTH = new ButtonType("Keep both", ButtonBar.ButtonData.OTHER);
    static final ButtonType USE_THEIRS = new ButtonType("Use theirs", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);

    private NoteConflictDialog() {
    }

    /** Shows the dialog over {@code owner} and hands {@code chosen} the user's choice when it closes. */
    static Dialog<NoteConflicts.Choice> show(Window owner, NoteConflicts.Conflict c, Consumer<NoteConflicts.Choice> chosen) {
        Dialog<NoteConflicts.Choice> d = new Dialog<>();
        if (owner != null) d.initOwner(owner);
        d.setTitle("Note changed by someone else");
        d.setHeaderText(c.headline());
        TextArea theirs = text("noteConflictTheirs", c.theirs() == null ? "(deleted)" : c.theirs());
        TextArea mine = text("noteConflictMine", c.mine());
        VBox box = new VBox(6, new Label("Their text"), theirs, new Label("Your text"), mine);
        box.setPrefWidth(520);
        d.getDialogPane().setContent(box);
        d.getDialogPane().setId("noteConflict");
        d.getDialogPane().getButtonTypes().setAll(MERGE, KEEP_BOTH, USE_THEIRS, OVERWRITE);
        d.setResultConverter(b -> b == MERGE ? NoteConflicts.Choice.MERGE : b == KEEP_BOTH ? NoteConflicts.Choice.KEEP_BOTH
                : b == OVERWRITE ? NoteConflicts.Choice.OVERWRITE : NoteConflicts.Choice.USE_THEIRS);
        d.setOnHidden(e -> chosen.accept(d.getResult() == null ? NoteConflicts.Choice.USE_THEIRS : d.getResult()));
        d.show();
        return d;
    }

    private static TextArea text(String id, String value) {
        TextArea t = new TextArea(value);
        t.setId(id);
        t.setEditable(false);
        t.setWrapText(true);
        t.setPrefRowCount(4);
        return t;
    }
}
