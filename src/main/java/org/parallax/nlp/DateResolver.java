package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.text.ClockTimes;
import org.parallax.text.Months;
import org.parallax.text.Sentences;

/**
 * Turns SUTime's date mentions into calendar ranges relative to the article's document date. It merges the pieces
 * SUTime leaves apart ("March" + "6-7", "March 6" + "to 7", "March 6" + "to March 7") by reading the characters
 * around each mention, lets the tense of the governing verb place a bare weekday or a month named without a year, reads
 * relative weeks, offsets, seasons and modifiers at their own precision ({@link RelativeDates}), and never invents a
 * date for vague or relative expressions when the document date is unknown. Stateless and thread-safe.
 */
public final class DateResolver {
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String CONNECTOR = "(?:-|‐|‑|–|—|to|and|until|till|through|thru)";
    private static final String MONTHS = Months.NAME + "\\.?";
    /** After a month-only mention: "6-7", " 6th to 7th", " 6", " 6 to March 7". */
    private static final Pattern DAYS_AFTER = Pattern.compile("^\\s*(\\d{1,2})" + ORD + "(?:\\s*" + CONNECTOR + "\\s*(?:"
            + MONTHS + "\\s+)?(\\d{1,2})" + ORD + ")?(?![\\d:%.,]\\d|\\s*(?:%|percent|per\\b))\\b", Pattern.CASE_INSENSITIVE);
    /** Before a month-only mention: "6-7 ", "6th to 7th of ", "6 ". */
    private static final Pattern DAYS_BEFORE = Pattern.compile("(?<![\\d.,])\\b(\\d{1,2})" + ORD + "(?:\\s*" + CONNECTOR
            + "\\s*(\\d{1,2})" + ORD + ")?\\s*(?:of\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** After a full-day mention: "-7", " to 7", " and 7th". */
    private static final Pattern END_DAY_AFTER = Pattern.compile("^\\s*" + CONNECTOR + "\\s*(\\d{1,2})" + ORD
            + "(?![\\d:%.,]\\d|\\s*(?:%|percent|per\\b|" + MONTHS + "))\\b", Pattern.CASE_INSENSITIVE);
    /** Before a full-day mention that starts with its day ("7 March"): "6-", "6th to ". */
    private static final Pattern START_DAY_BEFORE = Pattern.compile("(?<![\\d.,])\\b(\\d{1,2})" + ORD + "\\s*" + CONNECTOR
            + "\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STARTS_WITH_DAY = Pattern.compile("^(?:the\\s+)?\\d{1,2}" + ORD + "\\b", Pattern.CASE_INSENSITIVE);
    /** A span counted back or forward from now ("last two weeks", "the past 10 days"): the span to or from the publication date. */
    private static final Pattern SPAN_FROM_NOW = Pattern.compile("\\b(last|past|next|coming|previous|recent)\\s+(?:\\S+\\s+)?"
            + "(days|weeks|months|years|decades)\\b", Pattern.CASE_INSENSITIVE);
    /** Inside one mention that already spans a range: "March 6-7", "6 to 7 March", "March 6 to March 7". */
    private static final Pattern DAYS_INSIDE = Pattern.compile("(?<![\\d.,/\\-–])\\b(\\d{1,2})" + ORD + "\\s*" + CONNECTOR
            + "\\s*(?:" + MONTHS + "\\s+)?(\\d{1,2})" + ORD + "\\b(?![\\d:%]|[-–/]\\d)", Pattern.CASE_INSENSITIVE);
    /** A dateline before the date: "WASHINGTON, " or "ISLAMABAD: ". */
    private static final Pattern DATELINE_PREFIX = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu} .'-]{1,40}[,:]?\\s*(?:\\p{Lu}\\p{Ll}+day,?\\s*)?$");
    /** Between two full-day mentions that form one range: " to ", " - ", " and ". */
    private static final Pattern RANGE_GAP = Pattern.compile("^\\s*" + CONNECTOR + "\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern WEEKDAY = Pattern.compile(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern EXPLICIT_DAY_OR_MONTH = Pattern.compile("\\d|\\b" + MONTHS + "\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern YEAR_DIGITS = Pattern.compile("\\b\\d{4}\\b");
    /** A time of day: "11:00", "3 a.m.", "6pm", "23.30 GMT" is not a day of a month. */
    private static final Pattern CLOCK = Pattern.compile("\\b" + ClockTimes.TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** "the end of year", "the beginning of the year": SUTime reads these as a one-year duration. */
    private static final Pattern PART_OF_YEAR = Pattern.compile("^(?:the\\s+)?(?:beginning|start|middle|end)\\s+of\\s+(?:the\\s+)?year$",
            Pattern.CASE_INSENSITIVE);
    /** Precisions of a date that a named month without a year can have, placed in a year by tense. */
    static final Set<DatePrecision> PLACEABLE = EnumSet.of(DatePrecision.DAY, DatePrecision.PART,
            DatePrecision.MONTH);
    static final Pattern NAMED_MONTH = Pattern.compile("\\b" + MONTHS + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** Words that tie a named month to another reference than the document's year ("last March", "that May"). */
    static final Pattern RELATIVE_WORD = Pattern.compile("\\b(last|next|this|coming|previous|following|that|ago"
            + "|before|after|earlier|later)\\b", Pattern.CASE_INSENSITIVE);

    private static final LocalDate STAND_IN = LocalDate.of(2000, 1, 1);
    private static final Pattern YEAR_SPAN = Pattern.compile("^((?:1[89]|20)\\d\\d)\\s*[-\u2013/]\\s*((?:1[89]|20)\\d\\d)$");

    /** Resolves every DATE mention of {@code text}; block types (may be empty) help tell header dates from events. */
    public List<ResolvedDate> resolve(String text, List<RawMention> mentions, LocalDate docDate, List<Block> blocks) {
        int fiscalStart = FiscalQuarters.firstMonth(text); // "financial year runs from 1 February"
        List<RawMention> dates = MentionShapes.repair(text, mentions.stream()
                .map(m -> FiscalYears.mention(text, m, docDate, fiscalStart)) // "Fiscal 2035", "the current tax year"
                .filter(m -> m.type() == EntityType.DATE || readsAsDate(text, m, docDate))
                .flatMap(m -> RelativeDates.pieces(this, text, withoutFrequency(text, m), docDate).stream())
                .filter(m -> !CONNECTOR_ONLY.matcher(text.substring(m.start(), m.end())).matches()) // a split range's "to"
                .sorted(Comparator.comparingInt(RawMention::start))
                .toList(), docDate); // SUTime's cuts no reader makes ("8 May, a week earlier than")
        // without a document date, pieces are still merged into one span (with a stand-in leap year), then left undated
        LocalDate ref = docDate != null ? docDate : STAND_IN;
        List<ResolvedDate> out = new ArrayList<>();
        Boolean dayFirst = JoinedDates.dayFirst(text);
        DateRange storyDay = null;
        DateRange priorDay = null;
        for (int i = 0; i < dates.size(); i++) {
            RawMention m = dates.get(i);
            int start = m.start();
            int end = Math.max(m.end(), RelativeDates.weekNumberEnd(text, m)); // "week 51": SUTime's "week" and the number
            RawMention joinedTail = NamedPeriods.joinedTail(text, m);
            if (joinedTail != null) start = joinedTail.start(); // "five years end in 2036": the date is "2036"
            DateRange range = resolveMention(text, m, ref);
            range = LastNamed.mostRecent(text.substring(m.start(), m.end()), range, docDate); // "last February" in November
            range = BankHolidays.named(text, m.start(), m.end(), range); // "the early May bank holiday": a Monday
            DateRange ofALife = AgeDecades.range(text, m, docDate); // "In his twenties", born in 1951: 1971-1980
            if (ofALife != null) range = ofALife;
            DateRange feast = ChurchFeasts.range(text, m, docDate); // "Pentecost", "the Orthodox Easter", "the start of Lent"
            if (feast != null) range = feast;
            DateRange named = NamedDays.range(text, m, docDate); // "Bonfire Night", "Remembrance Sunday", "Hogmanay"
            if (named != null) range = named;
            DateRange hence = WeekHence.day(text.substring(m.start(), m.end()), docDate); // "a fortnight today"
            if (hence != null) range = hence;
            DateRange edge = MonthEdges.days(text.substring(m.start(), m.end()), m.timexValue()); // "the final days of November"
            if (edge != null) range = edge;
            range = inTextOrder(text, m, range, dayFirst);
            range = NamedPeriods.monthQuarter(text, m.start(), m.end(), range); // "the December quarter"
            FiscalQuarters.Quarter own = FiscalQuarters.quarter(text, start, end, range, docDate, fiscalStart); // "Q3", its year
            if (own != null && (own.start() == start || out.isEmpty() || out.get(out.size() - 1).end() <= own.start())) {
                range = own.range();
                start = Math.min(start, own.start());
            }
            DateRange wholeYear = FiscalYears.range(text, start, end, docDate, fiscalStart); // "fiscal 2035", "the 2036-37 tax year"
            if (wholeYear != null) range = wholeYear;
            DateRange half = FiscalHalves.range(text, start, end, docDate, fiscalStart); // "H1", "the first half of FY2038"
            if (half != null) range = half;
            RawMention holiday = i + 1 < dates.size() ? dates.get(i + 1) : null;
            DateRange wholeCount = WeekdaysByDay.whole(text.substring(m.start(), m.end()), m.timexValue()); // "the Friday before Christmas"
            if (wholeCount != null) range = wholeCount;
            DateRange close = MarketCloses.day(text, m, docDate); // "a premium to Monday's closing price": a known price
            if (close != null) range = close;
            if (WeekdaysByDay.joins(text, m, holiday)) { // "the Saturday after Labor Day": counted from the holiday's day
                DateRange counted = WeekdaysByDay.range(text, m, holiday, namedDay(text, holiday, ref, docDate));
                if (counted != null) {
                    range = counted;
                    end = holiday.end();
                    i++;
                }
            }
            if (range != null && (range.precision() == DatePrecision.DAY || range.precision() == DatePrecision.MONTH)
                    && isSingleMonth(range)) {
                Matcher inside = DAYS_INSIDE.matcher(text.substring(m.start(), m.end()));
                if (inside.find()) {
                    DateRange days = days(YearMonth.from(range.start()), inside.group(1), inside.group(2));
                    if (days != null) range = days;
                }
            }
            if (range != null && range.precision() == DatePrecision.MONTH && isSingleMonth(range)) {
                // SUTime leaves "March 6-7" as [March] + [6-7 NUMBER]: read the days from the text around the month
                Matcher after = DAYS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
                Matcher before = DAYS_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
                if (after.find()) {
                    DateRange days = days(YearMonth.from(range.start()), after.group(1), after.group(2));
                    if (days != null) {
                        range = days;
                        end += after.end();
                    }
                } else if (before.find()) {
                    DateRange days = days(YearMonth.from(range.start()), before.group(1), before.group(2));
                    if (days != null) {
                        range = days;
                        start = start - (before.end() - before.start());
                    }
                }
            }
            if (range != null && range.precision() == DatePrecision.DAY && range.start().equals(range.end())
                    && STARTS_WITH_DAY.matcher(text.substring(start, end)).find()) {
                // "6-7 March" comes as [6: NUMBER] + [7 March: 2023-03-07]
                Matcher startDay = START_DAY_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
                if (startDay.find()) {
                    int day = Integer.parseInt(startDay.group(1));
                    LocalDate e = range.end();
                    if (day >= 1 && day < e.getDayOfMonth()) {
                        range = new DateRange(e.withDayOfMonth(day), e, DatePrecision.DAY);
                        start -= startDay.end() - startDay.start();
                    }
                }
            }
            if (range != null && range.precision() == DatePrecision.MONTH) {
                // "March-May" comes as [March] + [May]
                RawMention next = i + 1 < dates.size() ? dates.get(i + 1) : null;
                DateRange nextRange = next == null ? null : resolveMention(text, next, ref);
                if (next != null && next.start() >= end && nextRange != null && nextRange.precision() == DatePrecision.MONTH
                        && RANGE_GAP.matcher(text.substring(end, next.start())).find() && nextRange.start().isAfter(range.end())) {
                    range = new DateRange(range.start(), nextRange.end(), DatePrecision.MONTH);
                    end = next.end();
                    i++;
                }
            }
            RawMention nextPart = i + 1 < dates.size() ? dates.get(i + 1) : null; // "Late March or early April", "mid- to late April"
            MonthParts.Joined parts = MonthParts.join(text, start, end, range, nextPart, nextPart == null ? null : resolveMention(text, nextPart, ref));
            if (parts != null) {
                range = parts.range();
                start = parts.start();
                if (parts.end() > end) i++;
                end = parts.end();
            }
            if (range != null && range.precision() == DatePrecision.DAY) {
                Matcher endDay = END_DAY_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 20)));
                RawMention next = i + 1 < dates.size() ? dates.get(i + 1) : null;
                DateRange nextRange = next == null ? null : resolveMention(text, next, ref);
                range = JoinedDates.startBeforeEnd(text, start, end, range, next, nextRange, docDate); // "will last from 28 February to 20 March"
                boolean moved = MOVED_FROM_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
                        || next != null && JoinedDates.listedApart(text, start, end, next.start(), range, nextRange); // "by 31 May and 6 July"
                if (next != null && next.start() >= end && nextRange != null && nextRange.precision() == DatePrecision.DAY
                        && RANGE_GAP.matcher(text.substring(end, next.start())).find()
                        && !nextRange.end().isBefore(range.start()) && !moved) {
                    range = new DateRange(range.start(), nextRange.end(), DatePrecision.DAY);
                    end = next.end();
                    i++;
                } else if (next != null && next.start() >= end && nextRange != null && nextRange.precision() == DatePrecision.DAY
                        && RANGE_GAP.matcher(text.substring(end, next.start())).find() && range.start().equals(range.end())
                        && isBareWeekday(m.text()) && isBareWeekday(next.text())) {
                    // "cancelled services from Monday to Wednesday": the range runs forward from its first day, whatever
                    // week each weekday alone would take
                    LocalDate last = range.start().with(TemporalAdjusters.nextOrSame(nextRange.start().getDayOfWeek()));
                    range = new DateRange(range.start(), last, DatePrecision.DAY);
                    end = next.end();
                    i++;
                } else if (endDay.find()) {
                    int day = Integer.parseInt(endDay.group(1));
                    LocalDate s = range.start();
                    if (day > s.getDayOfMonth() && day <= s.lengthOfMonth()) {
                        range = new DateRange(s, s.withDayOfMonth(day), DatePrecision.DAY);
                        end += endDay.end();
                    }
                }
            }
            if (range != null && range.precision() == DatePrecision.YEAR && range.start().getYear() == range.end().getYear()) {
                // "from 2019 to 2024", "between 2011 and 2013": SUTime gives two years (and the "to" alone); a reader one span
                RawMention next = i + 1 < dates.size() ? dates.get(i + 1) : null;
                DateRange nextRange = next == null || next.start() < end ? null : resolveMention(text, next, ref);
                if (nextRange != null && nextRange.precision() == DatePrecision.YEAR && nextRange.start().getYear() > range.end().getYear()
                        && nextRange.start().getYear() == nextRange.end().getYear()
                        && (YEAR_GAP.matcher(text.substring(end, next.start())).matches()
                            || AND_GAP.matcher(text.substring(end, next.start())).matches()
                               && BETWEEN_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find())) {
                    range = new DateRange(range.start(), nextRange.end(), DatePrecision.YEAR);
                    end = next.end();
                    i++;
                }
            }
            if (range != null && (range.precision() == DatePrecision.DAY && range.start().equals(range.end())
                    || range.precision() == DatePrecision.MONTH && isSingleMonth(range))) {
                // "the four weeks to 31 October", "the three months to December", "the week ending 7 November": the
                // span that ends (or starts) at the date, not the date alone; SUTime tags the date, or "the week" apart
                String lead = text.substring(Math.max(0, start - 40), start);
                Matcher to = SPAN_TO_BEFORE.matcher(lead);
                Matcher week = WEEK_OF_BEFORE.matcher(lead);
                DateRange span = null;
                int spanStart = start;
                if (to.find()) {
                    span = spanTo(range, to.group(1), to.group(2));
                    spanStart = start - (lead.length() - to.start());
                } else if (week.find() && range.precision() == DatePrecision.DAY) {
                    span = RelativeDates.weekAround(range.start(), week.group(1));
                    spanStart = start - (lead.length() - week.start());
                }
                if (span != null) {
                    range = span;
                    start = spanStart;
                    final int from = start;
                    out.removeIf(d -> d.start() >= from && d.end() <= m.start()); // SUTime's own "the week"
                }
            }
            if (range != null && docDate == null && !YEAR_DIGITS.matcher(text.substring(m.start(), m.end())).find()) {
                range = null; // relative to an unknown date: better no date than a wrong one
            }
            if (range != null && LAST_YEAR.matcher(text.substring(start, end).strip()).matches()
                    && RelativeDates.samePeriodBefore(text, start)) {
                // "the same period last year": the period the article last named, a year back, not all of last year
                DateRange same = RelativeDates.sameLastYear(out);
                if (same != null) range = same;
            }
            DateRange back = RelativeDates.yearEarlier(text, start, end, out); // "up from £239,000 a year earlier"
            if (back == null) back = RelativeDates.previousMonths(text, start, end, out); // "than in the previous three months"
            if (back != null) range = back;
            DateRange following = docDate == null ? null : FollowingUnits.counted(text, start, end, out);
            if (following != null) range = following; // "the following spring" after a date of its sentence
            int[] countedEnd = {end};
            DateRange from = StoryDayCounts.ofItsSubject(text, start, out, storyDay) ? priorDay : storyDay; // "Orthodox Easter falls a week later"
            DateRange counted = docDate == null ? null : RelativeDates.fromStoryDay(text, start, end, from, countedEnd);
            if (counted == null && docDate != null) counted = StoryDayCounts.counted(text, start, end, from, countedEnd); // "six weeks later"
            if (counted != null) {
                range = counted; // "The next day", "two days later": from the day the story last dated, not from today
                end = countedEnd[0];
            }
            range = RelativeDates.inStoryYear(text, m, range, out, docDate);
            range = SentenceYear.day(text, m, SentenceYear.month(text, m, range, out), out); // "The summer of 1976 ..., in August"
            range = ThatYear.moved(text, start, end, range, storyYear(out)); // "between June and August of that year"
            range = DaysInOrder.after(text, start, end, range, out); // "starts on 13 April, and breaks up on 22 July"
            range = CenturyTurn.afterStoryDate(text, start, end, range, out); // "the late 19th century ...; by the turn of the century"
            Matcher that = THAT_BEFORE.matcher(text.substring(Math.max(0, start - 6), start));
            if (range != null && (range.precision() == DatePrecision.SEASON || range.precision() == DatePrecision.MONTH && isSingleMonth(range))
                    && that.find()) {
                // "That autumn the council served a notice", after "the spring of 2026": the season of the year the story is
                // in; "Summer 1962: graduates, and marries that August": the month of it
                Integer y = storyYear(out);
                DateRange moved = y == null ? null : DateAnchoring.shiftYears(range, y - range.start().getYear());
                if (moved != null) {
                    range = moved;
                    start -= Math.min(start, 6) - that.start();
                }
            }
            boolean midnight = MIDNIGHT.matcher(text.substring(start, end)).matches();
            boolean alone = midnight || PART_OF_DAY_ALONE.matcher(text.substring(start, end)).matches()
                    || StoryDayCounts.partOfDayAfterThat(text, start, end) && !yearSince(out, storyDay);
            if (alone && storyDay != null && range != null && range.precision() == DatePrecision.DAY && range.start().equals(ref)
                    && range.end().equals(ref)) {
                range = storyDay; // "In the afternoon she meets X": the day the story is telling, not the publication day
                if (midnight && AFTER_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()) {
                    range = DateRange.day(storyDay.start().plusDays(1)); // "at 11.40pm on Saturday ... shortly after midnight": Sunday
                }
            }
            if (range != null && range.equals(DateRange.day(ref)) && (StoryDayCounts.clockInAnotherYear(text, start, end, out, ref)
                    || StoryDayCounts.clockOffAFarStoryDay(text, start, end, storyDay, ref))) { // "By two in the morning", in 2031
                range = null; // "In 1969, the module landed at 4.17pm": a time of that year's day, not of today
            }
            boolean publication = range != null && docDate != null && range.precision() == DatePrecision.DAY
                    && range.start().equals(docDate) && range.end().equals(docDate) && isHeaderDate(text, start, end, blocks);
            if (!alone && !publication && range != null && range.precision() == DatePrecision.DAY && range.start().equals(range.end())
                    && !StoryWeekdays.looksBack(text, start, end)) { // "on the Tuesday before, the Agency had said": a look back
                priorDay = storyDay;
                storyDay = range;
            }
            out.add(new ResolvedDate(start, end, text.substring(start, end), range, publication));
        }
        out = GivenFeastDays.placed(dates, out); // "Diwali is on 19 October"
        out = EventDays.placed(text, dates, out); // "polling day is 16 April ... the eve of polling day"
        out = ApposedCounts.named(text, out); // "a run-off a fortnight later, on 30 April"
        if (docDate != null) out = AfterNext.placed(text, SouthernSeasons.flipped(text, DaysInOrder.seasonsAhead(text, out, docDate), docDate), docDate);
        return docDate == null ? out : WeekdayYears.agreed(agreeingWeekdays(text, RelativeDates.inNamedComingWeek(text,
                withinComingEvents(text, out, docDate), docDate)), docDate); // "Tuesday 20 December" after "the Christmas of 2019"
    }

    /** "pushed back from Memorial Day to Saturday": a move from one day to another, not a range of days. */
    private static final Pattern MOVED_FROM_BEFORE = Pattern.compile("\\b(?:moved|pushed\\s+back|put\\s+back|brought\\s+forward"
            + "|postponed|delayed|switched|changed|rescheduled|shifted|adjourned|deferred)(?:\\s+(?:once|twice|again|already))?,?"
            + "\\s+from\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THAT_BEFORE = Pattern.compile("\\b[Tt]hat\\s+$");
    /** "midnight" alone, and "after " or "past " before it: the story's day, or the day after it. */
    private static final Pattern MIDNIGHT = Pattern.compile("(?:(?:at|around|about)\\s+)?midnight", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_BEFORE = Pattern.compile("\\b(?:after|past)\\s+$", Pattern.CASE_INSENSITIVE);

    /** Whether a date written with its year came after the story's day and does not hold it ("In 1944 ... that night"). */
    private static boolean yearSince(List<ResolvedDate> before, DateRange storyDay) {
        for (int k = before.size() - 1; k >= 0 && storyDay != null; k--) {
            ResolvedDate d = before.get(k);
            if (d.range() != null && d.range().equals(storyDay)) return false;
            if (d.range() != null && YEAR_DIGITS.matcher(d.text()).find() && d.range().end().isBefore(storyDay.start())) return true;
            if (d.range() != null && YEAR_DIGITS.matcher(d.text()).find() && d.range().start().isAfter(storyDay.end())) return true;
        }
        return false;
    }

    /** The year of the last date resolved so far whose text writes a year ("the spring of 2026"), else null. */
    private static Integer storyYear(List<ResolvedDate> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            ResolvedDate d = before.get(k);
            if (d.range() != null && !d.publicationDate() && YEAR_DIGITS.matcher(d.text()).find()) return d.range().end().getYear();
        }
        return null;
    }

    /**
     * SUTime reads a slashed date month first ("03/04/2023" as 4 March); in a text that writes its dates day first
     * ({@link JoinedDates#dayFirst}: "22/4", or "3 April" rather than "April 3") a reader takes it as 3 April.
     */
    private static DateRange inTextOrder(String text, RawMention m, DateRange range, Boolean dayFirst) {
        if (range == null || !Boolean.TRUE.equals(dayFirst) || range.precision() != DatePrecision.DAY || !range.start().equals(range.end())) {
            return range;
        }
        Matcher n = SLASHED_DATE.matcher(text.substring(m.start(), m.end()));
        if (!n.find()) return range;
        int a = Integer.parseInt(n.group(1)), b = Integer.parseInt(n.group(2));
        LocalDate d = range.start();
        if (a == b || a > 12 || b > 12 || d.getMonthValue() != a || d.getDayOfMonth() != b) return range;
        return DateRange.day(LocalDate.of(d.getYear(), b, a));
    }

    private static final Pattern SLASHED_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(?:\\d{4}|\\d{2})(?![\\d/])");

    /**
     * A bare weekday or a holiday whose clause has no tense cue ("Rovers head to Wembley for Saturday's final", a
     * headline) is the day that the same weekday or holiday names elsewhere in the article under a past or future verb
     * ("will play in Saturday's final", "closes with carols on Christmas Eve"): one article's "Saturday" is one day.
     * Left alone when those readings disagree.
     */
    private static List<ResolvedDate> agreeingWeekdays(String text, List<ResolvedDate> dates) {
        List<ResolvedDate> out = new ArrayList<>(dates);
        Map<String, Set<DateRange>> tensed = new HashMap<>();
        List<Integer> untensed = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            ResolvedDate d = out.get(i);
            String day = sameDayKey(text, d);
            if (day == null) continue;
            if (ClauseTense.listing(text, d.start(), d.end()) != ClauseTense.Tense.NONE || ClauseTense.present(text, d.start(), d.end())) {
                tensed.computeIfAbsent(day, k -> new HashSet<>()).add(d.range());
            } else {
                untensed.add(i);
            }
        }
        for (int i : untensed) {
            ResolvedDate d = out.get(i);
            Set<DateRange> readings = tensed.get(sameDayKey(text, d));
            if (readings != null && readings.size() == 1) {
                out.set(i, new ResolvedDate(d.start(), d.end(), d.text(), readings.iterator().next(), d.publicationDate()));
            }
        }
        return out;
    }

    /** What names one day throughout an article: a bare weekday ({@link #bareWeekday}) or a holiday ("Christmas Eve"); else null. */
    private static String sameDayKey(String text, ResolvedDate d) {
        DayOfWeek day = bareWeekday(text, d);
        if (day != null) return day.name();
        boolean oneDay = d.range() != null && d.range().precision() == DatePrecision.DAY && d.range().start().equals(d.range().end());
        Matcher h = HOLIDAY.matcher(d.text().strip());
        return oneDay && h.matches() ? h.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") : null;
    }

    /** The day of a one-day date written as a weekday alone ("Saturday", "Sunday evening"; not "next Friday"), else null. */
    private static DayOfWeek bareWeekday(String text, ResolvedDate d) {
        if (d.range() == null || d.range().precision() != DatePrecision.DAY || !d.range().start().equals(d.range().end())) return null;
        Matcher wd = WEEKDAY.matcher(d.text());
        if (!wd.find() || wd.group().toLowerCase(Locale.ROOT).endsWith("s") || EXPLICIT_DAY_OR_MONTH.matcher(d.text()).find()
                || FeastDays.names(text.substring(Math.max(0, d.start() - 20), d.start()) + d.text()) || ChurchFeasts.names(d.text())
                || NamedDays.names(d.text())) {
            return null; // "Good Friday", "Palm Sunday" are feasts of their own year, not any Friday or Sunday of the article
        }
        String near = withWordBefore(text, d.start(), d.end());
        if (near.contains("next") || near.contains("last") || near.contains("this") || WEEK_AFTER.matcher(text.substring(d.end())).lookingAt()
                || WeekHence.counted(text, d.start(), d.end())) { // "a week on Friday" is no other Friday of the article
            return null;
        }
        return DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
    }

    /** Before a weekday: "every" and other weekdays of the same list ("every Friday and ", "every Monday, Wednesday or "). */
    private static final Pattern EVERY_BEFORE = Pattern.compile("\\bevery\\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
            + "(?:\\s*,\\s*|\\s+(?:and|or)\\s+))+$", Pattern.CASE_INSENSITIVE);
    /** A weekday, a comma and a phrase in apposition ("Monday, the first day of March"). */
    private static final Pattern WEEKDAY_APPOSED = Pattern.compile("((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),\\s+(?:the\\s+)?\\p{L}");
    /** "Friday week", "Saturday fortnight": British for a week or two after the coming Friday or Saturday. */
    private static final Pattern WEEK_AFTER = Pattern.compile("\\s+(week|fortnight)\\b(?!\\s*'s)", Pattern.CASE_INSENSITIVE);

    /**
     * A bare weekday placed ahead of the document date ("before returning on Sunday evening") that follows, in its own
     * or the previous sentence, a coming event's days ("will travel to Halvik on June 14-15") and falls within them is
     * that event's day, as a reader takes it, not the first such weekday after publication. Only days after the
     * document date and spans of a week at most anchor so; a weekday in the past tense keeps the report's own week.
     */
    private static List<ResolvedDate> withinComingEvents(String text, List<ResolvedDate> dates, LocalDate docDate) {
        List<ResolvedDate> out = new ArrayList<>(dates);
        for (int i = 1; i < out.size(); i++) {
            ResolvedDate d = out.get(i);
            if (d.range() == null || d.range().precision() != DatePrecision.DAY || !d.range().start().isAfter(docDate)) continue;
            Matcher wd = WEEKDAY.matcher(d.text());
            if (!wd.find() || wd.group().toLowerCase(Locale.ROOT).endsWith("s") || EXPLICIT_DAY_OR_MONTH.matcher(d.text()).find()
                    || WeekdaysByDay.names(d.text())) {
                continue; // "the Saturday after Labor Day": counted from the holiday
            }
            String near = withWordBefore(text, d.start(), d.end());
            if (near.contains("next") || near.contains("last") || near.contains("this")) continue; // "this Sunday": its own week
            DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            int from = previousSentenceStart(text, d.start(), d.end());
            for (int j = i - 1; j >= 0; j--) {
                ResolvedDate e = out.get(j);
                if (e.end() > d.start()) continue;
                if (e.start() < from) break;
                DateRange r = e.range();
                if (r == null || r.precision() != DatePrecision.DAY || !r.start().isAfter(docDate)
                        || r.end().toEpochDay() - r.start().toEpochDay() > 6) continue;
                LocalDate inside = r.start().with(TemporalAdjusters.nextOrSame(day));
                if (!inside.isAfter(r.end()) && !inside.equals(d.range().start())) {
                    out.set(i, new ResolvedDate(d.start(), d.end(), d.text(), DateRange.day(inside), d.publicationDate()));
                }
                break;
            }
        }
        return out;
    }

    /** Where the sentence before the one holding {@code [start, end)} starts (its own start when it is the first), by {@link Sentences}. */
    static int previousSentenceStart(String text, int start, int end) {
        int own = Sentences.around(text, start, end).start();
        int j = own - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) j--;
        return j < 0 ? own : Sentences.around(text, j, j + 1).start();
    }

