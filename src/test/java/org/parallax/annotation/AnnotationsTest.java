package org.parallax.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.NlpService;
import org.parallax.model.Annotation;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Note;
import org.parallax.model.NoteHit;
import org.parallax.model.NoteTarget;
import org.parallax.model.Progress;
import org.parallax.model.Suggestion;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.EventRepository;
import org.parallax.store.NlpStateRepository;

/** Hand annotation on the shared sample pair, imported by the real importer into a real SQLite library. */
@Tag("contract")
class AnnotationsTest {
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

    private Annotation mark(long article, String text, int occurrence, String type) {
        int[] at = lib.find(article, text, occurrence);
        return svc.marks().mark(article, at[0], at[1], type);
    }

    @Test
    void pressingPMarksAPersonLinkedToANewEntityAndUndoRedoRestoreIt() {
        int[] at = lib.find(lib.a, "Clinton White");
        Annotation p = svc.marks().mark(lib.a, at[0] - 1, at[1] + 1, "P"); // a selection with a space on each side is trimmed
        assertEquals("Clinton White", p.mention().text());
        assertEquals(at[0], p.mention().start());
        assertEquals(EntityType.PERSON, p.mention().type());
        assertEquals(MentionOrigin.MANUAL, p.mention().origin());
        Entity e = svc.entities().get(p.mention().entityId()).orElseThrow();
        assertEquals("Clinton White", e.name());

        assertEquals("Mark \"Clinton White\" as PERSON", svc.history().undo().orElseThrow());
        assertTrue(svc.annotations().forArticle(lib.a).isEmpty());
        assertTrue(svc.entities().list().isEmpty(), "the entity the mark created goes with it");

        svc.history().redo();
        Annotation again = svc.annotations().get(p.id()).orElseThrow();
        assertEquals(p, again, "redo brings back the same row, id included");
        assertEquals(e, svc.entities().get(e.id()).orElseThrow());
        assertTrue(svc.history().redo().isEmpty());
    }

    @Test
    void aSecondMarkOfTheSameNameLinksToTheSameEntity() {
        Annotation first = mark(lib.a, "Chollet", 0, "P");
        Annotation second = mark(lib.b, "Chollet", 0, "person");
        assertEquals(first.mention().entityId(), second.mention().entityId());
        assertThrows(IllegalArgumentException.class, () -> mark(lib.b, "Chollet", 0, "P"), "already marked");
        assertThrows(IllegalArgumentException.class, () -> mark(lib.b, "Chollet", 1, "X"), "unknown type");
    }

    @Test
    void aRejectionSurvivesARerunOfNlp() {
        NlpService nlp = new NlpService(lib.db, lib.articles, new SampleRecognizer());
        nlp.processPending(Progress.NONE);
        Mention isis = svc.annotations().forArticle(lib.b).stream().map(Annotation::mention)
                .filter(m -> m.text().equals("ISIS")).findFirst().orElseThrow();
        svc.marks().reject(isis.id());

        new NlpStateRepository(lib.db).markPending(lib.b);
        assertEquals(1, nlp.processPending(Progress.NONE).processed());

        List<Mention> isisNow = svc.annotations().forArticle(lib.b).stream().map(Annotation::mention)
                .filter(m -> m.text().equals("ISIS")).toList();
        assertEquals(1, isisNow.size(), isisNow.toString());
        assertTrue(isisNow.get(0).rejected());
        assertEquals(isis.id(), isisNow.get(0).id());

        svc.history().undo();
        assertFalse(svc.annotations().get(isis.id()).orElseThrow().mention().rejected());
    }

