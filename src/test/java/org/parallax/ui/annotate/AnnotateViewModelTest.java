package org.parallax.ui.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AnnotationLibrary;
import org.parallax.app.NlpService;
import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.store.MentionRepository;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.ui.common.ImmediateTaskRunner;

/** The annotation view model without a toolkit, on the imported sample pair (tasks run on the calling thread). */
class AnnotateViewModelTest {
    @TempDir
    Path dir;
    private AnnotationLibrary lib;
    private AnnotateViewModel vm;

    @BeforeEach
    void open() {
        lib = new AnnotationLibrary(dir);
        new NlpService(lib.db, lib.articles, new SampleRecognizer()).processPending(Progress.NONE);
        vm = new AnnotateViewModel(lib.service, new ImmediateTaskRunner());
        vm.open(lib.a);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void marksFiltersAndUndoes() {
        int automatic = vm.annotations().size();
        assertTrue(automatic > 20, "the NLP marks are shown: " + automatic);
        int[] at = lib.find(lib.a, "COAS");
        vm.mark(at[0], at[1], vm.typeForKey("o").orElseThrow());
        assertEquals(automatic + 1, vm.annotations().size());
        assertTrue(vm.entities().stream().anyMatch(e -> e.entity().name().equals("COAS")));

        vm.filterProperty().set(AnnotateViewModel.Filter.MANUAL);
        assertEquals(List.of("COAS"), vm.annotations().stream().map(a -> a.mention().text()).toList());
        vm.filterProperty().set(AnnotateViewModel.Filter.AUTO);
        assertEquals(automatic, vm.annotations().size());
        assertTrue(vm.annotations().stream().allMatch(a -> a.mention().origin() == MentionOrigin.AUTO));

        vm.filterProperty().set(AnnotateViewModel.Filter.BOTH);
        vm.undo();
        assertEquals(automatic, vm.annotations().size());
        vm.redo();
        assertEquals(automatic + 1, vm.annotations().size());
    }

    @Test
    void customShortcutsDatePromptsAndTheTrash() {
        lib.service.marks().defineType("Rank", "#336699", "r");
        vm.reload();
        assertEquals(Optional.of("Rank"), vm.typeForKey("R"));
        assertEquals(Optional.empty(), vm.typeForKey("X"));

        int[] border = lib.find(lib.a, "border security");
        vm.mark(border[0], border[1], "D");
        assertTrue(vm.dateNeededProperty().get().contains("border security"), vm.dateNeededProperty().get());

        vm.addNote(border[0], border[1], "which border?");
        assertEquals(1, vm.notes().size());
        vm.trashNote(vm.notes().get(0).id());
        assertTrue(vm.notes().isEmpty());
        assertEquals(1, vm.trash().size());
        vm.restoreNote(vm.trash().get(0).id());
        assertEquals(1, vm.notes().size());

        Annotation pakistan = lib.service.annotations().forArticle(lib.a).stream()
                .filter(a -> a.mention().text().equals("Pakistan")).findFirst().orElseThrow();
        int before = vm.annotations().size();
        vm.reject(pakistan.id());
        assertEquals(before - 1, vm.annotations().size(), "a rejected mark is no longer shown");
    }

    @Test
    void aNameMarkedInOneArticleIsSuggestedInTheOtherAndAcceptedThere() {
        int[] coas = lib.find(lib.a, "COAS");
        vm.mark(coas[0], coas[1], "O");
        vm.open(lib.b);
        assertEquals(List.of("COAS"), vm.suggestions().stream().map(s -> s.text()).toList());
        vm.acceptAllSuggestions();
        assertTrue(vm.suggestions().isEmpty());
        assertTrue(vm.annotations().stream().anyMatch(a -> a.mention().text().equals("COAS")
                && a.mention().origin() == MentionOrigin.MANUAL));
        vm.undo();
        assertEquals(1, vm.suggestions().size());
        vm.rejectSuggestion(vm.suggestions().get(0));
        assertTrue(vm.suggestions().isEmpty());
    }

    @Test
    void aDateMarkThatNeedsADateIsRepeatedWithTheDateGiven() {
        int[] friday = lib.find(lib.a, "on Friday");
        vm.mark(friday[0], friday[1], "D");
        assertTrue(!vm.dateNeededProperty().get().isEmpty());
        vm.markWithDate("2023-03-03");
        assertEquals("", vm.dateNeededProperty().get());
        assertTrue(vm.annotations().stream().anyMatch(a -> a.mention().text().equals("on Friday")
                && "2023-03-03".equals(String.valueOf(a.mention().date()))));
    }

    @Test
    void aManualDateMarkBecomesAManualEventWithItsSentence() {
        org.parallax.calendar.CalendarService calendar = new org.parallax.calendar.CalendarService(lib.db, lib.articles);
        vm.setCalendar(calendar);
        int[] friday = lib.find(lib.a, "on Friday");
        vm.mark(friday[0], friday[1], "D");
        vm.markWithDate("2023-03-03");
        Annotation date = vm.annotations().stream().filter(a -> a.mention().text().equals("on Friday")
                && a.mention().origin() == MentionOrigin.MANUAL).findFirst().orElseThrow();
        assertTrue(vm.canMakeEvent(date));
        Annotation person = vm.annotations().stream()
                .filter(a -> a.mention().type() == org.parallax.model.EntityType.PERSON).findFirst().orElseThrow();
        assertTrue(!vm.canMakeEvent(person), "only DATE marks become events");
        int before = calendar.events(null, null, org.parallax.calendar.EventFilter.all()).size();

        vm.makeEvent(date, org.parallax.model.EventKind.MEETING);

        List<org.parallax.model.Event> after = calendar.events(null, null, org.parallax.calendar.EventFilter.all());
        assertEquals(before + 1, after.size());
        org.parallax.model.Event made = after.stream().filter(org.parallax.model.Event::manual)
                .filter(e -> e.kind() == org.parallax.model.EventKind.MEETING).findFirst().orElseThrow();
        assertEquals("2023-03-03", made.when().toString());
        assertEquals(lib.a, made.sources().get(0).articleId());
        assertTrue(made.sources().get(0).sentenceText().contains("on Friday"), made.sources().get(0).sentenceText());
        assertTrue(vm.messageProperty().get().startsWith("Event added"), vm.messageProperty().get());
    }

    @Test
    void removingAFoundMarkRejectsItAndRemovingAHandMarkDeletesIt() {
        Annotation found = vm.annotations().stream().filter(a -> a.mention().origin() == MentionOrigin.AUTO).findFirst().orElseThrow();
        vm.removeMark(found);
        Mention stored = new MentionRepository(lib.db).get(found.mention().id()).orElseThrow();
        assertTrue(stored.rejected(), "a found mark stays, rejected, so a re-run does not bring it back");
        assertTrue(vm.annotations().stream().noneMatch(a -> a.id() == found.id()));

        int[] at = lib.find(lib.a, "COAS");
        vm.mark(at[0], at[1], "O");
        Annotation mine = vm.annotationAt(at[0], at[0]).orElseThrow();
        assertEquals(MentionOrigin.MANUAL, mine.mention().origin());
        vm.removeMark(mine);
        assertTrue(new MentionRepository(lib.db).get(mine.mention().id()).isEmpty(), "a hand mark is deleted");
    }

    @Test
    void aTypeLineGivesNameColourAndKey() {
        vm.defineTypeFromLine("Heavy weapon #aa3300 w");
        vm.defineTypeFromLine("Programme");
        AnnotationType weapon = vm.types().stream().filter(t -> t.name().equals("Heavy weapon")).findFirst().orElseThrow();
        assertEquals("#aa3300", weapon.colour().toLowerCase());
        assertEquals("w", weapon.shortcut());
        assertEquals(Optional.of("Heavy weapon"), vm.typeForKey("W"));
        assertTrue(vm.types().stream().anyMatch(t -> t.name().equals("Programme") && t.shortcut() == null));
    }

    @Test
    void mergingByNameFindsTheEntityIgnoringCaseAndRefusesUnknownNames() {
        List<AnnotateViewModel.EntityRow> rows = List.copyOf(vm.entities());
        assertTrue(rows.size() >= 2, rows.toString());
        Entity keep = rows.get(0).entity();
        Entity other = rows.get(1).entity();
        vm.mergeNamed(keep.id(), "no such entity at all");
        assertTrue(vm.messageProperty().get().contains("no entity named"), vm.messageProperty().get());
        vm.mergeNamed(keep.id(), keep.name());
        assertTrue(vm.messageProperty().get().contains("itself"), vm.messageProperty().get());

        vm.mergeNamed(keep.id(), "  " + other.name().toUpperCase() + " ");
        assertTrue(vm.entities().stream().noneMatch(r -> r.entity().id() == other.id()), "merged away");
        assertTrue(vm.allEntities().stream().noneMatch(e -> e.id() == other.id()));
    }

    @Test
    void aNoteGoesOnTheSelectionElseOnTheRangeWhereItWasStarted() {
        int[] border = lib.find(lib.a, "border security");
        assertFalse(vm.addNoteOnSelection(0, 0, "  "), "a blank note adds nothing");
        vm.startNote(border[0], border[1]);
        assertEquals(1, vm.noteRequestsProperty().get());
        assertTrue(vm.addNoteOnSelection(5, 5, "which border?"));
        assertEquals("border security", vm.notes().get(0).quote());

        int[] coas = lib.find(lib.a, "COAS");
        vm.startNote(border[0], border[1]);
        assertTrue(vm.addNoteOnSelection(coas[0], coas[1], "who?"));
        assertTrue(vm.notes().stream().anyMatch(n -> "COAS".equals(n.quote())), "a selection wins over the started range");
        assertTrue(vm.addNoteOnSelection(0, 0, "on the whole article"));
        assertTrue(vm.notes().stream().anyMatch(n -> n.quote() == null), "nothing started: the whole article");
    }

    @Test
    void splittingNeedsMentionsOfTheEntityInTheSelection() {
        AnnotateViewModel.EntityRow row = vm.entities().get(0);
        assertTrue(vm.splitCandidates(row.entity().id(), 0, 0).isEmpty());
        assertTrue(vm.messageProperty().get().startsWith("Select the mentions"), vm.messageProperty().get());
        Annotation first = vm.annotations().stream().filter(a -> row.entity().id() == (a.mention().entityId() == null ? -1 : a.mention().entityId()))
                .findFirst().orElseThrow();
        assertEquals(List.of(first.id()), vm.splitCandidates(row.entity().id(), first.mention().start(), first.mention().end()));
    }
}
