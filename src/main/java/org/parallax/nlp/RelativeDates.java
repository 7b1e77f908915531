package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.text.ClockTimes;
import org.parallax.text.Months;
import org.parallax.text.Sentences;

/**
 * Date expressions SUTime leaves vague or reads too widely, read against the document date as a reader would: relative
 * weeks ("the week before", "next week"), weeks and weekends named by a month, a holiday or a day ("the first week of
 * July", "the week of 11 October", "over the bank holiday weekend", a bare "the weekend" by its verb), offsets at
 * their unit's precision ("in two weeks" is a week, "three years ago" a year), seasons (meteorological, northern
 * hemisphere: spring is March-May, winter runs from December into the next year's February), and modifiers (early,
 * mid, late, first and second half) as a part of the month or year they modify. Returns null where the text is not one
 * of these. Stateless.
 */
final class RelativeDates {

    private RelativeDates() {
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30));
    private static final String COUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
            + "|twenty|thirty)";
    private static final String UNIT = "(day|week|fortnight|month|year|decade|century|centuries)s?";
    /** "three years ago", "two weeks from now" (the whole mention, an optional "about" first). */
    private static final Pattern OFFSET = Pattern.compile("^(?:the\\s+)?(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|around\\s+)?"
            + COUNT + "[\\s-]+" + UNIT + "(?:'s?)?\\s+(ago|from\\s+now|hence)$", Pattern.CASE_INSENSITIVE);
    /** A bare count of units ("two weeks"), read as an offset when "in" or "within" comes just before it. */
    private static final Pattern COUNTED = Pattern.compile("^" + COUNT + "[\\s-]+" + UNIT + "(?:'s?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_BEFORE = Pattern.compile("\\bin\\s+$", Pattern.CASE_INSENSITIVE);
    /** "the first time in two years", "the highest in five years": a span back from now, not a date ahead. */
    private static final Pattern SPAN_CONTEXT = Pattern.compile("\\b(?:first|time|since|ever|\\w+est|most|least|only|once)\\b[^.;]{0,25}$"
            + "|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+\\p{L}+\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEK = Pattern.compile("^(?:the\\s+)?(?:(previous|prior|last|past|preceding|next|following"
            + "|coming|this|current)\\s+week|week\\s+(before|earlier|after|later))$", Pattern.CASE_INSENSITIVE);
    /**
     * Words after "the week before" that make it "the week before the election", "the day after she left", "the day
     * before voting": anchored elsewhere. Whole words only, and a capital only as a capital: "the day before and"
     * counts from the story's day.
     */
    private static final Pattern ANCHOR_AFTER = Pattern.compile("^\\s+(?:(?:the|a|an|his|her|its|their|our|this|that|last|next"
            + "|he|she|they|it|we|i|you|\\p{L}+ing)\\b|(?-i:\\p{Lu})|\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEASON = Pattern.compile("\\b(spring|summer|autumn|fall|winter)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern MODIFIER = Pattern.compile("\\b(?:(early|beginning\\s+of|start\\s+of)|(mid|middle\\s+of)"
            + "|(late|end\\s+of)|(first\\s+half\\s+of)|(second\\s+half\\s+of))(?=[\\s-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODIFIER_BEFORE = Pattern.compile("\\b(?:(early|beginning\\s+of|start\\s+of)|(mid|middle\\s+of)"
            + "|(late|end\\s+of)|(first\\s+half\\s+of)|(second\\s+half\\s+of))(?:\\s+the|-)?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern TO_DATE = Pattern.compile("^(year|month)[\\s-]+to[\\s-]+date$", Pattern.CASE_INSENSITIVE);
    /** "earlier this year", "later this month": the part of the unit before or after the publication date. */
    private static final Pattern SIDE_OF_NOW = Pattern.compile("^(earlier|later)\\s+(?:this|in\\s+the)\\s+(year|month|week|decade)$",
            Pattern.CASE_INSENSITIVE);

    /** A count written in digits or as a word of {@link #COUNT} ("3", "three", "a"); null for any other word. */
    static Integer count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.chars().allMatch(Character::isDigit) ? Integer.valueOf(w) : NUMBERS.get(w);
    }

    /** "three years ago", "in two weeks", "two weeks from now" at the unit's precision; null otherwise. */
    static DateRange offset(String text, RawMention m, LocalDate docDate) {
        String surface = text.substring(m.start(), m.end()).strip();
        Matcher o = OFFSET.matcher(surface);
        int sign;
        Matcher counted;
        if (o.matches()) {
            counted = o;
            sign = o.group(3).toLowerCase(Locale.ROOT).equals("ago") ? -1 : 1;
        } else {
            counted = COUNTED.matcher(surface);
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            Matcher in = IN_BEFORE.matcher(before);
            if (!counted.matches() || !in.find() || SPAN_CONTEXT.matcher(before.substring(0, in.start())).find()) return null;
            if (WEEK_NUMBER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find()) {
                return null; // "in week 3": a numbered week, not a week from now
            }
            sign = 1;
        }
        Integer n = count(counted.group(1));
        if (n == null) return null;
        long k = (long) sign * n;
        return switch (counted.group(2).toLowerCase(Locale.ROOT)) {
            case "day" -> DateRange.day(docDate.plusDays(k));
            case "week" -> week(docDate.plusWeeks(k));
            case "fortnight" -> week(docDate.plusWeeks(2 * k));
            case "month" -> month(YearMonth.from(docDate).plusMonths(k));
            case "decade" -> year(docDate.getYear() + 10 * (int) k); // "a decade ago": the year ten back, as a reader counts
            case "century", "centuries" -> year(docDate.getYear() + 100 * (int) k); // "a century ago": a year, not a day
            default -> year(docDate.getYear() + (int) k);
        };
    }

    /** "the past three months", "the last two weeks", "the next five years": a counted span that ends or starts today. */
    private static final Pattern SPAN_TO_NOW = Pattern.compile("^(?:the\\s+|over\\s+the\\s+|in\\s+the\\s+)?(last|past|previous|next"
            + "|coming)\\s+" + COUNT + "\\s+(day|week|month|year|decade)s$", Pattern.CASE_INSENSITIVE);

    private static final Pattern SCHOOL_YEAR = Pattern.compile("^(this|next|last|the\\s+(?:coming|current|previous|past))\\s+"
            + "(?:academic|school)\\s+year$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_UNIT_AFTER_REST = Pattern.compile("^the\\s+(week|month|year)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REST_OF_BEFORE = Pattern.compile("\\brest\\s+of\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * "next academic year", "this school year": September to August of the school year that holds the publication date,
     * or the one after or before it; null for anything else.
     */
    static DateRange schoolYear(String surface, LocalDate docDate) {
        Matcher s = SCHOOL_YEAR.matcher(surface.strip());
        if (!s.matches()) return null;
        String which = s.group(1).toLowerCase(Locale.ROOT);
        int first = docDate.getMonthValue() >= 9 ? docDate.getYear() : docDate.getYear() - 1;
        if (which.equals("next") || which.endsWith("coming")) first++;
        else if (which.equals("last") || which.endsWith("previous") || which.endsWith("past")) first--;
        return new DateRange(LocalDate.of(first, 9, 1), LocalDate.of(first + 1, 8, 31), DatePrecision.MONTH);
    }

    private static final Pattern SEASON_FROM_NOW = Pattern.compile("^(next|last)\\s+season$", Pattern.CASE_INSENSITIVE);

    /**
     * "last season", "next season": a season that runs across the turn of the year (football's August to May, a
     * theatre's autumn to summer), named from the one under way at publication (from July, the one starting that year),
     * as the two calendar years it spans, as "the 2025/26 season" is read; null for anything else.
     */
    static DateRange seasonFromNow(String surface, LocalDate docDate) {
        Matcher s = SEASON_FROM_NOW.matcher(surface.strip());
        if (!s.matches()) return null;
        int first = (docDate.getMonthValue() >= 7 ? docDate.getYear() : docDate.getYear() - 1)
                + (s.group(1).equalsIgnoreCase("next") ? 1 : -1);
        return new DateRange(LocalDate.of(first, 1, 1), LocalDate.of(first + 1, 12, 31), DatePrecision.YEAR);
    }

    /**
     * "the rest of the week" (SUTime tags "the week"): from the publication day to the unit's end; on its last day
     * (a Sunday's "rest of the week") the whole next unit, the days the writer looks ahead to.
     */
    static DateRange restOf(String text, RawMention m, LocalDate docDate) {
        Matcher u = THE_UNIT_AFTER_REST.matcher(text.substring(m.start(), m.end()).strip());
        if (docDate == null || !u.matches() || !REST_OF_BEFORE.matcher(text.substring(Math.max(0, m.start() - 10), m.start())).find()) {
            return null;
        }
        LocalDate end = switch (u.group(1).toLowerCase(Locale.ROOT)) {
            case "week" -> docDate.with(DayOfWeek.SUNDAY);
            case "month" -> YearMonth.from(docDate).atEndOfMonth();
            default -> LocalDate.of(docDate.getYear(), 12, 31);
        };
        if (!end.equals(docDate)) return new DateRange(docDate, end, DatePrecision.DAY);
        return switch (u.group(1).toLowerCase(Locale.ROOT)) {
            case "week" -> new DateRange(docDate.plusDays(1), docDate.plusDays(7), DatePrecision.DAY);
            case "month" -> new DateRange(docDate.plusDays(1), YearMonth.from(docDate.plusDays(1)).atEndOfMonth(), DatePrecision.DAY);
            default -> new DateRange(docDate.plusDays(1), LocalDate.of(docDate.getYear() + 1, 12, 31), DatePrecision.DAY);
        };
    }

    /**
     * "the past three months" and "the next two weeks": the counted span from the publication date back or ahead, at
     * the unit's precision (days and weeks to the day); null for anything else, such as "recent years" with no count.
     */
    static DateRange spanToNow(String surface, LocalDate docDate) {
        Matcher s = SPAN_TO_NOW.matcher(surface.strip());
        if (!s.matches()) return null;
        Integer n = count(s.group(2));
        if (n == null || n < 1) return null;
        boolean ahead = s.group(1).equalsIgnoreCase("next") || s.group(1).equalsIgnoreCase("coming");
        int k = ahead ? n : -n;
        return switch (s.group(3).toLowerCase(Locale.ROOT)) {
            case "day" -> ordered(docDate.plusDays(k), docDate, DatePrecision.DAY);
            case "week" -> ordered(docDate.plusWeeks(k), docDate, DatePrecision.DAY);
            case "month" -> ordered(YearMonth.from(docDate).plusMonths(k).atDay(1), docDate, DatePrecision.MONTH);
            case "year" -> ordered(LocalDate.of(docDate.getYear() + k, 1, 1), docDate, DatePrecision.YEAR);
            default -> ordered(LocalDate.of(docDate.getYear() + 10 * k, 1, 1), docDate, DatePrecision.YEAR);
        };
    }

    /** The span between two days, in order, widened to whole months or years at those precisions. */
    private static DateRange ordered(LocalDate a, LocalDate b, DatePrecision p) {
        LocalDate from = a.isBefore(b) ? a : b, to = a.isBefore(b) ? b : a;
        if (p == DatePrecision.MONTH) return new DateRange(from.withDayOfMonth(1), YearMonth.from(to).atEndOfMonth(), p);
        if (p == DatePrecision.YEAR) return new DateRange(from.withDayOfYear(1), LocalDate.of(to.getYear(), 12, 31), p);
        return new DateRange(from, to, p);
    }

    /**
     * "year to date" (January 1 to the publication day), "later this decade", and
     * "earlier this year", "later this month", "earlier this week": the days of the unit before the publication date, or after
     * it (precision PART), not the whole unit SUTime gives; null for anything else, or when no day of the unit lies on
     * that side of the date (then the whole unit stands).
     */
    static DateRange sideOfNow(String surface, LocalDate docDate) {
        Matcher toDate = TO_DATE.matcher(surface.strip());
        if (toDate.matches()) { // "year to date": from the unit's start to the publication day
            boolean year = toDate.group(1).equalsIgnoreCase("year");
            return new DateRange(year ? docDate.withDayOfYear(1) : docDate.withDayOfMonth(1), docDate, DatePrecision.PART);
        }
        Matcher s = SIDE_OF_NOW.matcher(surface.strip());
        if (!s.matches()) return null;
        String unit = s.group(2).toLowerCase(Locale.ROOT);
        DateRange whole = unit.equals("year") ? year(docDate.getYear()) : unit.equals("month") ? month(YearMonth.from(docDate))
                : unit.equals("decade") ? new DateRange(year(docDate.getYear() / 10 * 10).start(), year(docDate.getYear() / 10 * 10 + 9).end(),
                DatePrecision.YEAR) : week(docDate);
        LocalDate first = whole.start(), last = whole.end();
        boolean earlier = s.group(1).equalsIgnoreCase("earlier");
        LocalDate from = earlier ? first : docDate.plusDays(1), to = earlier ? docDate.minusDays(1) : last;
        return to.isBefore(from) ? null : new DateRange(from, to, DatePrecision.PART);
    }

    /** "the week before", "last week", "next week", "this week" against the document's week; null otherwise. */
    static DateRange relativeWeek(String text, RawMention m, LocalDate docDate) {
        Matcher w = WEEK.matcher(text.substring(m.start(), m.end()).strip());
        if (!w.matches() || anchoredElsewhere(text, m)) return null;
        String word = (w.group(1) != null ? w.group(1) : w.group(2)).toLowerCase(Locale.ROOT);
        int shift = switch (word) {
            case "this", "current" -> 0;
            case "next", "following", "coming", "after", "later" -> 1;
            default -> -1;
        };
        return week(docDate.plusWeeks(shift));
    }

    /** "two days later", "three weeks earlier": counted from an event of the story, not from the publication date. */
    private static final Pattern FROM_AN_EVENT = Pattern.compile("^(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|around\\s+)?"
            + COUNT + "[\\s-]+" + UNIT + "\\s+(?:later|earlier|before|after|afterwards|previously)$", Pattern.CASE_INSENSITIVE);
    /** "the following spring", "the next year" after a past verb: the year after the story's events, not after today. */
    private static final Pattern FOLLOWING = Pattern.compile("^the\\s+(?:following|next|previous|preceding)\\s+\\p{L}+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * A date counted from an event of the story rather than from the publication date ("two days later", "the
     * following spring" in a past clause: "the deal was revised the following spring"), which the resolver cannot
     * place; "the following week" in a present or future clause still counts from the publication week.
     */
    static boolean fromAnEvent(String text, RawMention m) {
        String surface = text.substring(m.start(), m.end()).strip();
        if (FROM_AN_EVENT.matcher(surface).matches()) return true;
        return FOLLOWING.matcher(surface).matches() && ClauseTense.of(text, m.start(), m.end()) == ClauseTense.Tense.PAST;
    }

    /** "the next day", "the following day", "the day after", "the previous day", "the day before". */
    private static final Pattern DAY_AFTER_STORY = Pattern.compile("^(?:the\\s+)?(?:(next|following|previous|preceding)\\s+day"
            + "|day\\s+(after|before))$", Pattern.CASE_INSENSITIVE);
    /** "a day later", "two days earlier", "three days afterwards": counted in days from the story's last day. */
    private static final Pattern DAYS_FROM_STORY = Pattern.compile("^(?:about\\s+|some\\s+)?" + COUNT + "[\\s-]+days?"
            + "\\s+(later|earlier|afterwards|after|before|previously)$", Pattern.CASE_INSENSITIVE);
    /** After the phrase: "than" of a comparison, also past a "later" SUTime left out ("two days" + " later than planned"). */
    private static final Pattern THAN_AFTER = Pattern.compile("^(?:\\s+(?:later|earlier))?\\s+than\\b", Pattern.CASE_INSENSITIVE);
    /** After a bare count of days that SUTime tags alone ("two days" + " later"). */
    private static final Pattern LATER_AFTER = Pattern.compile("^\\s+(later|earlier|afterwards)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "The next day", "the following day", "a day later", "two days earlier": counted from the last single day the
     * article dated ({@code storyDay}, "On 13 May 2008 ... The next day"), as a reader counts them; null when the text is
     * none of these, when no day was dated before, or when the phrase is anchored elsewhere ("the day after the vote").
     * {@code end} may grow past the mention to take a trailing "later"; the new end is returned in {@code endOut[0]}.
     */
    static DateRange fromStoryDay(String text, int start, int end, DateRange storyDay, int[] endOut) {
        if (storyDay == null || storyDay.precision() != DatePrecision.DAY || !storyDay.start().equals(storyDay.end())) return null;
        String surface = text.substring(start, end).strip();
        endOut[0] = end;
        long shift;
        if (THAN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24))).lookingAt()) {
            return null; // "came two days later than planned": a comparison, no day
        }
        Matcher d = DAY_AFTER_STORY.matcher(surface);
        Matcher n = DAYS_FROM_STORY.matcher(surface);
        Matcher bare = COUNTED.matcher(surface);
        if (d.matches()) {
            if (d.group(2) != null && ANCHOR_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24))).find()) {
                return null; // "the day after the vote": counted from an event named after it
            }
            String w = (d.group(1) != null ? d.group(1) : d.group(2)).toLowerCase(Locale.ROOT);
            shift = w.equals("next") || w.equals("following") || w.equals("after") ? 1 : -1;
        } else if (n.matches() || bare.matches() && bare.group(2).equalsIgnoreCase("day")) {
            Matcher m = n.matches() ? n : bare;
            String dir;
            if (n.matches()) {
                dir = n.group(2);
                if ((dir.equalsIgnoreCase("after") || dir.equalsIgnoreCase("before"))
                        && ANCHOR_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 24))).find()) {
                    return null; // "two days before the vote"
                }
            } else {
                Matcher later = LATER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16)));
                if (!later.find()) return null;
                dir = later.group(1);
                endOut[0] = end + later.end();
            }
            Integer k = count(m.group(1));
            if (k == null) return null;
            String w = dir.toLowerCase(Locale.ROOT);
            shift = w.equals("later") || w.equals("afterwards") || w.equals("after") ? k : -k;
        } else {
            return null;
        }
        return DateRange.day(storyDay.start().plusDays(shift));
    }

    private static final Pattern THE_UNIT = Pattern.compile("^the\\s+(week|month|year)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDED_BEFORE = Pattern.compile("\\b(?:ended|closed|finished|rounded\\s+off|wrapped\\s+up)\\s+$",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The pound ended the week at $1.31", "shares closed the month lower": the week (month, year) just ended, this one
     * only when it ends within days of publication (a week from Friday, a month or a year in its last three days); null
     * when the text is not such a phrase.
     */
    static DateRange endedUnit(String text, RawMention m, LocalDate docDate) {
        Matcher u = THE_UNIT.matcher(text.substring(m.start(), m.end()).strip());
        if (docDate == null || !u.matches() || !ENDED_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
            return null;
        }
        switch (u.group(1).toLowerCase(Locale.ROOT)) {
            case "week" -> {
                LocalDate monday = docDate.with(DayOfWeek.MONDAY);
                if (docDate.getDayOfWeek().getValue() < 5) monday = monday.minusWeeks(1);
                return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
            }
            case "month" -> {
                YearMonth month = YearMonth.from(docDate);
                if (docDate.getDayOfMonth() <= month.lengthOfMonth() - 3) month = month.minusMonths(1);
                return new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
            }
            default -> {
                int y = docDate.getMonthValue() == 12 && docDate.getDayOfMonth() >= 29 ? docDate.getYear() : docDate.getYear() - 1;
                return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
            }
        }
    }

    /** "the week before the election": a week relative to an event the resolver does not know, so no date. */
    static boolean anchoredElsewhere(String text, RawMention m) {
        Matcher w = WEEK.matcher(text.substring(m.start(), m.end()).strip());
        return w.matches() && w.group(2) != null
                && ANCHOR_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24))).find();
    }

    /** A TIMEX season value ({@code 2022-SP}, {@code XXXX-WI}) as its three months; null for anything else. */
    static DateRange seasonValue(String value, LocalDate docDate) {
        Matcher v = Pattern.compile("^(\\d{4}|XXXX)-(SP|SU|FA|WI)$").matcher(value == null ? "" : value.strip());
        if (!v.matches()) return null;
        if (v.group(1).equals("XXXX") && docDate == null) return null;
        int y = v.group(1).equals("XXXX") ? docDate.getYear() : Integer.parseInt(v.group(1));
        return season(y, List.of("SP", "SU", "FA", "WI").indexOf(v.group(2)));
    }

    /** A season named in the mention with a year in it ("the spring of 2022") when SUTime gave no season value. */
    static DateRange seasonInText(String surface) {
        Matcher s = SEASON.matcher(surface);
        Matcher y = YEAR.matcher(surface);
        if (!s.find() || !y.find()) return null;
        int index = switch (s.group(1).toLowerCase(Locale.ROOT)) {
            case "spring" -> 0;
            case "summer" -> 1;
            case "autumn", "fall" -> 2;
            default -> 3;
        };
        return season(Integer.parseInt(y.group(1)), index);
    }

    /** Season {@code index} (spring, summer, autumn, winter) of year {@code y}; winter starts in December of {@code y}. */
    static DateRange season(int y, int index) {
        YearMonth first = YearMonth.of(y, Month.MARCH).plusMonths(3L * index);
        return new DateRange(first.atDay(1), first.plusMonths(2).atEndOfMonth(), DatePrecision.SEASON);
    }

    /**
     * The part of a whole month or year that a modifier in the mention or just before it names: early/mid/late are
     * days 1-10/11-20/21-end of a month and January-April/May-August/September-December of a year; halves are
     * January-June/July-December (of a month: days 1-15/16-end); of a century, thirds and halves. Anything else comes back
     * unchanged.
     */
    static DateRange modified(String text, RawMention m, DateRange base) {
        if (base == null) return null;
        boolean wholeYear = base.precision() == DatePrecision.YEAR && base.start().getYear() == base.end().getYear();
        boolean wholeMonth = base.precision() == DatePrecision.MONTH && YearMonth.from(base.start()).equals(YearMonth.from(base.end()));
        boolean wholeWeek = base.precision() == DatePrecision.WEEK && base.start().getDayOfWeek() == DayOfWeek.MONDAY
                && base.end().equals(base.start().plusDays(6));
        boolean decade = base.precision() == DatePrecision.YEAR && base.start().getYear() % 10 == 0
                && base.end().getYear() == base.start().getYear() + 9;
        boolean season = base.precision() == DatePrecision.SEASON && YearMonth.from(base.start()).plusMonths(2).equals(YearMonth.from(base.end()));
        boolean century = base.precision() == DatePrecision.YEAR && base.start().getYear() % 100 == 0
                && base.end().getYear() == base.start().getYear() + 99;
        if (!wholeYear && !wholeMonth && !wholeWeek && !decade && !season && !century) return base;
        Matcher mod = MODIFIER.matcher(text.substring(m.start(), m.end()));
        if (!mod.find()) {
            mod = MODIFIER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start()));
            if (!mod.find()) return base;
        }
        int part = mod.group(1) != null ? 0 : mod.group(2) != null ? 1 : mod.group(3) != null ? 2 : mod.group(4) != null ? 3 : 4;
        if (season) {
            // "the end of the summer", "early spring": the season's last or first month (mid: its middle one), not all of it
            if (part >= 3) return base;
            YearMonth month = YearMonth.from(base.start()).plusMonths(part);
            return new DateRange(month.atDay(1), month.atEndOfMonth(), DatePrecision.SEASON);
        }
        if (century) {
            // "the late 19th century" is its last third, 1867-1899, as "the late 1960s" is 1967-1969; halves are fifty years
            int[] from = {0, 33, 67, 0, 50}, to = {33, 66, 99, 49, 99};
            int y = base.start().getYear();
            return new DateRange(LocalDate.of(y + from[part], 1, 1), LocalDate.of(y + to[part], 12, 31), DatePrecision.PART);
        }
        if (wholeWeek || decade) {
            // "the end of next week" is its Friday to Sunday, "the mid-1980s" 1983-1986: not the whole week or decade
            if (part >= 3) return base;
            LocalDate first = base.start();
            if (wholeWeek) {
                int[] from = {0, 1, 4}, to = {1, 3, 6};
                return new DateRange(first.plusDays(from[part]), first.plusDays(to[part]), DatePrecision.PART);
            }
            int[] from = {0, 3, 7}, to = {3, 6, 9};
            return new DateRange(first.plusYears(from[part]), LocalDate.of(first.getYear() + to[part], 12, 31), DatePrecision.PART);
        }
        if (wholeYear) {
            int y = base.start().getYear();
            if (part >= 3) {
                YearMonth first = YearMonth.of(y, part == 3 ? 1 : 7);
                return new DateRange(first.atDay(1), first.plusMonths(5).atEndOfMonth(), DatePrecision.HALF);
            }
            YearMonth first = YearMonth.of(y, 1 + 4 * part);
            return new DateRange(first.atDay(1), first.plusMonths(3).atEndOfMonth(), DatePrecision.PART);
        }
        YearMonth ym = YearMonth.from(base.start());
        int[] from = {1, 11, 21, 1, 16};
        int[] to = {10, 20, ym.lengthOfMonth(), 15, ym.lengthOfMonth()};
        return new DateRange(ym.atDay(from[part]), ym.atDay(to[part]), DatePrecision.PART);
    }

    private static DateRange week(LocalDate anyDay) {
        LocalDate monday = anyDay.with(DayOfWeek.MONDAY);
        return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
    }

    private static DateRange month(YearMonth ym) {
        return new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
    }

    private static DateRange year(int y) {
        return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR);
    }

    /** Before "Monday": "bank holiday Monday", "the bank-holiday Monday". */
    private static final Pattern BANK_HOLIDAY_BEFORE = Pattern.compile("\\bbank[\\s-]+holiday\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * A weekday that names a holiday with the word before it or in its own text: a feast ({@link FeastDays}: Good Friday,
     * Ash Wednesday, Easter Sunday, Black Friday, placed by tense as its feast is) and "bank holiday Monday" (the
     * English bank-holiday Monday a past verb points back to, else the nearest: Easter Monday, the first and last Monday
     * of May, the last of August). Null for any other weekday.
     */
    static LocalDate weekdayFeast(String text, RawMention m, Matcher wd, LocalDate docDate) {
        String day = wd.group(1).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(0, m.start() - 20), m.start()) + text.substring(m.start(), m.start() + wd.start());
        ClauseTense.Tense tense = ClauseTense.of(text, m.start(), m.end());
        LocalDate feast = FeastDays.place(before, day, tense, docDate); // "Good Friday", "Ash Wednesday", "Black Friday"
        if (feast != null) return feast;
        if (!day.equals("monday") || !BANK_HOLIDAY_BEFORE.matcher(before).find()) return null;
        List<LocalDate> mondays = new ArrayList<>();
        for (int y = docDate.getYear() - 1; y <= docDate.getYear() + 1; y++) {
            mondays.add(DateAnchoring.easterSunday(y).plusDays(1));
            mondays.add(LocalDate.of(y, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
            mondays.add(LocalDate.of(y, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            mondays.add(LocalDate.of(y, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        }
        mondays.sort(null);
        LocalDate last = null;
        LocalDate next = null;
        for (LocalDate d : mondays) {
            if (!d.isAfter(docDate)) last = d;
            else if (next == null) next = d;
        }
        if (tense == ClauseTense.Tense.PAST) return last;
        if (tense == ClauseTense.Tense.FUTURE) return next;
        return docDate.toEpochDay() - last.toEpochDay() < next.toEpochDay() - docDate.toEpochDay() ? last : next;
    }

    /** Before "last year": "the same period ", "the same week ", "the same quarter of ". */
    private static final Pattern SAME_PERIOD_BEFORE = Pattern.compile("\\bsame\\s+(?:period|week|fortnight|month|quarter|days|weeks"
            + "|months)\\s+(?:of\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** The last date resolved before, if shorter than a year and not the publication date, a year back; else null. */
    static DateRange sameLastYear(List<ResolvedDate> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            ResolvedDate d = before.get(k);
            if (d.range() == null || d.publicationDate()) continue;
            if (!d.range().end().isBefore(d.range().start().plusYears(1))) return null;
            return new DateRange(d.range().start().minusYears(1), d.range().end().minusYears(1), d.range().precision());
        }
        return null;
    }

    private static final Pattern YEAR_EARLIER = Pattern.compile("^(?:a|one)\\s+year\\s+(?:earlier|before)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_AGO = Pattern.compile("^(?:a|one)\\s+year\\s+ago$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARED_BEFORE = Pattern.compile("\\b(?:than|from|on|with|against)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THAN_NEXT = Pattern.compile("^\\s+than\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "up from £239,000 a year earlier", "orders in November up a fifth on a year earlier", "Sales in October so far are 3%
     * higher than a year ago": the period its sentence last
     * named, a year back (as "the same period last year"); null when no date comes before it in its sentence, when that
     * date is a single day ("reported on Thursday, up 8% from a year earlier"), or for "a year earlier than scheduled".
     */
    static DateRange yearEarlier(String text, int start, int end, List<ResolvedDate> before) {
        boolean compared = YEAR_AGO.matcher(text.substring(start, end).strip()).matches() // "3% higher than a year ago"
                && COMPARED_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
        if (!compared && !YEAR_EARLIER.matcher(text.substring(start, end).strip()).matches() || THAN_NEXT.matcher(text.substring(end)).lookingAt()) {
            return null;
        }
        int from = Sentences.around(text, start, end).start();
        for (int k = before.size() - 1; k >= 0 && before.get(k).start() >= from; k--) {
            DateRange d = before.get(k).range();
            if (d == null || before.get(k).publicationDate()) continue;
            // "a profit on Thursday, up 8% from a year earlier": the day tells when it was reported, not what is compared
            return d.start().equals(d.end()) ? null : sameLastYear(before.subList(0, k + 1));
        }
        return null;
    }

    private static final Pattern PREVIOUS_MONTHS = Pattern.compile("^the\\s+(?:previous|preceding|prior)\\s+(?:" + COUNT
            + "\\s+months|(quarter))$", Pattern.CASE_INSENSITIVE);

    /**
     * "In the three months to June, approvals were 9% higher than in the previous three months": the months (or the
     * quarter) just before the period its sentence last named; null when no such period comes before it in its sentence.
     */
    static DateRange previousMonths(String text, int start, int end, List<ResolvedDate> before) {
        Matcher p = PREVIOUS_MONTHS.matcher(text.substring(start, end).strip());
        if (!p.matches()) return null;
        Integer n = p.group(2) != null ? Integer.valueOf(3) : p.group(1).matches("\\d+") ? Integer.valueOf(p.group(1))
                : NUMBERS.get(p.group(1).toLowerCase(Locale.ROOT));
        int from = Sentences.around(text, start, end).start();
        for (int k = before.size() - 1; n != null && k >= 0 && before.get(k).start() >= from; k--) {
            DateRange d = before.get(k).range();
            if (d == null || before.get(k).publicationDate() || d.start().getDayOfMonth() != 1) continue;
            YearMonth first = YearMonth.from(d.start()).minusMonths(n);
            return new DateRange(first.atDay(1), YearMonth.from(d.start()).minusMonths(1).atEndOfMonth(), DatePrecision.MONTH);
        }
        return null;
    }

    /** Whether "the same period " (week, quarter, ...) stands right before {@code start}. */
    static boolean samePeriodBefore(String text, int start) {
        return SAME_PERIOD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    /** After SUTime's "week" (a duration): a week number ("in week 51", "Week 34"), not "week 3 of the season". */
    private static final Pattern WEEK_NUMBER_AFTER = Pattern.compile("^\\s+(\\d{1,2})\\b(?![.,]\\d)(?!\\s+of\\b)");
    private static final Pattern WEEK_WORD = Pattern.compile("(?i)week");
    /** A numbered day ("by day 28", "on day 1"): the text counts from the start of a trial or a course, not the calendar. */
    private static final Pattern DAY_NUMBER = Pattern.compile("\\bday\\s+\\d{1,3}\\b(?![.,]\\d)(?!\\s+of\\b)");

    /**
     * "week 51", "in week 34": the ISO week of that number (Monday to Sunday) in the publication year, a year back when
     * it is still to come and its verb is not in the future, a year ahead when it is over and its verb is; null otherwise,
     * and null in a text that also numbers its days ("by week 12 ... by day 28": weeks of a trial's protocol).
     */
    static DateRange weekNumber(String text, RawMention m, LocalDate docDate) {
        if (!WEEK_WORD.matcher(text.substring(m.start(), m.end()).strip()).matches() || DAY_NUMBER.matcher(text).find()) return null;
        Matcher n = WEEK_NUMBER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)));
        if (!n.find()) return null;
        int week = Integer.parseInt(n.group(1));
        boolean future = ClauseTense.of(text, m.start(), m.end()) == ClauseTense.Tense.FUTURE;
        int y = docDate.getYear();
        DateRange here = isoWeek(y, week);
        if (here != null && here.start().isAfter(docDate) && !future) here = isoWeek(y - 1, week);
        else if (here != null && here.end().isBefore(docDate) && future) here = isoWeek(y + 1, week);
        return here;
    }

    /** The end of the number after a "week" that {@link #weekNumber} reads, or -1. */
    static int weekNumberEnd(String text, RawMention m) {
        if (!WEEK_WORD.matcher(text.substring(m.start(), m.end()).strip()).matches() || DAY_NUMBER.matcher(text).find()) return -1;
        Matcher n = WEEK_NUMBER_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)));
        return n.find() ? m.end() + n.end() : -1;
    }

    private static DateRange isoWeek(int year, int week) {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (week < 1 || week > jan4.with(java.time.temporal.TemporalAdjusters.lastDayOfYear()).minusDays(3)
                .get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
            return null;
        }
        LocalDate monday = jan4.with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return new DateRange(monday, monday.plusDays(6), DatePrecision.WEEK);
    }

    /**
     * A month or month-day named without a year under a past verb ("The visit ended on 15 May") right after a day of a
     * past year that the article names ("On 13 May 2008 ...", then "The next day ..."), in its own or the previous
     * sentence, lies in that year: the story is set there, not in the publication year. Other verbs keep the
     * publication year's reading, and so does a year alone before it ("a record since 1976; in early August ...").
     */
    static DateRange inStoryYear(String text, RawMention m, DateRange range, List<ResolvedDate> before, LocalDate docDate) {
        if (range == null || docDate == null || !DateResolver.PLACEABLE.contains(range.precision())
                || range.start().getYear() != range.end().getYear()) {
            return range;
        }
        String surface = text.substring(m.start(), m.end());
        if (!DateResolver.NAMED_MONTH.matcher(surface).find() || DateResolver.YEAR_DIGITS.matcher(surface).find()
                || DateResolver.RELATIVE_WORD.matcher(surface).find()
                || ClauseTense.of(text, m.start(), m.end()) != ClauseTense.Tense.PAST) {
            return range;
        }
        int from = DateResolver.previousSentenceStart(text, m.start(), m.end());
        ResolvedDate last = null;
        for (int k = before.size() - 1; k >= 0 && last == null; k--) {
            ResolvedDate d = before.get(k);
            if (d.start() < from) break;
            if (d.range() != null && !d.publicationDate() && d.range().precision() != DatePrecision.YEAR) last = d;
        }
        if (last == null) return range;
        int y = last.range().start().getYear();
        if (last.range().precision() != DatePrecision.DAY || last.range().end().getYear() != y || y >= docDate.getYear()
                || y == range.start().getYear()) {
            return range; // only a day of the story ("On 13 May 2008", "The next day") sets it in its year
        }
        boolean named = before.stream().anyMatch(d -> d.range() != null && DateResolver.YEAR_DIGITS.matcher(d.text()).find()
                && d.range().start().getYear() <= y && d.range().end().getYear() >= y);
        if (!named) return range;
        DateRange moved = DateAnchoring.shiftYears(range, y - range.start().getYear());
        return moved == null ? range : moved;
    }

    private static final Pattern CLOCK_TIME = Pattern.compile("\\b" + ClockTimes.TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern COMING_WEEK = Pattern.compile("^(?:the\\s+)?(?:next|coming|following)\\s+week$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\S)");
    private static final Pattern WEEKDAY_FILLER = Pattern.compile("(?i)\\b(?:from|to|until|till|through|and|on|at|by|the|morning"
            + "|afternoon|evening|night)\\b|[-\u2013\u2014,\\s]");
    /** Sentences after "next week" over which its weekdays still belong to it. */
    private static final int WEEK_REACH = 3;

    /**
     * Weekdays told in the present or future after "next week" ("Next week the minister travels to Rome. On Tuesday she
     * meets ...; from Wednesday to Friday officials hold talks") are days of that week, not the first such weekday after
     * publication: in a Friday's paper "on Saturday" is then the next week's Saturday. A weekday under a past verb, or
     * one after another date outside that week, or more than {@link #WEEK_REACH} sentences on, keeps its own reading.
     */
    static List<ResolvedDate> inNamedComingWeek(String text, List<ResolvedDate> dates, LocalDate docDate) {
        List<ResolvedDate> out = new ArrayList<>(dates);
        LocalDate monday = null;
        int anchorEnd = -1;
        for (int i = 0; i < out.size(); i++) {
            ResolvedDate d = out.get(i);
            DateRange r = d.range();
            if (r == null) continue;
            if (COMING_WEEK.matcher(d.text().strip()).matches() && r.start().getDayOfWeek() == DayOfWeek.MONDAY
                    && r.start().isAfter(docDate) && r.end().equals(r.start().plusDays(6))
                    && ClauseTense.of(text, d.start(), d.end()) != ClauseTense.Tense.PAST) {
                monday = r.start();
                anchorEnd = d.end();
                continue;
            }
            if (monday == null) continue;
            Matcher ends = SENTENCE_END.matcher(text.substring(anchorEnd, d.start()));
            int sentences = 0;
            while (ends.find()) sentences++;
            if (sentences > WEEK_REACH) {
                monday = null;
                continue;
            }
            if (!weekdaysOnly(text, d)) {
                if (r.start().isBefore(monday) || r.end().isAfter(monday.plusDays(6))) monday = null; // the story moved on
                continue;
            }
            if (r.precision() != DatePrecision.DAY || ClauseTense.of(text, d.start(), d.end()) == ClauseTense.Tense.PAST) continue;
            LocalDate s = monday.with(TemporalAdjusters.nextOrSame(r.start().getDayOfWeek()));
            LocalDate e = monday.with(TemporalAdjusters.nextOrSame(r.end().getDayOfWeek()));
            if (!e.isBefore(s) && !s.equals(r.start())) {
                out.set(i, new ResolvedDate(d.start(), d.end(), d.text(), new DateRange(s, e, DatePrecision.DAY), d.publicationDate()));
            }
        }
        return out;
    }

    /** A date written with weekdays alone, clock times and range words ("Tuesday", "from Wednesday to Friday", "05:00 on Monday"). */
    private static boolean weekdaysOnly(String text, ResolvedDate d) {
        String surface = CLOCK_TIME.matcher(d.text()).replaceAll(" ");
        Matcher wd = DateResolver.WEEKDAY.matcher(surface);
        if (!wd.find() || wd.group().toLowerCase(Locale.ROOT).endsWith("s") || DateResolver.EXPLICIT_DAY_OR_MONTH.matcher(surface).find()) return false;
        String near = DateResolver.withWordBefore(text, d.start(), d.end());
        if (near.contains("next") || near.contains("last") || near.contains("this")) return false;
        return WEEKDAY_FILLER.matcher(DateResolver.WEEKDAY.matcher(surface).replaceAll(" ")).replaceAll("").isEmpty();
    }

    private static final Pattern COMING_WEEKEND = Pattern.compile("^(?:the\\s+)?coming\\s+weekend$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WINTER_SPLIT_YEAR = Pattern.compile("\\bwinter\\s+(?:of\\s+)?(?:19|20)\\d\\d\\s*[-\u2013/]\\s*\\d\\d\\b",
            Pattern.CASE_INSENSITIVE);

    /** "the coming weekend" on a weekday: the Saturday and Sunday ahead, not next week's that SUTime gives; else null. */
    static DateRange comingWeekend(String surface, LocalDate docDate) {
        if (!COMING_WEEKEND.matcher(surface.strip()).matches() || docDate.getDayOfWeek().getValue() > 5) return null;
        LocalDate saturday = docDate.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        return new DateRange(saturday, saturday.plusDays(1), DatePrecision.DAY);
    }

    /** "the first week of July", "the last week in March": SUTime's value ("XXXX-07 INTERSECT P1W-#1") has no days. */
    private static final Pattern NTH_WEEK_OF_MONTH = Pattern.compile("^(?:the\\s+)?(first|second|third|fourth|last|final)\\s+(week(?:end)?)\\s+"
            + "(?:of|in)\\s+(" + Months.NAME + "\\.?)$", Pattern.CASE_INSENSITIVE);
    /** "the week before Christmas", "the week after Easter": the seven days on that side of the holiday. */
    private static final Pattern WEEK_BY_HOLIDAY = Pattern.compile("^(?:the\\s+)?week\\s+(before|after|leading\\s+up\\s+to)\\s+"
            + "(Easter(?:\\s+Sunday)?|Christmas(?:\\s+Day|\\s+Eve)?|Boxing\\s+Day|New\\s+Year's\\s+(?:Day|Eve))$");
    private static final Pattern WEEK_OF_TEXT = Pattern.compile("^the\\s+week\\s+(of|ending|ended|to|starting|beginning|from)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "the weekend", "weekend": no "this", "last" or "next" to place it. */
    private static final Pattern BARE_WEEKEND = Pattern.compile("^(?:the\\s+)?weekend$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OF_AFTER = Pattern.compile("^\\s+of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOLIDAY_BEFORE = Pattern.compile("\\bEaster\\s+$");
    /** "the bank holiday weekend": a weekend with the Monday off after it. */
    private static final Pattern BANK_HOLIDAY = Pattern.compile("\\bbank\\s+holiday\\s+(?:weekend)?$", Pattern.CASE_INSENSITIVE);

    /**
     * "the first week of July", "the last weekend in June": the month's first (second, ...) seven days, or its Saturday
     * and the Sunday after it, the month placed in a year by the tense of its verb; else null.
     */
    static DateRange nthWeekOfMonth(String text, RawMention m, LocalDate docDate) {
        Matcher nthWeek = NTH_WEEK_OF_MONTH.matcher(text.substring(m.start(), m.end()).strip());
        if (!nthWeek.matches()) return null;
        int month = Months.number(nthWeek.group(3).replace(".", "").toLowerCase(Locale.ROOT));
        YearMonth ym = YearMonth.of(docDate.getYear(), month);
        DateRange whole = DateAnchoring.placeYear(new DateRange(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH),
                ClauseTense.of(text, m.start(), m.end()), docDate);
        ym = YearMonth.from(whole.start());
        String nth = nthWeek.group(1).toLowerCase(Locale.ROOT);
        if (nthWeek.group(2).equalsIgnoreCase("weekend")) {
            // "the first weekend of June": the month's first (second, ...) Saturday and the Sunday after it
            LocalDate firstSaturday = ym.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
            LocalDate saturday = switch (nth) {
                case "first" -> firstSaturday;
                case "second" -> firstSaturday.plusWeeks(1);
                case "third" -> firstSaturday.plusWeeks(2);
                case "fourth" -> firstSaturday.plusWeeks(3);
                default -> ym.atEndOfMonth().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            };
            return new DateRange(saturday, saturday.plusDays(1), DatePrecision.DAY);
        }
        int first = switch (nth) {
            case "first" -> 1;
            case "second" -> 8;
            case "third" -> 15;
            case "fourth" -> 22;
            default -> ym.lengthOfMonth() - 6;
        };
        return new DateRange(ym.atDay(first), ym.atDay(first + 6), DatePrecision.DAY);
    }

    /** "the week before Christmas", "the week after Easter": the seven days on that side of the holiday; else null. */
    static DateRange weekByHoliday(String text, RawMention m, LocalDate docDate) {
        Matcher byFeast = WEEK_BY_HOLIDAY.matcher(text.substring(m.start(), m.end()).strip());
        if (!byFeast.matches()) return null;
        LocalDate feastDay = DateAnchoring.placeHoliday(byFeast.group(2), ClauseTense.of(text, m.start(), m.end()), docDate);
        return byFeast.group(1).equalsIgnoreCase("after") ? new DateRange(feastDay.plusDays(1), feastDay.plusDays(7), DatePrecision.DAY)
                : new DateRange(feastDay.minusDays(7), feastDay.minusDays(1), DatePrecision.DAY);
    }

    /** Whether the words are a week on one side of a feast ("the week after Easter"), as {@link #weekByHoliday} reads them. */
    static boolean isWeekByHoliday(String surface) {
        return WEEK_BY_HOLIDAY.matcher(surface.strip()).matches();
    }

    /** Whether a mention is "the week of", "ending" or "starting" a day: {@link #weekOf} reads it, or it is no date. */
    static boolean isWeekOf(String surface) {
        return WEEK_OF_TEXT.matcher(surface.strip()).matches();
    }

    /**
     * "the week of 11 October", which SUTime tags whole without a value: the week around the day named, that day
     * placed as {@code resolver} places it alone; null when no day and month are written.
     */
    static DateRange weekOf(DateResolver resolver, String text, RawMention m, LocalDate docDate) {
        String surface = text.substring(m.start(), m.end());
        Matcher weekOf = WEEK_OF_TEXT.matcher(surface.strip());
        if (!weekOf.matches()) return null;
        Matcher day = DateResolver.DAY_MONTH.matcher(weekOf.group(2));
        if (!day.find()) return null;
        String d = day.group(1) != null ? day.group(1) : day.group(4);
        String mon = day.group(2) != null ? day.group(2) : day.group(3);
        int at = m.start() + surface.indexOf(weekOf.group(2));
        DateRange named = resolver.resolveMention(text, new RawMention(at, at + weekOf.group(2).length(), weekOf.group(2), EntityType.DATE,
                "DATE", "DATE", String.format("XXXX-%02d-%02d", Months.number(mon.replace(".", "")), Integer.parseInt(d))), docDate);
        return named == null ? null : weekAround(named.start(), weekOf.group(1));
    }

    /** The week that a day names: "of" it (Monday to Sunday), "ending" on it, or "starting" on it. */
    static DateRange weekAround(LocalDate day, String how) {
        return switch (how.toLowerCase(Locale.ROOT)) {
            case "ending", "ended", "to" -> new DateRange(day.minusDays(6), day, DatePrecision.DAY);
            case "starting", "beginning", "from" -> new DateRange(day, day.plusDays(6), DatePrecision.DAY);
            default -> new DateRange(day.with(DayOfWeek.MONDAY), day.with(DayOfWeek.MONDAY).plusDays(6), DatePrecision.WEEK);
        };
    }

    /**
     * "over the bank holiday weekend": Saturday to the Monday off, the last one after a past verb, else the coming one;
     * else null.
     */
    static DateRange bankHolidayWeekend(String text, RawMention m, LocalDate docDate) {
        if (!BANK_HOLIDAY.matcher(text.substring(Math.max(0, m.start() - 16), m.end())).find()
                || !text.substring(m.start(), m.end()).strip().toLowerCase(Locale.ROOT).endsWith("weekend")) return null;
        boolean past = ClauseTense.of(text, m.start(), m.end()) == ClauseTense.Tense.PAST;
        LocalDate monday = past ? docDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : docDate.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday.minusDays(2), monday, DatePrecision.DAY);
    }

    /** Whether a bare "the weekend" is followed by "of": "the weekend of 10-11 January", which the days after it name. */
    static boolean weekendOfDays(String text, RawMention m) {
        return BARE_WEEKEND.matcher(text.substring(m.start(), m.end()).strip()).matches()
                && OF_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 4))).find();
    }

    /**
     * A bare "the weekend" ({@link #weekendOfDays} aside): after "Easter" that Easter's Saturday and Sunday; after a
     * past verb the last weekend, not the coming one SUTime gives; written on a Sunday with a future verb the next one,
     * not the weekend ending today. Else null: SUTime's coming weekend.
     */
    static DateRange bareWeekend(String text, RawMention m, LocalDate docDate) {
        if (!BARE_WEEKEND.matcher(text.substring(m.start(), m.end()).strip()).matches()) return null;
        Matcher feastBefore = HOLIDAY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start()));
        if (feastBefore.find()) {
            // "Easter weekend": the Saturday and Sunday of that Easter, not of the publication week
            LocalDate sunday = DateAnchoring.placeHoliday("Easter", ClauseTense.of(text, m.start(), m.end()), docDate);
            return new DateRange(sunday.minusDays(1), sunday, DatePrecision.DAY);
        }
        if (ClauseTense.of(text, m.start(), m.end()) == ClauseTense.Tense.PAST) {
            // "fires broke out over the weekend": the last weekend, not the coming one SUTime gives
            LocalDate sunday = docDate.getDayOfWeek() == DayOfWeek.SUNDAY ? docDate : docDate.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
            return new DateRange(sunday.minusDays(1), sunday, DatePrecision.DAY);
        }
        if (docDate.getDayOfWeek() == DayOfWeek.SUNDAY && ClauseTense.of(text, m.start(), m.end()) == ClauseTense.Tense.FUTURE) {
            // written on a Sunday, "by the weekend temperatures will fall" is the next one, not the weekend ending today
            return new DateRange(docDate.plusDays(6), docDate.plusDays(7), DatePrecision.DAY);
        }
        return null;
    }

    private static final String CAPITAL_MONTH = "(?=[A-Z])((?i:" + Months.NAME + "))\\.?";
    private static final String NAMED_YEAR = "(?:,?\\s+((?:1[89]|20)\\d\\d)\\b)?";
    private static final Pattern DAY_MONTH_INSIDE = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + CAPITAL_MONTH
            + "(?![\\p{L}])" + NAMED_YEAR);
    private static final Pattern MONTH_DAY_INSIDE = Pattern.compile("\\b" + CAPITAL_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])"
            + NAMED_YEAR);
    private static final Pattern MONTH_YEAR_INSIDE = Pattern.compile("\\b" + CAPITAL_MONTH + "\\s+((?:1[89]|20)\\d\\d)\\b");
    /** "on this day in 1969": the publication day's month and day in that year. */
    private static final Pattern THIS_DAY_IN = Pattern.compile("\\bthis\\s+day\\s+in\\s+((?:1[89]|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    /** "50 years ago this week": the publication week, that many years back. */
    private static final Pattern YEARS_AGO_THIS_WEEK = Pattern.compile("^(?:exactly\\s+)?(\\d{1,3}|" + "two|three|four|five|six|seven|eight"
            + "|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred)\\s+years\\s+ago\\s+this\\s+week$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> TENS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
            "eight", 8, "nine", 9, "ten", 10, "twenty", 20);
    private static final Map<String, Integer> MORE_TENS = Map.of("thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);

    /**
     * A mention that has no value of its own, as SUTime tags "the early hours of Friday 26 May", "a day in March 2024",
     * "16 July, 50 years ago this week": the date spelled inside it ("26 May", "March 2024"), with its value and span, so
     * it is placed as that date alone would be; two dates joined by a comma apart, when one of them is spelled out (not
     * "a Tuesday, the week before Easter", told of a past year the text named). Else the mention itself.
     */
    static List<RawMention> pieces(DateResolver resolver, String text, RawMention m, LocalDate docDate) {
        String surface = text.substring(m.start(), m.end());
        if (m.type() != EntityType.DATE || resolver.resolveValue(m.timexValue(), docDate) != null) return List.of(m);
        int comma = surface.indexOf(", ");
        if (comma > 0 && (DAY_MONTH_INSIDE.matcher(surface).find() || MONTH_DAY_INSIDE.matcher(surface).find()
                || MONTH_YEAR_INSIDE.matcher(surface).find())) {
            List<RawMention> out = new ArrayList<>();
            for (int[] part : new int[][] {{0, comma}, {comma + 2, surface.length()}}) {
                String s = surface.substring(part[0], part[1]);
                out.addAll(pieces(resolver, text, new RawMention(m.start() + part[0], m.start() + part[1], s, m.type(), m.nerTag(),
                        m.timexType(), null), docDate));
            }
            return out;
        }
        Matcher dm = DAY_MONTH_INSIDE.matcher(surface);
        Matcher md = MONTH_DAY_INSIDE.matcher(surface);
        Matcher my = MONTH_YEAR_INSIDE.matcher(surface);
        String value;
        Matcher found;
        if (dm.find()) {
            found = dm;
            value = String.format("%s-%02d-%02d", dm.group(3) == null ? "XXXX" : dm.group(3), Months.number(dm.group(2)),
                    Integer.parseInt(dm.group(1)));
        } else if (md.find()) {
            found = md;
            value = String.format("%s-%02d-%02d", md.group(3) == null ? "XXXX" : md.group(3), Months.number(md.group(1)),
                    Integer.parseInt(md.group(2)));
        } else if (my.find()) {
            found = my;
            value = String.format("%s-%02d", my.group(2), Months.number(my.group(1)));
        } else {
            return List.of(m);
        }
        return List.of(new RawMention(m.start() + found.start(), m.start() + found.end(), surface.substring(found.start(), found.end()),
                EntityType.DATE, "DATE", "DATE", value));
    }

    /**
     * "On this day in 1969", "50 years ago this week", which SUTime leaves without a value: from the publication date;
     * "the winter of 2009-10" across its two years (SUTime reads October 2009). Else null.
     */
    static DateRange inside(DateResolver resolver, String text, RawMention m, LocalDate docDate) {
        String surface = text.substring(m.start(), m.end());
        if (WINTER_SPLIT_YEAR.matcher(surface).find()) return modified(text, m, seasonInText(surface));
        if (docDate == null || resolver.resolveValue(m.timexValue(), docDate) != null) return null;
        Matcher thisDay = THIS_DAY_IN.matcher(surface);
        if (thisDay.find()) {
            int y = Integer.parseInt(thisDay.group(1));
            if (y >= docDate.getYear()) return null;
            YearMonth then = YearMonth.of(y, docDate.getMonth());
            return DateRange.day(then.atDay(Math.min(docDate.getDayOfMonth(), then.lengthOfMonth()))); // 29 February: the 28th
        }
        Matcher ago = YEARS_AGO_THIS_WEEK.matcher(surface.strip());
        if (ago.matches()) {
            String n = ago.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            int years = n.matches("\\d+") ? Integer.parseInt(n) : n.equals("a hundred") ? 100 : TENS.getOrDefault(n, MORE_TENS.getOrDefault(n, 0));
            if (years > 0) return week(docDate.minusYears(years));
        }
        return null;
    }
}
