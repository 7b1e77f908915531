package org.parallax.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * Repairs the shape SUTime gives some date mentions before they are resolved, where the mention is cut or joined in a
 * way no reader would cut it. Each repair reads only the mention's words and the few words around it. Stateless.
 */
final class MentionShapes {

    private MentionShapes() {
    }

    /** The date mentions in text order, repaired. */
    static List<RawMention> repair(String text, List<RawMention> dates, LocalDate docDate) {
        List<RawMention> out = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            RawMention m = zeroLedNumber(TrailingModal.cut(text, dates.get(i))); // "The 22nd century may seem far off"
            if (m == null) continue; // "log 0347": no year
            m = FallVerb.cut(text, m); // "will fall in 2081": no autumn
            if (lastAsVerb(text, m)) continue;
            RawMention next = i + 1 < dates.size() ? dates.get(i + 1) : null;
            RawMention week = weekByHoliday(text, m, next, docDate);
            if (week == null) week = holidayWeekend(text, m, next); // "Labor Day weekend": one mention, not the holiday and this weekend
            if (week != null) {
                out.add(week);
                i++;
                continue;
            }
            out.add(fiscalYear(text, nightBeforeLast(text, comparedOffset(text, ratePeriod(text, m)), docDate), docDate));
        }
        out = ChurchFeasts.added(text, AgeDecades.added(text, DecadeWords.added(text, out, docDate), docDate)); // "the sixties"; "his twenties"; "Pentecost"
        out = NamedDays.added(text, out); // "Bonfire Night", "Remembrance Sunday", "Orthodox Christmas"
        out = WeekNumbers.added(text, out, docDate); // "week 12", "weeks 27 to 30", "week 40 of last year"
        out = FirstMonths.added(text, out, docDate); // "Sales for the first nine months"
        out = FiscalHalves.added(text, out, docDate); // "H1", "the second half" of a company's own year
        out = GivenFeastDays.added(text, out); // "Chinese New Year falls on 28 January"
        out = SlashDays.added(text, out, docDate); // "best before 14/03/40": day first, as no month 14 exists
        out = FestivePeriods.added(text, out, docDate); // "over the festive period"
        out = GovernmentYears.added(text, out, docDate); // "the current fiscal" in Indian English
        return EventDays.added(text, out); // "polling day is 16 April ... the eve of polling day"
    }

    /** A number of four digits led by a zero ("log 0347 of 16 August"), and the "of" after it. */
    private static final Pattern ZERO_LED = Pattern.compile("^0\\d{3}\\b(?:\\s+of\\s+)?");

    /**
     * A number of four digits led by a zero is a code or a count, never a year: SUTime reads "log 0347 of 16 August" as 16
     * August 347. The mention keeps what follows the number, with its year left open ("16 August"); a mention of the number
     * alone is dropped (null). Any other mention is returned as it is.
     */
    static RawMention zeroLedNumber(RawMention m) {
        String v = m.timexValue();
        if (v == null || !v.matches("^0\\d{3}(?:-.*)?$")) return m;
        Matcher z = ZERO_LED.matcher(m.text());
        if (!z.find()) return m;
        if (z.end() >= m.text().length() || v.length() <= 4) return null;
        return new RawMention(m.start() + z.end(), m.end(), m.text().substring(z.end()), m.type(), m.nerTag(), m.timexType(),
                "XXXX" + v.substring(4));
    }

    /** A rate of change joined to the period it is of: "month on month in May", "year-on-year in the third quarter". */
    private static final Pattern RATE_THEN_PERIOD = Pattern.compile("^(?:year|month|week|quarter)[\\s-]+on[\\s-]+(?:year|month|week|quarter)"
            + "\\s+(?:in|for|over|during)\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);

    /**
     * "Prices rose 0.6% month on month in May": SUTime joins the rate to the month ("2036-05 INTERSECT P1M"), which then
     * names no day; the date is the period after "in", with SUTime's value of it.
     */
    private static RawMention ratePeriod(String text, RawMention m) {
        Matcher r = RATE_THEN_PERIOD.matcher(text.substring(m.start(), m.end()));
        if (!r.matches() || m.timexValue() == null) return m;
        String value = m.timexValue().replaceFirst("\\s+INTERSECT\\b.*$", "");
        return new RawMention(m.start() + r.start(1), m.end(), r.group(1), m.type(), m.nerTag(), m.timexType(), value);
    }

    /** "last" followed by "a"/"an" and a unit: only a verb reads so ("begin on 22 January and last a fortnight"). */
    private static final Pattern LAST_A_UNIT = Pattern.compile("^last\\s+(?:a|an)\\s+(?:day|week|fortnight|month|year|decade"
            + "|weekend|season|night|lifetime)$");

    /**
     * "Mock exams begin on 22 January and last a fortnight": SUTime reads "last a fortnight" as the fortnight before
     * publication, but "last" before "a" or "an" and a length of time is the verb (the fortnight that ended would be
     * "the last fortnight" or "last fortnight"). The mention is no date.
     */
    static boolean lastAsVerb(String text, RawMention m) {
        return LAST_A_UNIT.matcher(text.substring(m.start(), m.end()).strip()).matches();
    }

    private static final Pattern THE_WEEK = Pattern.compile("^(?:the\\s+)?week$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE_OR_AFTER = Pattern.compile("^\\s+(?:before|after|leading\\s+up\\s+to)\\s+$");

    /**
     * "from the week after Easter": SUTime tags "the week" (this week) and "Easter" apart; joined, the two are the
     * seven days after the feast that {@link RelativeDates#weekByHoliday} reads. Null unless the joined words are such a
     * week.
     */
    static RawMention weekByHoliday(String text, RawMention m, RawMention next, LocalDate docDate) {
        if (next == null || next.start() < m.end() || !THE_WEEK.matcher(text.substring(m.start(), m.end()).strip()).matches()
                || !BEFORE_OR_AFTER.matcher(text.substring(m.end(), next.start())).matches()) {
            return null;
        }
        RawMention joined = new RawMention(m.start(), next.end(), text.substring(m.start(), next.end()), EntityType.DATE,
                next.nerTag(), next.timexType(), next.timexValue());
        if (docDate == null || !RelativeDates.isWeekByHoliday(joined.text()) || next.timexValue() == null) return null;
        DateRange week = RelativeDates.weekByHoliday(text, joined, docDate);
        // joined only where the feast the week is counted from is the one SUTime names (the tense that places the feast
        // is the sentence's, which may be another event's: "Figures for the week after Christmas will be published")
        if (week == null) return null;
        LocalDate feastDay = text.substring(m.end(), next.start()).contains("after") ? week.start().minusDays(1) : week.end().plusDays(1);
        return next.timexValue().equals(feastDay.toString()) ? joined : null;
    }

    /** A holiday named as words, not figures ("Labor Day", "Memorial Day", "Easter Monday"). */
    private static final Pattern HOLIDAY_WORDS = Pattern.compile("^(?:the\\s+)?\\p{Lu}[\\p{L}']*(?:\\s+\\p{Lu}[\\p{L}']*)*$");

    /**
     * "Labor Day weekend", "the Memorial Day weekend storm": SUTime tags the holiday and a bare "weekend" (this weekend)
     * apart; joined with the holiday's day, {@link DateAnchoring#holidayWeekend} reads the days off around it. Null
     * unless {@code m} is a holiday of one day in words and {@code next} is "weekend" right after it.
     */
    static RawMention holidayWeekend(String text, RawMention m, RawMention next) {
        if (next == null || next.start() < m.end() || !text.substring(m.end(), next.start()).equals(" ")
                || !text.substring(next.start(), next.end()).equals("weekend") || m.timexValue() == null
                || !m.timexValue().matches("\\d{4}-\\d{2}-\\d{2}") || !HOLIDAY_WORDS.matcher(m.text().strip()).matches()) {
            return null;
        }
        return new RawMention(m.start(), next.end(), text.substring(m.start(), next.end()), EntityType.DATE, m.nerTag(), m.timexType(),
                m.timexValue());
    }

    private static final Pattern NIGHT_BEFORE = Pattern.compile("^(?:the\\s+)?night\\s+before$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_AFTER = Pattern.compile("^\\s+last\\b");

    /**
     * "The night before last I dreamt ...": SUTime tags "night before" as tonight; with "last" after it, it is the
     * night two days before publication, as "the day before yesterday" is that day.
     */
    static RawMention nightBeforeLast(String text, RawMention m, LocalDate docDate) {
        if (docDate == null || !NIGHT_BEFORE.matcher(text.substring(m.start(), m.end()).strip()).matches()) return m;
        Matcher last = LAST_AFTER.matcher(text.substring(m.end()));
        if (!last.lookingAt()) return m;
        int end = m.end() + last.end();
        return new RawMention(m.start(), end, text.substring(m.start(), end), EntityType.DATE, "DATE", "DATE",
                docDate.minusDays(2).toString());
    }

    /** "8 May, a week earlier" before " than": the date and the length of time a comparison names. */
    private static final Pattern COMPARED = Pattern.compile("^(.*?\\S),?\\s+(a|an|\\d{1,3}|\\p{L}+)\\s+(days?|weeks?|months?|years?)"
            + "\\s+(earlier|later)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THAN_AFTER = Pattern.compile("^\\s+than\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_OR_MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?$");

    /**
     * "The papers start on 8 May, a week earlier than last summer": SUTime joins the date to the length of time after it
     * and moves it back a week (1 May), but "earlier than" compares the date with another, it does not count from it.
     * The mention is cut to the date and its value moved back by the same length; as it was for anything else.
     */
    static RawMention comparedOffset(String text, RawMention m) {
        if (m.timexValue() == null || !THAN_AFTER.matcher(text.substring(m.end())).lookingAt()) return m;
        Matcher c = COMPARED.matcher(text.substring(m.start(), m.end()));
        Matcher v = DAY_OR_MONTH_VALUE.matcher(m.timexValue());
        if (!c.matches() || !v.matches() || !(DateResolver.EXPLICIT_DAY_OR_MONTH.matcher(c.group(1)).find()
                || DateResolver.WEEKDAY.matcher(c.group(1)).find())) {
            return m; // "about a month earlier than usual": no date before the length of time
        }
        Integer n = c.group(2).equalsIgnoreCase("a") || c.group(2).equalsIgnoreCase("an") ? Integer.valueOf(1) : RelativeDates.count(c.group(2));
        if (n == null || n < 1) return m;
        int k = c.group(4).equalsIgnoreCase("earlier") ? n : -n;
        String unit = c.group(3).toLowerCase(Locale.ROOT);
        String value;
        try {
            if (v.group(3) != null) {
                LocalDate d = LocalDate.of(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2)), Integer.parseInt(v.group(3)));
                d = unit.startsWith("day") ? d.plusDays(k) : unit.startsWith("week") ? d.plusWeeks(k)
                        : unit.startsWith("month") ? d.plusMonths(k) : d.plusYears(k);
                value = d.toString();
            } else {
                if (unit.startsWith("day") || unit.startsWith("week")) return m;
                YearMonth ym = YearMonth.of(Integer.parseInt(v.group(1)), Integer.parseInt(v.group(2)));
                value = (unit.startsWith("month") ? ym.plusMonths(k) : ym.plusYears(k)).toString();
            }
        } catch (DateTimeException e) {
            return m;
        }
        String head = c.group(1);
        return new RawMention(m.start(), m.start() + head.length(), head, EntityType.DATE, m.nerTag(), m.timexType(), value);
    }

    private static final Pattern YEAR_WORD = Pattern.compile("^year$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FISCAL_BEFORE = Pattern.compile("\\b(this|the\\s+current|last|the\\s+previous|next|the\\s+coming)"
            + "\\s+(?:fiscal|financial)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * "cut $600 million from its budget this fiscal year": SUTime tags only "year" (a length of time, P1Y). With
     * "this", "last" or "next" and "fiscal" or "financial" before it, the words name the year counted from publication,
     * as "this year" does (TimeML: "this fiscal year", 2013); the year an organisation's accounts run is not known, so
     * the calendar year stands for it. The mention takes the words in.
     */
    static RawMention fiscalYear(String text, RawMention m, LocalDate docDate) {
        if (docDate == null || !YEAR_WORD.matcher(text.substring(m.start(), m.end()).strip()).matches()) return m;
        Matcher before = FISCAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        if (!before.find()) return m;
        String which = before.group(1).toLowerCase(Locale.ROOT);
        int year = docDate.getYear() + (which.equals("last") || which.endsWith("previous") ? -1
                : which.equals("next") || which.endsWith("coming") ? 1 : 0);
        int start = m.start() - (before.end() - before.start());
        return new RawMention(start, m.end(), text.substring(start, m.end()), EntityType.DATE, "DATE", "DATE", String.valueOf(year));
    }
}
