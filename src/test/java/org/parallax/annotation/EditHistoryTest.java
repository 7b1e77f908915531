package org.parallax.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.ManualDates;
import org.parallax.model.Annotation;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EditHistoryRepository;

/**
 * The order and atomicity of annotation edits on a real SQLite library: edits from several threads are undone in the
 * order they committed, an edit and its undo entry commit together or not at all, and each session undoes its own.
 */
@Tag("contract")
class EditHistoryTest {
    @TempDir
    Path dir;
    private AnnotationLibrary lib;
    private Annotations svc;

    @BeforeEach
    void open() {
        lib = new AnnotationLibrary(dir);
        svc = lib.service;
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private int[] at(long article, String text, int n) {
        return lib.find(article, text, n);
    }

    @Test
    void editsFromTwoThreadsAreUndoneInTheOrderTheyCommitted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                Map<String, Map<List<Object>, Map<String, Object>>> before = LibraryRows.of(lib.db);
                // both name the same person: the second to commit links to the entity the first created
                int[] one = at(lib.a, "Chollet", round % 2);
                int[] two = at(lib.b, "Chollet", 0);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Annotation> f1 = pool.submit(() -> {
                    start.await();
                    return svc.marks().mark(lib.a, one[0], one[1], "P");
                });
                Future<Annotation> f2 = pool.submit(() -> {
                    start.await();
                    return svc.submit(() -> svc.marks().mark(lib.b, two[0], two[1], "P")).await();
                });
                Annotation m1 = f1.get(30, TimeUnit.SECONDS);
                Annotation m2 = f2.get(30, TimeUnit.SECONDS);
                assertEquals(m1.mention().entityId(), m2.mention().entityId(), "one entity for one name");
                Annotation later = m1.id() > m2.id() ? m1 : m2;
                Annotation earlier = later == m1 ? m2 : m1;

                svc.history().undo();
                assertTrue(svc.annotations().get(later.id()).isEmpty(), "the first undo takes back the edit that committed last");
                assertEquals(earlier, svc.annotations().get(earlier.id()).orElseThrow());
                svc.history().undo();
                assertEquals(before, LibraryRows.of(lib.db), "round " + round + ": two undos restore the library exactly");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editsSubmittedWithoutWaitingRunInTheOrderTheyWereSubmitted() {
        Map<String, Map<List<Object>, Map<String, Object>>> before = LibraryRows.of(lib.db);
        int[] fm = at(lib.a, "Foreign Minister", 0);
        // each depends on the one before: the type must exist before the mark, the mark before its undo
        Annotations.Pending<?> define = svc.submit(() -> svc.marks().defineType("Rank", "#336699", "r"));
        Annotations.Pending<Annotation> mark = svc.submit(() -> svc.marks().mark(lib.a, fm[0], fm[1], "r"));
        Annotations.Pending<Optional<String>> undo = svc.submit(() -> svc.history().undo());
        Annotations.Pending<Optional<String>> undoType = svc.submit(() -> svc.history().undo());
        define.await();
        assertEquals("Rank", mark.await().label());
        assertEquals(Optional.of("Mark \"Foreign Minister\" as Rank"), undo.await());
        assertEquals(Optional.of("Define type Rank"), undoType.await());
        assertEquals(before, LibraryRows.of(lib.db));
    }

    @Test
    void anEditAndItsUndoEntryCommitTogether() {
        int[] coas = at(lib.a, "COAS", 0);
        EditHistoryRepository rows = new EditHistoryRepository();
        String session = svc.history().session();
        int[] seen = svc.submit(() -> {
            svc.marks().mark(lib.a, coas[0], coas[1], "O");
            // inside the edit's transaction: the writer sees both the mark and its entry, a reader sees neither yet
            int inTransaction = lib.db.write(c -> rows.count(c, session));
            int committed = lib.db.read(c -> rows.count(c, session));
            int marksSeenByReader = svc.annotations().forArticle(lib.a).size();
            return new int[] {inTransaction, committed, marksSeenByReader};
        }).await();
        assertEquals(1, seen[0]);
        assertEquals(0, seen[1]);
        assertEquals(0, seen[2]);
        assertEquals(1, (int) lib.db.read(c -> rows.count(c, session)));
    }

    @Test
    void anEditThatFailsLeavesNeitherTheChangeNorAnUndoEntry() {
        Map<String, Map<List<Object>, Map<String, Object>>> before = LibraryRows.of(lib.db);
        int[] coas = at(lib.a, "COAS", 0);
        IllegalStateException crash = assertThrows(IllegalStateException.class, () -> svc.submit(() -> {
            svc.marks().mark(lib.a, coas[0], coas[1], "O");
            throw new IllegalStateException("crash after the edit, before its commit");
        }).await());
        assertEquals("crash after the edit, before its commit", crash.getMessage());
        assertEquals(before, LibraryRows.of(lib.db));
        assertEquals(Optional.empty(), svc.history().undoLabel());
    }

    @Test
    void aSessionReopenedAfterTheProcessEndsStillUndoesItsCommittedEdit() {
        Map<String, Map<List<Object>, Map<String, Object>>> before = LibraryRows.of(lib.db);
        int[] coas = at(lib.a, "COAS", 0);
        svc.marks().mark(lib.a, coas[0], coas[1], "O");
        String session = svc.history().session();
        Path file = lib.file;
        lib.db.close();

        try (Database reopened = TestLibrary.open(file)) {
            Annotations again = new Annotations(reopened, new ArticleRepository(reopened), ManualDates::resolve,
                    new History(reopened, AnnotationLibrary.CLOCK, session), AnnotationLibrary.CLOCK);
            assertEquals(Optional.of("Mark \"COAS\" as ORGANIZATION"), again.history().undoLabel());
            again.history().undo();
            assertEquals(before, LibraryRows.of(reopened));
        }
    }

    @Test
    void undoIsPerSession() {
        Annotations other = new Annotations(lib.db, lib.articles, ManualDates::resolve, AnnotationLibrary.CLOCK);
        assertNotEquals(svc.history().session(), other.history().session());
        int[] coas = at(lib.a, "COAS", 0);
        int[] fm = at(lib.b, "Foreign Minister", 0);
        Annotation mine = svc.marks().mark(lib.a, coas[0], coas[1], "O");
        Annotation theirs = other.marks().mark(lib.b, fm[0], fm[1], "M");

        assertEquals(Optional.of("Mark \"COAS\" as ORGANIZATION"), svc.history().undo(), "my undo skips the other window's later edit");
        assertTrue(svc.annotations().get(mine.id()).isEmpty());
        assertEquals(theirs, svc.annotations().get(theirs.id()).orElseThrow());
        assertEquals(Optional.empty(), svc.history().undo(), "nothing of mine is left to undo");

        assertEquals(Optional.of("Mark \"Foreign Minister\" as MISC"), other.history().undo());
        assertEquals(Optional.of("Mark \"Foreign Minister\" as MISC"), other.history().redoLabel(), "redo is per session too");
        assertEquals(Optional.of("Mark \"COAS\" as ORGANIZATION"), svc.history().redoLabel());
        svc.history().redo();
        assertEquals(mine, svc.annotations().get(mine.id()).orElseThrow(), "redo brings my mark back, id included");
        assertTrue(svc.annotations().get(theirs.id()).isEmpty());
    }

    @Test
    void aNewEditEndsRedoAndEmptyEditsLeaveNoEntry() {
        int[] coas = at(lib.a, "COAS", 0);
        int[] fm = at(lib.a, "Foreign Minister", 0);
        svc.marks().mark(lib.a, coas[0], coas[1], "O");
        svc.history().undo();
        assertTrue(svc.history().redoLabel().isPresent());
        svc.marks().mark(lib.a, fm[0], fm[1], "M");
        assertEquals(Optional.empty(), svc.history().redoLabel());
        svc.suggestions().rejectAll(List.of());
        List<String> labels = new ArrayList<>();
        for (Optional<String> l = svc.history().undo(); l.isPresent(); l = svc.history().undo()) labels.add(l.get());
        assertEquals(List.of("Mark \"Foreign Minister\" as MISC"), labels);
    }

    @Test
    void aSessionsFirstEditDropsOtherSessionsHistoryOlderThanAMonth() {
        java.time.Clock monthsAgo = java.time.Clock.offset(AnnotationLibrary.CLOCK, java.time.Duration.ofDays(-40));
        Annotations old = new Annotations(lib.db, lib.articles, ManualDates::resolve, monthsAgo);
        Annotations recent = new Annotations(lib.db, lib.articles, ManualDates::resolve, AnnotationLibrary.CLOCK);
        int[] coas = at(lib.a, "COAS", 0);
        int[] fm = at(lib.a, "Foreign Minister", 0);
        recent.marks().mark(lib.a, fm[0], fm[1], "M");
        old.marks().mark(lib.a, coas[0], coas[1], "O");
        assertTrue(old.history().undoLabel().isPresent());

        int[] horst = at(lib.a, "Elizabeth Horst", 0);
        svc.marks().mark(lib.a, horst[0], horst[1], "P");
        assertEquals(Optional.empty(), old.history().undoLabel(), "a window closed 40 days ago cannot undo any more");
        assertEquals(Optional.of("Mark \"Foreign Minister\" as MISC"), recent.history().undoLabel());
        assertEquals(3, svc.annotations().forArticle(lib.a).size(), "pruning history changes no annotation");
    }
}
