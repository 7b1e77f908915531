package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Sentence;

/** Events from the real sample pair, with SUTime-shaped mentions from {@link SampleRecognizer} (no CoreNLP needed). */
class EventExtractorTest {
    private static final LocalDate DOC = LocalDate.of(2023, 3, 4);
    private final DateResolver resolver = new DateResolver();
    private final EntityLinker linker = new EntityLinker();
    private final EventExtractor extractor = new EventExtractor();
    private final List<Entity> known = new ArrayList<>();
    private long nextEntity = 1;

    /** What NlpService does for one article, kept in memory: resolve, link against earlier articles, extract. */
    private List<EventCandidate> eventsOf(long articleId, ArticleDraft draft, LocalDate docDate) {
        Recognition r = new SampleRecognizer().recognize(draft.text(), draft.blocks(), docDate);
        List<ResolvedDate> dates = resolver.resolve(draft.text(), r.mentions(), docDate, draft.blocks());
        List<Mention> names = r.mentions().stream().filter(m -> m.type() != null && m.type() != EntityType.DATE)
                .map(m -> new Mention(0, articleId, m.start(), m.end(), m.text(), m.type(), null, null, null, MentionOrigin.AUTO, false))
                .toList();
        Long[] ids = new Long[names.size()];
        for (EntityLinker.Cluster c : linker.link(draft.text(), names, known)) {
            long id;
            if (c.entityId() == null) {
                id = nextEntity++;
            } else {
                id = c.entityId();
                known.removeIf(e -> e.id() == id);
            }
            known.add(new Entity(id, c.type(), c.name(), List.copyOf(c.aliases()), false));
            for (int i : c.members()) ids[i] = id;
        }
        List<Mention> linked = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) linked.add(names.get(i).withEntity(ids[i]));
        Map<Long, String> entityNames = new HashMap<>();
        for (Entity e : known) entityNames.put(e.id(), e.name());
        return extractor.extract(articleId, draft.text(), r.sentences(), draft.blocks(), dates, linked, entityNames);
    }

    /** Groups candidates into events as the service does, first match wins. */
    static List<Event> merge(List<EventCandidate> candidates, Map<Long, String> names) {
        List<Event> events = new ArrayList<>();
        for (EventCandidate c : candidates) {
            int match = -1;
            for (int i = 0; i < events.size() && match < 0; i++) if (EventExtractor.sameEvent(c, events.get(i))) match = i;
            if (match < 0) {
                events.add(new Event(events.size() + 1, c.kind(), c.when(), c.whoIds(), c.who(), c.whereIds(), c.where(), List.of(c.source())));
            } else {
                Event e = events.get(match);
                Set<Long> who = new LinkedHashSet<>(e.whoIds());
                who.addAll(c.whoIds());
                Set<Long> where = new LinkedHashSet<>(e.whereIds());
                where.addAll(c.whereIds());
                List<EventSource> sources = new ArrayList<>(e.sources());
                sources.add(c.source());
                events.set(match, new Event(e.id(), EventExtractor.mergedKind(e.kind(), c.kind()), EventExtractor.mergedDate(e.when(), c.when()),
                        List.copyOf(who), who.stream().map(names::get).toList(), List.copyOf(where), where.stream().map(names::get).toList(), sources));
            }
        }
        return events;
    }

    @Test
    void findsBothVisitsWithBothArticlesAsSources() {
        List<EventCandidate> all = new ArrayList<>(eventsOf(1, SampleArticles.outletA(false), DOC));
        all.addAll(eventsOf(2, SampleArticles.outletB(false), DOC));
        Map<Long, String> names = new HashMap<>();
        for (Entity e : known) names.put(e.id(), e.name());
        List<Event> events = merge(all, names);

        Event march = find(events, "2023-03-06..2023-03-07");
        assertEquals(EventKind.VISIT, march.kind());
        assertEquals(DatePrecision.DAY, march.when().precision());
        assertTrue(march.who().contains("Christopher A. Landberg"), march.who().toString());
        assertTrue(march.where().contains("Pakistan"), march.where().toString());
        assertEquals(List.of(1L, 2L), march.articleIds());
        assertTrue(march.sources().stream().anyMatch(s -> s.sentenceText().contains("inter-agency delegation")));

        Event feb = find(events, "2023-02-16..2023-02-17");
        assertEquals(EventKind.VISIT, feb.kind());
        assertTrue(feb.who().contains("Derek Chollet"), feb.who().toString());
        assertTrue(feb.where().contains("Islamabad"), feb.where().toString());
        assertEquals(List.of(1L, 2L), feb.articleIds());

        Event statement = find(events, "2023-03-03");
        assertEquals(EventKind.STATEMENT, statement.kind());
        assertTrue(statement.who().contains("US Department of State"), statement.who().toString());
        assertEquals(List.of(1L, 2L), statement.articleIds());
        assertEquals(3, events.size(), events.toString());
    }

    @Test
    void monthPrecisionReportMergesIntoTheDayPreciseVisit() {
        List<EventCandidate> a = eventsOf(1, SampleArticles.outletA(false), DOC);
        EventCandidate lastMonth = a.stream().filter(c -> c.when().precision() == DatePrecision.MONTH).findFirst().orElseThrow();
        assertEquals("2023-02", lastMonth.when().toString());
        assertTrue(lastMonth.source().sentenceText().startsWith("Last month"));
        EventCandidate days = a.stream().filter(c -> c.when().toString().equals("2023-02-16..2023-02-17")).findFirst().orElseThrow();
        assertTrue(EventExtractor.sameEvent(lastMonth, days));
        assertEquals(days.when(), EventExtractor.mergedDate(lastMonth.when(), days.when()));
        // a meeting told first and the visit it is part of: the visit's days, whichever comes first
        DateRange meeting = DateRange.day(LocalDate.of(2023, 3, 7));
        DateRange visit = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 8), DatePrecision.DAY);
        assertEquals(visit, EventExtractor.mergedDate(meeting, visit));
        assertEquals(visit, EventExtractor.mergedDate(visit, meeting));
    }

    @Test
    void bylineRelatedLinksAndHeaderDatesGiveNoEvents() {
        List<EventCandidate> a = eventsOf(1, SampleArticles.outletA(true), DOC);
        ArticleDraft draft = SampleArticles.outletA(true);
        int related = draft.text().indexOf("More From Pakistan:");
        for (EventCandidate c : a) {
            assertTrue(c.source().sentenceStart() < related, "no event from related headlines: " + c);
            assertTrue(!c.when().equals(DateRange.day(DOC)), "the publication date is no event: " + c);
        }
    }

    @Test
    void undatedSentencesAndYearsGiveNoEvents() {
        String text = "Chollet met with Foreign Minister Bilawal Bhutto Zardari.\nThe delegation visited Kabul in 2021.";
        List<Sentence> sentences = List.of(new Sentence(0, 57), new Sentence(58, text.length()));
        int y = text.indexOf("2021");
        List<ResolvedDate> dates = List.of(new ResolvedDate(y, y + 4, "2021",
                new DateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), DatePrecision.YEAR), false));
        assertTrue(extractor.extract(1, text, sentences, List.of(new Block(BlockType.PARAGRAPH, 0, text.length())), dates,
                List.of(), Map.of()).isEmpty());
    }

    @Test
    void differentPeopleOnOverlappingDatesAreDifferentEvents() {
        DateRange d = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), DatePrecision.DAY);
        EventSource s = new EventSource(1, 0, 1, "x");
        EventCandidate a = new EventCandidate(EventKind.VISIT, d, List.of(1L), List.of("A"), List.of(9L), List.of("Pakistan"), s);
        EventCandidate b = new EventCandidate(EventKind.VISIT, d, List.of(2L), List.of("B"), List.of(9L), List.of("Pakistan"), s);
        EventCandidate c = new EventCandidate(EventKind.STATEMENT, d, List.of(1L), List.of("A"), List.of(), List.of(), s);
        assertTrue(!EventExtractor.sameEvent(a, b), "a shared country is not enough when both name someone");
        assertTrue(!EventExtractor.sameEvent(a, c), "a statement is not a visit");
    }

    private static Event find(List<Event> events, String when) {
        return events.stream().filter(e -> e.when().toString().equals(when)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + when + " in " + events));
    }

    @Test
    void reportingVerbOwnsTheDateOnlyWhenNothingElseDoes() {
        DateRange friday = DateRange.day(LocalDate.of(2023, 3, 3));
        // the statement owns the date, so no talks on Friday; with no speaker named it is no calendar entry either
        assertEquals(List.of(), kinds("The State Department said in a statement on Friday.", "Friday", friday));
        assertEquals(List.of(), kinds("Pakistan and the US will hold talks, the State Department said on Friday.", "Friday", friday));
        assertEquals(List.of(EventKind.VISIT), kinds("Officials said the visit is on Friday.", "Friday", friday));
        assertEquals(List.of(EventKind.MEETING), kinds("Officials said talks were held on Friday.", "Friday", friday));
    }

    @Test
    void aReceptionIsAMeeting() {
        DateRange d = DateRange.day(LocalDate.of(2023, 3, 1));
        assertEquals(List.of(EventKind.MEETING), kinds("Dask was received by Holt in Tessel on March 1, the statement said.",
                "March 1", d));
        assertEquals(List.of(EventKind.MEETING), kinds("Holt hosted his counterparts in Tessel on March 1.", "March 1", d));
        // hosting a thing is no reception
        assertTrue(kinds("The office will host a food forum on March 1.", "March 1", d).isEmpty());
    }

    @Test
    void aVisitsLengthGivesItsDates() {
        DateRange monday = DateRange.day(LocalDate.of(2023, 3, 6));
        assertEquals("2023-03-06..2023-03-08", EventExtractor.lasting("Dask arrived on Monday on a three-day state visit.",
                monday).toString());
        assertEquals("2023-03-05..2023-03-06", EventExtractor.lasting("Dask left on Monday at the end of a 2-day visit.",
                monday).toString());
        assertEquals(monday, EventExtractor.lasting("Dask arrived on Monday for a visit.", monday));
        DateRange range = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), DatePrecision.DAY);
        assertEquals(range, EventExtractor.lasting("Talks on March 6-7 closed a three-day visit.", range));
        assertEquals("2023-03-06..2023-03-07", EventExtractor.lasting("Dask flew to Tessel on Monday for two days of talks.",
                monday).toString());
        assertEquals("2023-02-28..2023-03-06", EventExtractor.lasting("Dask ended a week-long tour in Tessel on Monday.",
                monday).toString());
    }

    @Test
    void aSentenceReferringBackToTheTalksIsASourceOfThem() {
        String text = "Dask and Holt held talks in Tessel on March 6-7. Berg, who joined the talks on March 7, flew in for the meeting.";
        int second = text.indexOf("Berg");
        List<Sentence> sentences = List.of(new Sentence(0, second - 1), new Sentence(second, text.length()));
        List<ResolvedDate> dates = List.of(date(text, "March 6-7", new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7),
                DatePrecision.DAY)), date(text, "March 7", DateRange.day(LocalDate.of(2023, 3, 7))));
        List<Mention> names = List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Holt", EntityType.PERSON, 2),
                name(text, "Tessel", EntityType.LOCATION, 3), name(text, "Berg", EntityType.PERSON, 4));
        List<EventCandidate> c = extractor.extract(1, text, sentences, List.of(), dates, names, Map.of());
        assertEquals(2, c.size());
        assertEquals(List.of(1L, 2L, 4L), c.get(1).whoIds());
        assertTrue(EventExtractor.sameEvent(c.get(0), c.get(1)));
    }

    @Test
    void aMeetingThatOnlyDatesSomethingElseIsNoEvent() {
        String text = "Dask and Holt met in Tessel on Monday. Berg said after the meeting that data would be shared from January.";
        int second = text.indexOf("Berg");
        List<Sentence> sentences = List.of(new Sentence(0, second - 1), new Sentence(second, text.length()));
        List<ResolvedDate> dates = List.of(date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                date(text, "January", new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), DatePrecision.MONTH)));
        List<Mention> names = List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Holt", EntityType.PERSON, 2),
                name(text, "Tessel", EntityType.LOCATION, 3), name(text, "Berg", EntityType.PERSON, 4));
        List<EventCandidate> c = extractor.extract(1, text, sentences, List.of(), dates, names, Map.of());
        assertEquals(1, c.size());
        assertEquals("2023-03-06", c.get(0).when().toString());
        // alone in its article, "the meeting on Friday" is the meeting itself
        String alone = "The meeting will take place in Tessel on Friday.";
        assertEquals(List.of(EventKind.MEETING), kinds(alone, "Friday", DateRange.day(LocalDate.of(2023, 3, 10))));
    }

    @Test
    void anUndatedSentenceTellingWhoElseTookPartJoinsTheEventJustTold() {
        String text = "Dask arrived in Tessel on Monday for a visit. He is accompanied by Anna Berg. "
                + "Critics met Lena Orr in Sarnec.";
        List<Sentence> sentences = sentencesOf(text, "He is", "Critics");
        List<ResolvedDate> dates = List.of(date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))));
        List<Mention> names = List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                name(text, "Anna Berg", EntityType.PERSON, 3), name(text, "Lena Orr", EntityType.PERSON, 4),
                name(text, "Sarnec", EntityType.LOCATION, 5));
        List<EventCandidate> c = extractor.extract(1, text, sentences, List.of(), dates, names, Map.of());
        // one event; the sentence that joins it is a source of it too
        assertEquals(1, distinct(c));
        assertEquals(List.of("Dask arrived", "He is accompanied"), c.stream()
                .map(x -> x.source().sentenceText().substring(0, x.source().sentenceText().startsWith("He") ? 17 : 12)).toList());
        // "He is accompanied by" joins; a meeting of others ("Critics met ...") is not about the visit
        assertEquals(List.of(1L, 3L), c.get(0).whoIds());
        assertEquals(List.of(2L), c.get(0).whereIds());
        // a sentence naming one of the visitors joins too; an undated sentence without a joining verb does not
        String more = "Dask arrived in Tessel on Monday for a visit. Dask was received by Mira Holt at the palace. "
                + "Dask praised Ivo Lund.";
        List<EventCandidate> d = extractor.extract(1, more, sentencesOf(more, "Dask was", "Dask praised"), List.of(),
                List.of(date(more, "Monday", DateRange.day(LocalDate.of(2023, 3, 6)))),
                List.of(name(more, "Dask", EntityType.PERSON, 1), name(more, "Tessel", EntityType.LOCATION, 2),
                        name(more, "Dask was", EntityType.PERSON, 1), name(more, "Mira Holt", EntityType.PERSON, 3),
                        name(more, "Ivo Lund", EntityType.PERSON, 4)), Map.of());
        assertEquals(List.of(1L, 3L), d.get(0).whoIds());
    }

    @Test
    void aPlaceWithNobodyNamedWithinAnEventsDatesIsPartOfIt() {
        String text = "Dask led a delegation to Tessel on April 20-21. Officials also toured Kessel on April 21.";
        List<Sentence> sentences = sentencesOf(text, "Officials also");
        List<ResolvedDate> dates = List.of(date(text, "April 20-21", new DateRange(LocalDate.of(2023, 4, 20),
                LocalDate.of(2023, 4, 21), DatePrecision.DAY)), date(text, "April 21.", DateRange.day(LocalDate.of(2023, 4, 21))));
        List<Mention> names = List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                name(text, "Kessel", EntityType.LOCATION, 3));
        List<EventCandidate> c = extractor.extract(1, text, sentences, List.of(), dates, names, Map.of());
        assertEquals(2, c.size());
        assertTrue(EventExtractor.sameEvent(c.get(0), c.get(1)), "the tour is part of the visit: " + c);
        assertEquals(List.of(2L, 3L), c.get(1).whereIds());
    }

    @Test
    void aPronounSubjectIsTheLastEventsVisitor() {
        String text = "Dask arrived in Tessel on Monday for a visit. He will fly on to Sarnec on Tuesday for a meeting with Ivo Lund.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "He will"), List.of(),
                List.of(date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Sarnec", EntityType.LOCATION, 3), name(text, "Ivo Lund", EntityType.PERSON, 4)), Map.of());
        assertEquals(2, c.size());
        assertEquals(List.of(1L, 4L), c.get(1).whoIds());
        assertEquals(List.of(3L), c.get(1).whereIds());
    }

    @Test
    void furtherPeopleNamedInLaterSentencesJoinTheEventJustTold() {
        String text = "Dask will visit Tessel from March 6 to 9. He will also meet Anna Berg in Kessel. "
                + "Ivo Lund will travel with him. During the trip, Mira Holt held separate talks with Orlan Power. "
                + "The visiting minister also called on Tom Vey. Earlier in the tour, Dask visited Sarnec.";
        List<Sentence> sentences = sentencesOf(text, "He will", "Ivo Lund", "During", "The visiting", "Earlier");
        List<ResolvedDate> dates = List.of(date(text, "from March 6 to 9", new DateRange(LocalDate.of(2023, 3, 6),
                LocalDate.of(2023, 3, 9), DatePrecision.DAY)));
        List<Mention> names = List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                name(text, "Anna Berg", EntityType.PERSON, 3), name(text, "Kessel", EntityType.LOCATION, 4),
                name(text, "Ivo Lund", EntityType.PERSON, 5), name(text, "Mira Holt", EntityType.PERSON, 6),
                name(text, "Orlan Power", EntityType.ORGANIZATION, 7), name(text, "Tom Vey", EntityType.PERSON, 8),
                name(text, "Sarnec", EntityType.LOCATION, 9));
        List<EventCandidate> c = extractor.extract(1, text, sentences, List.of(), dates, names, Map.of());
        assertEquals(1, distinct(c));
        // "He will also meet", "travel with him", "During the trip ... held talks with", "also called on" join;
        // "Earlier in the tour" tells another stop, not this one
        assertEquals(List.of(1L, 3L, 5L, 6L, 7L, 8L), c.get(0).whoIds());
        assertEquals(List.of(2L, 4L), c.get(0).whereIds());
        // attending, with nothing named, is attending the event just told
        String conf = "Holt will host a summit in Tessel on March 6. Dask and Berg have confirmed that they will attend.";
        List<EventCandidate> d = extractor.extract(1, conf, sentencesOf(conf, "Dask and"), List.of(),
                List.of(date(conf, "March 6", DateRange.day(LocalDate.of(2023, 3, 6)))),
                List.of(name(conf, "Holt", EntityType.PERSON, 1), name(conf, "Tessel", EntityType.LOCATION, 2),
                        name(conf, "Dask", EntityType.PERSON, 3), name(conf, "Berg", EntityType.PERSON, 4)), Map.of());
        assertEquals(List.of(1L, 3L, 4L), d.get(0).whoIds());
        // a further stop of the visitor's ("is also expected to visit") is a place of the visit
        String stop = "Holt met Dask in Tessel on Tuesday, at the start of a four-day visit. Dask is also expected to visit Kessel.";
        List<EventCandidate> e = extractor.extract(1, stop, sentencesOf(stop, "Dask is"), List.of(),
                List.of(date(stop, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(stop, "Holt", EntityType.PERSON, 1), name(stop, "Dask", EntityType.PERSON, 2),
                        name(stop, "Tessel", EntityType.LOCATION, 3), name(stop, "Dask is", EntityType.PERSON, 2),
                        name(stop, "Kessel", EntityType.LOCATION, 4)), Map.of());
        assertEquals(List.of(3L, 4L), e.get(0).whereIds());
        // so is it when the surname opening the sentence was not recognised as a name
        List<EventCandidate> f = extractor.extract(1, stop, sentencesOf(stop, "Dask is"), List.of(),
                List.of(date(stop, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(stop, "Holt", EntityType.PERSON, 1), name(stop, "Dask", EntityType.PERSON, 2),
                        name(stop, "Tessel", EntityType.LOCATION, 3), name(stop, "Kessel", EntityType.LOCATION, 4)),
                Map.of(2L, "Ivo Dask"));
        assertEquals(List.of(3L, 4L), f.get(0).whereIds());
    }

    @Test
    void aTitleOrAPluralSubjectIsTheLastEventsParty() {
        String text = "King Dask will visit Tessel on March 9. From Tessel the king travels on to Sarnec, where he will meet "
                + "Ivo Lund on March 12.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "From"), List.of(),
                List.of(date(text, "March 9", DateRange.day(LocalDate.of(2023, 3, 9))),
                        date(text, "March 12", DateRange.day(LocalDate.of(2023, 3, 12)))),
                List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Tessel the", EntityType.LOCATION, 2), name(text, "Sarnec", EntityType.LOCATION, 3),
                        name(text, "Ivo Lund", EntityType.PERSON, 4)), Map.of());
        assertEquals(List.of(1L, 4L), c.get(1).whoIds());
        String plural = "Holt hosted Dask and Berg in Tessel on Tuesday. They will meet again in Sarnec in July.";
        List<EventCandidate> d = extractor.extract(1, plural, sentencesOf(plural, "They"), List.of(),
                List.of(date(plural, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))), date(plural, "July",
                        new DateRange(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31), DatePrecision.MONTH))),
                List.of(name(plural, "Holt", EntityType.PERSON, 1), name(plural, "Dask", EntityType.PERSON, 2),
                        name(plural, "Berg", EntityType.PERSON, 3), name(plural, "Tessel", EntityType.LOCATION, 4),
                        name(plural, "Sarnec", EntityType.LOCATION, 5)), Map.of());
        // Holt's guest Dask leads the party, the host after
        assertEquals(List.of(2L, 1L, 3L), d.get(1).whoIds());
        assertEquals(List.of(5L), d.get(1).whereIds());
    }

    @Test
    void anArrivalToldAfterTheEventOpensIt() {
        String text = "Holt hosted his counterparts in Tessel on Tuesday. Dask and Berg arrived on Monday evening.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "Dask and"), List.of(),
                List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))),
                        date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6)))),
                List.of(name(text, "Holt", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Dask", EntityType.PERSON, 3), name(text, "Berg", EntityType.PERSON, 4)), Map.of());
        assertEquals(2, c.size());
        assertEquals("2023-03-06..2023-03-07", c.get(0).when().toString());
        assertEquals(List.of(1L, 3L, 4L), c.get(0).whoIds());
        assertTrue(EventExtractor.sameEvent(c.get(0), c.get(1)), c.toString());
        // an arrival a week before is another trip
        String far = "Holt hosted his counterparts in Tessel on Tuesday. Dask arrived in Kessel on March 1.";
        List<EventCandidate> d = extractor.extract(1, far, sentencesOf(far, "Dask"), List.of(),
                List.of(date(far, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))),
                        date(far, "March 1", DateRange.day(LocalDate.of(2023, 3, 1)))),
                List.of(name(far, "Holt", EntityType.PERSON, 1), name(far, "Tessel", EntityType.LOCATION, 2),
                        name(far, "Dask", EntityType.PERSON, 3), name(far, "Kessel", EntityType.LOCATION, 4)), Map.of());
        assertEquals("2023-03-07", d.get(0).when().toString());
        assertEquals(List.of(1L), d.get(0).whoIds(), d.toString());
    }

    @Test
    void aPlanCalledOffIsNoEvent() {
        DateRange thursday = DateRange.day(LocalDate.of(2023, 3, 9));
        assertTrue(kinds("Dask has postponed a state visit to Tessel that was due to begin on Thursday.", "Thursday",
                thursday).isEmpty());
        assertTrue(kinds("She had been due to travel on to Sarnec on Thursday for talks, but that leg has been cancelled.",
                "Thursday", thursday).isEmpty());
        // a visit cut short happened; a visit moved to a new date is at that date
        assertEquals(List.of(EventKind.VISIT), kinds("Dask cut short a visit to Tessel on Thursday.", "Thursday", thursday));
        assertEquals(List.of(EventKind.VISIT), kinds("The postponed visit will now take place on Thursday.", "Thursday",
                thursday));
    }

    @Test
    void anActiveReceptionIsAMeeting() {
        DateRange monday = DateRange.day(LocalDate.of(2023, 3, 6));
        assertEquals(List.of(EventKind.MEETING), kinds("Holt received Prime Minister Ivo Dask in Tessel on Monday.", "Monday",
                monday));
        assertTrue(kinds("Holt received a letter from the union on Monday.", "Monday", monday).isEmpty());
        // a press release's "received the Minister for Foreign Affairs of X, Y": the title follows "the"
        assertEquals(List.of(EventKind.MEETING), kinds("Holt received the Minister for Foreign Affairs of Orlan, Ivo Dask, "
                + "in Tessel on Monday.", "Monday", monday));
        assertTrue(kinds("Holt received the Nobel Prize in Tessel on Monday.", "Monday", monday).isEmpty());
    }

    @Test
    void whoSpeaksAfterTheMeetingWasAtIt() {
        String text = "Ministers met in Tessel on Monday. Ivo Dask said after the meeting that data would be shared from January.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "Ivo Dask"), List.of(),
                List.of(date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))), date(text, "January",
                        new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), DatePrecision.MONTH))),
                List.of(name(text, "Tessel", EntityType.LOCATION, 1), name(text, "Ivo Dask", EntityType.PERSON, 2)), Map.of());
        assertEquals(1, c.size());
        assertEquals(List.of(2L), c.get(0).whoIds());
        assertEquals("2023-03-06", c.get(0).when().toString());
    }

    @Test
    void aStatementIsMadeByItsSpeakerOnly() {
        String text = "The governor of the Orlan Bank, Ivo Dask, said on Friday that prices in Tessel had peaked.";
        List<EventCandidate> c = extractor.extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, "Friday", DateRange.day(LocalDate.of(2023, 3, 3)))),
                List.of(name(text, "Orlan Bank", EntityType.ORGANIZATION, 1), name(text, "Ivo Dask", EntityType.PERSON, 2),
                        name(text, "Tessel", EntityType.LOCATION, 3)), Map.of());
        assertEquals(1, c.size());
        assertEquals(EventKind.STATEMENT, c.get(0).kind());
        assertEquals(List.of(2L), c.get(0).whoIds());
        assertTrue(c.get(0).whereIds().isEmpty());
    }

    @Test
    void oneSentenceTellingTwoStopsOnTwoDaysGivesOneEventPerDay() {
        String text = "Ivo Dask will visit Tessel on Thursday and Sarnec on Friday, the ministry said.";
        List<EventCandidate> c = extractor.extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, "Thursday", DateRange.day(LocalDate.of(2023, 3, 9))),
                        date(text, "Friday", DateRange.day(LocalDate.of(2023, 3, 10)))),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Sarnec", EntityType.LOCATION, 3)), Map.of());
        assertEquals(2, c.size(), c.toString());
        assertEquals("2023-03-09", c.get(0).when().toString());
        assertEquals(List.of(1L), c.get(0).whoIds());
        assertEquals(List.of(2L), c.get(0).whereIds());
        assertEquals("2023-03-10", c.get(1).when().toString());
        assertEquals(List.of(3L), c.get(1).whereIds());
        // the one met on the second day is at the second stop only
        String fly = "Dask will tour a dam at Orla on Thursday before flying to Kessel, where he meets Mira Holt on Friday.";
        List<EventCandidate> d = extractor.extract(1, fly, List.of(new Sentence(0, fly.length())), List.of(),
                List.of(date(fly, "Thursday", DateRange.day(LocalDate.of(2023, 3, 9))),
                        date(fly, "Friday", DateRange.day(LocalDate.of(2023, 3, 10)))),
                List.of(name(fly, "Dask", EntityType.PERSON, 1), name(fly, "Orla", EntityType.LOCATION, 2),
                        name(fly, "Kessel", EntityType.LOCATION, 3), name(fly, "Mira Holt", EntityType.PERSON, 4)), Map.of());
        assertEquals(List.of(1L), d.get(0).whoIds(), d.toString());
        assertEquals(List.of(1L, 4L), d.get(1).whoIds());
        assertEquals(List.of(3L), d.get(1).whereIds());
        // two days but one place, a guest a day: a meeting a day (events7's "received by X on Tuesday, then by Y on
        // Wednesday", events6's "will host X in P on Thursday and Y on Friday"); was one event before
        String one = "Dask met Holt in Tessel on Monday and Berg on Tuesday.";
        assertEquals(2, extractor.extract(1, one, List.of(new Sentence(0, one.length())), List.of(),
                List.of(date(one, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(one, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(one, "Dask", EntityType.PERSON, 1), name(one, "Holt", EntityType.PERSON, 2),
                        name(one, "Tessel", EntityType.LOCATION, 3), name(one, "Berg", EntityType.PERSON, 4)), Map.of()).size());
    }

    @Test
    void aCompanionOfTheWholeTripJoinsEveryStop() {
        String text = "King Dask will visit Tessel on March 9. From Tessel the king travels on to Sarnec, where he will meet "
                + "Ivo Lund on March 12. Anna Berg will accompany him throughout the trip. Dask last visited Sarnec in May 2021.";
        int last = text.lastIndexOf("Dask");
        int lastSarnec = text.lastIndexOf("Sarnec");
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "From", "Anna", "Dask last"), List.of(),
                List.of(date(text, "March 9", DateRange.day(LocalDate.of(2023, 3, 9))),
                        date(text, "March 12", DateRange.day(LocalDate.of(2023, 3, 12))),
                        date(text, "May 2021", new DateRange(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 31),
                                DatePrecision.MONTH))),
                List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Sarnec", EntityType.LOCATION, 3), name(text, "Ivo Lund", EntityType.PERSON, 4),
                        name(text, "Anna Berg", EntityType.PERSON, 5),
                        new Mention(0, 1, last, last + 4, "Dask", EntityType.PERSON, null, 1L, null, MentionOrigin.AUTO, false),
                        new Mention(0, 1, lastSarnec, lastSarnec + 6, "Sarnec", EntityType.LOCATION, null, 3L, null,
                                MentionOrigin.AUTO, false)), Map.of());
        assertEquals(4, c.size(), c.toString());
        assertTrue(c.get(0).whoIds().contains(5L), c.get(0).toString());
        assertTrue(c.get(1).whoIds().contains(5L), c.get(1).toString());
        // not on the party's trip of two years before
        assertEquals(List.of(1L), c.get(2).whoIds());
    }

    @Test
    void aPartOfTheDayAloneIsTheDayTheStoryTells() {
        String text = "Dask visited Tessel on Monday. In the afternoon the minister held talks with Ivo Lund.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "In the"), List.of(),
                List.of(date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(text, "the afternoon", DateRange.day(DOC))),
                List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Ivo Lund", EntityType.PERSON, 3)), Map.of());
        assertEquals(2, c.size(), c.toString());
        assertEquals("2023-03-06", c.get(1).when().toString());
        assertEquals(List.of(1L, 3L), c.get(1).whoIds());
        // with no day told before, a part of the day dates nothing
        String alone = "In the afternoon Dask held talks with Ivo Lund.";
        assertTrue(extractor.extract(1, alone, List.of(new Sentence(0, alone.length())), List.of(),
                List.of(date(alone, "the afternoon", DateRange.day(DOC))),
                List.of(name(alone, "Dask", EntityType.PERSON, 1), name(alone, "Ivo Lund", EntityType.PERSON, 3)), Map.of())
                .isEmpty());
    }

    @Test
    void bothSidesAndThoseWhoJoinTheLeadersAreTheLastEventsParty() {
        String text = "Holt hosted talks between Dask and Berg in Tessel on Tuesday. Both sides agreed to meet again in Sarnec in July.";
        List<EventCandidate> d = extractor.extract(1, text, sentencesOf(text, "Both"), List.of(),
                List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))), date(text, "July",
                        new DateRange(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31), DatePrecision.MONTH))),
                List.of(name(text, "Holt", EntityType.PERSON, 1), name(text, "Dask", EntityType.PERSON, 2),
                        name(text, "Berg", EntityType.PERSON, 3), name(text, "Tessel", EntityType.LOCATION, 4),
                        name(text, "Sarnec", EntityType.LOCATION, 5)), Map.of());
        assertEquals(List.of(1L, 2L, 3L), d.get(1).whoIds());
        String lunch = "Dask visited Tessel on Monday. He was welcomed at the palace by Mira Holt. Anna Berg joined the leaders "
                + "for lunch.";
        List<EventCandidate> c = extractor.extract(1, lunch, sentencesOf(lunch, "He was", "Anna"), List.of(),
                List.of(date(lunch, "Monday", DateRange.day(LocalDate.of(2023, 3, 6)))),
                List.of(name(lunch, "Dask", EntityType.PERSON, 1), name(lunch, "Tessel", EntityType.LOCATION, 2),
                        name(lunch, "Mira Holt", EntityType.PERSON, 3), name(lunch, "Anna Berg", EntityType.PERSON, 4)),
                Map.of());
        assertEquals(List.of(1L, 3L, 4L), c.get(0).whoIds());
    }

    @Test
    void aMealForTheVisitorsAndADayOfTheVisitArePartOfIt() {
        String text = "King Dask will visit Tessel from June 8 to 10. Ivo Lund will host a lunch for the royal couple on June 9. "
                + "On the final day the king will travel to Sarnec.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "Ivo Lund", "On the final"), List.of(),
                List.of(date(text, "from June 8 to 10", new DateRange(LocalDate.of(2023, 6, 8), LocalDate.of(2023, 6, 10),
                        DatePrecision.DAY)), date(text, "June 9", DateRange.day(LocalDate.of(2023, 6, 9)))),
                List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Ivo Lund", EntityType.PERSON, 3), name(text, "Sarnec", EntityType.LOCATION, 4)), Map.of());
        assertEquals(3, c.size(), c.toString());
        // the visitors told before and the host
        assertEquals(List.of(1L, 3L), c.get(1).whoIds());
        assertEquals(EventKind.MEETING, c.get(1).kind());
        // the visit's last day, the king told before, the place he goes to
        assertEquals("2023-06-10", c.get(2).when().toString());
        assertEquals(List.of(1L), c.get(2).whoIds());
        assertEquals(List.of(4L), c.get(2).whereIds());
        // a lunch with no visitors told as its object is the host's alone
        assertEquals(List.of(EventKind.MEETING), kinds("Ivo Lund will host a lunch for students on June 9.", "June 9",
                DateRange.day(LocalDate.of(2023, 6, 9))));
        // a plan told in the past is no event
        assertTrue(kinds("Ivo Lund, who was to host a state dinner on Tuesday evening, sent his condolences.", "Tuesday",
                DateRange.day(LocalDate.of(2023, 6, 9))).isEmpty());
    }

    @Test
    void aLaterDestinationIsNoPlaceAndNoVisitCue() {
        String text = "Dask will hold talks with Holt at Orla Palace on Wednesday before travelling to Kessel.";
        List<EventCandidate> c = extractor.extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, "Wednesday", DateRange.day(LocalDate.of(2023, 3, 8)))),
                List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Holt", EntityType.PERSON, 2),
                        name(text, "Orla Palace", EntityType.ORGANIZATION, 3), name(text, "Kessel", EntityType.LOCATION, 4)), Map.of());
        assertEquals(1, c.size(), c.toString());
        assertEquals(EventKind.MEETING, c.get(0).kind());
        assertEquals(List.of(3L), c.get(0).whereIds());
    }

    @Test
    void aHostsGuestLeadsTheParty() {
        String text = "Holt received the Foreign Minister of Tessel, Dask, in Sarnec on Tuesday.";
        List<EventCandidate> c = extractor.extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(text, "Holt", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Dask", EntityType.PERSON, 3), name(text, "Sarnec", EntityType.LOCATION, 4)), Map.of());
        assertEquals(List.of(3L, 1L), c.get(0).whoIds(), "the guest first, the host after");
        // received by someone: the subject is the guest already
        String passive = "Dask was received by Holt in Sarnec on Tuesday.";
        List<EventCandidate> p = extractor.extract(1, passive, List.of(new Sentence(0, passive.length())), List.of(),
                List.of(date(passive, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(passive, "Dask", EntityType.PERSON, 3), name(passive, "Holt", EntityType.PERSON, 1),
                        name(passive, "Sarnec", EntityType.LOCATION, 4)), Map.of());
        assertEquals(List.of(3L, 1L), p.get(0).whoIds());
    }

    @Test
    void anotherVisitorsTripAtTheSameTimeIsNotTheVisitTheyShareAHostWith() {
        DateRange threeDays = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 8), DatePrecision.DAY);
        DateRange tuesday = DateRange.day(LocalDate.of(2023, 3, 7));
        // known: visitor 1 in place 10, host 2 added later; new: host 2 welcomes visitor 3 in place 11
        assertFalse(EventExtractor.sameEvent(EventKind.VISIT, tuesday, List.of(2L, 3L), List.of(11L),
                EventKind.VISIT, threeDays, List.of(1L, 2L), List.of(10L)), "a shared host does not join two visitors");
        // the visitor's own stop elsewhere with a new host is still the visit
        assertTrue(EventExtractor.sameEvent(EventKind.VISIT, tuesday, List.of(1L, 4L), List.of(12L),
                EventKind.VISIT, threeDays, List.of(1L, 2L), List.of(10L)), "the visitor's own stop");
        // the host receiving the visitor somewhere not yet named is still the visit (the host new, the visitor known)
        assertTrue(EventExtractor.sameEvent(EventKind.MEETING, tuesday, List.of(5L, 1L), List.of(13L),
                EventKind.VISIT, threeDays, List.of(1L), List.of(10L)), "the visitor's host");
        // the same host and the same place: one event; a report naming no place: the shared host decides as before
        assertTrue(EventExtractor.sameEvent(EventKind.VISIT, tuesday, List.of(2L, 3L), List.of(10L),
                EventKind.VISIT, threeDays, List.of(1L, 2L), List.of(10L)));
        assertTrue(EventExtractor.sameEvent(EventKind.VISIT, tuesday, List.of(2L, 3L), List.of(),
                EventKind.VISIT, threeDays, List.of(1L, 2L), List.of(10L)));
    }

    @Test
    void aHostsSecondGuestStartsTheirOwnEventWhenCandidatesAreMerged() {
        DateRange first = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 8), DatePrecision.DAY);
        DateRange second = new DateRange(LocalDate.of(2023, 3, 7), LocalDate.of(2023, 3, 9), DatePrecision.DAY);
        EventSource src = new EventSource(1, 0, 1, "x");
        Map<Long, String> names = Map.of(1L, "Visitor One", 2L, "Host", 3L, "Visitor Two", 10L, "Capital", 11L, "Port", 12L, "Coast");
        List<EventCandidate> told = List.of(
                new EventCandidate(EventKind.VISIT, first, List.of(1L), List.of("Visitor One"), List.of(10L), List.of("Capital"), src),
                new EventCandidate(EventKind.VISIT, second, List.of(3L), List.of("Visitor Two"), List.of(11L, 12L), List.of("Port", "Coast"), src),
                new EventCandidate(EventKind.VISIT, DateRange.day(LocalDate.of(2023, 3, 6)), List.of(2L, 1L), List.of("Host", "Visitor One"),
                        List.of(10L), List.of("Capital"), src),
                new EventCandidate(EventKind.VISIT, DateRange.day(LocalDate.of(2023, 3, 7)), List.of(2L, 3L), List.of("Host", "Visitor Two"),
                        List.of(11L), List.of("Port"), src));
        List<Event> events = merge(told, names);
        assertEquals(2, events.size(), events.toString());
        assertEquals(List.of(10L), events.get(0).whereIds(), "the first visit keeps its own place");
        assertEquals(List.of(3L, 2L), events.get(1).whoIds(), "the second visitor's event has the host who welcomes them");
    }

    @Test
    void aTripToldAsAWholeIsNotOneOfItsStops() {
        DateRange week = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 12), DatePrecision.WEEK);
        DateRange monday = DateRange.day(LocalDate.of(2023, 3, 6));
        // "will tour Tessel, Orla and Kessel next week" and "begins in Tessel City on Monday"
        assertFalse(EventExtractor.sameEvent(EventKind.VISIT, week, List.of(1L), List.of(2L, 3L, 4L),
                EventKind.VISIT, monday, List.of(1L), List.of(5L)));
        // a visit to one place told by the month and by the day is still one
        assertTrue(EventExtractor.sameEvent(EventKind.VISIT, week, List.of(1L), List.of(2L),
                EventKind.VISIT, monday, List.of(1L), List.of(2L)));
        // a stop naming every place of the trip is the trip
        assertTrue(EventExtractor.sameEvent(EventKind.VISIT, week, List.of(1L), List.of(2L, 3L),
                EventKind.VISIT, monday, List.of(1L), List.of(2L, 3L)));
    }

    @Test
    void theTourOrTheVisitorsAsSubjectAreTheLastEventsParty() {
        String text = "Ivo Dask arrived in Tessel on Monday for a visit. On Tuesday the visitors were received at the "
                + "palace by Mira Holt. The tour ends in Kessel on Friday.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "On Tuesday", "The tour"), List.of(),
                List.of(date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))),
                        date(text, "Friday", DateRange.day(LocalDate.of(2023, 3, 10)))),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Mira Holt", EntityType.PERSON, 3), name(text, "Kessel", EntityType.LOCATION, 4)), Map.of());
        EventCandidate received = c.stream().filter(e -> e.when().toString().equals("2023-03-07")).findFirst().orElseThrow();
        assertEquals(List.of(1L, 3L), received.whoIds());
        EventCandidate last = c.stream().filter(e -> e.whereIds().equals(List.of(4L))).findFirst().orElseThrow();
        assertEquals(List.of(1L), last.whoIds());
        assertEquals("2023-03-10", last.when().toString());
    }

    @Test
    void theVisitEndingOnALaterDayWidensTheVisitToldBefore() {
        String text = "Holt hosted Ivo Dask in Tessel on Tuesday on the first day of his state visit. The visit ends on Thursday.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "The visit"), List.of(),
                List.of(date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))),
                        date(text, "Thursday", DateRange.day(LocalDate.of(2023, 3, 9)))),
                List.of(name(text, "Holt", EntityType.PERSON, 1), name(text, "Ivo Dask", EntityType.PERSON, 2),
                        name(text, "Tessel", EntityType.LOCATION, 3)), Map.of());
        assertEquals(2, c.size(), c.toString());
        assertEquals("2023-03-07..2023-03-09", c.get(0).when().toString());
        assertEquals(c.get(0).whoIds(), c.get(1).whoIds());
        // the last stop of a tour told as its end is its own stop
        String tour = "Dask visits Tessel on Tuesday. The tour ends in Kessel on Thursday.";
        List<EventCandidate> d = extractor.extract(1, tour, sentencesOf(tour, "The tour"), List.of(),
                List.of(date(tour, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7))),
                        date(tour, "Thursday", DateRange.day(LocalDate.of(2023, 3, 9)))),
                List.of(name(tour, "Dask", EntityType.PERSON, 1), name(tour, "Tessel", EntityType.LOCATION, 2),
                        name(tour, "Kessel", EntityType.LOCATION, 3)), Map.of());
        assertEquals("2023-03-07", d.get(0).when().toString());
        assertEquals("2023-03-09", d.get(1).when().toString());
    }

    @Test
    void twoVisitsToldSideBySideAreTwoEvents() {
        String text = "Ivo Dask arrives in Tessel on Monday for a visit, while Mira Holt will visit Kessel on Tuesday.";
        List<EventCandidate> c = extractor.extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Mira Holt", EntityType.PERSON, 3), name(text, "Kessel", EntityType.LOCATION, 4)), Map.of());
        assertEquals(2, c.size(), c.toString());
        assertEquals(List.of(1L), c.get(0).whoIds());
        assertEquals(List.of(2L), c.get(0).whereIds());
        assertEquals(List.of(3L), c.get(1).whoIds());
        assertEquals(List.of(4L), c.get(1).whereIds());
    }

    @Test
    void theObjectOfATwoStopSentenceIsAtItsOwnStopOnly() {
        String text = "Ivo Dask shuttled between the two capitals this week. He met Mira Holt in Tessel on Monday and flew "
                + "to Kessel on Tuesday for talks with Olaf Lund.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "He met"), List.of(),
                List.of(date(text, "this week", new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 12),
                                DatePrecision.WEEK)),
                        date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(text, "Tuesday", DateRange.day(LocalDate.of(2023, 3, 7)))),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Tessel", EntityType.LOCATION, 2),
                        name(text, "Kessel", EntityType.LOCATION, 3), name(text, "Mira Holt", EntityType.PERSON, 4),
                        name(text, "Olaf Lund", EntityType.PERSON, 5)), Map.of());
        EventCandidate tuesday = c.stream().filter(e -> e.when().toString().equals("2023-03-07")).findFirst()
                .orElseThrow(() -> new AssertionError(c.toString()));
        assertEquals(List.of(1L, 5L), tuesday.whoIds(), c.toString());
        EventCandidate monday = c.stream().filter(e -> e.when().toString().equals("2023-03-06")).findFirst().orElseThrow();
        assertEquals(List.of(1L, 4L), monday.whoIds(), c.toString());
    }

    @Test
    void newCuesRoundsMissionsShuttlesAndLongReceptions() {
        DateRange oct = DateRange.day(LocalDate.of(2023, 10, 20));
        assertEquals(List.of(EventKind.MEETING), kinds("Both sides agreed on a new round in Kessel on 20 October.", "20 October", oct));
        assertEquals(List.of(EventKind.VISIT), kinds("Dask led a trade mission to Orla on 20 October.", "20 October", oct));
        assertEquals(List.of(EventKind.VISIT), kinds("The envoy shuttled between Orla and Kessel on 20 October.", "20 October", oct));
        // a team's call on a head of state: "were guests of President X at the palace"
        assertEquals(List.of(EventKind.VISIT), kinds("The squad were guests of President Dask at Orla Palace on 20 October.",
                "20 October", oct));
        assertEquals(List.of(EventKind.MEETING), kinds("Dask had been welcomed earlier on 20 October with a review on the "
                + "parade ground by the crown prince.", "20 October", oct));
        assertTrue(kinds("Dask welcomed the decision by the court on 20 October.", "20 October", oct).isEmpty());
        // "three days of meetings" from the day given
        assertEquals("2023-10-20..2023-10-22", EventExtractor.lasting("Dask travels to Orla on 20 October for three days "
                + "of meetings.", oct).toString());
        // how long it has been planned dates the planning, not the trip
        assertTrue(kinds("The trip had been planned since 20 October, officials said.", "20 October", oct).isEmpty());
        // a plan called off: "were first set for"
        assertTrue(kinds("The talks were first set for 20 October but were called off.", "20 October", oct).isEmpty());
    }

    @Test
    void undatedSentencesJoinByChairShowingAndBanquetsButNotByDenial() {
        String text = "Orlan and Tessel negotiators met in Kessel on Thursday. The meeting between Ivo Dask and Mira Holt "
                + "was chaired by Anna Berg. Guests at the banquet included Olaf Lund. Dask, who has not yet met Per Vik, "
                + "will also speak at a forum. They were shown the new rails for the Orla Metro by Eva Sand.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "The meeting", "Guests", "Dask, who", "They were"),
                List.of(), List.of(date(text, "Thursday", DateRange.day(LocalDate.of(2023, 3, 9)))),
                List.of(name(text, "Kessel", EntityType.LOCATION, 1), name(text, "Ivo Dask", EntityType.PERSON, 2),
                        name(text, "Mira Holt", EntityType.PERSON, 3), name(text, "Anna Berg", EntityType.PERSON, 4),
                        name(text, "Olaf Lund", EntityType.PERSON, 5), name(text, "Per Vik", EntityType.PERSON, 6),
                        name(text, "Orla Metro", EntityType.ORGANIZATION, 7), name(text, "Eva Sand", EntityType.PERSON, 8)),
                Map.of());
        EventCandidate all = c.get(0);
        assertTrue(all.whoIds().containsAll(List.of(2L, 3L, 4L, 5L, 8L)), all.toString());
        assertFalse(all.whoIds().contains(6L), all.toString());
        assertFalse(all.whoIds().contains(7L), all.toString());
    }

    /** The events among candidates, a joined sentence's copy of its event counting once. */
    private static long distinct(List<EventCandidate> c) {
        return c.stream().map(x -> List.of(x.kind(), x.when(), x.whoIds(), x.whereIds())).distinct().count();
    }

    private static List<Sentence> sentencesOf(String text, String... starts) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (String s : starts) {
            int at = text.indexOf(s);
            out.add(new Sentence(from, at - 1));
            from = at;
        }
        out.add(new Sentence(from, text.length()));
        return out;
    }

    static ResolvedDate date(String text, String s, DateRange range) {
        int at = text.indexOf(s);
        return new ResolvedDate(at, at + s.length(), s, range, false);
    }

    /** A name mention where {@code s} first occurs; a name followed by a word ("Dask was") marks the name there. */
    static Mention name(String text, String s, EntityType type, long entity) {
        int at = text.indexOf(s);
        String n = s.endsWith(" was") ? s.substring(0, s.length() - 4) : s;
        return new Mention(0, 1, at, at + n.length(), n, type, null, entity, null, MentionOrigin.AUTO, false);
    }

    @Test
    void plansCalledOffOtherSensesAndGoodsGiveNoEvent() {
        DateRange oct = DateRange.day(LocalDate.of(2023, 10, 20));
        assertTrue(kinds("A planned meeting with the minister on 20 October has also been cancelled.", "20 October", oct).isEmpty());
        assertTrue(kinds("The firm postponed its annual meeting on 20 October indefinitely.", "20 October", oct).isEmpty());
        assertTrue(kinds("She had been due to travel to the coast on 20 October.", "20 October", oct).isEmpty());
        assertEquals(List.of(EventKind.VISIT), kinds("She will travel to the coast on 20 October.", "20 October", oct));
        // a website's visits, meeting a demand, goods arriving
        assertTrue(kinds("Visits to the company's website fell on 20 October.", "20 October", oct).isEmpty());
        assertTrue(kinds("The board must meet investors' concerns by 20 October.", "20 October", oct).isEmpty());
        assertEquals(List.of(EventKind.MEETING), kinds("The board will meet investors on 20 October.", "20 October", oct));
        assertTrue(kinds("The remaining systems would arrive by 20 October.", "20 October", oct).isEmpty());
        assertEquals(List.of(EventKind.VISIT), kinds("The delegation will arrive on 20 October for a visit.", "20 October", oct));
    }

    @Test
    void aNewPartysArrivalOpensNoEarlierEventAndAVenueIsNoStop() {
        DateRange mon = DateRange.day(LocalDate.of(2023, 3, 6));
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        String text = "Dask will tour Orla on Tuesday. A Tessel trade mission arrived in Orla on Monday.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "A Tessel"), List.of(),
                List.of(date(text, "Tuesday", tue), date(text, "Monday", mon)),
                List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 2)), Map.of());
        assertEquals("2023-03-07", c.get(0).when().toString(), c.toString());
        String own = "Dask will tour Orla on Tuesday. He arrived in Orla on Monday.";
        List<EventCandidate> d = extractor.extract(1, own, sentencesOf(own, "He arrived"), List.of(),
                List.of(date(own, "Tuesday", tue), date(own, "Monday", mon)),
                List.of(name(own, "Dask", EntityType.PERSON, 1), name(own, "Orla", EntityType.LOCATION, 2)), Map.of());
        assertEquals("2023-03-06..2023-03-07", d.get(0).when().toString(), d.toString());
        // "arrived in Orla on Monday and held talks at the Kessel Palace on Tuesday": one visit, the palace no stop
        String v = "Dask arrived in Orla on Monday and held talks with Holt at the Kessel Palace on Tuesday.";
        List<EventCandidate> e = extractor.extract(1, v, List.of(new Sentence(0, v.length())), List.of(),
                List.of(date(v, "Monday", mon), date(v, "Tuesday", tue)),
                List.of(name(v, "Dask", EntityType.PERSON, 1), name(v, "Orla", EntityType.LOCATION, 2),
                        name(v, "Holt", EntityType.PERSON, 3), name(v, "Kessel Palace", EntityType.LOCATION, 4)), Map.of());
        assertEquals(1, distinct(e), e.toString());
        String w = "Dask arrived in Orla on Monday and flew to Kessel on Tuesday.";
        List<EventCandidate> f = extractor.extract(1, w, List.of(new Sentence(0, w.length())), List.of(),
                List.of(date(w, "Monday", mon), date(w, "Tuesday", tue)),
                List.of(name(w, "Dask", EntityType.PERSON, 1), name(w, "Orla", EntityType.LOCATION, 2),
                        name(w, "Kessel", EntityType.LOCATION, 4)), Map.of());
        assertEquals(2, distinct(f), f.toString());
    }

    @Test
    void overnightAndLiveReportTimesAreTheStorysDay() {
        DateRange mon = DateRange.day(LocalDate.of(2023, 3, 6));
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        String text = "Dask made a visit to Orla on Monday. He flew overnight to Kessel to meet Holt.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "He flew"), List.of(),
                List.of(date(text, "Monday", mon), date(text, "overnight", tue)),
                List.of(name(text, "Dask", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 2),
                        name(text, "Kessel", EntityType.LOCATION, 3), name(text, "Holt", EntityType.PERSON, 4)), Map.of());
        assertTrue(c.stream().allMatch(e -> e.when().equals(mon)), c.toString());
        // "09:40 The prime minister has landed in Orla.": the entry's time is the publication day
        String live = "09:40 The prime minister has landed in Orla. 10:15 He is on his way to meet Holt.";
        List<EventCandidate> d = extractor.extract(1, live, sentencesOf(live, "10:15"), List.of(),
                List.of(date(live, "09:40", tue), date(live, "10:15", tue)),
                List.of(name(live, "Orla", EntityType.LOCATION, 2), name(live, "Holt", EntityType.PERSON, 4)), Map.of());
        assertTrue(d.stream().anyMatch(e -> e.kind() == EventKind.VISIT && e.when().equals(tue) && e.whereIds().equals(List.of(2L))),
                d.toString());
        String plain = "The prime minister has landed in Orla.";
        assertTrue(extractor.extract(1, plain, List.of(new Sentence(0, plain.length())), List.of(), List.of(),
                List.of(name(plain, "Orla", EntityType.LOCATION, 2)), Map.of()).isEmpty());
    }

    @Test
    void flyingToANamedPlaceIsAVisitFlyingBackIsNot() {
        DateRange oct = DateRange.day(LocalDate.of(2023, 10, 20));
        assertEquals(List.of(EventKind.VISIT), kinds("On 20 October they will fly to Orla to see the harbour.", "20 October", oct));
        assertTrue(kinds("On 20 October she flew back to Orla after the storm.", "20 October", oct).isEmpty());
    }

    /** The kinds of event the extractor finds in one sentence dated at {@code date}, with no names given. */
    static List<EventKind> kinds(String sentence, String date, DateRange range) {
        int at = sentence.indexOf(date);
        return new EventExtractor().extract(1, sentence, List.of(new Sentence(0, sentence.length())), List.of(),
                List.of(new ResolvedDate(at, at + date.length(), date, range, false)), List.of(), Map.of())
                .stream().map(EventCandidate::kind).toList();
    }

    @Test
    void aPersonOpeningABuildingVisitsItAndWhoGreetsThemJoins() {
        DateRange thu = DateRange.day(LocalDate.of(2023, 3, 9));
        String text = "Ilse Marren opened the new wing at Orla General Hospital in Durn on Thursday. The princess was greeted "
                + "on arrival by the mayor, Ivo Dask.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "The princess"), List.of(),
                List.of(date(text, "Thursday", thu)),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Orla General Hospital", EntityType.ORGANIZATION, 2),
                        name(text, "Durn", EntityType.LOCATION, 3), name(text, "Ivo Dask", EntityType.PERSON, 4)), Map.of());
        assertEquals(EventKind.VISIT, c.get(0).kind(), c.toString());
        assertEquals(List.of(1L, 4L), c.get(0).whoIds(), c.toString());
        assertEquals(List.of(2L, 3L), c.get(0).whereIds(), c.toString());
        // a thing opening is no visit
        String fair = "The Orla Fair opened its doors on Thursday.";
        assertTrue(extractor.extract(1, fair, List.of(new Sentence(0, fair.length())), List.of(), List.of(date(fair, "Thursday", thu)),
                List.of(name(fair, "Orla Fair", EntityType.ORGANIZATION, 5)), Map.of()).isEmpty());
    }

    @Test
    void aHostGreetingTheVisitorOnArrivalJoinsTheVisit() {
        DateRange thu = DateRange.day(LocalDate.of(2023, 3, 9));
        for (String verb : List.of("greeted", "welcomed", "received")) {
            String text = "Ilse Marren visited Durn on Thursday. Mayor Ivo Dask " + verb + " her on arrival.";
            List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "Mayor"), List.of(), List.of(date(text, "Thursday", thu)),
                    List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Durn", EntityType.LOCATION, 3),
                            name(text, "Ivo Dask", EntityType.PERSON, 4)), Map.of());
            assertEquals(List.of(1L, 4L), c.get(0).whoIds(), verb + ": " + c);
        }
        // welcoming a decision, or the king's remarks, is no greeting
        String text = "Ilse Marren visited Durn on Thursday. Ivo Dask welcomed the king's remarks.";
        List<EventCandidate> d = extractor.extract(1, text, sentencesOf(text, "Ivo Dask"), List.of(), List.of(date(text, "Thursday", thu)),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Durn", EntityType.LOCATION, 3),
                        name(text, "Ivo Dask", EntityType.PERSON, 4)), Map.of());
        assertEquals(List.of(1L), d.get(0).whoIds(), d.toString());
    }
    @Test
    void goingBackToDoSomethingIsAVisitAPilgrimageTooButABodysOwnSessionIsNot() {
        DateRange oct = DateRange.day(LocalDate.of(2023, 10, 20));
        assertEquals(List.of(EventKind.VISIT), kinds("She returned to the coast on 20 October to open a school.", "20 October", oct));
        assertEquals(List.of(EventKind.VISIT), kinds("He will return to the county on 20 October with the senator to inspect the levee.",
                "20 October", oct));
        assertTrue(kinds("She is due to return to the capital on 20 October.", "20 October", oct).isEmpty());
        assertTrue(kinds("The frigate will return to its base on 20 October.", "20 October", oct).isEmpty());
        assertEquals(List.of(EventKind.VISIT), kinds("He will make a pilgrimage to the monastery on 20 October.", "20 October", oct));
        assertTrue(kinds("The town council will meet on 20 October to approve the budget.", "20 October", oct).isEmpty());
        assertTrue(kinds("The companies said their boards would meet on 20 October.", "20 October", oct).isEmpty());
        assertTrue(kinds("The security council is due to meet on the crisis on 20 October.", "20 October", oct).isEmpty());
        assertEquals(List.of(EventKind.MEETING), kinds("The committee will meet the minister on 20 October.", "20 October", oct));
    }

    @Test
    void aPronounAfterAFrontedPhraseOrWithNothingToldBeforeIsTheArticlesPerson() {
        DateRange mon = DateRange.day(LocalDate.of(2023, 3, 6));
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        for (String opening : List.of("Leaving Orla for Kessel on Tuesday, she", "Instead she")) {
            String text = "Ilse Marren visited Orla on Monday. " + opening + " held talks with Ivo Dask on Tuesday.";
            List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, opening.substring(0, 5)), List.of(),
                    List.of(date(text, "Monday", mon), date(text, "Tuesday", tue)),
                    List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Orla", EntityType.LOCATION, 2),
                            name(text, "Ivo Dask", EntityType.PERSON, 3)), Map.of());
            assertEquals(List.of(1L, 3L), c.get(c.size() - 1).whoIds(), opening + ": " + c);
        }
        String obituary = "Ilse Marren, the diplomat, has died. In March 1998 she travelled to Orla.";
        DateRange march = new DateRange(LocalDate.of(1998, 3, 1), LocalDate.of(1998, 3, 31), DatePrecision.MONTH);
        List<EventCandidate> d = extractor.extract(1, obituary, sentencesOf(obituary, "In March"), List.of(),
                List.of(date(obituary, "March 1998", march)),
                List.of(name(obituary, "Ilse Marren", EntityType.PERSON, 1), name(obituary, "Orla", EntityType.LOCATION, 2)), Map.of());
        assertEquals(List.of(1L), d.get(0).whoIds(), d.toString());
    }

    @Test
    void twoHostsOnTwoDaysInOneSentenceAreTwoMeetingsAndALaterLunchGuestJoins() {
        DateRange tue = DateRange.day(LocalDate.of(2023, 3, 7));
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        String text = "Ilse Marren will be received by Ivo Dask in Orla on Tuesday, then by Anna Holt on Wednesday.";
        List<EventCandidate> c = extractor.extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, "Tuesday", tue), date(text, "Wednesday", wed)),
                List.of(name(text, "Ilse Marren", EntityType.PERSON, 1), name(text, "Ivo Dask", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 3), name(text, "Anna Holt", EntityType.PERSON, 4)), Map.of());
        assertEquals(2, distinct(c), c.toString());
        assertTrue(c.stream().anyMatch(e -> e.when().equals(tue) && e.whoIds().equals(List.of(1L, 2L)) && e.whereIds().equals(List.of(3L))),
                c.toString());
        assertTrue(c.stream().anyMatch(e -> e.when().equals(wed) && e.whoIds().equals(List.of(1L, 4L)) && e.whereIds().equals(List.of(3L))),
                c.toString());
        // the same guest again the next day is one event
        String again = "Ilse Marren will meet Ivo Dask in Orla on Tuesday and again on Wednesday.";
        List<EventCandidate> d = extractor.extract(1, again, List.of(new Sentence(0, again.length())), List.of(),
                List.of(date(again, "Tuesday", tue), date(again, "Wednesday", wed)),
                List.of(name(again, "Ilse Marren", EntityType.PERSON, 1), name(again, "Ivo Dask", EntityType.PERSON, 2),
                        name(again, "Orla", EntityType.LOCATION, 3)), Map.of());
        assertEquals(1, d.size(), d.toString());
        String lunch = "Ilse Marren met Ivo Dask in Orla on Tuesday. The two leaders were joined for lunch on deck by Anna Holt.";
        List<EventCandidate> e = extractor.extract(1, lunch, sentencesOf(lunch, "The two"), List.of(), List.of(date(lunch, "Tuesday", tue)),
                List.of(name(lunch, "Ilse Marren", EntityType.PERSON, 1), name(lunch, "Ivo Dask", EntityType.PERSON, 2),
                        name(lunch, "Orla", EntityType.LOCATION, 3), name(lunch, "Anna Holt", EntityType.PERSON, 4)), Map.of());
        assertEquals(List.of(1L, 2L, 4L), e.get(0).whoIds(), e.toString());
    }
    @Test
    void anArrivalOpensTheFirstDayOfAHostsTwoGuests() {
        // "Marren" linked apart from "Ilse Marren" (entity 5): the arrival names none of the guests and opens the first day
        DateRange wed = DateRange.day(LocalDate.of(2023, 3, 8));
        DateRange thu = DateRange.day(LocalDate.of(2023, 3, 9));
        DateRange fri = DateRange.day(LocalDate.of(2023, 3, 10));
        String text = "Ivo Dask will host Ilse Marren in Orla on Thursday and Anna Holt on Friday, his office said on Monday. "
                + "Marren arrives on Wednesday.";
        List<EventCandidate> c = extractor.extract(1, text, sentencesOf(text, "Marren arrives"), List.of(),
                List.of(date(text, "Thursday", thu), date(text, "Friday", fri), date(text, "Monday", DateRange.day(LocalDate.of(2023, 3, 6))),
                        date(text, "Wednesday", wed)),
                List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Ilse Marren", EntityType.PERSON, 2),
                        name(text, "Orla", EntityType.LOCATION, 3), name(text, "Anna Holt", EntityType.PERSON, 4),
                        new Mention(0, 1, text.indexOf("Marren arrives"), text.indexOf("Marren arrives") + 6, "Marren",
                                EntityType.PERSON, null, 5L, null, MentionOrigin.AUTO, false)), Map.of());
        assertTrue(c.stream().anyMatch(e -> e.when().toString().equals("2023-03-08..2023-03-09") && e.whoIds().contains(2L)),
                c.toString());
        assertTrue(c.stream().anyMatch(e -> e.when().equals(fri) && e.whoIds().equals(List.of(1L, 4L))), c.toString());
    }
}
