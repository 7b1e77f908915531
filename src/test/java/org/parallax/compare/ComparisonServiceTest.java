package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/** Entities, dates and metadata of the sample comparison, and its JSON form for {@code compare A B --json}. */
class ComparisonServiceTest {
    private static final DateRange FEBRUARY = new DateRange(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28), DatePrecision.MONTH);
    private static final DateRange VISIT = new DateRange(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 7), DatePrecision.DAY);

    private static DatedMention date(Article a, String surface, DateRange r) {
        int s = a.text().indexOf(surface, a.text().indexOf("WASHINGTON"));
        assertTrue(s >= 0, surface);
        return new DatedMention(s, s + surface.length(), surface, r);
    }

    private Comparison compare() {
        Article a = Samples.outletA(), b = Samples.outletB();
        SideFacts fa = new SideFacts(Map.of("Christopher Landberg", EntityType.PERSON, "Derek Chollet", EntityType.PERSON,
                "Reuters", EntityType.ORGANIZATION, "Pakistan", EntityType.LOCATION),
                List.of(date(a, "Last month", FEBRUARY), date(a, "March 6-7", VISIT)));
        SideFacts fb = new SideFacts(Map.of("Christopher Landberg", EntityType.PERSON, "derek chollet", EntityType.PERSON,
                "ISIS", EntityType.ORGANIZATION, "Pakistan", EntityType.LOCATION),
                List.of(date(b, "In February", FEBRUARY), date(b, "March 6-7", new DateRange(LocalDate.of(2023, 3, 6),
                        LocalDate.of(2023, 3, 8), DatePrecision.DAY))));
        return new ComparisonService().compare(a, fa, b, fb);
    }

    @Test
    void sharesEntitiesByCanonicalNameIgnoringCase() {
        Comparison.Entities e = compare().entities();
        assertEquals(List.of("Christopher Landberg", "Derek Chollet", "Pakistan"), e.shared().stream().map(Comparison.EntityRef::name).toList());
        assertEquals(List.of("Reuters"), e.onlyA().stream().map(Comparison.EntityRef::name).toList());
        assertEquals(List.of("ISIS"), e.onlyB().stream().map(Comparison.EntityRef::name).toList());
    }

    @Test
    void agreesOnLastMonthAndInFebruaryAndFlagsADifferentRangeInAlignedSentences() {
        Comparison.Dates d = compare().dates();
        assertEquals(1, d.agree().size());
        assertEquals("Last month", d.agree().get(0).a().text());
        assertEquals("In February", d.agree().get(0).b().text());
        assertEquals(1, d.disagree().size(), "the visit dates sit in aligned sentences but resolve differently");
        assertEquals("2023-03-06..2023-03-07", d.disagree().get(0).a().resolved());
        assertEquals("2023-02", d.agree().get(0).b().resolved());
        assertTrue(d.onlyA().isEmpty() && d.onlyB().isEmpty());
    }

    @Test
    void putsMetadataSideBySide() {
        Comparison.MetaField outlet = compare().metadata().stream().filter(f -> f.name().equals("outlet")).findFirst().orElseThrow();
        assertEquals("outlet A", outlet.a());
        assertEquals("outlet B", outlet.b());
        assertTrue(!outlet.same());
    }

    @Test
    void serialisesToJsonWithOffsetsAndDiffs() throws Exception {
        JsonNode json = new ObjectMapper().valueToTree(compare());
        assertTrue(json.get("similarity").asDouble() > 0.6);
        JsonNode pair = json.get("pairs").get(0);
        assertTrue(pair.get("a").get(0).has("start") && pair.get("a").get(0).has("text"), pair.toString());
        assertTrue(json.get("pairs").findValues("diffA").stream().anyMatch(n -> n.size() > 0));
        assertEquals("Pakistan-US ties on track", json.get("uniqueB").get(0).get("text").asText());
        assertEquals(3, json.get("entities").get("shared").size());
    }
}