    @Test
    void aManualDateResolvesItsTextOrAsksForTheDate() {
        Annotation march = mark(lib.a, "March 6-7", 1, "D");
        assertEquals(new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), DatePrecision.DAY), march.mention().date());
        assertNull(march.mention().entityId());

        int[] friday = lib.find(lib.a, "Friday");
        assertThrows(DateNeededException.class, () -> svc.marks().mark(lib.a, friday[0], friday[1], "D"));
        DateRange given = DateRange.day(LocalDate.of(2023, 3, 3));
        assertEquals(given, svc.marks().mark(lib.a, friday[0], friday[1], "D", given, null).mention().date());
    }

    @Test
    void pressingECreatesAnEventUndoRemovesIt() {
        mark(lib.a, "Derek Chollet", 0, "P");
        int[] pk = lib.find(lib.a, "visited Pakistan");
        svc.marks().mark(lib.a, pk[0] + 8, pk[1], "L");
        Annotation visit = mark(lib.a, "visited", 0, "E");
        assertEquals(Annotation.EVENT, visit.label());
        assertNotNull(visit.eventId());
        Event ev = new EventRepository(lib.db).list().get(0);
        assertEquals(visit.eventId(), ev.id());
        assertEquals(List.of("Derek Chollet"), ev.who());
        assertEquals(List.of("Pakistan"), ev.where());
        assertEquals(DateRange.day(LocalDate.of(2023, 3, 4)), ev.when(), "no date in the sentence: the article's date");

        svc.history().undo();
        assertTrue(new EventRepository(lib.db).list().isEmpty());
        svc.history().redo();
        assertEquals(ev, new EventRepository(lib.db).list().get(0));
    }

    @Test
    void customTypesMarkByNameOrShortcutAndChangingTypeRelinks() {
        svc.marks().defineType("Programme", "#aa3300", "g");
        assertThrows(IllegalArgumentException.class, () -> svc.marks().defineType("Other", "#000000", "p"));
        Annotation prog = mark(lib.a, "counter-terrorism dialogue", 0, "g");
        assertEquals("Programme", prog.label());
        assertEquals(EntityType.MISC, prog.mention().type());
        assertNull(prog.mention().entityId());

        Annotation usaid = mark(lib.a, "USAID", 0, "L");
        Annotation changed = svc.marks().changeType(usaid.id(), "O", null);
        assertEquals(EntityType.ORGANIZATION, changed.mention().type());
        Entity org = svc.entities().get(changed.mention().entityId()).orElseThrow();
        assertEquals(EntityType.ORGANIZATION, org.type());
        svc.history().undo();
        assertEquals(usaid, svc.annotations().get(usaid.id()).orElseThrow());
    }

    @Test
    void mergeSplitRenameAndAliasAreUndoneExactly() {
        Annotation c1 = mark(lib.a, "Chollet", 1, "P");
        Annotation c2 = mark(lib.b, "Derek Chollet", 0, "P");
        long x = c1.mention().entityId();
        long y = c2.mention().entityId();
        List<Entity> before = svc.entities().list();
        List<Annotation> mentionsBefore = svc.annotations().forArticle(lib.a);

        svc.marks().merge(y, x);
        assertEquals(1, svc.entities().list().size());
        assertEquals(y, svc.annotations().get(c1.id()).orElseThrow().mention().entityId());
        svc.marks().rename(y, "Derek H. Chollet");
        svc.marks().addAlias(y, "Counselor Chollet");
        long split = svc.marks().split(y, List.of(c1.id()), "Chollet (other)");
        assertEquals(split, svc.annotations().get(c1.id()).orElseThrow().mention().entityId());

        for (int i = 0; i < 4; i++) svc.history().undo();
        // undo restores every field but the save version, which only moves forward (issue 19)
        assertEquals(unversioned(before), unversioned(svc.entities().list()));
        assertEquals(mentionsBefore, svc.annotations().forArticle(lib.a));

        for (int i = 0; i < 4; i++) svc.history().redo();
        Entity renamed = svc.entities().get(y).orElseThrow();
        assertEquals("Derek H. Chollet", renamed.name());
        assertTrue(renamed.aliases().contains("Counselor Chollet"));
        assertEquals(split, svc.annotations().get(c1.id()).orElseThrow().mention().entityId());
    }

    @Test
    void notesGoToTheTrashComeBackAndAreSearchedAsTheirOwnGroup() {
        int[] at = lib.find(lib.a, "border security");
        Note passage = svc.notes().addPassageNote(lib.a, at[0], at[1], "Compare with the **2019** dialogue.");
        assertEquals("border security", passage.quote());
        assertTrue(passage.prefix().endsWith("critical areas such as "), passage.prefix());
        Note article = svc.notes().addArticleNote(lib.a, "Byline repeated twice.");
        Annotation horst = mark(lib.a, "Elizabeth Horst", 0, "P");
        Note entity = svc.notes().addEntityNote(horst.mention().entityId(), "Principal Deputy Assistant Secretary");
        assertEquals(List.of(passage.id(), article.id()), svc.notes().repository().forArticle(lib.a).stream().map(Note::id).toList());
        assertEquals(NoteTarget.ENTITY, svc.notes().repository().forEntity(horst.mention().entityId()).get(0).target());

        List<NoteHit> hits = svc.notes().repository().search("dialogue", 10);
        assertEquals(List.of(passage.id()), hits.stream().map(NoteHit::noteId).toList());
        assertTrue(lib.articles.search("2019", 10).isEmpty(), "note text stays out of the article results");

        svc.notes().editNote(passage.id(), "Compare with the 2021 talks.");
        assertTrue(svc.notes().repository().search("dialogue", 10).isEmpty());
        svc.notes().trashNote(passage.id());
        assertTrue(svc.notes().repository().search("talks", 10).isEmpty(), "the trash is not searched");
        assertEquals(List.of(passage.id()), svc.notes().repository().trash().stream().map(Note::id).toList());
        svc.notes().restoreNote(passage.id());
        assertTrue(svc.notes().repository().trash().isEmpty());
        svc.notes().trashNote(entity.id());
        assertEquals(1, svc.notes().emptyTrash());
        assertTrue(svc.notes().repository().get(entity.id()).isEmpty());
        svc.history().undo();
        assertEquals(entity.id(), svc.notes().repository().trash().get(0).id());
        svc.notes().restoreNote(entity.id());
        assertEquals(List.of(entity.id()), svc.notes().repository().search("Secretary", 10).stream().map(NoteHit::noteId).toList(),
                "an undone empty-trash puts the note back in the index");
    }

    @Test
    void aPronounTheUserMarkedStaysMarkedButIsNeverSuggested() {
        Annotation they = mark(lib.a, "they", 0, "P");
        Annotation white = mark(lib.a, "Clinton White", 0, "P");
        assertEquals("they", they.mention().text(), "the user's mark stays as made");
        assertNotNull(they.mention().entityId());
        List<Suggestion> inB = svc.suggestions().suggestions(lib.b);
        assertEquals(List.of("Clinton White"), inB.stream().map(Suggestion::text).toList(), "\"they\" occurs in b but is not proposed");
        assertEquals(white.mention().entityId(), inB.get(0).entityId());
    }

    @Test
    void suggestionsAppearInTheSecondArticleAndCanBeAcceptedOrRejected() {
        Annotation white = mark(lib.a, "Clinton White", 0, "P");
        svc.marks().defineType("Rank", "#336699", "r");
        mark(lib.a, "Foreign Minister", 0, "Rank");
        List<Suggestion> inB = svc.suggestions().suggestions(lib.b);
        assertEquals(List.of("Clinton White", "Foreign Minister"), inB.stream().map(Suggestion::text).toList());
        assertTrue(svc.suggestions().suggestions(lib.a).isEmpty(), "the marked occurrences are not suggested again");

        Suggestion s = inB.get(0);
        assertEquals(lib.find(lib.b, "Clinton White")[0], s.start());
        Annotation accepted = svc.suggestions().accept(s);
        assertEquals(white.mention().entityId(), accepted.mention().entityId());
        svc.suggestions().reject(inB.get(1));
        assertTrue(svc.suggestions().suggestions().isEmpty());

        svc.history().undo();
        svc.history().undo();
        assertEquals(2, svc.suggestions().suggestions().size());
        assertEquals(2, svc.suggestions().acceptAll(svc.suggestions().suggestions()));
        assertTrue(svc.suggestions().suggestions().isEmpty());
        assertEquals("Rank", svc.annotations().forArticle(lib.b).stream()
                .filter(x -> x.mention().text().equals("Foreign Minister")).findFirst().orElseThrow().label());
    }

    @Test
    void handMadeNamesFeedTheRecogniserAsAGazetteer() {
        Annotation coas = mark(lib.a, "COAS", 0, "O");
        NlpService nlp = new NlpService(lib.db, lib.articles, new SampleRecognizer());
        nlp.processPending(Progress.NONE);
        List<Mention> inB = svc.annotations().forArticle(lib.b).stream().map(Annotation::mention)
                .filter(m -> m.text().equals("COAS")).toList();
        assertEquals(1, inB.size());
        assertEquals(MentionOrigin.AUTO, inB.get(0).origin());
        assertEquals(EntityType.ORGANIZATION, inB.get(0).type());
        assertEquals(coas.mention().entityId(), inB.get(0).entityId(), "linked to the entity of the hand-made mark");
    }

    @Test
    void notesReanchorOnAnEditedReimportAndAnUnfindableOneIsOrphaned() throws Exception {
        String text = java.nio.file.Files.readString(org.parallax.nlp.SampleArticles.dir().resolve("story1-outlet-a.txt"));
        int[] p1 = lib.find(lib.a, "Elizabeth Horst");
        int[] p2 = lib.find(lib.a, "positive trajectory of relations");
        int[] p3 = lib.find(lib.a, "worsening law and order situation");
        Note exact = svc.notes().addPassageNote(lib.a, p1[0], p1[1], "who is she?");
        Note fuzzy = svc.notes().addPassageNote(lib.a, p2[0], p2[1], "tone");
        Note gone = svc.notes().addPassageNote(lib.a, p3[0], p3[1], "source?");
        Note whole = svc.notes().addArticleNote(lib.a, "read in full");
        Annotation landberg = mark(lib.a, "Christopher Landberg", 0, "P");

        String edited = text.replace("WASHINGTON: ", "WASHINGTON (corrected): ")
                .replace("positive trajectory of relations", "positive trajectory of ties")
                .replace("The development comes against the backdrop of increasing terror incidents in Pakistan and "
                        + "Washington's assurance to help the country deal with the worsening law and order situation.\n", "");
        assertFalse(edited.contains("worsening"));
        long fresh = lib.importText(dir, "story1-outlet-a-corrected.txt", edited);
        String newText = lib.article(fresh).text();

        Notes.ReanchorReport report = svc.notes().reanchor(lib.a, fresh);
        assertEquals(new Notes.ReanchorReport(2, 1, 1), report);
        Note e2 = svc.notes().repository().get(exact.id()).orElseThrow();
        assertEquals(fresh, e2.articleId());
        assertEquals("Elizabeth Horst", newText.substring(e2.start(), e2.end()));
        assertEquals(newText.indexOf("Elizabeth Horst"), e2.start());
        Note f2 = svc.notes().repository().get(fuzzy.id()).orElseThrow();
        assertFalse(f2.orphaned());
        assertEquals("positive trajectory of ties", newText.substring(f2.start(), f2.end()));
        Note g2 = svc.notes().repository().get(gone.id()).orElseThrow();
        assertTrue(g2.orphaned());
        assertEquals(fresh, g2.articleId());
        assertEquals("worsening law and order situation", g2.quote(), "an orphan keeps its quote");
        assertEquals(fresh, svc.notes().repository().get(whole.id()).orElseThrow().articleId());
        assertEquals(4, svc.notes().repository().forArticle(fresh).size());
        Mention moved = svc.annotations().forArticle(fresh).get(0).mention();
        assertEquals(landberg.mention().text(), newText.substring(moved.start(), moved.end()));

        svc.history().undo();
        assertEquals(unversioned(exact), unversioned(svc.notes().repository().get(exact.id()).orElseThrow()));
        assertTrue(svc.annotations().forArticle(fresh).isEmpty());
    }

    @Test
    void undoAfterAnNlpRerunDoesNotBringBackAStaleCopyOfAnAutomaticMention() {
        NlpService nlp = new NlpService(lib.db, lib.articles, new SampleRecognizer());
        nlp.processPending(Progress.NONE);
        Mention usaid = svc.annotations().forArticle(lib.a).stream().map(Annotation::mention)
                .filter(m -> m.text().equals("USAID")).findFirst().orElseThrow();
        long other = svc.marks().linkToNew(usaid.id(), "USAID (the agency)");
        new NlpStateRepository(lib.db).markPending(lib.a);
        nlp.processPending(Progress.NONE);
        assertTrue(svc.annotations().get(usaid.id()).isEmpty(), "the re-run stored the mention under a new id");

        svc.history().undo();
        List<Mention> copies = svc.annotations().forArticle(lib.a).stream().map(Annotation::mention)
                .filter(m -> m.start() == usaid.start() && m.end() == usaid.end()).toList();
        assertEquals(1, copies.size(), copies.toString());
        assertTrue(svc.entities().get(other).isEmpty(), "the entity the undone edit created is gone");
    }

    @Test
    void removingAMarkRejectsAnAutomaticOneAndDeletesAManualOne() {
        new NlpService(lib.db, lib.articles, new SampleRecognizer()).processPending(Progress.NONE);
        Mention isis = svc.annotations().forArticle(lib.b).stream().map(Annotation::mention)
                .filter(m -> m.text().equals("ISIS")).findFirst().orElseThrow();
        Annotation coas = mark(lib.b, "COAS", 0, "O");
        List<Annotation> shown = svc.annotations().accepted(lib.b);
        assertEquals(coas, Marks.at(shown, coas.mention().start() + 1, coas.mention().start() + 1).orElseThrow(),
                "a caret inside a mark points at it");
        assertEquals(List.of(coas.id()), Marks.linkedWithin(shown, coas.mention().entityId(), 0, lib.article(lib.b).text().length()));

        svc.marks().remove(isis.id());
        assertTrue(svc.annotations().get(isis.id()).orElseThrow().mention().rejected(), "automatic: rejected, so NLP keeps it away");
        svc.marks().remove(coas.id());
        assertTrue(svc.annotations().get(coas.id()).isEmpty(), "manual: deleted");
        assertFalse(svc.annotations().accepted(lib.b).stream().anyMatch(a -> a.id() == isis.id()));
    }

    private static List<Entity> unversioned(List<Entity> entities) {
        return entities.stream().map(e -> new Entity(e.id(), e.type(), e.name(), e.aliases(), e.nameLocked(), e.changedBy(),
                e.changedAt(), 0)).toList();
    }

    private static Note unversioned(Note n) {
        return new Note(n.id(), n.target(), n.articleId(), n.entityId(), n.start(), n.end(), n.quote(), n.prefix(), n.suffix(),
                n.text(), n.createdAt(), n.updatedAt(), n.deletedAt(), n.orphaned(), n.createdBy(), n.updatedBy(), 0);
    }
}
