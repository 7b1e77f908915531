package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.calendar.EventDraft;
import org.parallax.ingest.ImportResult;
import org.parallax.model.DateRange;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.testsupport.SharedData;

/**
 * Copies a real library (the sample pair, 30 saved web pages and a long article, recognised, with notes, marks,
 * rejections, a renamed entity and a manual event) file to file, and compares every table row by row and searches on
 * both sides; a copy cancelled or failing midway never leaves a library at the target's name.
 */
class LibraryCopyTest {
    @TempDir
    static Path shared;
    static Path source;
    static long sampleA;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildSourceLibrary() throws IOException {
        source = shared.resolve("source.db");
        try (AppContext ctx = AppContext.open(source)) {
            List<Path> inputs = new ArrayList<>(List.of(SharedData.sample("story1-outlet-a.txt"), SharedData.sample("story1-outlet-b.txt")));
            try (Stream<Path> pages = Files.walk(SharedData.path("html-pages"))) {
                inputs.addAll(pages.filter(p -> p.getFileName().toString().equals("source.html")).sorted().limit(30).toList());
            }
            // a body over ArticleSections.LONG_BODY, so the copy has search sections to rebuild
            // (made of the sample's own paragraphs: its closing run of related links would swallow what follows it)
            List<String> paragraphs = Files.readAllLines(SharedData.sample("story1-outlet-a.txt")).stream().filter(l -> l.length() > 150).toList();
            StringBuilder longText = new StringBuilder("A long dispatch\n\n");
            for (int i = 0; longText.length() < 3 * ArticleSections.LONG_BODY; i++) {
                if (i == 60) longText.append("In the middle of the dispatch, a paragraph on zanzibarite mining.\n\n");
                longText.append("(").append(i + 1).append(") ").append(paragraphs.get(i % paragraphs.size())).append("\n\n");
            }
            Path longFile = shared.resolve("long-dispatch.txt");
            Files.writeString(longFile, longText);
            inputs.add(longFile);
            List<ImportResult> results = ctx.imports().importPaths(inputs, Progress.NONE).results();
            sampleA = results.get(0).articleId();
            new NlpService(ctx.database(), ctx.articles(), new SampleRecognizer()).processPending(Progress.NONE);

            var notes = ctx.annotations().notes();
            String text = ctx.articles().get(sampleA).orElseThrow().text();
            int at = text.indexOf("Pakistan");
            notes.addPassageNote(sampleA, at, at + "Pakistan".length(), "Check the *embassy* statement");
            long edited = notes.addArticleNote(sampleA, "First thought").id();
            notes.editNote(edited, "Second thought, ünïcödé and an emoji \uD83D\uDCF0");
            long trashed = notes.addArticleNote(results.get(2).articleId(), "to be trashed").id();
            notes.trashNote(trashed);
            var marks = ctx.annotations().marks();
            marks.defineType("Programme", "#aa3300", "9");
            int mark = text.indexOf("security");
            marks.mark(sampleA, mark, mark + "security".length(), "Programme");
            var suggestions = ctx.annotations().suggestions().suggestions();
            ctx.annotations().suggestions().reject(suggestions.get(0));
            List<Mention> auto = ctx.mentions().forArticle(sampleA);
            marks.reject(auto.get(0).id());
            Mention person = auto.stream().filter(m -> m.entityId() != null).skip(1).findFirst().orElseThrow();
            marks.rename(person.entityId(), "Renamed Person");
            notes.addEntityNote(person.entityId(), "Who is this?");
            ctx.calendar().add(new EventDraft(EventKind.VISIT, DateRange.day(LocalDate.of(2023, 3, 20)), List.of(person.entityId()),
                    List.of(), List.of(), "visit added by hand"));
            ctx.stories().otherVersions(sampleA); // builds the story index
            // a long article stored before schema 8 is sectioned lazily: the copy must keep that state as it is
            ctx.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE long_article SET sectioned = 0");
                }
                return null;
            });
        }
    }

    @Test
    void fileToFileCopiesEveryTableAndSearchesAlike() throws Exception {
        Path target = dir.resolve("copy.db");
        List<long[]> seen = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                seen.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        LibraryCopy.Result r = new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(target), null).run(progress);

        assertTrue(Files.isRegularFile(target));
        assertFalse(Files.exists(Path.of(target + ".partial")));
        assertEquals(CopySchema.tables().size(), r.tables().size());
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(p -> p[0] <= p[1]), "progress never passes its total");
        Map<String, Long> counts = new TreeMap<>();
        for (LibraryCopy.TableCopy t : r.tables()) counts.put(t.table(), t.rows());
        // the fixture holds real content in the tables a user works with, so the comparison below compares something
        assertEquals(33, counts.get("article"));
        for (String t : List.of("block", "mention", "entity", "event", "note", "annotation_type", "edit_history",
                "nlp_state", "long_article", "story_member", "story_pair", "story_key", "story_term", "story_state",
                "suggestion_rejected", "event_source", "entity_alias")) {
            assertTrue(counts.get(t) > 0, t + " " + counts);
        }

        try (Database a = Database.open(source); Database b = Database.open(target)) {
            for (CopySchema.Table t : CopySchema.tables()) {
                assertEquals(rows(a, t), rows(b, t), "table " + t.name());
            }
            ArticleRepository fromA = new ArticleRepository(a);
            ArticleRepository fromB = new ArticleRepository(b);
            for (String q : List.of("Pakistan", "embassy AND security", "\"State Department\"", "whal*", "zanzibarite", "NOT_A_WORD_ANYWHERE")) {
                // a long article stored unsectioned is sectioned by a background write after its first search hit, and
                // its snippet then comes from a section: its snippet depends on timing, everything else must agree
                assertEquals(comparable(fromA.searchPage(q, 50)), comparable(fromB.searchPage(q, 50)), "search " + q);
            }
            assertFalse(fromB.search("zanzibarite", 5).isEmpty(), "a word deep in the long article is found in the copy");
            NoteRepository notesA = new NoteRepository(a);
            NoteRepository notesB = new NoteRepository(b);
            for (String q : List.of("embassy", "thought", "trashed")) assertEquals(notesA.search(q, 20), notesB.search(q, 20), "note search " + q);
            assertFalse(notesB.search("embassy", 5).isEmpty());
        }
        // the copy is a library like any other: it takes new articles after the copied ids
        try (AppContext ctx = AppContext.open(target)) {
            Path extra = dir.resolve("extra.txt");
            Files.writeString(extra, "A new article\n\nWritten after the copy, about harbours.\n");
            long id = ctx.imports().importFile(extra).articleId();
            assertTrue(id > r.tables().stream().filter(t -> t.table().equals("article")).findFirst().orElseThrow().rows());
            assertEquals(1, ctx.articles().search("harbours", 5).size());
        }
    }

    @Test
    void aWindowWritingToTheSourceMeanwhileDoesNotTearTheCopy() throws Exception {
        Path own = dir.resolve("own.db");
        new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(own), null).run(Progress.NONE);
        Path target = dir.resolve("copy.db");
        try (AppContext window = AppContext.open(own)) {
            long notesBefore = window.notes().list().size();
            LibraryCopy copy = new LibraryCopy(new LibraryAddress.File(own), new LibraryAddress.File(target), null)
                    .afterBatch((table, rows) -> {
                        if (table.equals("article")) window.annotations().notes().addArticleNote(sampleA, "written during the copy");
                    });
            copy.run(Progress.NONE);
            assertEquals(notesBefore + 1, window.notes().list().size());
            try (Database b = Database.open(target)) {
                assertEquals(notesBefore, new NoteRepository(b).list().size(), "the copy holds the source as it was when it began");
            }
        }
    }

    @Test
    void tablesComeInForeignKeyOrderWithoutSearchIndexTables() {
        List<String> names = CopySchema.tables().stream().map(CopySchema.Table::name).toList();
        assertTrue(names.indexOf("article") < names.indexOf("block"));
        assertTrue(names.indexOf("event") < names.indexOf("mention"));
        assertTrue(names.indexOf("entity") < names.indexOf("event_entity"));
        assertTrue(names.indexOf("feed") < names.indexOf("feed_entry"));
        assertTrue(names.stream().noneMatch(n -> n.contains("_fts")), names.toString());
        assertTrue(names.containsAll(List.of("nlp_claim", "web_snapshot", "article_image", "story_state")), names.toString());
    }

    @Test
    void aCancelledCopyLeavesNothingAtTheTarget() {
        Path target = dir.resolve("copy.db");
        LibraryCopy copy = new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(target), null);
        List<String> partialSeen = new ArrayList<>();
        copy.afterBatch((table, rows) -> {
            if (Files.exists(Path.of(target + ".partial"))) partialSeen.add(table);
            if (table.equals("block")) copy.cancel();
        });
        LibraryCopy.Cancelled e = assertThrows(LibraryCopy.Cancelled.class, () -> copy.run(Progress.NONE));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertFalse(partialSeen.isEmpty(), "the copy was written beside the target while it ran");
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(Path.of(target + ".partial")));
        assertFalse(Files.exists(Path.of(target + ".partial-wal")));
    }

    @Test
    void aCopyFailingMidwayLeavesNothingAtTheTarget() {
        Path target = dir.resolve("copy.db");
        LibraryCopy copy = new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(target), null)
                .afterBatch((table, rows) -> {
                    if (table.equals("mention")) throw new IOException("the disk went away");
                });
        StoreException e = assertThrows(StoreException.class, () -> copy.run(Progress.NONE));
        assertTrue(e.getMessage().startsWith("Copy to " + target + " failed:"), e.getMessage());
        assertTrue(e.getMessage().contains("the disk went away"), e.getMessage());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(Path.of(target + ".partial")));
    }

    @Test
    void whenTheFinishedCopyCannotBeMovedIntoPlaceNoLibraryAppearsThere() throws IOException {
        Path target = dir.resolve("copy.db");
        // something takes the target's name while the copy runs (a folder with a file in it: a rename cannot replace it)
        LibraryCopy copy = new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(target), null)
                .afterBatch((table, rows) -> {
                    if (!Files.exists(target)) Files.writeString(Files.createDirectories(target).resolve("keep.txt"), "mine");
                });
        StoreException e = assertThrows(StoreException.class, () -> copy.run(Progress.NONE));
        assertTrue(e.getMessage().startsWith("Copy to " + target + " failed:"), e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertEquals("mine", Files.readString(target.resolve("keep.txt")));
        assertFalse(Files.exists(Path.of(target + ".partial")));
    }

    @Test
    void refusesATargetThatHoldsALibraryAndLeavesItUnchanged() throws Exception {
        Path target = dir.resolve("full.db");
        new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(target), null).run(Progress.NONE);
        byte[] before = sha256(target);
        StoreException e = assertThrows(StoreException.class,
                () -> new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(target), null).run(Progress.NONE));
        assertEquals("Library " + target + " is not empty (table article has 33 rows): a copy goes into a new file or an empty"
                + " database; nothing was copied.", e.getMessage());
        assertArrayEquals(before, sha256(target));
        assertFalse(Files.exists(Path.of(target + "-wal")), "looking into the target leaves no journal beside it");
        assertFalse(Files.exists(Path.of(target + ".partial")));
    }

    @Test
    void copiesIntoAnEmptyLibraryThatAlreadyExists() {
        Path target = dir.resolve("empty.db");
        Database.open(target).close();
        LibraryCopy.Result r = new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(target), null).run(Progress.NONE);
        assertEquals(33, r.tables().stream().filter(t -> t.table().equals("article")).findFirst().orElseThrow().rows());
        try (Database b = Database.open(target)) {
            assertEquals(33, new ArticleRepository(b).count());
        }
    }

    @Test
    void refusesAMissingSourceAndCopyingOntoItself() {
        Path missing = dir.resolve("missing.db");
        StoreException e = assertThrows(StoreException.class, () -> new LibraryCopy(new LibraryAddress.File(missing),
                new LibraryAddress.File(dir.resolve("b.db")), null).run(Progress.NONE));
        assertEquals("Library " + missing + " does not exist: name an existing library with --from.", e.getMessage());
        assertFalse(Files.exists(missing));
        assertThrows(StoreException.class, () -> new LibraryCopy(new LibraryAddress.File(source), new LibraryAddress.File(source), null)
                .run(Progress.NONE));
    }

    @Test
    void theContentHashTellsChangedContentApartAndIgnoresRowOrderOfStorage() throws Exception {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        try (Database da = Database.open(a); Database db = Database.open(b)) {
            CopySchema.Table story = CopySchema.tables().stream().filter(t -> t.name().equals("story_term")).findFirst().orElseThrow();
            da.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO story_term VALUES ('b', 2), ('a', 1)");
                }
                return null;
            });
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO story_term VALUES ('a', 1), ('b', 2)");
                }
                return null;
            });
            CopySchema.Digest ha = da.read(c -> CopySchema.digest(c, story, Database.Engine.SQLITE));
            assertEquals(ha, db.read(c -> CopySchema.digest(c, story, Database.Engine.SQLITE)));
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE story_term SET df = 3 WHERE term = 'b'");
                }
                return null;
            });
            assertNotEquals(ha, db.read(c -> CopySchema.digest(c, story, Database.Engine.SQLITE)));
        }
    }

    /** A table's rows in primary-key order, blobs as hex, so two libraries compare value by value. */
    private static List<List<Object>> rows(Database db, CopySchema.Table t) {
        return db.read(c -> {
            List<List<Object>> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t.name() + " ORDER BY "
                    + String.join(", ", t.key()))) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        row.add(v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : v);
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    /** A search page with the snippets of long articles (sectioned lazily, in the background) left out. */
    private static List<Object> comparable(org.parallax.model.SearchPage page) {
        List<Object> out = new ArrayList<>(List.of(page.ranked(), page.moreMatches(), page.matches()));
        for (org.parallax.model.SearchHit h : page.hits()) {
            boolean longOne = h.title().startsWith("A long dispatch");
            out.add(List.of(h.articleId(), h.title(), String.valueOf(h.outlet()), h.rank(), longOne ? "" : String.valueOf(h.snippet())));
        }
        return out;
    }
}
