package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.export.ReportContent.ArticleSection;
import org.parallax.export.ReportContent.Highlight;
import org.parallax.export.ReportContent.IndexEntry;
import org.parallax.export.ReportContent.NoteItem;
import org.parallax.model.EntityType;
import org.parallax.store.StoreException;

@Tag("contract")
class ReportBuilderTest {
    @TempDir
    java.nio.file.Path dir;
    ReportFixture lib;

    @BeforeEach
    void open() {
        lib = new ReportFixture(dir);
    }

    @AfterEach
    void close() {
        lib.db.close();
    }

    private ReportContent build(ReportOptions o) {
        return lib.builder().build(List.of(lib.idA, lib.idB), o, LocalDate.of(2026, 11, 23));
    }

    @Test
    void quoteHighlightsAreOffsetsIntoTheQuote() {
        NoteItem note = build(ReportOptions.defaults()).articles().get(0).notes().get(0);
        Highlight person = note.quoteHighlights().stream().filter(h -> h.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("Christopher Landberg", note.quote().substring(person.start(), person.end()));
        assertEquals(List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.DATE),
                note.quoteHighlights().stream().map(Highlight::type).toList());
    }

    @Test
    void passageAndArticleNotesAreKeptApart() {
        ArticleSection b = build(ReportOptions.defaults()).articles().get(1);
        assertEquals(List.of(ReportFixture.NOTE_B), b.notes().stream().map(NoteItem::text).toList());
        assertEquals(List.of(ReportFixture.ARTICLE_NOTE), b.articleNotes().stream().map(NoteItem::text).toList());
    }

    @Test
    void fullTextMarksTheParagraphWhereANoteStarts() {
        ArticleSection a = build(ReportOptions.defaults().withFullText(true)).articles().get(0);
        var marked = a.fullText().stream().filter(p -> !p.noteMarkers().isEmpty()).toList();
        assertEquals(1, marked.size());
        assertEquals(List.of(1), marked.get(0).noteMarkers());
        assertTrue(marked.get(0).text().startsWith("Acting Coordinator for Counter-terrorism"));
        assertTrue(a.fullText().stream().noneMatch(p -> p.text().equals(a.title())), "the title is not repeated as text");
        assertTrue(build(ReportOptions.defaults()).articles().get(0).fullText().isEmpty(), "no full text unless asked");
    }

    @Test
    void entityIndexCountsMentionsPerArticleAndCarriesEntityNotes() {
        List<IndexEntry> index = build(ReportOptions.defaults()).entityIndex();
        assertEquals(List.of("Christopher Landberg", "Derek Chollet", "Islamabad", "Pakistan", "State Department"),
                index.stream().map(IndexEntry::name).toList());
        IndexEntry landberg = index.get(0);
        assertEquals(List.of(ReportFixture.ENTITY_NOTE), landberg.notes());
        assertEquals(2, landberg.articles().size());
        IndexEntry pakistan = index.get(3);
        String a = lib.articles.get(lib.idA).orElseThrow().text();
        int inA = a.split("Pakistan", -1).length - 1;
        assertEquals(inA, pakistan.articles().get(0).mentions());
    }

    @Test
    void calendarHasBothVisitsInDateOrderWithTheirReportingSentences() {
        List<ReportContent.CalendarEvent> cal = build(ReportOptions.defaults()).calendar();
        assertEquals(List.of("2023-02-16..2023-02-17", "2023-03-06..2023-03-07"), cal.stream().map(e -> e.when().toString()).toList());
        assertEquals("Visit: Derek Chollet — Islamabad", cal.get(0).label());
        assertTrue(cal.get(0).sources().get(0).sentence().contains("visited Islamabad February 16-17"));
    }

    @Test
    void twoVersionsOfAStoryAreCompared() {
        List<ReportContent.ComparisonSection> cs = build(ReportOptions.defaults()).comparisons();
        assertEquals(1, cs.size());
        assertTrue(cs.get(0).similarity() > 0.5, "similarity " + cs.get(0).similarity());
        assertTrue(cs.get(0).sharedEntities().contains("Christopher Landberg"));
        assertTrue(build(ReportOptions.defaults().withComparison(false)).comparisons().isEmpty());
    }

    @Test
    void unknownArticleIsAnErrorNamingIt() {
        StoreException e = assertThrows(StoreException.class,
                () -> lib.builder().build(List.of(404L), ReportOptions.defaults(), LocalDate.of(2026, 11, 23)));
        assertTrue(e.getMessage().contains("404"));
    }
}
