package org.parallax.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Progress;

/** The calendar's queries and manual events over a real library holding the two processed samples. */
@Tag("contract")
class CalendarServiceTest {
    @TempDir
    Path dir;
    private SampleLibrary lib;
    private CalendarService calendar;

    @BeforeEach
    void open() {
        lib = SampleLibrary.open(dir.resolve("library.db"));
        calendar = new CalendarService(lib.ctx.database(), lib.ctx.articles());
    }

    @AfterEach
    void close() {
        lib.ctx.close();
    }

    private long entity(String name) {
        return lib.nlp.entities().list().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name));
    }

    private static EventDraft monthDraft(YearMonth m, long who) {
        return new EventDraft(EventKind.MEETING, new DateRange(m.atDay(1), m.atEndOfMonth(), DatePrecision.MONTH),
                List.of(who), List.of(), List.of(), "talks some time that month");
    }

    @Test
    void marchShowsTheLandbergVisitOnItsTwoDaysWithBothArticles() {
        CalendarRange march = calendar.month(YearMonth.of(2023, 3), EventFilter.all());
        Event visit = SampleLibrary.find(march.dayEvents(), "2023-03-06..2023-03-07");
        assertEquals(EventKind.VISIT, visit.kind());
        assertTrue(visit.who().contains("Christopher Landberg"), visit.who().toString());
        assertEquals(List.of(lib.outletA, lib.outletB), visit.articleIds());
        assertTrue(march.dayEvents().stream().noneMatch(e -> e.when().start().getMonthValue() == 2),
                "February's visit stays out of March: " + march.dayEvents());
    }

    @Test
    void rangeQueryReturnsOnlyEventsOverlappingIt() {
        assertEquals(List.of("2023-03-06..2023-03-07"), calendar.events(LocalDate.of(2023, 3, 7), LocalDate.of(2023, 3, 31),
                EventFilter.all()).stream().map(e -> e.when().toString()).toList());
        assertTrue(calendar.events(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30), EventFilter.all()).isEmpty());
        assertEquals(3, calendar.events(null, null, EventFilter.all()).size());
    }

    @Test
    void entityFilterFindsAllOfCholletsVisits() {
        long chollet = entity("Derek Chollet");
        List<Event> his = calendar.events(null, null, EventFilter.entity(chollet).withKinds(Set.of(EventKind.VISIT)));
        assertEquals(List.of("2023-02-16..2023-02-17"), his.stream().map(e -> e.when().toString()).toList());
    }

    @Test
    void kindFilterKeepsOnlyThatKind() {
        List<Event> statements = calendar.events(null, null, EventFilter.all().withKinds(Set.of(EventKind.STATEMENT)));
        assertEquals(List.of("2023-03-03"), statements.stream().map(e -> e.when().toString()).toList());
        assertTrue(statements.stream().allMatch(e -> e.kind() == EventKind.STATEMENT));
    }

    @Test
    void storyAndArticleFiltersFollowTheSources() {
        long other = lib.ctx.articles().insert(org.parallax.nlp.SampleArticles.draft("Another story, another day.\n",
                "Unrelated", LocalDate.of(2023, 3, 1), false), "hash-unrelated", java.time.Instant.EPOCH);
        calendar.add(new EventDraft(EventKind.VISIT, DateRange.day(LocalDate.of(2023, 3, 20)), List.of(), List.of(),
                List.of(new EventSource(other, 0, 27, "Another story, another day.")), null));
        assertEquals(4, calendar.events(null, null, EventFilter.all()).size());
        assertEquals(3, calendar.events(null, null, EventFilter.story(Set.of(lib.outletA, lib.outletB))).size());
        assertEquals(List.of("2023-03-20"), calendar.events(null, null, EventFilter.article(other)).stream()
                .map(e -> e.when().toString()).toList());
    }

    @Test
    void monthPrecisionEventsStayOutOfDayCells() {
        calendar.add(monthDraft(YearMonth.of(2023, 3), entity("Derek Chollet")));
        CalendarRange march = calendar.month(YearMonth.of(2023, 3), EventFilter.all());
        assertTrue(march.dayEvents().stream().allMatch(e -> e.when().precision() == DatePrecision.DAY), march.dayEvents().toString());
        assertEquals(1, march.bandEvents().size());
        assertEquals(DatePrecision.MONTH, march.bandEvents().get(0).when().precision());
        assertEquals("2023-03", march.bandEvents().get(0).when().toString());
        assertTrue(calendar.range(LocalDate.of(2023, 3, 10), LocalDate.of(2023, 3, 10), EventFilter.all()).dayEvents().isEmpty(),
                "no day cell of March holds the month-precision event");
        assertTrue(calendar.dayEvents(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), EventFilter.all()).stream()
                .allMatch(CalendarService::isDayPrecise));
        assertEquals(march.bandEvents(), calendar.bandEvents(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), EventFilter.all()));
    }

    @Test
    void opensOnTheMonthWithTheMostEvents() {
        assertEquals(YearMonth.of(2023, 3), calendar.busiestMonth(EventFilter.all()).orElseThrow(), "visit and statement in March");
        long chollet = entity("Derek Chollet");
        assertEquals(YearMonth.of(2023, 2), calendar.busiestMonth(EventFilter.entity(chollet).withKinds(Set.of(EventKind.VISIT))).orElseThrow());
        for (int i = 0; i < 3; i++) calendar.add(monthDraft(YearMonth.of(2022, 12), chollet));
        assertEquals(YearMonth.of(2022, 12), calendar.busiestMonth(EventFilter.all()).orElseThrow());
        assertTrue(calendar.busiestMonth(EventFilter.article(9999)).isEmpty());
    }

    @Test
    void manualEventsSurviveNlpReRunsAndKeepTheirPeople() {
        long chollet = entity("Derek Chollet");
        long islamabad = entity("Islamabad");
        EventSource sentence = SampleLibrary.find(calendar.events(null, null, EventFilter.all()), "2023-02-16..2023-02-17").sources().get(0);
        Event manual = calendar.add(new EventDraft(EventKind.MEETING, DateRange.day(LocalDate.of(2023, 2, 16)),
                List.of(chollet), List.of(islamabad), List.of(sentence), "met the army chief"));
        assertTrue(manual.manual());
        assertEquals(List.of("Derek Chollet"), manual.who());

        // the user renames nothing; the entities only the pipeline made are rebuilt on re-run
        lib.nlp.states().markPending(lib.outletA);
        lib.nlp.states().markPending(lib.outletB);
        lib.nlp.processPending(Progress.NONE);

        Event after = calendar.get(manual.id()).orElseThrow();
        assertTrue(after.manual());
        assertEquals(EventKind.MEETING, after.kind());
        assertEquals("2023-02-16", after.when().toString());
        assertEquals(List.of(sentence), after.sources());
        assertEquals("met the army chief", after.note());
        assertEquals(List.of(chollet), after.whoIds());
        assertEquals(4, calendar.events(null, null, EventFilter.all()).size(), "the three pipeline events came back beside it");
    }

    @Test
    void anEventAnnotationMakesAManualEventThatSurvivesReRuns() {
        String text = lib.ctx.articles().get(lib.outletB).orElseThrow().text();
        int at = text.indexOf("comprehensive dialogue");
        var annotation = lib.ctx.annotations().marks().mark(lib.outletB, at, at + "comprehensive dialogue".length(), "EVENT",
                DateRange.day(LocalDate.of(2023, 3, 10)), null);
        Event made = calendar.events(LocalDate.of(2023, 3, 10), LocalDate.of(2023, 3, 10), EventFilter.all()).get(0);
        assertTrue(made.manual(), "an annotated event is the user's: " + annotation);
        lib.nlp.states().markPending(lib.outletA);
        lib.nlp.states().markPending(lib.outletB);
        lib.nlp.processPending(Progress.NONE);
        Event after = calendar.get(made.id()).orElseThrow();
        assertEquals(made.sources(), after.sources());
        assertEquals(made.when(), after.when());
    }

    @Test
    void editingAPipelineEventTakesItOverAndDeleteRemovesIt() {
        Event statement = SampleLibrary.find(calendar.events(null, null, EventFilter.all()), "2023-03-03");
        Event edited = calendar.edit(statement.id(), new EventDraft(EventKind.STATEMENT, DateRange.day(LocalDate.of(2023, 3, 2)),
                statement.whoIds(), statement.whereIds(), statement.sources(), "the statement came out on Thursday"));
        assertTrue(edited.manual());
        assertEquals("2023-03-02", edited.when().toString());
        assertTrue(calendar.delete(edited.id()));
        assertTrue(calendar.get(edited.id()).isEmpty());
        assertFalse(calendar.delete(edited.id()));
    }

    @Test
    void aDateMentionBecomesAManualEventWithItsSentence() {
        Mention friday = lib.nlp.mentions().forArticle(lib.outletA).stream()
                .filter(m -> m.type() == EntityType.DATE && m.date() != null && m.date().toString().equals("2023-03-03"))
                .findFirst().orElseThrow();
        long manualId = lib.nlp.mentions().addManual(new Mention(0, friday.articleId(), friday.start(), friday.end(), friday.text(),
                EntityType.DATE, friday.date(), null, friday.blockType(), MentionOrigin.MANUAL, false));
        Event e = calendar.fromDateMention(manualId, EventKind.STATEMENT, List.of(), List.of(), null);
        assertTrue(e.manual());
        assertEquals(friday.date(), e.when());
        EventSource s = e.sources().get(0);
        String text = lib.ctx.articles().get(lib.outletA).orElseThrow().text();
        assertEquals(text.substring(s.sentenceStart(), s.sentenceEnd()), s.sentenceText());
        assertTrue(s.sentenceStart() <= friday.start() && friday.end() <= s.sentenceEnd(), s.toString());
        assertTrue(s.sentenceText().contains(friday.text()), s.sentenceText());
        assertFalse(s.sentenceText().contains("\n"), "one sentence of one paragraph: " + s.sentenceText());

        long person = entity("Derek Chollet");
        long personMention = lib.nlp.mentions().forEntity(person).get(0).id();
        assertThrows(IllegalArgumentException.class, () -> calendar.fromDateMention(personMention, EventKind.VISIT, List.of(), List.of(), null));
    }
}
