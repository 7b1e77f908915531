package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MonthPartsTest {

    private final DateResolver resolver = new DateResolver();

    private String ranges(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return String.join(" ", out.stream().map(d -> d.text() + "=" + d.range()).toList());
    }

    @Test
    void twoPartsOfMonthsWrittenAsOneAreOneRange() {
        String to = "The works run from late October to early November.";
        assertEquals("late October to early November=2037-10-21..2037-11-10",
                ranges(to, "late October=2037-10|early November=2037-11", "2037-03-02"));
    }

    @Test
    void aFirstPartWrittenAloneSharesTheSecondPartsMonth() {
        String text = "The flower show is expected from mid- to late April, and the fair from early to mid-May.";
        assertEquals("mid- to late April=2037-04-11..2037-04-30 early to mid-May=2037-05-01..2037-05-20",
                ranges(text, "late April=2037-04|mid-May=2037-05", "2037-03-02"));
    }

    @Test
    void partsFarApartOrOutOfOrderStayApart() {
        String text = "Sales will peak from late March to early September. Hay cutting begins in late May or early June.";
        assertEquals("late March=2037-03-21..2037-03-31 early September=2037-09-01..2037-09-10"
                        + " late May=2037-05-21..2037-05-31 early June=2037-06-01..2037-06-10",
                ranges(text, "late March=2037-03|early September=2037-09|late May=2037-05|early June=2037-06", "2037-03-02"));
    }
}
