package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.EntityType;
import org.parallax.nlp.gold.GoldDocument;
import org.parallax.nlp.gold.MentionScore;
import org.parallax.nlp.gold.SampleGold;

/**
 * The recogniser on the two shared sample articles (raw file text, document date 2023-03-04) against hand-made gold
 * mentions (src/test/resources/gold/story1-outlet-*.tsv).
 */
class EntityRecognizerSampleTest {

    private static Recognition recognise(GoldDocument doc) {
        return SharedRecognizers.app().recognize(doc.text(), doc.docDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "b"})
    void findsPeopleOrganisationsAndPlacesOfTheStory(String outlet) {
        GoldDocument doc = SampleGold.load(outlet);
        MentionScore score = new MentionScore(new java.util.LinkedHashSet<>(List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE")));
        score.add(doc, recognise(doc).mentions());
        String report = score.report("outlet " + outlet);
        assertTrue(score.exact.get("PERSON").f1() >= 0.95, report + score.exact.get("PERSON").errors);
        assertTrue(score.exact.get("ORGANIZATION").f1() >= 0.95, report + score.exact.get("ORGANIZATION").errors);
        assertTrue(score.exact.get("LOCATION").f1() >= 0.90, report + score.exact.get("LOCATION").errors);
        // SUTime's date extents stop before range ends ("March 6" of "March 6-7"), so dates are scored by overlap
        assertTrue(score.overlap.get("DATE").f1() >= 0.90, report + score.overlap.get("DATE").errors);
    }

    @Test
    void findsPakistanAndUsInsideHyphenatedPakistanUs() {
        GoldDocument doc = SampleGold.load("a");
        int pair = doc.text().indexOf("Pakistan-US counterterrorism");
        List<RawMention> ms = recognise(doc).mentions();
        assertTrue(ms.contains(new RawMention(pair, pair + 8, "Pakistan", EntityType.LOCATION, "LOCATION", null, null)), ms::toString);
        assertTrue(ms.contains(new RawMention(pair + 9, pair + 11, "US", EntityType.LOCATION, "LOCATION", null, null)), ms::toString);
    }

    /**
     * With the app's tokenization SUTime sees "March 6" as a day and leaves "7" as a NUMBER right after the hyphen;
     * the date resolver extends the day to a range from that.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a", "b"})
    void marchSixToSevenGivesADateFollowedByTheRangeEnd(String outlet) {
        GoldDocument doc = SampleGold.load(outlet);
        int at = doc.text().indexOf("March 6-7", doc.text().indexOf("delegation"));
        List<RawMention> ms = recognise(doc).mentions();
        RawMention date = ms.stream().filter(m -> m.start() == at).findFirst().orElseThrow(() -> new AssertionError(ms));
        assertEquals(EntityType.DATE, date.type());
        assertEquals("DATE", date.timexType());
        assertEquals("March 6", date.text());
        assertEquals("2023-03-06", date.timexValue());
        RawMention next = ms.get(ms.indexOf(date) + 1);
        assertEquals("7", next.text());
        assertEquals(at + "March 6-".length(), next.start());
        assertEquals("NUMBER", next.nerTag());
        assertEquals(null, next.type());
    }

    @Test
    void resolvesRelativeDatesAgainstTheDocumentDate() {
        GoldDocument a = SampleGold.load("a");
        GoldDocument b = SampleGold.load("b");
        assertEquals(Set.of("2023-03-03"), values(a, "Friday"));
        assertEquals(Set.of("2023-02"), values(a, "Last month"));
        assertEquals(Set.of("2023-03-03"), values(b, "Friday"));
        assertEquals(Set.of("2023-02"), values(b, "February"));
        assertEquals(Set.of("2023-02-16"), values(b, "February 16"));
    }

    private static Set<String> values(GoldDocument doc, String text) {
        return recognise(doc).mentions().stream().filter(m -> m.text().equals(text) && m.type() == EntityType.DATE)
                .map(RawMention::timexValue).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void bylineNameIsOnePersonOnItsOwnLine() {
        GoldDocument a = SampleGold.load("a");
        Recognition r = recognise(a);
        long bylines = r.mentions().stream().filter(m -> m.text().equals("Wajid Ali Syed") && m.type() == EntityType.PERSON).count();
        assertEquals(2, bylines);
        int name = a.text().indexOf("Wajid Ali Syed");
        assertTrue(r.sentences().stream().anyMatch(s -> s.start() == name && s.end() == name + "Wajid Ali Syed".length()), r.sentences()::toString);
    }
}
