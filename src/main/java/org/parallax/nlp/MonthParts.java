package org.parallax.nlp;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;

/**
 * A range of parts of months written as one: "late March to early April" (SUTime tags the two parts apart), and "mid- to
 * late April", "early to mid-May" (SUTime tags only the second part). The range runs from the first part's first day to
 * the second part's last. Parts more than two months apart, or in the wrong order, are left alone. Two parts joined by
 * "or" ("late May or early June") stay two: the fresh-news sets disagree on them (dates12 takes the parts, dates15 the
 * span). Stateless.
 */
final class MonthParts {

    private MonthParts() {
    }

    private static final String MONTHS = "(?:january|february|march|april|may|june|july|august|september|october|november"
            + "|december)";
    /** A part of a named month: "late March", "early-April", "mid-May". */
    private static final Pattern PART = Pattern.compile("^(?:the\\s+)?(early|mid|middle\\s+of|late)[\\s-]*" + MONTHS + "$",
            Pattern.CASE_INSENSITIVE);
    /** Between two parts: " to ". */
    private static final Pattern GAP = Pattern.compile("^\\s+to\\s+$", Pattern.CASE_INSENSITIVE);
    /** The first part's word alone before the second part: "mid- to |late April", "early to |mid-May". */
    private static final Pattern WORD_BEFORE = Pattern.compile("\\b(early|mid)-?\\s+to\\s+$", Pattern.CASE_INSENSITIVE);

    /** The range, with where it starts and ends in the text, or null to keep the mention as it is. */
    record Joined(int start, int end, DateRange range) {
    }

    /**
     * The range the part of a month at {@code [start, end)} (read as {@code range}) makes with the part before it or
     * with {@code next} (read as {@code nextRange}), or null.
     */
    static Joined join(String text, int start, int end, DateRange range, RawMention next, DateRange nextRange) {
        if (range == null) return null;
        Matcher own = PART.matcher(text.substring(start, end).strip());
        if (!own.matches()) return null;
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
        if (before.find() && rank(before.group(1)) < rank(own.group(1))) {
            int day = rank(before.group(1)) == 0 ? 1 : 11;
            return new Joined(start - (before.end() - before.start()), end,
                    new DateRange(range.start().withDayOfMonth(day), range.end(), range.precision()));
        }
        if (next == null || nextRange == null || next.start() < end || !GAP.matcher(text.substring(end, next.start())).matches()
                || !PART.matcher(text.substring(next.start(), next.end()).strip()).matches()) {
            return null;
        }
        LocalDate limit = range.end().plusMonths(2);
        if (!nextRange.start().isAfter(range.end()) || nextRange.start().isAfter(limit)) return null;
        return new Joined(start, next.end(), new DateRange(range.start(), nextRange.end(), range.precision()));
    }

    private static int rank(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("early") ? 0 : w.startsWith("mid") ? 1 : 2;
    }
}
