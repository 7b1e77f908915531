package org.parallax.ui.annotate;

import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parallax.annotation.Annotations;
import org.parallax.annotation.Notes;
import org.parallax.model.Note;
import org.parallax.ui.common.TaskRunner;

/**
 * The notes list's state: every note of the library (not only the open article's), grouped by article as
 * {@link NoteRows}, narrowed by a filter as it is typed. {@link #reload} reads the library on the task runner; the
 * filter works on what was read, so typing never touches the database. Never touches a Node.
 */
public final class NotesListModel {
    private final Annotations service;
    private final TaskRunner runner;
    private final ObservableList<NoteRows.Row> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private List<Notes.Titled> all = List.of();

    public NotesListModel(Annotations service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        filter.addListener((o, was, now) -> apply());
    }

    /** Reads every note with its article's title again, in the background. */
    public void reload() {
        runner.run("Loading notes", p -> service.notes().listWithTitles(), (List<Notes.Titled> list) -> {
            all = list;
            apply();
        }, e -> { }); // the same library's reads fail for the annotate panel too, whose status line says why
    }

    private void apply() {
        rows.setAll(NoteRows.of(all, filter.get()));
    }

    /**
     * "by alice, 23 Nov 2026 12:05" for a note someone else wrote last; empty for one's own (the list stays as it was
     * for a library with one person) and for notes older than authors.
     */
    public String othersByline(Note n) {
        if (n.updatedBy() == null || n.updatedBy().equals(service.user())) return "";
        return NoteConflicts.byline(n.updatedBy(), n.updatedAt());
    }

    /** Headings and notes, grouped by article, under the filter. */
    public ObservableList<NoteRows.Row> rows() {
        return rows;
    }

    /** Words every shown note contains (in its text, quoted passage or article title); blank shows all. */
    public StringProperty filterProperty() {
        return filter;
    }
}
