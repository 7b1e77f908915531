package org.parallax.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * A visit or meeting dated by its year alone, for {@link EventExtractor}: "She first visited Tonga in 1998", "Her visit to
 * Port Moresby in 2019 ended early", "I met her once before, at a trade fair in Birmingham in 2015", "last year she
 * attended it in Suva", "Her 2031 trip to Lima". A profile's or an interview's past visits are told so. Only "in YEAR",
 * "last year" and a year right before the visit's own noun date an event: a year as a name or another modifier ("the
 * 2019 agreement", "since 2015", "the 2040 Expo") does not, nor one in a clause dating something else ("his second visit since he took office in 2022").
 */
final class YearDated {
    private YearDated() {
    }

    /** "in 1998" or "1998" (with "in" right before it), or "last year". */
    private static final Pattern IN_YEAR = Pattern.compile("((in\\s+)?(1[89]|20)\\d\\d|last\\s+year)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s+$", Pattern.CASE_INSENSITIVE);
    /**
     * A visit or meeting right after the year, the year its own: "Her 2031 trip to Lima", "his 1998 state visit", "the
     * 2033 talks" (not "the 2019 agreement").
     */
    private static final Pattern EVENT_NOUN_AFTER = Pattern.compile("^\\s+((state|official|royal|first|last|second)\\s+)?"
            + "(visits?|trips?|tours?|talks|meetings?|missions?|stays?|summits?)\\b", Pattern.CASE_INSENSITIVE);
    /** The year in a clause dating something else: "his second visit since he took office in 2022". */
    private static final Pattern OTHER_CLAUSE = Pattern.compile("\\b(since|after|before|until)\\b[^,;.]{0,60}$",
            Pattern.CASE_INSENSITIVE);

    /** A year joined to what follows it in one unread mention: "2011, the week South Sudan became independent". */
    private static final Pattern LEADING_YEAR = Pattern.compile("^((1[89]|20)\\d\\d),\\s");

    /**
     * The dates with each unread mention that opens with a year after "in" ("in 2011, the week South Sudan became
     * independent", read as one mention with no value) cut to that year: "I visited Juba in 2011, the week ..." is a visit
     * in 2011.
     */
    static List<ResolvedDate> withLeadingYears(String text, List<ResolvedDate> dates) {
        List<ResolvedDate> out = new ArrayList<>(dates.size());
        for (ResolvedDate d : dates) {
            Matcher year = d.range() == null && d.text() != null && !d.publicationDate() ? LEADING_YEAR.matcher(d.text()) : null;
            if (year != null && year.find() && IN_BEFORE.matcher(text.substring(Math.max(0, d.start() - 4), d.start())).find()) {
                int y = Integer.parseInt(year.group(1));
                out.add(new ResolvedDate(d.start(), d.start() + 4, year.group(1),
                        new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR), false));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether {@code d}, a year, dates the event of its sentence. */
    static boolean usable(String text, ResolvedDate d) {
        if (d.range() == null || d.publicationDate() || d.range().precision() != DatePrecision.YEAR || d.text() == null) return false;
        String own = d.text().strip();
        if (!IN_YEAR.matcher(own).matches()) return false;
        Matcher clause = OTHER_CLAUSE.matcher(text.substring(Math.max(0, d.start() - 80), d.start()));
        if (clause.find() && !EventExtractor.VISIT.matcher(clause.group()).find()
                && !EventExtractor.MEETING.matcher(clause.group()).find()) {
            // the clause's own act, not a visit or meeting ("since my last visit in 2029" is one)
            return false;
        }
        if (Character.isDigit(own.charAt(0))) {
            return IN_BEFORE.matcher(text.substring(Math.max(0, d.start() - 4), d.start())).find()
                    || EVENT_NOUN_AFTER.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 40))).find();
        }
        return true;
    }
}
