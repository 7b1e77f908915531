package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgeDecadesTest {

    private final DateResolver resolver = new DateResolver();

    private List<ResolvedDate> resolve(String text, String spec, String published) {
        return resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
    }

    private static String of(List<ResolvedDate> dates, String surface) {
        return dates.stream().filter(d -> d.text().contains(surface)).map(d -> String.valueOf(d.range())).findFirst().orElse("none");
    }

    @Test
    void aDecadeOfALifeIsCountedFromTheBirthYearOrTheAge() {
        String born = "Born in Newport in 1951, he worked on tankers in his twenties. His forties were his busiest years.";
        List<ResolvedDate> dates = resolve(born, "1951=1951", "2035-06-16");
        assertEquals("1971-01-01..1980-12-31", of(dates, "his twenties"));
        assertEquals("1991-01-01..2000-12-31", of(dates, "His forties"));
        // from an age at publication, and no later than the year of publication
        String aged = "Gareth Lowe, who has died aged 84, stayed a trustee into his eighties.";
        assertEquals("2031-01-01..2035-12-31", of(resolve(aged, "84=#", "2035-06-16"), "his eighties"));
    }

    @Test
    void noBirthYearOrADescriptionIsNoDate() {
        String noAge = "In his twenties he worked on tankers in the Gulf, in 1975.";
        assertTrue(resolve(noAge, "1975=1975", "2035-06-16").stream().noneMatch(d -> d.text().contains("twenties")));
        String described = "Police said a man in his fifties, born locally in 1980, was hurt.";
        assertTrue(resolve(described, "1980=1980", "2035-06-16").stream().noneMatch(d -> d.text().contains("fifties")));
    }
}
