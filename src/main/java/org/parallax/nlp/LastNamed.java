package org.parallax.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.text.Months;

/**
 * "last February", "last spring": the most recent month or season of that name that had ended before publication.
 * SUTime takes the one of the year before publication, which is right for "last November" written in July but not
 * for "last February" written in November (that February is of the same year). Stateless.
 */
final class LastNamed {

    private LastNamed() {
    }

    private static final Pattern LAST_NAMED = Pattern.compile("^last\\s+(\\p{L}+)$", Pattern.CASE_INSENSITIVE);

    /**
     * The month or season "last X" names, counted back from {@code docDate}: the latest one whose last day is before
     * it. {@code range} unchanged when the mention is no such phrase, when there is no publication date, or when the
     * range is not a single month or season (another rule has read it).
     */
    static DateRange mostRecent(String surface, DateRange range, LocalDate docDate) {
        if (range == null || docDate == null) return range;
        Matcher m = LAST_NAMED.matcher(surface.strip());
        if (!m.matches()) return range;
        String word = m.group(1).toLowerCase(Locale.ROOT);
        int month = Months.number(word);
        if (month > 0 && range.precision() == DatePrecision.MONTH && range.start().getMonthValue() == month
                && range.start().getYear() == range.end().getYear() && range.start().getMonth() == range.end().getMonth()) {
            YearMonth ym = YearMonth.of(docDate.getYear(), month);
            if (!ym.atEndOfMonth().isBefore(docDate)) ym = ym.minusYears(1);
            return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
        }
        int index = switch (word) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "autumn", "fall" -> 2;
            case "winter" -> 3;
            default -> -1;
        };
        if (index < 0 || range.precision() != DatePrecision.SEASON) return range;
        for (int y = docDate.getYear(); y >= docDate.getYear() - 2; y--) {
            DateRange s = RelativeDates.season(y, index);
            if (s.end().isBefore(docDate)) return s;
        }
        return range;
    }
}
