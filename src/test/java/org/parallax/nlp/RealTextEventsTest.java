package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parallax.nlp.EventExtractorTest.date;
import static org.parallax.nlp.EventExtractorTest.kinds;
import static org.parallax.nlp.EventExtractorTest.name;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Sentence;

/**
 * False events of kinds found on real pages (Mozilla's saved articles, ECB+ news), each with invented sentences and a
 * near twin that still is an event.
 */
class RealTextEventsTest {
    private static final DateRange FRIDAY = DateRange.day(LocalDate.of(2023, 3, 3));
    private static final DateRange WEEKEND = new DateRange(LocalDate.of(2023, 3, 4), LocalDate.of(2023, 3, 5), DatePrecision.DAY);
    private static final DateRange SUMMER = new DateRange(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 8, 31), DatePrecision.SEASON);

    @Test
    void aDayTheEventDoesNotHappenOnDatesNothing() {
        // a day named with "a": no particular weekend
        assertEquals(List.of(), kinds("After a romantic weekend break goes wrong, a baker travels to the coast.", "weekend", WEEKEND));
        assertEquals(List.of(EventKind.VISIT), kinds("This weekend the baker travels to the coast.", "weekend", WEEKEND));
        assertEquals(List.of(EventKind.VISIT), kinds("The baker travels to Hpa-an on Friday.", "Friday", FRIDAY));
        assertEquals(List.of(EventKind.VISIT), kinds("The baker travels to the coast in a van Friday.", "Friday", FRIDAY));
        // a vague span back, read as a day
        assertEquals(List.of(), kinds("The two painters had travelled to the coast a few years earlier.", "a few years earlier", FRIDAY));
        assertEquals(List.of(EventKind.VISIT), kinds("The two painters had travelled to the coast three days earlier.",
                "three days earlier", FRIDAY));
        // a year given right after the day, which the reader missed
        assertEquals(List.of(), kinds("The pupils visit the ruined fort that fell on March 3, 1943.", "March 3", FRIDAY));
        assertEquals(List.of(EventKind.VISIT), kinds("The pupils visit the ruined fort on March 3, 2023.", "March 3", FRIDAY));
        // the day of someone's own act, not of the talks
        assertEquals(List.of(), kinds("Voters back her stance on the border talks and her vow on Friday to stay.", "Friday", FRIDAY));
        assertEquals(List.of(EventKind.MEETING), kinds("Voters back her stance in the border talks on Friday.", "Friday", FRIDAY));
    }

    @Test
    void cueWordsInAnotherSenseAreNoVisit() {
        // an imperative to the reader
        assertEquals(List.of(), kinds("For a list of the rules signed on Friday, visit Orla Post.", "Friday", FRIDAY));
        assertEquals(List.of(EventKind.VISIT), kinds("The minister will visit Orla on Friday.", "Friday", FRIDAY));
        // moving on to another task
        assertEquals(List.of(), kinds("In the summer of 2021, the coder moved on to another project.", "the summer of 2021", SUMMER));
        assertEquals(List.of(EventKind.VISIT), kinds("In the summer of 2021, the band moved on to Orla.", "the summer of 2021", SUMMER));
        // a stay for good as someone's guest
        assertEquals(List.of(), kinds("In the summer of 2021, the exile lived in Durn as a guest of the government.",
                "the summer of 2021", SUMMER));
        assertEquals(List.of(EventKind.VISIT), kinds("In the summer of 2021, the envoy was in Durn as a guest of the government.",
                "the summer of 2021", SUMMER));
    }

    @Test
    void aPlanPutOffWithNoNewDateIsNoEvent() {
        assertEquals(List.of(), kinds("Meetings of the trade group that were planned in Durn this week had been postponed.",
                "this week", WEEKEND));
        assertEquals(List.of(EventKind.MEETING), kinds("Meetings of the trade group that were planned in Durn this week went ahead.",
                "this week", WEEKEND));
        // put off before, held at last
        assertEquals(List.of(EventKind.MEETING), kinds("The trade group met in Durn this week for talks that had been postponed twice.",
                "this week", WEEKEND));
    }

    @Test
    void anArrivalThatStartsACourseOrAPostIsNoVisit() {
        String text = "When Ivo Dask arrived at Orla University in the summer of 2021, with a law degree from Durn College, the lab was new.";
        assertEquals(List.of(), extract(text, "the summer of 2021", SUMMER));
        String twin = "When Ivo Dask arrived at Orla University in the summer of 2021, the rector showed him the new lab.";
        assertEquals(List.of(EventKind.VISIT), extract(twin, "the summer of 2021", SUMMER));
    }

    @Test
    void aSentenceOfAnotherTimeJoinsNoEvent() {
        DateRange year = new DateRange(LocalDate.of(1998, 1, 1), LocalDate.of(1998, 12, 31), DatePrecision.YEAR);
        String text = "Ivo Dask met Ana Rell in Durn on Friday. In 1998 Ivo Dask was accompanied by Pia Lund.";
        List<EventCandidate> c = twoSentences(text, List.of(date(text, "Friday", FRIDAY), date(text, "1998", year)));
        assertEquals(1, c.size());
        assertEquals(List.of(1L, 2L), c.get(0).whoIds());
        // undated, the same sentence tells who else came
        String twin = "Ivo Dask met Ana Rell in Durn on Friday. Later Ivo Dask was accompanied by Pia Lund.";
        List<EventCandidate> t = twoSentences(twin, List.of(date(twin, "Friday", FRIDAY)));
        assertEquals(2, t.size());
        assertEquals(List.of(1L, 2L, 3L), t.get(1).whoIds());
    }

    @Test
    void aPersonNamingAnAdministrationNeitherSpeaksNorTakesPart() {
        String said = "The border will reopen, Ivo Dask administration officials said on Friday.";
        assertEquals(List.of(), new EventExtractor().extract(1, said, List.of(new Sentence(0, said.length())), List.of(),
                List.of(date(said, "Friday", FRIDAY)), List.of(name(said, "Ivo Dask", EntityType.PERSON, 1)), Map.of()));
        String twin = "The border will reopen, Ivo Dask said on Friday.";
        assertEquals(List.of(1L), new EventExtractor().extract(1, twin, List.of(new Sentence(0, twin.length())), List.of(),
                List.of(date(twin, "Friday", FRIDAY)), List.of(name(twin, "Ivo Dask", EntityType.PERSON, 1)), Map.of()).get(0).whoIds());
        String met = "Ana Rell met Pia Lund in Durn on Friday, a visit criticized by the Ivo Dask administration.";
        List<Mention> names = List.of(name(met, "Ana Rell", EntityType.PERSON, 2), name(met, "Pia Lund", EntityType.PERSON, 3),
                name(met, "Ivo Dask", EntityType.PERSON, 1));
        assertEquals(List.of(2L, 3L), new EventExtractor().extract(1, met, List.of(new Sentence(0, met.length())), List.of(),
                List.of(date(met, "Friday", FRIDAY)), names, Map.of()).get(0).whoIds());
    }

    private static List<EventKind> extract(String text, String date, DateRange range) {
        return new EventExtractor().extract(1, text, List.of(new Sentence(0, text.length())), List.of(),
                List.of(date(text, date, range)), List.of(name(text, "Ivo Dask", EntityType.PERSON, 1),
                        name(text, "Orla University", EntityType.ORGANIZATION, 2)), Map.of())
                .stream().map(EventCandidate::kind).toList();
    }

    private static List<EventCandidate> twoSentences(String text, List<ResolvedDate> dates) {
        int second = text.indexOf(". ") + 2;
        int third = text.lastIndexOf("Ivo Dask");
        return new EventExtractor().extract(1, text, List.of(new Sentence(0, second - 1), new Sentence(second, text.length())),
                List.of(), dates, List.of(name(text, "Ivo Dask", EntityType.PERSON, 1), name(text, "Ana Rell", EntityType.PERSON, 2),
                        name(text, "Durn", EntityType.LOCATION, 4),
                        new Mention(0, 1, third, third + 8, "Ivo Dask", EntityType.PERSON, null, 1L, null,
                                MentionOrigin.AUTO, false),
                        name(text, "Pia Lund", EntityType.PERSON, 3)), Map.of());
    }
}
