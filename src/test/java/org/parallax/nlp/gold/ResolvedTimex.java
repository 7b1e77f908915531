package org.parallax.nlp.gold;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.nlp.DateResolver;
import org.parallax.nlp.RawMention;
import org.parallax.nlp.ResolvedDate;

/**
 * The timexes the app ends up with: each date the {@link DateResolver} gives a calendar range is written back as a
 * TIMEX3 DATE value (a day, {@code 2013-W11}, {@code 2013-03}, {@code 2013-Q1}, {@code 2022-SP}, {@code 2024-H1},
 * {@code 2013}, {@code 199} for a decade, {@code 19} for a century; an early/mid/late part keeps the value of what it
 * modifies, as TimeML puts the modifier in its own attribute). Timexes without a range keep SUTime's value.
 */
public final class ResolvedTimex {

    private ResolvedTimex() {
    }

    public static List<RawMention> of(String text, List<RawMention> raw, LocalDate docDate) {
        List<ResolvedDate> resolved = new DateResolver().resolve(text, raw, docDate);
        List<RawMention> out = new ArrayList<>();
        for (ResolvedDate d : resolved) {
            if (d.range() != null) out.add(new RawMention(d.start(), d.end(), d.text(), EntityType.DATE, "DATE", "DATE", value(d.range())));
        }
        for (RawMention m : raw) {
            if (m.timexType() == null) continue;
            boolean replaced = out.stream().anyMatch(r -> r.start() < m.end() && m.start() < r.end());
            if (!replaced) out.add(m);
        }
        return out;
    }

    /** The TIMEX3 value of a calendar range. */
    public static String value(DateRange r) {
        LocalDate s = r.start();
        LocalDate e = r.end();
        return switch (r.precision()) {
            case DAY -> s.toString();
            case WEEK -> String.format("%d-W%02d", s.get(IsoFields.WEEK_BASED_YEAR), s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case PART -> YearMonth.from(s).equals(YearMonth.from(e)) ? YearMonth.from(s).toString() : String.valueOf(s.getYear());
            case MONTH -> YearMonth.from(s).equals(YearMonth.from(e)) ? YearMonth.from(s).toString()
                    : s.getDayOfMonth() == 1 && (s.getMonthValue() - 1) % 3 == 0 && YearMonth.from(s).plusMonths(2).equals(YearMonth.from(e))
                    ? s.getYear() + "-Q" + ((s.getMonthValue() + 2) / 3) : YearMonth.from(s).toString();
            case SEASON -> s.getYear() + "-" + List.of("SP", "SU", "FA", "WI").get((s.getMonthValue() - 3) / 3);
            case HALF -> s.getYear() + "-H" + (s.getMonthValue() == 1 ? 1 : 2);
            case YEAR -> e.getYear() - s.getYear() == 9 && s.getYear() % 10 == 0 ? String.valueOf(s.getYear() / 10)
                    : e.getYear() - s.getYear() == 99 && s.getYear() % 100 == 0 ? String.valueOf(s.getYear() / 100)
                    : String.valueOf(s.getYear());
        };
    }
}
