package org.parallax.ui.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parallax.annotation.Notes;
import org.parallax.model.Note;

/**
 * The notes list as rows: one heading per article (its title and how many notes match), then that article's notes in
 * text order; notes on no article come last under "Other notes". A filter keeps the notes whose text, quoted passage or
 * article title contains every word of it (any case), and drops headings left empty. Pure data, no JavaFX.
 */
public final class NoteRows {
    /** A heading ({@code note} null) or a note under the last heading. */
    public record Row(String article, Long articleId, Note note, int count) {
        public boolean heading() {
            return note == null;
        }
    }

    static final String NO_ARTICLE = "Other notes";

    private NoteRows() {
    }

    /** The rows of {@code notes} whose words contain every word of {@code filter} (blank: all), grouped by article. */
    public static List<Row> of(List<Notes.Titled> notes, String filter) {
        String[] words = filter == null || filter.isBlank() ? new String[0] : filter.strip().toLowerCase(Locale.ROOT).split("\\s+");
        Map<Long, List<Notes.Titled>> groups = new LinkedHashMap<>();
        for (Notes.Titled t : notes) {
            if (!matches(t, words)) continue;
            Long key = t.note().articleId() == null ? -1L : t.note().articleId();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        List<Row> rows = new ArrayList<>();
        List<Notes.Titled> other = groups.remove(-1L);
        for (var g : groups.entrySet()) add(rows, title(g.getValue().get(0)), g.getKey(), g.getValue());
        if (other != null) add(rows, NO_ARTICLE, null, other);
        return rows;
    }

    private static void add(List<Row> rows, String title, Long articleId, List<Notes.Titled> notes) {
        rows.add(new Row(title, articleId, null, notes.size()));
        for (Notes.Titled t : notes) rows.add(new Row(title, articleId, t.note(), 0));
    }

    private static String title(Notes.Titled t) {
        return t.articleTitle() == null || t.articleTitle().isBlank() ? "Article " + t.note().articleId() : t.articleTitle();
    }

    private static boolean matches(Notes.Titled t, String[] words) {
        if (words.length == 0) return true;
        String hay = (t.note().text() + "\n" + (t.note().quote() == null ? "" : t.note().quote()) + "\n"
                + (t.articleTitle() == null ? "" : t.articleTitle())).toLowerCase(Locale.ROOT);
        for (String w : words) if (!hay.contains(w)) return false;
        return true;
    }
}
