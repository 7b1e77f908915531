package org.parallax.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.annotation.Notes;
import org.parallax.app.AnnotationLibrary;

/** The notes list's rows from a real library: grouped by article with titles, notes on no article last, filtered by words. */
class NoteRowsTest {
    @TempDir
    Path dir;

    @Test
    void notesAreGroupedByArticleWithItsTitleAndAFilterKeepsNotesWithEveryWord() {
        try (AnnotationLibrary lib = new AnnotationLibrary(dir)) {
            int[] b = lib.find(lib.b, "Landberg");
            lib.service.notes().addPassageNote(lib.b, b[0], b[1], "Spelling differs from outlet A");
            int[] a = lib.find(lib.a, "border security");
            lib.service.notes().addPassageNote(lib.a, a[0], a[1], "Which **border**?");
            lib.service.notes().addArticleNote(lib.a, "Read with the State Department statement");
            long entity = lib.service.entities().list().isEmpty() ? -1 : lib.service.entities().list().get(0).id();
            if (entity > 0) lib.service.notes().addEntityNote(entity, "An entity note");
            long trashed = lib.service.notes().addArticleNote(lib.b, "gone").id();
            lib.service.notes().trashNote(trashed);

            List<Notes.Titled> all = lib.service.notes().listWithTitles();
            assertEquals(lib.article(lib.a).title(), all.get(0).articleTitle());
            List<NoteRows.Row> rows = NoteRows.of(all, "");
            assertTrue(rows.get(0).heading());
            assertEquals(lib.article(lib.a).title(), rows.get(0).article());
            assertEquals(2, rows.get(0).count());
            assertNull(rows.get(1).note().quote(), "the note on the whole article first, then passage notes in text order");
            assertEquals("border security", rows.get(2).note().quote());
            assertEquals(lib.article(lib.b).title(), rows.get(3).article());
            assertEquals(1, rows.get(3).count(), "the trashed note is not listed");
            if (entity > 0) assertEquals(NoteRows.NO_ARTICLE, rows.get(5).article());

            List<NoteRows.Row> border = NoteRows.of(all, "  BORDER which ");
            assertEquals(2, border.size());
            assertEquals("Which **border**?", border.get(1).note().text());
            // a word of the article's title finds its notes too
            String titleWord = lib.article(lib.b).title().split("\\s+")[0];
            assertTrue(NoteRows.of(all, titleWord).stream().anyMatch(r -> r.note() != null && r.note().articleId() == lib.b));
            assertEquals(List.of(), NoteRows.of(all, "border spelling"), "every word must match one note");
        }
    }
}
