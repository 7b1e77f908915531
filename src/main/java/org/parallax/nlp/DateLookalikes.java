package org.parallax.nlp;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Sentence;
import org.parallax.text.ClockTimes;
import org.parallax.text.Months;
import org.parallax.text.Sentences;

/**
 * Date mentions that look like dates but name none: SUTime's vague references, frequencies and a range's lone
 * connector ({@link #namesNoDate}), and the mentions whose words name a kind of thing, a name or a moment of a match
 * rather than a day ({@link #namesAThing}: "the winter break", "the Christmas lights switch-on", "the March Hare",
 * "the Second World War", "an evening of music", "in the 89th minute", "the Year 11 leavers", "the 2031 Act", "version 10.4.12",
 * "1960 Mission Street", "firmware 2033-R5"). Split out of {@link DateResolver}, which asks
 * it before it places a mention. Stateless.
 */
final class DateLookalikes {

    private DateLookalikes() {
    }

    /** A weekday's name: "Monday" ... "Sunday". */
    static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
    private static final String CONNECTOR = "(?:-|‐|‑|–|—|to|and|until|till|through|thru)";
    private static final String MONTHS = Months.NAME + "\\.?";
    private static final Pattern SEASON_WORD_END = Pattern.compile("\\b(?:spring|summer|autumn|winter|Christmas|Easter)$", Pattern.CASE_INSENSITIVE);
    /** After a season: a noun it names a kind of ("winter break", "summer recess", "autumn statement", "spring term"). */
    private static final Pattern SEASON_NOUN_AFTER = Pattern.compile("\\s+(?:(?:transfer|parliamentary|school|exam|half-term|Commons"
            + "|sitting|trading|booking|sales)\\s+)?(?:break|recess|window|term|session|statement|timetable"
            + "|schedule|games|olympics|collection|fashion|booster|holidays|poll|election|season|exhibition|show|programme"
            + "|festival|sales?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOLIDAY_END = Pattern.compile("\\b(?:Christmas(?:\\s+Eve)?|Easter|Thanksgiving|Halloween|Hanukkah"
            + "|New\\s+Year's(?:\\s+Eve)?)$");
    /** After a holiday: a noun it modifies ("lights", "egg hunt", "concert"), not a time word or a function word. */
    private static final Pattern THING_AFTER = Pattern.compile("\\s+(?!(?:of|before|after|to|in|on|at|by|and|or|when|that|this|last|next"
            + "|period|weekend|week|fortnight|holidays?|break|day|days|eve|season|morning|afternoon|evening|night|time|is|was|will"
            + "|falls?|fell)\\b)\\p{Ll}+\\b");
    /** A weekday or a day of a month ("on Saturday", "20 December", "December 20"). */
    private static final Pattern DAY_WRITTEN = Pattern.compile("\\b(?:" + WEEKDAY + "|\\d{1,2}(?:st|nd|rd|th)?\\s+"
            + "(?:" + MONTHS + ")|(?:" + MONTHS + ")\\s+\\d{1,2}\\b|today|tomorrow|yesterday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ALONE = Pattern.compile("^\\p{Lu}\\p{Ll}+$");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?:\\bthe|\\p{L}'s)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A capitalised word after a month's name that is not a day, a weekday or a year ("May Day" is 1 May). */
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("\\s+(?!Day\\b|" + WEEKDAY + "\\b)"
            + "\\p{Lu}\\p{Ll}+");
    private static final Pattern ORDINAL_UNIT = Pattern.compile("\\b\\d{1,3}(?:st|nd|rd|th)\\s+(?:minute|second|lap|round|inning|over)s?\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * An ordinal day counted from an event ("the 99th day" of an expedition, "the third day of the trial"): a day no
     * calendar can place, unless a month, a season or a year follows ("the first day of March").
     */
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
            + "|seventh|eighth|ninth|tenth)\\s+day$", Pattern.CASE_INSENSITIVE);
    /**
     * An ordinal week counted from an event ("The second week is given over to theatre"): no calendar's week, unless a
     * month, a season or a year follows ("the second week of May"). Not a year: "now in its 12th year" is a fact that
     * fresh-pairs5 lists as one side's date.
     */
    private static final Pattern ORDINAL_WEEK = Pattern.compile("^(?:(?:the|its|their|his|her)\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)"
            + "|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+week$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_OF_AFTER = Pattern.compile("^\\s+of\\s+(?:(?:the\\s+)?(?:new\\s+)?(?:month|year)\\b"
            + "|(?:this|next|last)\\b|\\d{4}\\b|(?:spring|summer|autumn|fall|winter)\\b|(?:" + MONTHS + ")\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_ALONE = Pattern.compile("^(?:the\\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth"
            + "|Ninth|Tenth)$");
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");
    private static final Pattern TIME_OF_DAY = Pattern.compile("^(?:night|day|morning|afternoon|evening)$", Pattern.CASE_INSENSITIVE);
    /** A quarter followed by a century: "the last quarter-century", "the first quarter of a century". */
    private static final Pattern QUARTER_END = Pattern.compile("\\bquarter$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CENTURY_AFTER = Pattern.compile("^(?:-|\\s+of\\s+(?:a|the)\\s+)century\\b", Pattern.CASE_INSENSITIVE);
    /** An ordinal before a part of the day: "the first night", "on the second morning" (of the story, not today). */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\b(?:first|second|third|fourth|fifth|final|opening)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** After a part of the day, the day it belongs to: "the morning of the 18th", "the evening of May 3", "of Friday". */
    private static final Pattern OF_A_DAY_AFTER = Pattern.compile("^\\s+of\\s+(?:the\\s+\\d{1,2}(?:st|nd|rd|th)\\b|" + WEEKDAY
            + "\\b|" + MONTHS + "\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTHS + ")");
    /** Parts of the day in the plural, alone ("on weekday evenings", "mornings are busiest"): every one, no date. */
    private static final Pattern PARTS_OF_DAY = Pattern.compile("^(?:mornings|afternoons|evenings|nights|lunchtimes)$", Pattern.CASE_INSENSITIVE);
    /** A weekday's short form written in lower case, a word of its own: the verb "sat", the noun "sun". */
    private static final Pattern LOWER_WEEKDAY_WORD = Pattern.compile("(?<![\\p{L}.])(?:sat|sun|wed)\\b(?!\\.)");
    /** Before such a verb inside a mention: a day and month or a year written out ("opened on 6 June 2017, sat for 212 days"). */
    private static final Pattern DATE_WRITTEN_BEFORE = Pattern.compile("\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + MONTHS + ")|(?:" + MONTHS
            + ")\\s+\\d{1,2}|\\d{4})\\b.*,\\s*$");
    /** "Year" with a capital before a school year's number ("the Year 11 leavers", "Year 7 pupils"). */
    private static final Pattern YEAR_WORD_END = Pattern.compile("\\bYear$");
    private static final Pattern FORM_NUMBER_AFTER = Pattern.compile("^\\s+\\d{1,2}\\b");
    private static final Pattern YEAR_ALONE = Pattern.compile("^\\d{4}$");
    /** After a year, the name of a law it titles ("the 2031 Act", "the 2029 Bill"). */
    private static final Pattern LAW_AFTER = Pattern.compile("^\\s+(?:Act|Bill|Committee)\\b");
    /** Before a number: the provision of a law or a code it numbers ("Section 2036", "clause 12", "Article 50"). */
    private static final Pattern SECTION_BEFORE = Pattern.compile("\\b(?:[Ss]ection|[Cc]lause|Article|Rule|Regulation|[Cc]hapter"
            + "|[Pp]aragraph|Schedule)\\s+$");
    /** Two numbers with a slash and no year: a betting price where the sentence is about odds ("7/2", "11/4"). */
    private static final Pattern ODDS = Pattern.compile("^\\d{1,3}\\s*/\\s*\\d{1,3}$");
    private static final Pattern BETTING = Pattern.compile("\\b(?:odds|bookmakers?|bookies|betting|favourites?|outsiders?|each[- ]way"
            + "|punters)\\b", Pattern.CASE_INSENSITIVE);
    /** "24/7": round the clock, never 24 July. */
    private static final Pattern ROUND_THE_CLOCK = Pattern.compile("^24\\s*/\\s*7(?:\\s*/\\s*365)?$");
    /** Before a number: the word that makes it a version ("version 10.4.12", "firmware 2033-R5", "v9.0"). */
    private static final Pattern VERSION_BEFORE = Pattern.compile("\\b(?:version|release|build|firmware|software|update|patch)\\s+$|\\bv$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_FIRST = Pattern.compile("^\\d[\\d.]*$");
    /** After a number: a street it numbers a building of ("1960 Mission Street", "2020 K Street"). */
    private static final Pattern STREET_AFTER = Pattern.compile("^\\s+(?:\\p{Lu}[\\p{L}'.]*\\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane"
            + "|Boulevard|Blvd|Drive|Way|Place|Square|Parkway)\\b");
    /** After a year: a code's letter and digit joined by a hyphen ("2033-R5", "2031-B2"), not a month or a day. */
    private static final Pattern CODE_AFTER = Pattern.compile("^-\\p{Lu}{1,3}\\d");
    /** A part of the day or night named alone ("overnight", "at sundown"), which the date after it places. */
    private static final Pattern DAY_PART_WORD = Pattern.compile("^(?:overnight|sundown|sunset|sunrise|dawn|dusk|daybreak|nightfall)$",
            Pattern.CASE_INSENSITIVE);
    /** After a part of the day: "on" and a day written out ("on 13 April", "on 13-14 September 1982", "on Friday"). */
    private static final Pattern ON_DAY_AFTER = Pattern.compile("^\\s+on\\s+(?:the\\s+)?(?:\\d{1,2}\\b|" + WEEKDAY
            + "\\b|(?:" + MONTHS + ")\\s+\\d)");
    /** After a date: a style or theme it names ("1990s-style", "sixties-inspired"), no date. */
    private static final Pattern STYLE_AFTER = Pattern.compile("^-(?:style|styled|inspired|themed)\\b", Pattern.CASE_INSENSITIVE);
    /** After a day: the unit it recurs in ("the first Friday of each month", "the last day of every quarter"). */
    private static final Pattern EACH_UNIT_AFTER = Pattern.compile("^\\s+(?:of|in)\\s+(?:each|every)\\s+(?:week|month|quarter|year|term)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Before "fall": a word that makes it the noun of a drop ("its steepest fall", "a sharp fall", "the biggest fall"). */
    private static final Pattern FALL_NOUN_BEFORE = Pattern.compile("\\b(?:its|their|his|her|our|\\p{L}{2,}est|sharp|steep|slight|modest"
            + "|further|small|big|large|heavy|record|sudden|steady)\\s+$", Pattern.CASE_INSENSITIVE);
    /** "fall" as a verb: "prices fall by a third", "sales will fall to", not the American autumn. */
    private static final Pattern FALL_VERB_AFTER = Pattern.compile("^\\s+(?:by|to|from|below|back|sharply|steeply|further|again|short"
            + "|behind|off|slightly)\\b");
    /** Before "New Year": a lunar calendar's, whose day the Gregorian calendar alone cannot give ("Lunar New Year"). */
    private static final Pattern LUNAR_BEFORE = Pattern.compile("\\b(?:Lunar|Chinese|Vietnamese|Korean|Tibetan)\\s+$");
    private static final Pattern NEW_YEAR = Pattern.compile("^New\\s+Year$");
    private static final Pattern THIS_DAY = Pattern.compile("^this\\s+day$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLON_AFTER = Pattern.compile("^\\s*:");
    private static final Pattern HONOURS_AFTER = Pattern.compile("^\\s+Honours\\b");
    private static final Pattern DAY_MONTH_ONLY = Pattern.compile("^\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTHS + "$|^" + MONTHS
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?$", Pattern.CASE_INSENSITIVE);
    /** Before a day: the present "year ends on" of a rule for every year ("whose financial year ends on 30 June"). */
    private static final Pattern YEAR_ENDS_BEFORE = Pattern.compile("\\byears?(?:-end)?\\s+(?:ends|end|runs\\s+to|closes)\\s+on\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** Opening hours: how often, then the clock times of every such day ("Open 7 days a week, 9am-6pm"). */
    private static final Pattern OPENING_HOURS = Pattern.compile("^(?:\\S+\\s+days\\s+a\\s+week|daily|every\\s+day),?\\s+(?:from\\s+)?"
            + ClockTimes.TIME + "(?:\\s*(?:-|\u2013|to|until)\\s*" + ClockTimes.TIME + ")?$", Pattern.CASE_INSENSITIVE);
    /** Before a closing time: the opening hours' frequency and opening time ("7 days a week, 9am-" before "6pm"). */
    private static final Pattern OPENING_HOURS_BEFORE = Pattern.compile("(?:\\S+\\s+days\\s+a\\s+week|daily|every\\s+day),?\\s+(?:from\\s+)?"
            + ClockTimes.TIME + "\\s*(?:-|\u2013|to|until)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_ONLY = Pattern.compile("^" + ClockTimes.TIME + "$", Pattern.CASE_INSENSITIVE);
    /** Hours or minutes later or earlier: a time of the story counted from another ("Hours later", "45 minutes later"). */
    private static final Pattern CLOCK_SPAN_LATER = Pattern.compile("^(?:\\S+\\s+)?(?:hours?|minutes?)\\s+(?:later|earlier)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile("\\ban?\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTOR_ONLY = Pattern.compile("^\\s*" + CONNECTOR + "\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{3,4}");
    /**
     * A month's name that is also an English word, alone and in lower case ("a march on the capital", "the march
     * starts at noon"): news text capitalises the month, so this is the noun or verb, which SUTime reads as March.
     */
    private static final Pattern MONTH_WORD = Pattern.compile("march|may|august");
    /** A number in a size ("1800 x 1920", "3840×2160") is no year. */
    private static final Pattern TIMES_BEFORE = Pattern.compile("\\d\\s?[x×]\\s?$");
    private static final Pattern TIMES_AFTER = Pattern.compile("^\\s?[x×]\\s?\\d");
    /** A code of capitals and digits, at least two capitals, right before the number: "RFC ", "GTX ", "A-320 ". */
    private static final Pattern CODE_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?=(?:[A-Z0-9-]*[A-Z]){2})[A-Z][A-Z0-9-]{1,7}[ -]$");

    private static final String CLOCK = "(?:" + ClockTimes.TIME + "|noon|midday|midnight)";
    private static final String CLOCK_TO = "\\s*(?:to|until|till|-|\u2013)\\s*";
    /** A mention that is one clock time or two: "10am", "from 10pm to 5am". */
    private static final Pattern CLOCKS_ONLY = Pattern.compile("^(?:from\\s+)?" + CLOCK + "(" + CLOCK_TO + CLOCK + ")?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+$", Pattern.CASE_INSENSITIVE);
    /** After a span of the clock: how often ("10am to 6pm daily", "9am-5pm every day"), the hours of every day. */
    private static final Pattern DAILY_AFTER = Pattern.compile("^,?\\s*(?:daily|every\\s+day|each\\s+day)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_TO_BEFORE = Pattern.compile(CLOCK + CLOCK_TO + "$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_CLOCK_AFTER = Pattern.compile("^" + CLOCK_TO + CLOCK, Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_CLOCK_BEFORE = Pattern.compile("\\bfrom\\s+" + CLOCK + CLOCK_TO + "$", Pattern.CASE_INSENSITIVE);

    /**
     * The hours of a span of the clock, "open from 10am to 4.30pm", "a curfew from 10pm to 5am", "from 7am to 10pm on
     * polling day": times of whatever day the text gives beside them (or of every day), with no day of their own. SUTime
     * dates each to the publication day.
     */
    static boolean clockSpan(String text, RawMention m) {
        String surface = text.substring(m.start(), m.end()).strip();
        Matcher clocks = CLOCKS_ONLY.matcher(surface);
        if (!clocks.matches()) return false;
        if (clocks.group(1) != null) return true; // both ends in the mention
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        Matcher to = TO_CLOCK_AFTER.matcher(after);
        return FROM_BEFORE.matcher(before).find() && TO_CLOCK_AFTER.matcher(after).lookingAt()
                || FROM_CLOCK_BEFORE.matcher(before).find()
                || to.lookingAt() && DAILY_AFTER.matcher(after.substring(to.end())).lookingAt() // "10am to 6pm daily"
                || CLOCK_TO_BEFORE.matcher(before).find() && DAILY_AFTER.matcher(after).lookingAt();
    }

    /** See {@link DateResolver#namesNoDate}. */
    static boolean namesNoDate(String text, RawMention m) {
        String value = m.timexValue() == null ? "" : m.timexValue();
        String surface = text.substring(m.start(), m.end());
        return value.endsWith("_REF") || "SET".equalsIgnoreCase(m.timexType()) || CONNECTOR_ONLY.matcher(surface).matches()
                || MONTH_WORD.matcher(surface).matches()
                || BARE_NUMBER.matcher(surface).matches() && (TIMES_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()
                        || TIMES_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 4))).find()
                        || codeNumber(text, m.start(), Integer.parseInt(surface))
                        || MODEL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find());
    }

    /**
     * A model's code joined to the number by a hyphen ("the HX-2039 fan heater", "the earlier HX-2038 model"): capitals
     * right before it, with no space, name a product, not a year. A fiscal or quarter code ("FY-2039", "Q1-2039") is a
     * date and is left alone.
     */
    private static final Pattern MODEL_BEFORE = Pattern.compile("(?<![\\p{L}\\d-])(?!FY-|Q[1-4]-|H[12]-)[A-Z]{2,4}-$");

    /** A number after a code of capitals ("GTX 1080", "RFC 2119") that no edition year could be. */
    private static boolean codeNumber(String text, int start, int number) {
        return (number < 1900 || number > 2060) && CODE_BEFORE.matcher(text.substring(Math.max(0, start - 10), start)).find();
    }

    /** Whether "a" or "an" stands right before {@code start} ("it was a Tuesday", "an evening of music"). */
    static boolean indefiniteBefore(String text, int start) {
        return INDEFINITE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find();
    }

    /** A month named alone and capitalised ("March"), the form a futures contract's month takes. */
    static boolean monthAlone(String surface) {
        return MONTH_ALONE.matcher(surface).matches();
    }

    /**
     * Whether the mention's words name a kind of thing, a name or a moment of a match rather than a date: "in the 89th
     * minute", "the winter break", "the Christmas lights switch-on" (with a day dated elsewhere in the sentence), "the
     * Theatre Royal's May Queen gala", "the Second World War", "an evening of music", "a late-night session".
     */
    static boolean namesAThing(String text, RawMention m) {
        String surface = text.substring(m.start(), m.end());
        String after = text.substring(m.end());
        if (ORDINAL_UNIT.matcher(surface).find()) return true; // "in the 89th minute": a moment of a match, no date
        if (ORDINAL_DAY.matcher(surface.strip()).find() && !CALENDAR_OF_AFTER.matcher(after).lookingAt()) {
            return true; // "on the 99th day" of an expedition: counted from an event the story tells, not from today
        }
        if (ORDINAL_WEEK.matcher(surface.strip()).matches() && !CALENDAR_OF_AFTER.matcher(after).lookingAt()) {
            return true; // "The second week is given over to theatre": counted from an event, not the calendar's
        }
        if (STYLE_AFTER.matcher(after).lookingAt()) {
            return true; // "A 1990s-style revival night": a style named after the time, not the time
        }
        if (recurs(text, m)) return true; // "on the first Friday of each month": every one, no date
        Matcher lowerDay = LOWER_WEEKDAY_WORD.matcher(surface);
        if (lowerDay.find() && !DATE_WRITTEN_BEFORE.matcher(surface.substring(0, lowerDay.start())).find()) {
            return true; // "pupils sat the first papers": a verb, not Saturday the 1st ("6 June 2017, sat for": the date is dated)
        }
        if (PARTS_OF_DAY.matcher(surface.strip()).matches()) return true; // "later trains on weekday evenings": every one
        if (YEAR_WORD_END.matcher(surface).find() && FORM_NUMBER_AFTER.matcher(after).lookingAt()) {
            return true; // "The Year 11 leavers' assembly": a school year, not this year
        }
        if (YEAR_ALONE.matcher(surface.strip()).matches() && LAW_AFTER.matcher(after).lookingAt()) {
            return true; // "The 2031 Act, which set the fiscal rules", "the 1922 Committee": the name of a law or a body
        }
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        if (NUMBER_FIRST.matcher(surface.strip()).matches() && VERSION_BEFORE.matcher(before).find()) {
            return true; // "the patch, version 10.4.12", "firmware 2033-R5": a version's number, not 10 April 2012
        }
        if (YEAR_ALONE.matcher(surface.strip()).matches() && (STREET_AFTER.matcher(after).lookingAt() || CODE_AFTER.matcher(after).lookingAt())) {
            return true; // "at 1960 Mission Street": a building's number; "2033-R5": a code
        }
        if (DAY_PART_WORD.matcher(surface.strip()).matches() && ON_DAY_AFTER.matcher(after).lookingAt()) {
            return true; // "rose overnight on 13-14 September", "at sundown on 13 April": the day after it is the date
        }
        if (NEW_YEAR.matcher(surface.strip()).matches() && LUNAR_BEFORE.matcher(before).find()) {
            return true; // "Lunar New Year": a lunar feast (as Ramadan or Diwali), not 1 January
        }
        if (THIS_DAY.matcher(surface.strip()).matches() && COLON_AFTER.matcher(after).lookingAt()) {
            return true; // "Born on this day: Diana Rigg (1938)": a column's rubric for that day of past years, no date
        }
        if (NEW_YEAR.matcher(surface.strip()).matches() && HONOURS_AFTER.matcher(after).lookingAt()) {
            return true; // "appointed OBE in the New Year Honours": the name of a list, not 1 January
        }
        if (DAY_MONTH_ONLY.matcher(surface.strip()).matches() && YEAR_ENDS_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
            return true; // "whose financial year ends on 30 June": the day every year ends on, no date
        }
        if (OPENING_HOURS.matcher(surface.strip()).matches() || CLOCK_ONLY.matcher(surface.strip()).matches()
                && OPENING_HOURS_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
            return true; // "Open 7 days a week, 9am-6pm": the hours of every such day, no date
        }
        if (surface.strip().equals("fall") && FALL_VERB_AFTER.matcher(after).lookingAt()) {
            return true; // "prices fall by a third": the verb, not the autumn
        }
        if (surface.strip().equals("fall") && FALL_NOUN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
            return true; // "the Nikkei had lost 2.3%, its steepest fall since 9 March": a drop, not the autumn
        }
        if (surface.strip().equals("fall") && indefiniteBefore(text, m.start())) {
            return true; // "a week after a fall": the accident, not the autumn
        }
        if (NUMBER_FIRST.matcher(surface.strip()).matches() && SECTION_BEFORE.matcher(before).find()) {
            return true; // "Section 2036 of the code", "clause 12": a provision's number, not a year
        }
        if (ODDS.matcher(surface.strip()).matches() && betting(text, m)) {
            return true; // "The bookmakers make Rovers 7/2 ... and 11/4 for the cup": odds, not 11 April
        }
        if (ROUND_THE_CLOCK.matcher(surface.strip()).matches()) {
            return true; // "a 24/7 hotline": round the clock, not 24 July
        }
        if (CLOCK_SPAN_LATER.matcher(surface.strip()).matches()) {
            return true; // "Hours later, officers arrested him", "45 minutes later than now": a time of the story, not a day
        }
        if (SEASON_WORD_END.matcher(surface).find() && SEASON_NOUN_AFTER.matcher(after).lookingAt()) {
            return true; // "the winter break", "the summer recess": a season naming a fixture of the calendar, no date
        }
        if (HOLIDAY_END.matcher(surface).find() && DETERMINER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                && THING_AFTER.matcher(after).lookingAt() && dayElsewhere(text, m)) {
            return true; // "On Saturday they join the Christmas lights switch-on": the holiday names a kind of thing, the day is dated
        }
        if (MONTH_ALONE.matcher(surface).matches() && Months.number(surface.toLowerCase(Locale.ROOT)) > 0
                && DETERMINER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()
                && CAPITALISED_AFTER.matcher(after).lookingAt()) {
            return true; // "the Theatre Royal's May Queen gala", "the March Hare": a month's name inside a name
        }
        if (ORDINAL_ALONE.matcher(surface.strip()).matches() && NAME_AFTER.matcher(after).lookingAt()) {
            return true; // "the Second World War", "the First Amendment": an ordinal that opens a name
        }
        if ((TIME_OF_DAY.matcher(surface.strip()).matches() || DAY_PART_WORD.matcher(surface.strip()).matches())
                && indefiniteBefore(text, m.start())) {
            return true; // "an evening of music", "a morning of talks", "a dawn concert": an occasion, not this evening
        }
        if (QUARTER_END.matcher(surface).find() && CENTURY_AFTER.matcher(after).lookingAt()) {
            return true; // "over the last quarter-century", "a quarter of a century": some 25 years, not a quarter
        }
        if (TIME_OF_DAY.matcher(surface.strip()).matches() && (ORDINAL_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16),
                m.start())).find() || OF_A_DAY_AFTER.matcher(after).lookingAt())) {
            return true; // "the first night I did it", "the morning of the 18th": a night of the story, or part of a day told after
        }
        return TIME_OF_DAY.matcher(surface.strip()).matches() && m.start() > 1 && text.charAt(m.start() - 1) == '-'
                && Character.isLetter(text.charAt(m.start() - 2)); // "a late-night session", "all-day talks": not tonight
    }

    /** Whether a unit it recurs in follows the mention: "the first Friday of each month", "the last day of every quarter". */
    static boolean recurs(String text, RawMention m) {
        return EACH_UNIT_AFTER.matcher(text.substring(m.end())).lookingAt();
    }

    /** Whether the sentence of {@code m} is about betting ("The bookmakers make Rovers 7/2"). */
    private static boolean betting(String text, RawMention m) {
        Sentence s = Sentences.around(text, m.start(), m.end());
        return BETTING.matcher(text.substring(s.start(), s.end())).find();
    }

    /** Whether the sentence of {@code m} dates a day outside {@code m}. */
    private static boolean dayElsewhere(String text, RawMention m) {
        Sentence s = Sentences.around(text, m.start(), m.end());
        String sentence = text.substring(s.start(), m.start()) + " " + text.substring(m.end(), s.end());
        return DAY_WRITTEN.matcher(sentence).find();
    }
}
