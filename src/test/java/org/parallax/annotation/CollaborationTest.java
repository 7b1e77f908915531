package org.parallax.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.ManualDates;
import org.parallax.model.Annotation;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EventKind;
import org.parallax.model.Note;
import org.parallax.model.Suggestion;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EditConflictException;
import org.parallax.store.EventRepository;
import org.parallax.store.PersonDatabase;
import org.parallax.store.StoreException;

/**
 * Issue 19, several people at once: two analysts (two library handles on one file, each its own user, as two
 * processes or two server roles would be) annotate the shared sample pair. Every edit records who and when; a save
 * over the other's newer save is told with their text; undo never reverts the other's later change; a read-only
 * role changes nothing.
 */
class CollaborationTest {
    private static final Clock ALICE_CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final Clock BOB_CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:05:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private AnnotationLibrary lib;
    private PersonDatabase aliceDb;
    private PersonDatabase bobDb;
    private Annotations alice;
    private Annotations bob;

    @BeforeEach
    void open() {
        lib = new AnnotationLibrary(dir);
        Path file = lib.db.file(); // lib stays open only to find offsets in the sample texts
        aliceDb = PersonDatabase.open(file, "alice", false);
        bobDb = PersonDatabase.open(file, "bob", false);
        alice = new Annotations(aliceDb, new ArticleRepository(aliceDb), ManualDates::resolve, ALICE_CLOCK);
        bob = new Annotations(bobDb, new ArticleRepository(bobDb), ManualDates::resolve, BOB_CLOCK);
    }

    @AfterEach
    void close() {
        aliceDb.close();
        bobDb.close();
        lib.close();
    }

    private Note passageNote(Annotations who, String text) {
        int[] at = lib.find(lib.a, "Clinton White");
        return who.notes().addPassageNote(lib.a, at[0], at[1], text);
    }

    private static List<String> column(Database db, String sql) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    @Test
    void everyHandEditRecordsWhoMadeItAndWhen() {
        Note n = passageNote(alice, "who is he?");
        assertEquals("alice", n.createdBy());
        assertEquals("alice", n.updatedBy());
        assertEquals(1, n.version());
        Note edited = bob.notes().editNote(n.id(), "the border official", n.version());
        assertEquals("alice", edited.createdBy(), "the note stays alice's");
        assertEquals("bob", edited.updatedBy());
        assertEquals(BOB_CLOCK.instant(), edited.updatedAt());
        assertEquals(2, edited.version());

        int[] white = lib.find(lib.a, "Clinton White");
        Annotation mark = alice.marks().mark(lib.a, white[0], white[1], "P");
        assertEquals(List.of("alice|" + ALICE_CLOCK.instant()),
                column(bobDb, "SELECT changed_by || '|' || changed_at FROM mention WHERE id = " + mark.id()));
        long entity = mark.mention().entityId();
        Entity made = bob.entities().get(entity).orElseThrow();
        assertEquals("alice", made.changedBy());
        assertEquals(1, made.version(), "a new entity starts at its first version");
        bob.marks().rename(entity, made.version(), "Clinton R. White");
        Entity renamed = alice.entities().get(entity).orElseThrow();
        assertEquals("bob", renamed.changedBy());
        assertEquals(BOB_CLOCK.instant(), renamed.changedAt());
        assertEquals(2, renamed.version());

        List<Suggestion> suggestions = bob.suggestions().suggestions();
        assertFalse(suggestions.isEmpty(), "alice's mark of a name is suggested where it occurs again");
        bob.suggestions().reject(suggestions.get(0));
        assertEquals(List.of("bob|" + BOB_CLOCK.instant()),
                column(aliceDb, "SELECT rejected_by || '|' || rejected_at FROM suggestion_rejected"));

        long event = new EventRepository(bobDb).insertManual(EventKind.MEETING, DateRange.day(java.time.LocalDate.of(2023, 3, 6)),
                List.of(entity), List.of(), List.of(), "met at the border");
        assertEquals(List.of("bob"), column(aliceDb, "SELECT changed_by FROM event WHERE id = " + event));

        assertEquals(List.of("alice", "bob", "alice", "bob", "bob"),
                column(aliceDb, "SELECT author FROM edit_history ORDER BY id"));
    }

    @Test
    void theSecondSaveOfANoteIsToldWhoChangedItAndKeepBothLeavesBothNotes() {
        Note n = passageNote(alice, "who is he?");
        Note seenByBob = bob.notes().repository().get(n.id()).orElseThrow();
        alice.notes().editNote(n.id(), "alice: the deputy", n.version());

        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> bob.notes().editNote(n.id(), "bob: the ambassador", seenByBob.version()));
        assertEquals(EditConflictException.Kind.NOTE, conflict.kind());
        assertEquals("alice: the deputy", conflict.theirs());
        assertEquals("alice", conflict.author());
        assertEquals(ALICE_CLOCK.instant(), conflict.at());
        assertEquals(2, conflict.version());
        assertTrue(conflict.getMessage().startsWith("Note " + n.id() + " was changed by alice at "), conflict.getMessage());
        assertEquals("alice: the deputy", alice.notes().repository().get(n.id()).orElseThrow().text(), "nothing was saved over it");
        assertTrue(bob.history().undoLabel().isEmpty(), "a refused save leaves no undo entry");

