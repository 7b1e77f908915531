package org.parallax.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.annotation.Annotations;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.ManualDates;
import org.parallax.model.Note;
import org.parallax.store.ArticleRepository;
import org.parallax.store.PersonDatabase;
import org.parallax.ui.common.ImmediateTaskRunner;

/**
 * The ways out of a note conflict, without a toolkit: bob's view model saves over a note alice saved after he read
 * it; each choice (use theirs, overwrite, keep both, merge) leaves the library as it says, and bob's undo of an edit
 * alice changed since is refused with a line saying so.
 */
class NoteConflictsTest {
    @TempDir
    Path dir;
    private AnnotationLibrary lib;
    private PersonDatabase aliceDb;
    private PersonDatabase bobDb;
    private Annotations alice;
    private AnnotateViewModel bob;
    private Note note;

    @BeforeEach
    void open() {
        lib = new AnnotationLibrary(dir);
        aliceDb = PersonDatabase.open(lib.db.file(), "alice", false);
        bobDb = PersonDatabase.open(lib.db.file(), "bob", false);
        alice = new Annotations(aliceDb, new ArticleRepository(aliceDb), ManualDates::resolve, Clock.systemUTC());
        bob = new AnnotateViewModel(new Annotations(bobDb, new ArticleRepository(bobDb), ManualDates::resolve, Clock.systemUTC()),
                new ImmediateTaskRunner());
        note = alice.notes().addArticleNote(lib.a, "first");
        bob.open(lib.a);
        alice.notes().editNote(note.id(), "alice's", note.version());
        bob.editNote(note.id(), note.version(), "bob's");
    }

    @AfterEach
    void close() {
        aliceDb.close();
        bobDb.close();
        lib.close();
    }

    private List<String> texts() {
        return alice.notes().repository().forArticle(lib.a).stream().map(Note::text).toList();
    }

    @Test
    void aRefusedSaveIsAskedAboutWithBothTexts() {
        NoteConflicts.Conflict c = bob.noteConflicts().currentProperty().get();
        assertEquals(note.id(), c.noteId());
        assertEquals("alice's", c.theirs());
        assertEquals("bob's", c.mine());
        assertEquals("alice", c.author());
        assertTrue(c.headline().startsWith("alice changed this note at "), c.headline());
        assertTrue(bob.messageProperty().get().startsWith("Note " + note.id() + " was changed by alice"), bob.messageProperty().get());
        assertEquals(List.of("alice's"), texts());
        String merged = NoteConflicts.merged(c);
        assertTrue(merged.indexOf("alice's") < merged.indexOf("bob's"), merged);
        assertTrue(merged.startsWith("<<<<<<< alice's text\n"), merged);
    }

    @Test
    void useTheirsWritesNothingAndOverwriteSavesOverThem() {
        bob.noteConflicts().resolve(NoteConflicts.Choice.USE_THEIRS);
        assertNull(bob.noteConflicts().currentProperty().get());
        assertEquals(List.of("alice's"), texts());

        bob.editNote(note.id(), note.version(), "bob's");
        bob.noteConflicts().resolve(NoteConflicts.Choice.OVERWRITE);
        assertEquals(List.of("bob's"), texts());
        assertNull(bob.noteConflicts().currentProperty().get());
    }

    @Test
    void keepBothAddsBobsNoteBesideAlicesAndAMergeSavesAtHerVersion() {
        NoteConflicts.Conflict c = bob.noteConflicts().currentProperty().get();
        bob.noteConflicts().resolve(NoteConflicts.Choice.KEEP_BOTH);
        assertEquals(List.of("alice's", "bob's"), texts());

        bob.editNote(note.id(), c.version(), "alice's and bob's");
        assertEquals(List.of("alice's and bob's", "bob's"), texts());
    }

    @Test
    void undoOfAnEditAliceChangedSinceIsRefusedWithALine() {
        bob.noteConflicts().resolve(NoteConflicts.Choice.OVERWRITE);
        Note now = alice.notes().repository().get(note.id()).orElseThrow();
        alice.notes().editNote(note.id(), "alice's again", now.version());
        bob.undo();
        assertTrue(bob.messageProperty().get().contains("alice changed note " + note.id()), bob.messageProperty().get());
        assertEquals("alice's again", alice.notes().repository().get(note.id()).orElseThrow().text());
    }
}