    /** "seven days a week from 10 January": a frequency SUTime joins to the date after it (value "... INTERSECT P7D"). */
    private static final Pattern FREQUENCY_THEN_DATE = Pattern.compile("^\\S+\\s+(?:days?|times?|hours?|nights?)\\s+(?:a|per)\\s+"
            + "(?:day|week|month|year)\\s+(?:from|until|till|on|since|starting)\\s+(?:the\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

    /** "a year since 2019", "year since 2016": a year SUTime joins to the words before it. */
    private static final Pattern YEAR_SINCE = Pattern.compile("^(?:(?:a|any|the)\\s+)?year\\s+since\\s+((?:1[89]|20)\\d\\d)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "(listed for) three days from 17 March": a length of time that starts at a date, which SUTime reads as an offset
     * from it (20 March); the date is the day named.
     */
    private static final Pattern LASTING_FROM_DATE = Pattern.compile("^\\S+\\s+(?:days?|weeks?|nights?)\\s+(?:from|starting)\\s+"
            + "(?:the\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOR_BEFORE = Pattern.compile("\\bfor\\s+$", Pattern.CASE_INSENSITIVE);

    /** A mention of a frequency joined to a date ({@link #FREQUENCY_THEN_DATE}) narrowed to the date, a day and month. */
    private static RawMention withoutFrequency(String text, RawMention m) {
        Matcher since = YEAR_SINCE.matcher(text.substring(m.start(), m.end()));
        if (since.matches()) {
            // "the best start to a year since 2019", "more than in any year since 2016": SUTime counts a year on from the
            // year named (2020); the date is the year named
            return new RawMention(m.start() + since.start(1), m.end(), since.group(1), EntityType.DATE, "DATE", "DATE", since.group(1));
        }
        Matcher f = FREQUENCY_THEN_DATE.matcher(text.substring(m.start(), m.end()));
        if (!f.matches()) {
            f = LASTING_FROM_DATE.matcher(text.substring(m.start(), m.end()));
            if (!f.matches() || !FOR_BEFORE.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()) return m;
        }
        Matcher day = DAY_MONTH.matcher(f.group(1));
        if (!day.matches()) return m;
        String d = day.group(1) != null ? day.group(1) : day.group(4);
        String mon = day.group(2) != null ? day.group(2) : day.group(3);
        int at = m.start() + f.start(1);
        return new RawMention(at, m.end(), f.group(1), EntityType.DATE, "DATE", "DATE",
                String.format("XXXX-%02d-%02d", Months.number(mon.replace(".", "")), Integer.parseInt(d)));
    }

    private static final Pattern CONTRACT_AFTER = Pattern.compile("\\s+(?:contracts?|futures|delivery|deliveries)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_ALONE = Pattern.compile("^(?:at\\s+)?" + ClockTimes.TIME + "$", Pattern.CASE_INSENSITIVE);
    /** After a clock time: how often ("at 5 a.m., six days a week", "at 9am every day", "at noon daily"). */
    private static final Pattern HABIT_AFTER = Pattern.compile(",?\\s+(?:\\S+\\s+days\\s+a\\s+week|every\\s+(?:day|morning|evening|night"
            + "|weekday)|each\\s+day|daily|nightly)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_UNIT = Pattern.compile("^the\\s+(week|fortnight|month)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITHIN_BEFORE = Pattern.compile("\\bwithin\\s+$", Pattern.CASE_INSENSITIVE);
    /**
     * A part of the day or a clock time with no day of its own ("in the afternoon", "that evening", "later that day",
     * "At 11.30", "at 10am"): the day the story is telling. Not "this morning" or "tonight", which name today.
     */
    private static final Pattern PART_OF_DAY_ALONE = Pattern.compile("(?:(?:in|during|on|by|later|early|late)\\s+)?(?:(?:the|that)\\s+)"
            + "(?:(?:early|late|same)\\s+)?(?:morning|afternoon|evening|night|day)|(?:at\\s+|around\\s+|about\\s+)?" + ClockTimes.TIME
            + "|(?:at\\s+)?(?:noon|midday|lunchtime)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTOR_ONLY = Pattern.compile("^\\s*" + CONNECTOR + "\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a date mention names nothing a calendar could hold, so that it is no date to show at all: SUTime's vague
     * references ("now", "currently", "recently", "the future": PRESENT_REF, PAST_REF, FUTURE_REF), its frequencies
     * ("once", "every week": SET), the lone connector of a range it split ("from 2019 to 2024" gives "to"), a number
     * in a size ("1800 x 1920", read as two years) and a model or standard number ("GTX 1080", "RFC 2119": a number
     * right after a code of capitals, outside the years 1900-2060 that "TIFF 2019" or "Euro 2024" name). On the
     * 130 Mozilla test pages these were about 1,300 of the date highlights, "now" alone 400.
     */
    public static boolean namesNoDate(String text, RawMention m) {
        return DateLookalikes.namesNoDate(text, m);
    }

    private static final Pattern YEAR_GAP = Pattern.compile("^\\s*(?:-|‐|‑|–|—|to|through|thru|until|till)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND_GAP = Pattern.compile("^\\s*and\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN_BEFORE = Pattern.compile("\\bbetween\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_UNIT = Pattern.compile("^the\\s+(year|month|week)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIDE_BEFORE = Pattern.compile("\\b(earlier|later)\\s+in\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HABIT_BEFORE = Pattern.compile("\\b(?:daily|nightly|every\\s+(?:day|night|morning|evening)"
            + "|each\\s+day)\\b[^.;,\\d]{0,12}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_DAY = Pattern.compile("^the\\s+day$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_OF_UNKNOWN_MONTH = Pattern.compile("^XXXX-XX-(\\d{2})$");
    private static final String COUNT_WORD = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    /** Before a date: "the four weeks to ", "the three months ending ", "the past 12 months to ". */
    private static final Pattern SPAN_TO_BEFORE = Pattern.compile("\\bthe\\s+(?:(?:past|last|latest)\\s+)?" + COUNT_WORD
            + "\\s+(day|week|month)s\\s+(?:to|ending|ended|through|until)\\s+$", Pattern.CASE_INSENSITIVE);
    /** Before a date: "the week of ", "the week ending ". */
    private static final Pattern WEEK_OF_BEFORE = Pattern.compile("\\bthe\\s+week\\s+(of|ending|ended|to|starting|beginning|from)\\s+$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern DAY_MONTH = Pattern.compile("^(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")"
            + "|(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?)$", Pattern.CASE_INSENSITIVE);
    /** Holidays named without a year: Easter (Sunday), Christmas (Eve, Day), Boxing Day, New Year's Day and Eve. */
    static final Pattern HOLIDAY = Pattern.compile("^(Easter(?:\\s+Sunday)?|Christmas(?:\\s+Day|\\s+Eve)?|Boxing\\s+Day"
            + "|New\\s+Year's\\s+(?:Day|Eve))$");
    /** "Q3 2016", "Q4", "H2", "H1 2024", "Q1'24": a quarter or half year written as its code. */
    private static final Pattern QUARTER_TEXT = Pattern.compile("^(?:the\\s+)?(?:Q([1-4])|H([12]))(?:\\s+|\\s*')?((?:19|20)?\\d\\d)?$");
    /** "the final quarter of 2031", "the first quarter of 2030": a quarter of a year written out. */
    private static final Pattern NTH_QUARTER = Pattern.compile("^(?:the\\s+)?(first|second|third|fourth|final|last)\\s+quarter\\s+of\\s+"
            + "((?:19|20)\\d\\d)$", Pattern.CASE_INSENSITIVE);
    /** "two days last week": a count SUTime joined to the relative unit after it. */
    private static final Pattern COUNT_THEN_UNIT = Pattern.compile("^(?:\\d+|a|an|one|two|three|four|five|six|seven|few|several)\\s+"
            + "(?:day|week|month)s?\\s+((?:last|this|next)\\s+(?:week|month|year))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_YEAR = Pattern.compile("^last\\s+year$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_TIME_BEFORE = Pattern.compile("\\bthis\\s+time\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_DECADE = Pattern.compile("^(?:the\\s+)?(?:last|past)\\s+decade$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TURN_OF = Pattern.compile("\\bturn\\s+of\\s+$", Pattern.CASE_INSENSITIVE);
    /** A duration that a reader takes as a date: "in two weeks", "2009-2010" (SUTime: P2W, PT8760H). */
    private static boolean readsAsDate(String text, RawMention m, LocalDate docDate) {
        if (!"DURATION".equalsIgnoreCase(m.timexType())) return false;
        String surface = text.substring(m.start(), m.end()).strip();
        if (YEAR_SPAN.matcher(surface).matches() || docDate != null && PART_OF_YEAR.matcher(surface).matches()) return true;
        if (MentionShapes.fiscalYear(text, m, docDate) != m) return true; // "this fiscal year": SUTime's "year", P1Y
        return docDate != null && (RelativeDates.offset(text, m, docDate) != null || RelativeDates.spanToNow(surface, docDate) != null
                || RelativeDates.weekNumber(text, m, docDate) != null);
    }

    /** Resolves without block information. */
    public List<ResolvedDate> resolve(String text, List<RawMention> mentions, LocalDate docDate) {
        return resolve(text, mentions, docDate, List.of());
    }

    private static boolean isSingleMonth(DateRange r) {
        return YearMonth.from(r.start()).equals(YearMonth.from(r.end()));
    }

    private static DateRange days(YearMonth month, String first, String second) {
        int d1 = Integer.parseInt(first);
        int d2 = second == null ? d1 : Integer.parseInt(second);
        if (d1 < 1 || d2 < d1 || d2 > month.lengthOfMonth()) return null;
        return new DateRange(month.atDay(d1), month.atDay(d2), DatePrecision.DAY);
    }

    private static boolean isHeaderDate(String text, int start, int end, List<Block> blocks) {
        Block block = Block.at(blocks, start).filter(b -> end <= b.end()).orElse(null);
        if (block != null) {
            BlockType t = block.type();
            if (t == BlockType.DATE || t == BlockType.BYLINE || t.isBoilerplate()) return true;
        }
        int lineStartAt = text.lastIndexOf('\n', start - 1) + 1;
        if (DATELINE_PREFIX.matcher(text.substring(lineStartAt, start)).matches()) return true;
        // a line that is little more than the date is a header line, not a sentence about an event
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0) lineEnd = text.length();
        String rest = (text.substring(lineStart, start) + " " + text.substring(end, lineEnd))
                .replaceAll("(?i)\\b(published|updated|posted|on|by|date|dated)\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
        return rest.length() <= 12;
    }

    /**
     * One mention's own value: a bare weekday and a month or month-day without a year placed by the tense of the verb
     * that governs them ({@link ClauseTense}), relative weeks, offsets, seasons and modifiers read as
     * {@link RelativeDates} does, else SUTime's value; null when it is not a calendar date.
     */
    /** A holiday mention's day as the loop above places it alone (a feast or a named day by its own rule). */
    private DateRange namedDay(String text, RawMention m, LocalDate ref, LocalDate docDate) {
        DateRange named = NamedDays.range(text, m, docDate);
        if (named != null) return named;
        DateRange feast = ChurchFeasts.range(text, m, docDate);
        return feast != null ? feast : resolveMention(text, m, ref);
    }

    DateRange resolveMention(String text, RawMention m, LocalDate docDate) {
        String surface = text.substring(m.start(), m.end());
        Matcher wd = WEEKDAY.matcher(surface);
        // a clock time names no day: "at 11:00 p.m. on Sunday" is a bare weekday, placed by its verb like "on Sunday"
        if (docDate != null && wd.find() && !EXPLICIT_DAY_OR_MONTH.matcher(CLOCK.matcher(surface).replaceAll(" ")).find()) {
            DateRange ofNearMonth = DateAnchoring.nthWeekdayOfNearMonth(surface, docDate); // "the second Tuesday of next month"
            if (ofNearMonth != null) return ofNearMonth;
            if (wd.group().toLowerCase(Locale.ROOT).endsWith("s")) return null; // "on Saturdays": every one, no date
            if (PARTS_OF_DAY_AFTER.matcher(surface.substring(wd.end()) + text.substring(m.end())).lookingAt()) {
                return null; // "on Friday evenings": every one, no date
            }
            LocalDate feastDay = RelativeDates.weekdayFeast(text, m, wd, docDate);
            if (feastDay != null) return DateRange.day(feastDay);
            if (DateLookalikes.indefiniteBefore(text, m.start())) return null; // "it was a Tuesday"
            if (DateLookalikes.recurs(text, m)) return null; // "the first Friday of each month"
            if (EVERY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                return null; // "every Friday and Saturday night": the second of a list of recurring days, no date
            }
            DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            Matcher weekAfter = WEEK_AFTER.matcher(text.substring(m.end()));
            if (weekAfter.lookingAt()) { // "until Friday week", "on Saturday fortnight"
                return DateRange.day(docDate.with(TemporalAdjusters.next(day)).plusWeeks(weekAfter.group(1).length() > 4 ? 2 : 1));
            }
            return DateRange.day(DateAnchoring.placeWeekday(text, m, day, docDate));
        }
        Matcher apposed = WEEKDAY_APPOSED.matcher(surface);
        if (docDate != null && apposed.lookingAt() && resolveValue(m.timexValue(), docDate) == null) {
            // "on Monday, the first day of March": SUTime joins the weekday to the phrase that names it and gives no
            // value; the weekday alone, placed by its verb, is the day both name
            return resolveMention(text, new RawMention(m.start(), m.start() + apposed.end(1), apposed.group(1), EntityType.DATE, "DATE",
                    "DATE", null), docDate);
        }
        if (CLOCK_ALONE.matcher(surface.strip()).matches() && HABIT_AFTER.matcher(text.substring(m.end())).lookingAt()) {
            return null; // "opens at 5 a.m., six days a week": a time of every working day, no date
        }
        if (DateLookalikes.clockSpan(text, m)) return null; // "open from 10am to 4.30pm": hours, no day of their own
        DateRange turnOrPart = docDate == null ? null : DateAnchoring.newYearOrMonthPart(text, m, docDate);
        if (turnOrPart != null) return turnOrPart;
        if (DateLookalikes.namesAThing(text, m)) return null; // "the winter break", "the March Hare", "an evening of music"
        Matcher window = THE_UNIT.matcher(surface.strip());
        if (window.matches() && docDate != null && WITHIN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
            // "a review within the fortnight": from now to the unit's length ahead, not the calendar fortnight SUTime gives
            LocalDate end = switch (window.group(1).toLowerCase(Locale.ROOT)) {
                case "week" -> docDate.plusWeeks(1);
                case "fortnight" -> docDate.plusWeeks(2);
                default -> docDate.plusMonths(1);
            };
            return new DateRange(docDate, end, DatePrecision.DAY);
        }
        DateRange ended = RelativeDates.endedUnit(text, m, docDate); // "ended the week at $1.31": the week just ended
        if (ended == null) ended = RelativeDates.restOf(text, m, docDate); // "for the rest of the week": from today
        if (ended == null && docDate != null) ended = RelativeDates.schoolYear(surface, docDate); // "next academic year"
        if (ended == null && docDate != null) ended = RelativeDates.seasonFromNow(surface, docDate); // "last season"
        if (ended != null) return ended;
        if (RelativeDates.anchoredElsewhere(text, m) || RelativeDates.fromAnEvent(text, m)) return null;
        if (docDate != null && RelativeDates.weekNumber(text, m, docDate) != null) return RelativeDates.weekNumber(text, m, docDate);
        Matcher feast = HOLIDAY.matcher(surface.strip());
        if (feast.matches()) {
            // SUTime places a holiday in the document's year whatever the verb says ("expect a verdict by Easter" in
            // September is next Easter), and misses "Boxing Day": placed by tense as a month-day without a year is
            // a present verb of a fixture ("the season closes with carols on Christmas Eve") looks ahead, as for a month
            return docDate == null ? null : DateRange.day(DateAnchoring.placeHoliday(feast.group(1), ClauseTense.ahead(text, m.start(), m.end()),
                    docDate));
        }
        if (docDate != null) {
            DateRange week = RelativeDates.nthWeekOfMonth(text, m, docDate); // "the first week of July", "the last weekend in June"
            if (week == null) week = RelativeDates.weekByHoliday(text, m, docDate); // "the week before Christmas"
            if (week != null) return week;
            if (RelativeDates.isWeekOf(surface)) return RelativeDates.weekOf(this, text, m, docDate); // "the week of 11 October"
        }
        Matcher nthQuarter = NTH_QUARTER.matcher(surface.strip());
        if (nthQuarter.matches()) {
            // "the final quarter of 2031": SUTime gives "2031 INTERSECT PXM", no value; "final" and "last" are the fourth
            int q = switch (nthQuarter.group(1).toLowerCase(Locale.ROOT)) {
                case "first" -> 1;
                case "second" -> 2;
                case "third" -> 3;
                default -> 4;
            };
            YearMonth first = YearMonth.of(Integer.parseInt(nthQuarter.group(2)), q * 3 - 2);
            return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.MONTH);
        }
        Matcher quarter = QUARTER_TEXT.matcher(surface.strip());
        if (quarter.matches()) return quarter(text, m, quarter, docDate);
        RawMention joined = NamedPeriods.joinedTail(text, m); // "an investor day in May": SUTime's "day in May"
        if (joined != null) return resolveMention(text, joined, docDate);
        if (docDate != null) {
            Matcher tail = COUNT_THEN_UNIT.matcher(surface.strip());
            if (tail.matches()) {
                // "two days last week": SUTime joins the count to the date and gives no value; the date is the unit named
                int at = m.start() + surface.indexOf(tail.group(1), surface.length() - surface.strip().length());
                return resolveMention(text, new RawMention(at, at + tail.group(1).length(), tail.group(1), EntityType.DATE, "DATE",
                        "DATE", null), docDate);
            }
            if (LAST_YEAR.matcher(surface.strip()).matches()
                    && THIS_TIME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                // "this time last year": the same season a year back, at month precision, not all of last year
                YearMonth ym = YearMonth.from(docDate).minusYears(1);
                return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
            }
            if (LAST_DECADE.matcher(surface.strip()).matches()) {
                // "over the last decade": the ten years up to publication, not the previous calendar decade
                return new DateRange(LocalDate.of(docDate.getYear() - 10, 1, 1), LocalDate.of(docDate.getYear(), 12, 31), DatePrecision.YEAR);
            }
        }
        if (docDate != null) {
            DateRange relative = YearsAgo.resolve(surface, docDate); // "Twenty-five years ago", "Fifty years ago today"
            if (relative == null) relative = RelativeDates.offset(text, m, docDate);
            if (relative == null) relative = RelativeDates.relativeWeek(text, m, docDate);
            if (relative != null) return relative;
        }
        Matcher years = YEAR_SPAN.matcher(surface.strip());
        if (years.matches() && Integer.parseInt(years.group(2)) > Integer.parseInt(years.group(1))) {
            // SUTime reads "2009-2010" as a duration (PT8760H); a reader sees the two years
            return new DateRange(LocalDate.of(Integer.parseInt(years.group(1)), 1, 1),
                    LocalDate.of(Integer.parseInt(years.group(2)), 12, 31), DatePrecision.YEAR);
        }
        if (docDate != null && PART_OF_YEAR.matcher(surface.strip()).matches()) {
            // "the end of year" (SUTime: P1Y) is the end of the year the verb points to
            DateRange year = new DateRange(LocalDate.of(docDate.getYear(), 1, 1), LocalDate.of(docDate.getYear(), 12, 31), DatePrecision.YEAR);
            return DateAnchoring.placeYear(RelativeDates.modified(text, m, year), ClauseTense.of(text, m.start(), m.end()), docDate);
        }
        if (docDate != null) {
            DateRange side = RelativeDates.sideOfNow(surface, docDate);
            if (side != null) return side;
        }
        if (docDate != null) {
            Matcher unit = BARE_UNIT.matcher(surface.strip());
            Matcher side = SIDE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start()));
            if (unit.matches() && side.find()) {
                // SUTime tags only "the year" of "earlier in the year": read the words before it as "earlier this year" is
                DateRange part = RelativeDates.sideOfNow(side.group(1) + " this " + unit.group(1), docDate);
                if (part != null) return part;
            }
        }
        if (HABIT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()
                && !EXPLICIT_DAY_OR_MONTH.matcher(surface.replaceAll("(?i)\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\.?", "")).find()) {
            return null; // "open daily from 10am": a time of every day, no date (SUTime puts it on the publication day)
        }
        if (THE_DAY.matcher(surface.strip()).matches()) return null; // "remembers the day": a day of the story, not today
        if (docDate != null && RelativeDates.comingWeekend(surface, docDate) != null) return RelativeDates.comingWeekend(surface, docDate);
        if (docDate != null) {
            DateRange weekend = RelativeDates.bankHolidayWeekend(text, m, docDate); // "over the bank holiday weekend"
            if (weekend != null) return weekend;
            if (RelativeDates.weekendOfDays(text, m)) return null; // "the weekend of 10-11 January": the days that follow name it
            weekend = RelativeDates.bareWeekend(text, m, docDate); // "over the weekend", "Easter weekend"
            if (weekend != null) return weekend;
        }
        Matcher dayOnly = DAY_OF_UNKNOWN_MONTH.matcher(m.timexValue() == null ? "" : m.timexValue());
        if (dayOnly.matches()) {
            if (docDate == null) return null;
            ClauseTense.Tense tense = ClauseTense.of(text, m.start(), m.end());
            int day = Integer.parseInt(dayOnly.group(1));
            DateRange named = DateAnchoring.dayOfMonthNamed(text, m.start(), day, tense, docDate); // "in February ... the 15th"
            return named != null ? named : DateAnchoring.dayInMonth(day, tense, docDate);
        }
        if (docDate != null) {
            DateRange span = RelativeDates.spanToNow(surface, docDate);
            if (span != null) return span;
        }
        DateRange inner = RelativeDates.inside(this, text, m, docDate); // "the early hours of Friday 26 May", "the winter of 2009-10"
        if (inner != null) return inner;
        if ("DURATION".equalsIgnoreCase(m.timexType()) || "SET".equalsIgnoreCase(m.timexType())) return null;
        if (SPAN_FROM_NOW.matcher(surface).find()) return docDate == null ? null : RelativeDates.spanToNow(surface, docDate);
        DateRange range = resolveValue(m.timexValue(), docDate);
        if (range == null) range = RelativeDates.seasonInText(surface);
        String head = surface;
        int comma = surface.indexOf(',');
        Matcher month = NAMED_MONTH.matcher(surface);
        if (docDate != null && comma > 0 && !DIGIT.matcher(surface).find() && month.find() && month.end() <= comma) {
            // SUTime joins "early December, a month earlier" into one value (November); a reader takes the month named
            head = surface.substring(0, comma);
            YearMonth named = YearMonth.of(docDate.getYear(), Months.number(month.group().replace(".", "")));
            range = new DateRange(named.atDay(1), named.atEndOfMonth(), DatePrecision.MONTH);
        }
        range = RelativeDates.modified(text, m, range);
        if (range != null && range.end().getYear() - range.start().getYear() >= 99
                && TURN_OF.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            // "the turn of the century" is the years around its first, not the hundred years SUTime gives
            int y = range.start().getYear();
            range = new DateRange(LocalDate.of(y - 1, 1, 1), LocalDate.of(y + 1, 12, 31), DatePrecision.YEAR);
        }
        if (range != null && docDate != null && range.precision() == DatePrecision.SEASON && range.start().getYear() == docDate.getYear()
                && !YEAR_DIGITS.matcher(head).find() && !RELATIVE_WORD.matcher(head).find()) {
            // "in the spring" without a year is this year's to SUTime; a future verb moves a season already over to
            // next year ("is expected to visit in the spring", written in November). A past verb of a deed moves a season
            // not yet begun back ("signed in the summer", written in January); a reporting verb ("said ... could not
            // wait until the autumn") does not, as it governs a season still to come
            if (ClauseTense.listing(text, m.start(), m.end()) == ClauseTense.Tense.FUTURE && range.end().isBefore(docDate)) {
                range = DateAnchoring.shiftYears(range, 1);
            } else if (range.start().isAfter(docDate) && ClauseTense.pastDone(text, m.start(), m.end())) {
                range = DateAnchoring.shiftYears(range, -1);
            }
        }
        if (range != null && docDate != null && PLACEABLE.contains(range.precision())
                && NAMED_MONTH.matcher(head).find() && !YEAR_DIGITS.matcher(head).find() && !RELATIVE_WORD.matcher(head).find()) {
            // "the March contract": a futures contract names the delivery month to come, whatever verb reports its price
            boolean delivery = DateLookalikes.monthAlone(surface) && CONTRACT_AFTER.matcher(text.substring(m.end())).lookingAt();
            range = DateAnchoring.placeYear(range, delivery ? ClauseTense.Tense.FUTURE : ClauseTense.ahead(text, m.start(), m.end()), docDate);
        }
        if (range != null && docDate != null && !YEAR_DIGITS.matcher(surface).find()) {
            range = DateAnchoring.onItsWeekday(surface, range); // "Wednesday 18 December": the year in which it is a Wednesday
            range = DateAnchoring.holidayWeekend(surface, range); // "Memorial Day weekend": the days off around the holiday
        }
        return range;
    }

    /** After a weekday: a plural part of the day ("Friday evenings"), a recurrence. */
    private static final Pattern PARTS_OF_DAY_AFTER = Pattern.compile("\\s*(?:mornings|afternoons|evenings|nights|lunchtimes)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The {@code n} days, weeks or months that end with {@code r} ("the four weeks to 31 October"). */
    private static DateRange spanTo(DateRange r, String count, String unit) {
        int n = RelativeDates.count(count); // COUNT_WORD admits only digits and words RelativeDates counts
        LocalDate end = r.end();
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "month" -> new DateRange(YearMonth.from(end).minusMonths(n - 1L).atDay(1), end,
                    r.precision() == DatePrecision.MONTH ? DatePrecision.MONTH : DatePrecision.DAY);
            case "week" -> new DateRange(end.minusDays(7L * n - 1), end, DatePrecision.DAY);
            default -> new DateRange(end.minusDays(n - 1L), end, DatePrecision.DAY);
        };
    }

    /**
     * A quarter or half written as its code: of the year written with it ("Q3 2016", "Q1'24"), else of the year its
     * verb points to, as a month without a year is placed (the "Q4" of results published in February is last year's).
     */
    private static DateRange quarter(String text, RawMention m, Matcher q, LocalDate docDate) {
        String y = q.group(3);
        if (y == null && docDate == null) return null;
        int year = y == null ? docDate.getYear() : y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
        YearMonth first = q.group(1) != null ? YearMonth.of(year, Integer.parseInt(q.group(1)) * 3 - 2)
                : YearMonth.of(year, q.group(2).equals("1") ? 1 : 7);
        DateRange r = new DateRange(first.atDay(1), first.plusMonths(q.group(1) != null ? 2 : 5).atEndOfMonth(),
                q.group(1) != null ? DatePrecision.MONTH : DatePrecision.HALF);
        return y != null ? r : DateAnchoring.placeYear(r, ClauseTense.of(text, m.start(), m.end()), docDate);
    }

    private static boolean isBareWeekday(String surface) { // a clock time names no day: "22:00 on Friday" is bare
        return WEEKDAY.matcher(surface).find() && !EXPLICIT_DAY_OR_MONTH.matcher(CLOCK.matcher(surface).replaceAll(" ")).find();
    }

    /** A weekday mention with the six characters before it, in lower case: where "next" or "last" would stand. */
    static String withWordBefore(String text, int start, int end) {
        return text.substring(Math.max(0, start - 6), end).toLowerCase(Locale.ROOT);
    }

    /**
     * Resolves a TIMEX3 value alone: {@code 2023-03-06}, {@code 2023-03} (month), {@code 2023-W10} (Monday to Sunday),
     * {@code 2023}, {@code 2023-Q1}, {@code 2022-SP} (a northern-hemisphere season), {@code 2024-H1} (a half year),
     * {@code 199X} (a decade), {@code 19XX} (a century), an interval {@code A/B}; {@code XXXX} takes the document
     * date's year. Vague values (PAST_REF, durations) and unknown years without a document date give null.
     */
    public DateRange resolveValue(String value, LocalDate docDate) {
        return TimexValues.resolve(value, docDate);
    }
}