        Note mine = bob.notes().addBeside(n.id(), "bob: the ambassador");
        List<Note> both = alice.notes().repository().forArticle(lib.a);
        assertEquals(2, both.size());
        assertEquals(both.get(0).start(), both.get(1).start());
        assertEquals(both.get(0).quote(), both.get(1).quote());
        assertEquals("bob", mine.createdBy());

        // overwrite: a save naming the version the conflict reported goes through
        Note over = bob.notes().editNote(n.id(), "bob: the ambassador", conflict.version());
        assertEquals(3, over.version());
    }

    @Test
    void aRenameOverSomeoneElsesNewerRenameIsRefused() {
        int[] white = lib.find(lib.a, "Clinton White");
        long entity = alice.marks().mark(lib.a, white[0], white[1], "P").mention().entityId();
        Entity seen = bob.entities().get(entity).orElseThrow();
        alice.marks().rename(entity, seen.version(), "Clinton R. White");
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> bob.marks().rename(entity, seen.version(), "C. White"));
        assertEquals("Clinton R. White", conflict.theirs());
        assertEquals("alice", conflict.author());
        assertEquals("Clinton R. White", bob.entities().get(entity).orElseThrow().name());

        int[] chollet = lib.find(lib.b, "Derek Chollet");
        long other = bob.marks().mark(lib.b, chollet[0], chollet[1], "P").mention().entityId();
        assertThrows(EditConflictException.class, () -> bob.marks().merge(entity, seen.version(), other, 1));
        assertTrue(bob.entities().get(other).isPresent(), "a refused merge changes nothing");
    }

    @Test
    void undoIsRefusedWhileAnotherPersonsLaterChangeStandsAndAllowedOnceItIsGone() {
        Note n = passageNote(alice, "first");
        Note mine = alice.notes().editNote(n.id(), "alice's second", n.version());
        bob.notes().editNote(n.id(), "bob's third", mine.version());

        EditConflictException refused = assertThrows(EditConflictException.class, () -> alice.history().undo());
        assertTrue(refused.getMessage().contains("bob changed note " + n.id()), refused.getMessage());
        assertEquals("bob's third", alice.notes().repository().get(n.id()).orElseThrow().text(), "bob's change stands");
        assertEquals("Edit note", alice.history().undoLabel().orElseThrow(), "the edit stays on alice's stack");

        assertEquals("Edit note", bob.history().undo().orElseThrow());
        assertEquals("Edit note", alice.history().undo().orElseThrow(), "with bob's change undone, alice's undo is hers again");
        assertEquals("first", alice.notes().repository().get(n.id()).orElseThrow().text());
    }

    @Test
    void aSaveReadBeforeAnUndoNeverOverwritesTheEditMadeAfterIt() {
        Note n = passageNote(alice, "first");
        Note second = alice.notes().editNote(n.id(), "second", n.version());
        Note seenByBob = bob.notes().repository().get(n.id()).orElseThrow();
        assertEquals(second.version(), seenByBob.version());
        alice.history().undo();
        Note third = alice.notes().editNote(n.id(), "third", alice.notes().repository().get(n.id()).orElseThrow().version());
        assertTrue(third.version() > seenByBob.version(), "versions never go back, so none is reused");
        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> bob.notes().editNote(n.id(), "bob's", seenByBob.version()));
        assertEquals("third", conflict.theirs());
    }

    @Test
    void aReadOnlyRoleReadsButEveryEditIsRefusedBeforeWriting() {
        Note n = passageNote(alice, "who is he?");
        try (PersonDatabase carolDb = PersonDatabase.open(aliceDb.file(), "carol", true)) {
            Annotations carol = new Annotations(carolDb, new ArticleRepository(carolDb), ManualDates::resolve, BOB_CLOCK);
            assertTrue(carol.readOnly());
            assertFalse(alice.readOnly());
            assertEquals(1, carol.notes().repository().list().size(), "reading works");
            int[] white = lib.find(lib.a, "Clinton White");
            List<Runnable> edits = List.of(
                    () -> carol.notes().addPassageNote(lib.a, white[0], white[1], "mine"),
                    () -> carol.notes().editNote(n.id(), "changed", n.version()),
                    () -> carol.notes().trashNote(n.id()),
                    () -> carol.marks().mark(lib.a, white[0], white[1], "P"),
                    () -> carol.history().undo(),
                    () -> new EventRepository(carolDb).insertManual(EventKind.MEETING, DateRange.day(java.time.LocalDate.of(2023, 3, 6)),
                            List.of(), List.of(), List.of(), null));
            for (Runnable edit : edits) {
                StoreException e = assertThrows(StoreException.class, edit::run);
                assertTrue(e.getMessage().startsWith("Library " + carolDb.describe() + " is read-only for you (role carol): "),
                        e.getMessage());
            }
        }
        assertEquals(List.of("who is he?"), alice.notes().repository().list().stream().map(Note::text).toList());
        assertTrue(alice.annotations().manual().isEmpty());
        assertEquals(List.of("alice"), column(aliceDb, "SELECT author FROM edit_history"));
    }
}
