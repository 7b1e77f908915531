package org.parallax.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * "the festive period", "the festive season", "the Christmas period", "the Christmas and New Year period": the days from
 * Christmas Eve to New Year's Day, not Christmas Day alone (SUTime tags "Christmas" in them) nor nothing ("festive").
 * Which year's by the clause's tense, as {@link FiscalQuarters#byTense} places a company's quarter: after a verb that
 * looks ahead the first not yet over, after a past verb the latest begun by publication, else the nearest. A period
 * counted "since" a year or after "every" is each one, not one period, and is left alone. Stateless.
 */
final class FestivePeriods {

    private FestivePeriods() {
    }

    private static final Pattern PERIOD = Pattern.compile("\\b(?:the\\s+)?(?:festive|Christmas(?:\\s+and\\s+New\\s+Year)?)\\s+"
            + "(?:period|season)\\b(?!\\s+of\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern EVERY_BEFORE = Pattern.compile("\\b(?:every|each|any)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINCE_AFTER = Pattern.compile("^[^.;:]*?\\bsince\\b", Pattern.CASE_INSENSITIVE);

    /** {@code dates} with each festive period as one mention from 24 December to 1 January. */
    static List<RawMention> added(String text, List<RawMention> dates, LocalDate docDate) {
        if (docDate == null) return dates;
        List<RawMention> out = new ArrayList<>(dates);
        Matcher p = PERIOD.matcher(text);
        boolean added = false;
        while (p.find()) {
            int start = p.start(), end = p.end();
            if (EVERY_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()
                    || SINCE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40))).lookingAt()) {
                continue; // "had not won over the festive period since 2031": every one since, no one period
            }
            DateRange r = FiscalQuarters.byTense(ClauseTense.ahead(text, start, end), docDate, FestivePeriods::ofYear);
            if (r == null) continue;
            out.removeIf(m -> m.start() < end && start < m.end());
            out.add(new RawMention(start, end, p.group(), EntityType.DATE, "DATE", "DATE", r.start() + "/" + r.end()));
            added = true;
        }
        if (added) out.sort(Comparator.comparingInt(RawMention::start));
        return out;
    }

    /** Christmas Eve of {@code year} to New Year's Day after it. */
    static DateRange ofYear(int year) {
        return new DateRange(LocalDate.of(year, 12, 24), LocalDate.of(year + 1, 1, 1), org.parallax.model.DatePrecision.DAY);
    }
}
