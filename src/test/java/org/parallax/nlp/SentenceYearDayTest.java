package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SentenceYearDayTest {

    private final DateResolver resolver = new DateResolver();

    private String dates(String text, String spec, String published) {
        List<ResolvedDate> out = resolver.resolve(text, DateResolverTest.raw(text, spec), LocalDate.parse(published));
        return out.stream().map(d -> d.text() + "=" + d.range()).collect(Collectors.joining(" | "));
    }

    @Test
    void aDayInAPastSentenceThatOpensWithAYearIsOfThatYear() {
        assertEquals("Last year=2035 | 4 September=2035-09-04", dates("Last year the autumn term began on 4 September.",
                "Last year=2035|4 September=2036-09-04", "2036-09-03"));
        assertEquals("2031=2031 | 2 May=2031-05-02", dates("In 2031 the fair opened on 2 May.",
                "2031=2031|2 May=2036-05-02", "2036-09-03"));
    }

    @Test
    void notWhenTheYearDoesNotOpenTheSentenceOrTheClauseLooksAhead() {
        assertEquals("4 September=2036-09-04 | last year=2035", dates("The term starts on 4 September, as it did last year.",
                "4 September=2036-09-04|last year=2035", "2036-09-03"));
        assertEquals("Last year=2035 | 4 September=2036-09-04", dates("Last year was hard, but the term will begin on 4 September.",
                "Last year=2035|4 September=2036-09-04", "2036-09-03"));
    }
}
