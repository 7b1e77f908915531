package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.ImportException;
import org.parallax.ingest.PlainTextImporter;
import org.parallax.ingest.SourceFile;
import org.parallax.testsupport.FreshNews;
import org.parallax.model.ArticleDraft;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * Holds the dates figure on the freshly written news articles (src/test/resources/fresh-news/dates, performance.md
 * "Dates in freshly written news, second check"): each article is read as the app imports it (its date header gives
 * the publication date), recognised with the real CoreNLP pipeline and resolved as {@code NlpResults} stores dates,
 * then scored against {@code expected.tsv}, the machine-readable form of the reader's {@code gold.txt}.
 *
 * <p>Right: a stored date overlapping the expression has one of the accepted ranges (or, where the answer is "no
 * date", none has a range). Wrong: dated, but with no accepted range. Missed: nothing dated there. False: a dated
 * mention where the text names no date. The floors are today's counts: any drop fails.
 */
class FreshNewsDatesTest {

    /**
     * Right per article today. performance.md gives 135 of 138 on the eight a*.txt; scored strictly here it is 134:
     * a6's "between mid-December and early January" is stored as two mentions (11-20 December, 1-10 January), and
     * neither is the reader's one range. b1 and b2 are the lead's two (30 of 30, 22 of 22). 136 since "the past three
     * months" and "the past six months" are the span to the publication date (a1, a5).
     */
    private static final Map<String, Integer> RIGHT_FLOOR = Map.of(
            "a1-politics", 18, "a2-courts", 17, "a3-business", 18, "a4-sport", 17, "a5-weather", 15,
            "a6-health", 17, "a7-culture", 19, "a8-feature", 15, "b1-port-strike", 30, "b2-merger-ruling", 22);
    private static final int RIGHT_FLOOR_EIGHT = 136;
    /**
     * False dates today, at most, in all ten articles: none since a season naming a fixture of the calendar ("the
     * summer recess" in a1, "the league's winter break" in a4) is no date (it was 2).
     */
    private static final int FALSE_CEILING = 0;

    /**
     * The third set (fresh-news/dates3, performance.md "Dates in freshly written news, third check": wire copy, British
     * style, an obituary, business, sport, deadlines, history, numeric dates and names that are no dates): right per
     * article after the fixes that followed its held-out run (144 of 164 held out); c4 19 since a bare half follows the
     * half the article names with its year (dates24's round: the headline's "first half" is "H1 2024").
     */
    private static final Map<String, Integer> RIGHT_FLOOR_3 = Map.of(
            "c1-wire-rates", 21, "c2-british-council", 16, "c3-obituary", 20, "c4-business", 19, "c5-sport", 23,
            "c6-deadlines", 21, "c7-history", 20, "c8-numeric-brief", 23);
    private static final int RIGHT_FLOOR_3_ALL = 163;
    /** False dates in dates3 today, at most: c4's "fourth-quarter" (the fiscal quarter the answers left out) as the calendar one. */
    private static final int FALSE_CEILING_3 = 1;

    record Expected(String article, String surface, int occurrence, List<DateRange> accepted, boolean noDateAccepted) {
    }

    record Tally(int right, int wrong, int missed, int falseDates) {
        Tally plus(Tally o) {
            return new Tally(right + o.right, wrong + o.wrong, missed + o.missed, falseDates + o.falseDates);
        }

        @Override
        public String toString() {
            return String.format("right %3d  wrong %2d  missed %2d  false %2d", right, wrong, missed, falseDates);
        }
    }

    @Test
    void freshNewsDatesHoldTodaysFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates (expected.tsv)\n");
        Map<String, Tally> byArticle = new LinkedHashMap<>();
        Tally all = scoreSet("dates", report, byArticle);
        List<String> failures = new ArrayList<>();
        Tally eight = new Tally(0, 0, 0, 0);
        for (Map.Entry<String, Tally> a : byArticle.entrySet()) {
            if (a.getKey().startsWith("a")) eight = eight.plus(a.getValue());
            Integer floor = RIGHT_FLOOR.get(a.getKey());
            if (floor == null || a.getValue().right() < floor) failures.add(a.getKey() + " right " + a.getValue().right() + " < floor " + floor);
        }
        if (eight.right() < RIGHT_FLOOR_EIGHT) failures.add("eight articles right " + eight.right() + " < " + RIGHT_FLOOR_EIGHT);
        if (all.falseDates() > FALSE_CEILING) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    @Test
    void thirdSetHoldsItsFigureAfterTheFixes() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, third set (dates3/expected.tsv)\n");
        Map<String, Tally> byArticle = new LinkedHashMap<>();
        Tally all = scoreSet("dates3", report, byArticle);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Tally> a : byArticle.entrySet()) {
            Integer floor = RIGHT_FLOOR_3.get(a.getKey());
            if (floor == null || a.getValue().right() < floor) failures.add(a.getKey() + " right " + a.getValue().right() + " < floor " + floor);
        }
        if (all.right() < RIGHT_FLOOR_3_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_3_ALL);
        if (all.falseDates() > FALSE_CEILING_3) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_3);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The fourth set (fresh-news/dates4, performance.md "Dates in freshly written news, fourth check": a court report,
     * an events listing, a science piece, a sport season, a health story, an interview with tense shifts, names and
     * numbers that are no dates, a council story of relative weeks and modifiers): right after the fixes that followed
     * its held-out run (138 of 156 held out, 0 false; 153 with "is already sold out" looking ahead, dates9's).
     */
    private static final int RIGHT_FLOOR_4_ALL = 153;
    /** False dates in dates4 today, at most. */
    private static final int FALSE_CEILING_4 = 0;

    @Test
    void fourthSetHoldsItsFigureAfterTheFixes() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, fourth set (dates4/expected.tsv)\n");
        Tally all = scoreSet("dates4", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_4_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_4_ALL);
        if (all.falseDates() > FALSE_CEILING_4) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_4);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The fifth set (fresh-news/dates5, performance.md "Dates in freshly written news, fifth check": a weather piece, an
     * election timetable, an annual report, a travel disruption, an anniversary, a school story, a next-week schedule
     * told in the present, names and numbers that are no dates): right after the fixes that followed its held-out run
     * (158 of 192 held out, 1 false; 171 and 0 false after; 174 with weekdays after "next week" as that week's; 175 with
     * "the new year" as a year, dates6's fixes; 176 with "Year 11" no date, dates7's; 178 with
     * a verbless clause taking the present verb before it and "have been told to" looking ahead, 180 with "the 15th" in a month named
     * in its clause and "next summer" as a future cue, 182 with the bank holiday weekend to its Monday, dates9's; 183 with "open from 7am to
     * 10pm" as hours with no date, dates15's; 184 with a bare season before a day ahead in its sentence of that day's year).
     */
    private static final int RIGHT_FLOOR_5_ALL = 184;
    /** False dates in dates5 today, at most. */
    private static final int FALSE_CEILING_5 = 0;

    @Test
    void fifthSetHoldsItsFigureAfterTheFixes() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, fifth set (dates5/expected.tsv)\n");
        Tally all = scoreSet("dates5", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_5_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_5_ALL);
        if (all.falseDates() > FALSE_CEILING_5) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_5);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The sixth set (fresh-news/dates6, performance.md "Dates in freshly written news, sixth check": a markets report, a
     * fixture list, a court appeal with a long history, a cultural calendar, a parliamentary story, a technology roadmap,
     * an American-style profile, a year-end review published on 31 December): right after the fixes that followed its
     * held-out run (175 of 205 held out, 3 false; 200 and 0 false after; 201 with "ended the week"; 203 with a plural "move"
     * and a verbless clause taking the present verb before it; 204
     * with "Last season" as the season before the one under way).
     */
    private static final int RIGHT_FLOOR_6_ALL = 204;
    /** False dates in dates6 today, at most. */
    private static final int FALSE_CEILING_6 = 0;

    @Test
    void sixthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, sixth set (dates6/expected.tsv)\n");
        Tally all = scoreSet("dates6", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_6_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_6_ALL);
        if (all.falseDates() > FALSE_CEILING_6) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_6);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The seventh set (fresh-news/dates7, performance.md "Dates in freshly written news, seventh check": a drug-trial
     * report, a police timeline told on a Monday, a football transfer window in early January, a government budget, a
     * rail timetable change, a history feature, a school calendar, a weather week ahead published on 29 February; codes
     * and names that are no dates): right at its held-out run 143 of 168, 1 false; 164 and 0 false after the fixes by
     * kind that followed it.
     */
    private static final int RIGHT_FLOOR_7_ALL = 164;
    /** False dates in dates7 today, at most. */
    private static final int FALSE_CEILING_7 = 0;

    @Test
    void seventhSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, seventh set (dates7/expected.tsv)\n");
        Tally all = scoreSet("dates7", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_7_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_7_ALL);
        if (all.falseDates() > FALSE_CEILING_7) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_7);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The eighth set (fresh-news/dates8, performance.md "Dates in freshly written news, an eighth check": a liveblog
     * across midnight, a retailer's fiscal year ending on a Saturday, a faith calendar with lunar feasts, an
     * anniversary, a court's adjournments, a travel piece's seasons, a university calendar, American numeric and ISO
     * dates; codes, versions and numbers that are no dates): right at its held-out run 185 of 231, 6 false; 201 and 3
     * false after the fixes by kind that followed it; 202 with a fixture's present verb after a past one governing
     * ("warned that the trial might now run into the Christmas vacation"), dates10's; 203 with the company's own quarters
     * (h2 "the fourth quarter" of a year that ends in January); 205 with "adjourned once, from 27 September to 29
     * September" as a move between two days; 206 with "Pentecost" as its day (dates12's round).
     */
    private static final int RIGHT_FLOOR_8_ALL = 206;
    /** False dates in dates8 today, at most. */
    private static final int FALSE_CEILING_8 = 3;

    @Test
    void eighthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, eighth set (dates8/expected.tsv)\n");
        Tally all = scoreSet("dates8", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_8_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_8_ALL);
        if (all.falseDates() > FALSE_CEILING_8) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_8);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The ninth set (fresh-news/dates9, performance.md "Dates in freshly written news, a ninth check": an "on this day"
     * column, an earnings call of a company whose year ends on 30 June, a weather warning, a tenancy, a football season
     * preview, a medical story, an obituary told as a timeline, an election explainer; ages, scores, a phone number,
     * opening hours and names that are no dates): right at its held-out run 202 of 235, 2 false; 224 and 0 false after the
     * fixes by kind that followed it; 225 since a warning's days lie ahead (i3 "Tuesday evening", dates11's round); 226
     * with the company's own quarters (i2 "Second-quarter" of a year that ends on 30 June); 227 with its own halves (i2
     * "the back half of the year").
     */
    private static final int RIGHT_FLOOR_9_ALL = 227;
    /** False dates in dates9 today, at most. */
    private static final int FALSE_CEILING_9 = 0;

    @Test
    void ninthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, ninth set (dates9/expected.tsv)\n");
        Tally all = scoreSet("dates9", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_9_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_9_ALL);
        if (all.falseDates() > FALSE_CEILING_9) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_9);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The tenth set (fresh-news/dates10, performance.md "Dates in freshly written news, a tenth check": a court
     * timeline, a school's exam calendar, a product roadmap, a travel advisory, a cup draw, a street's history over
     * three centuries, a first-person diary, a financial calendar; scores, codes, rooms and versions that are no
     * dates): right at its held-out run, 197 of 230, 0 false; 214 and 0 false after the fixes by kind that followed it;
     * 218 with the hours of a span of the clock as no date ("a curfew from 10pm to 5am", "from 4pm to 7pm").
     */
    private static final int RIGHT_FLOOR_10_ALL = 218;
    /** False dates in dates10 today, at most. */
    private static final int FALSE_CEILING_10 = 0;

    @Test
    void tenthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, tenth set (dates10/expected.tsv)\n");
        Tally all = scoreSet("dates10", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_10_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_10_ALL);
        if (all.falseDates() > FALSE_CEILING_10) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_10);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The eleventh set (fresh-news/dates11, performance.md "Dates in freshly written news, an eleventh check": a football
     * fixture list, a company's fiscal quarters, a weather week, an obituary over decades, court adjournments, a
     * parliamentary calendar, holidays and named days, a US township newsletter; scores, codes and numbers that are no
     * dates): right at its held-out run, 188 of 245, 5 false; 203 and 4 false after the fixes by kind that followed it; 209
     * with a company's own quarters where the text says when its year runs (k2, a later round); 211 with the hours of a
     * span of the clock as no date ("from 10am to 4.30pm"); 212 with "on a year earlier" as the month named a year back
     * (dates12's round); 213 with a day joined by "until" coming after its sentence's day (a later round); 216 with "the day
     * after Twelfth Night" and "Thanksgiving weekend" (dates14's round).
     */
    private static final int RIGHT_FLOOR_11_ALL = 216;
    /** False dates in dates11 today, at most. */
    private static final int FALSE_CEILING_11 = 4;

    @Test
    void eleventhSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, eleventh set (dates11/expected.tsv)\n");
        Tally all = scoreSet("dates11", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_11_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_11_ALL);
        if (all.falseDates() > FALSE_CEILING_11) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_11);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The twelfth set (fresh-news/dates12, performance.md "Dates in freshly written news, a twelfth check": a school's
     * terms, a farm report, tax deadlines, a launch timeline, a faith calendar, an anniversary, house prices over
     * "the year to May", a transfer window and a court; odds, codes, models and counts that are no dates): right at its
     * held-out run, 287 of 332, 1 false; 302 and 1 false after the fixes by kind that followed it; 304 with a day joined by "and" coming after its sentence's day;
     * 305 with a bare season of a day ahead's year; 307 with a lunar feast on the day the text gives it; 309 with a day after a comma as the day before it;
     * 313 with "Launch day" on the day the text gives the launch (and the whole fiscal and tax years of an earlier round).
     */
    private static final int RIGHT_FLOOR_12_ALL = 313;
    /** False dates in dates12 today, at most. */
    private static final int FALSE_CEILING_12 = 1;

    @Test
    void twelfthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, twelfth set (dates12/expected.tsv)\n");
        Tally all = scoreSet("dates12", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_12_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_12_ALL);
        if (all.falseDates() > FALSE_CEILING_12) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_12);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The thirteenth set (fresh-news/dates13, performance.md "Dates in freshly written news, a thirteenth check": an
     * election timetable, a company's quarters and halves, a wire story across time zones, decades and centuries, a
     * festival programme, a weather outlook, a court sentence, a season's fixtures; codes, scores and terms that are no
     * dates): right at its held-out run, 248 of 281, 4 false; 260 and 2 false after the fixes by kind that followed it;
     * 266 with days named after their event ("the eve of polling day", "Opening night") on the day the text gives the event;
     * 267 with a fixture told with "is on" looking ahead (m8 "29 May", dates14's round).
     */
    private static final int RIGHT_FLOOR_13_ALL = 267;
    /** False dates in dates13 today, at most. */
    private static final int FALSE_CEILING_13 = 2;

    @Test
    void thirteenthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, thirteenth set (dates13/expected.tsv)\n");
        Tally all = scoreSet("dates13", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_13_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_13_ALL);
        if (all.falseDates() > FALSE_CEILING_13) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_13);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The fourteenth set (fresh-news/dates14, performance.md "Dates in freshly written news, a fourteenth check": holidays
     * that move, named British days, ordinal weekdays of a month, deadlines, the small hours, football seasons,
     * anniversaries, ISO dates and other countries' holidays; recurrences and names that are no dates): right at its
     * held-out run, 219 of 297, 1 false; 242 and 1 false after the fixes by kind that followed it (named days, ordinal
     * weekdays of a month, holiday weekends, "fall" as a verb); 244 with a weekday counted from a named day ("the
     * Saturday after Labor Day"); 245 with a slashed date that can only be day first ("ends on 31/12/2037", dates17's round).
     */
    private static final int RIGHT_FLOOR_14_ALL = 245;
    /** False dates in dates14 today, at most. */
    private static final int FALSE_CEILING_14 = 1;

    @Test
    void fourteenthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, fourteenth set (dates14/expected.tsv)\n");
        Tally all = scoreSet("dates14", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_14_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_14_ALL);
        if (all.falseDates() > FALSE_CEILING_14) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_14);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The fifteenth set (fresh-news/dates15, performance.md "Dates in freshly written news, a fifteenth check": a
     * company's fiscal year ending 30 June, numbered weeks, decades and centuries, British relative forms ("a week on
     * Friday", "Monday week", "this time last year"), ranges, weekday-only datelines, a fixtures table; names and numbers
     * that are no dates): right at its held-out run, 199 of 244, 3 false (200 and 2 false with "1 September" pointed at
     * its own occurrence, not the one inside "11 September 2001"); 217 and 2 false after the fixes by kind that followed
     * it (British day offsets, numbered weeks, "the noughties" and "the late 1800s", fiscal quarters by tense, a range's
     * first day a year back); 220 with the company's own halves ("H1", "the second half", "the first half of FY2038"), 221 with "the 2035-36 fiscal year" as the company's year, 222 with "mid- to late April" as one range.
     */
    private static final int RIGHT_FLOOR_15_ALL = 222;
    /** False dates in dates15 today, at most. */
    private static final int FALSE_CEILING_15 = 2;

    @Test
    void fifteenthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, fifteenth set (dates15/expected.tsv)\n");
        Tally all = scoreSet("dates15", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_15_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_15_ALL);
        if (all.falseDates() > FALSE_CEILING_15) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_15);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The sixteenth set (fresh-news/dates16, performance.md "Dates in freshly written news, a sixteenth check": dates
     * anchored to an event in the text, a story told in the past, day-first and month-first slash dates by outlet,
     * holidays that move (the Easter cycle, US federal days), lunar feasts dated by the text, southern-hemisphere seasons,
     * ordinal days alone, a court calendar, relative forms ("in a week's time", "three weeks from Saturday"); names and
     * verbs that are no dates): right at its held-out run, 212 of 316, 2 false; 213 with Veterans Day and the other
     * days by rule the resolver learnt ("Ascension Day", "Presidents' Day"); 218 with seasons under a southern dateline; 220 with
     * "the week after next" and "the weekend after next"; 230 with days counted from the story's day ("the Tuesday before",
     * "that weekend"), "the 4th" after "on 3 May" and named days SUTime's "Day falls" had hidden.
     */
    private static final int RIGHT_FLOOR_16_ALL = 230;
    /** False dates in dates16 today, at most. */
    private static final int FALSE_CEILING_16 = 2;

    @Test
    void sixteenthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, sixteenth set (dates16/expected.tsv)\n");
        Tally all = scoreSet("dates16", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_16_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_16_ALL);
        if (all.falseDates() > FALSE_CEILING_16) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_16);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * The seventeenth set (fresh-news/dates17, performance.md "Dates in freshly written news, a seventeenth check": India's
     * April-March and Australia's July-June government years, Indian and Australian English, Christmas retail periods,
     * decades, a results round-up, a recall notice; a band, songs, model numbers, scores and "May" as a verb that are no
     * dates): right at its held-out run, 189 of 254, 5 false; 215 and 5 false after the fixes by kind that followed it
     * (government years by the dateline's country, "the June half", a weekday that fixes its year, day-first slashed
     * dates, "the festive period", "the mid-90s", model codes, "a week on Saturday" beside another Saturday).
     */
    private static final int RIGHT_FLOOR_17_ALL = 215;
    /** False dates in dates17 today, at most. */
    private static final int FALSE_CEILING_17 = 5;

    @Test
    void seventeenthSetHoldsItsFigure() throws IOException, ImportException {
        StringBuilder report = new StringBuilder("Fresh-news dates, seventeenth set (dates17/expected.tsv)\n");
        Tally all = scoreSet("dates17", report, new LinkedHashMap<>());
        List<String> failures = new ArrayList<>();
        if (all.right() < RIGHT_FLOOR_17_ALL) failures.add("right " + all.right() + " < " + RIGHT_FLOOR_17_ALL);
        if (all.falseDates() > FALSE_CEILING_17) failures.add("false dates " + all.falseDates() + " > " + FALSE_CEILING_17);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    /**
     * Scores every article of a fresh-news set against its expected.tsv: each article's tally into {@code byArticle}, a
     * line per article and its wrong and missed dates into {@code report} (printed), and the set's total returned.
     */
    private static Tally scoreSet(String set, StringBuilder report, Map<String, Tally> byArticle) throws IOException, ImportException {
        Path folder = FreshNews.folder(set);
        Map<String, List<Expected>> expected = new LinkedHashMap<>();
        for (Expected e : readExpected(folder.resolve("expected.tsv"))) expected.computeIfAbsent(e.article(), k -> new ArrayList<>()).add(e);
        Tally all = new Tally(0, 0, 0, 0);
        for (Map.Entry<String, List<Expected>> a : expected.entrySet()) {
            StringBuilder details = new StringBuilder();
            Tally t = score(folder.resolve(a.getKey() + ".txt"), a.getValue(), details);
            report.append(String.format("%-18s %s%n", a.getKey(), t)).append(details);
            byArticle.put(a.getKey(), t);
            all = all.plus(t);
        }
        report.append(String.format("%-18s %s%n", "all " + expected.size(), all));
        System.out.println(report);
        return all;
    }

    /** Recognises and resolves one article as the app does, and scores its dates; wrong and missed go to details. */
    private static Tally score(Path file, List<Expected> expected, StringBuilder details) throws IOException, ImportException {
        ArticleDraft draft = new PlainTextImporter().parse(new SourceFile(file, Files.readAllBytes(file)));
        String text = draft.text();
        LocalDate docDate = draft.meta().published();
        assertTrue(docDate != null, file + ": no publication date read from its header");
        Recognition recognition = SharedRecognizers.app().recognize(text, draft.blocks(), docDate);
        List<ResolvedDate> stored = new ArrayList<>();
        for (ResolvedDate d : new DateResolver().resolve(text, recognition.mentions(), docDate, draft.blocks())) {
            // as NlpResults: a mention that names no date ("now", a range's lone "to") is not stored
            boolean noDate = recognition.mentions().stream().anyMatch(r -> r.type() == EntityType.DATE
                    && r.start() == d.start() && r.end() == d.end() && DateResolver.namesNoDate(text, r));
            if (!noDate && d.range() != null) stored.add(d);
        }
        int right = 0;
        int wrong = 0;
        int missed = 0;
        boolean[] claimed = new boolean[stored.size()];
        for (Expected e : expected) {
            int at = FreshNews.nth(text, e.surface(), e.occurrence());
            assertTrue(at >= 0, file.getFileName() + ": \"" + e.surface() + "\" #" + e.occurrence() + " not in the text");
            int end = at + e.surface().length();
            List<DateRange> got = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                ResolvedDate d = stored.get(i);
                if (d.start() < end && at < d.end()) {
                    got.add(d.range());
                    claimed[i] = true;
                }
            }
            boolean ok = got.isEmpty() ? e.noDateAccepted()
                    : got.stream().anyMatch(g -> e.accepted().stream().anyMatch(x -> same(x, g)));
            if (ok) {
                right++;
            } else if (got.isEmpty()) {
                missed++;
                details.append("    missed \"").append(e.surface()).append("\" want ").append(e.accepted()).append('\n');
            } else {
                wrong++;
                details.append("    wrong  \"").append(e.surface()).append("\" got ").append(got).append(" want ")
                        .append(e.noDateAccepted() ? "no date or " : "").append(e.accepted()).append('\n');
            }
        }
        int falseDates = 0;
        for (int i = 0; i < stored.size(); i++) {
            if (claimed[i] || stored.get(i).publicationDate()) continue; // the header's own date is no claim
            falseDates++;
            details.append("    false  \"").append(stored.get(i).text()).append("\" ").append(stored.get(i).range()).append('\n');
        }
        return new Tally(right, wrong, missed, falseDates);
    }

    private static boolean same(DateRange want, DateRange got) {
        return want.start().equals(got.start()) && want.end().equals(got.end());
    }

    static List<Expected> readExpected(Path tsv) {
        List<Expected> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 4) throw new IllegalArgumentException("expected 4 tab-separated fields: " + line);
            List<DateRange> accepted = new ArrayList<>();
            boolean none = false;
            for (String alt : f[3].split("\\|")) {
                if (alt.strip().equals("-")) none = true;
                else accepted.add(range(alt.strip()));
            }
            out.add(new Expected(f[0], f[1], Integer.parseInt(f[2]), accepted, none));
        }
        return out;
    }

    /** "2024", "2024-03", "2024-03-05" or "lo..hi" of those; lo starts its unit, hi ends its unit. */
    static DateRange range(String value) {
        String[] ends = value.split("\\.\\.");
        LocalDate start = first(ends[0]);
        LocalDate end = last(ends[ends.length - 1]);
        return new DateRange(start, end, org.parallax.model.DatePrecision.DAY);
    }

    private static LocalDate first(String v) {
        return switch (v.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(v), 1, 1);
            case 7 -> LocalDate.parse(v + "-01");
            case 10 -> LocalDate.parse(v);
            default -> throw new IllegalArgumentException("not a date: " + v);
        };
    }

    private static LocalDate last(String v) {
        return switch (v.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(v), 12, 31);
            case 7 -> LocalDate.parse(v + "-01").plusMonths(1).minusDays(1);
            case 10 -> LocalDate.parse(v);
            default -> throw new IllegalArgumentException("not a date: " + v);
        };
    }
}
