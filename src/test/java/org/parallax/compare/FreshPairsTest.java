package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.ingest.ImportReport;
import org.parallax.model.Progress;
import org.parallax.nlp.SharedRecognizers;
import org.parallax.testsupport.TestLibrary;

/**
 * Holds side by side on the freshly written same-event pairs (src/test/resources/fresh-pairs to fresh-pairs18,
 * performance.md "Side by side on freshly written pairs"): the 360 articles are imported into a real library, run through the real NLP queue
 * and compared as {@code compare} does, and the result is scored against {@code gold.txt}, the reader's answers.
 *
 * <p>As issue 16 scored it: an aligned pair is right when every sentence in it has a counterpart on the other side of
 * the pair in the answers, partly right when some have, wrong when none has; precision counts a partly right pair as
 * half. Recall is the share of the answers' counterpart sentences (each side) linked to one of their counterparts. A
 * conflict is found when a reported conflict's two values lie in the answer's two sentences and share a word or
 * number with the answer's values; a reported conflict that matches no answer is false. A cosmetic variant is shown as
 * a change when a diff span other than cosmetic covers it in the pair that aligns its two sentences. A one-sided fact
 * that compare lists is right when the answers give a one-sided fact of that side in the sentence that states it, wrong
 * otherwise. The floors are today's figures for each set: any drop fails.
 */
class FreshPairsTest {
    /** The first set (fresh-pairs, p01-p10): the figure after the fixes made against it. */
    static final Floors FIRST = new Floors("fresh-pairs", 0.97, 0.94, 13, 1, 0, 16, 9);
    /**
     * The second set (fresh-pairs2, p11-p20), written after the first set's fixes; value kinds for values written differently (made
     * on the sixth set) took it from 0.949 / 0.883 to 0.951 / 0.902.
     */
    static final Floors SECOND = new Floors("fresh-pairs2", 0.95, 0.925, 28, 2, 0, 25, 7);
    /**
     * The third set (fresh-pairs3, p21-p30), held out: the figure of its first run (cosmetic shown 3, one-sided wrong 18),
     * then two kinds it found fixed (degrees and 24-hour clocks cosmetic; "no one" no count). Alignment was never tuned on
     * it: the year-background rule, made on the first two sets, took it from precision 0.897 to 0.924 held out. Then its
     * missed conflicts were fixed by kind (lengths of time, "who is 62", a title before a name, "still missing", the day an
     * outlet reported on, vote tallies): conflicts found 16 to 25, one-sided wrong 17 to 9; then value-kind links (made on
     * it and the fourth set): 0.930 / 0.826, conflicts 26; lengths nothing anchors (made on the fourth and fifth sets): 27; an age
     * after a noun ("The driver of the truck, aged 56,", made on the ninth set): 28, one-sided wrong 3. Then (made on the
     * fourteenth set) a number of passengers and crew counts no passengers alone: false 1.
     */
    static final Floors THIRD = new Floors("fresh-pairs3", 0.94, 0.825, 28, 1, 1, 20, 1);
    /**
     * The fourth set (fresh-pairs4, p31-p40), held out: the figure of its first run was precision 0.929, recall 0.834, conflicts
     * 8/27, 7 false; the facts round made on the third set took it, still held out, to 11/27 with 6 false; then
     * value-kind links (a value of one kind each side states once) and closures, with those facts, to 0.937 / 0.931, 13/27; then the
     * facts round made on it and the fifth set (hospital and condition counts, lengths and weights, parts of the day): 18/27 with 6 false;
     * then the round made on the sixth set (hospital counts among the injured, "the driver and one passenger"): one-sided wrong 14 to 13;
     * then the seventh set's round ("Two men, aged 41 and 38, were arrested"): 12.
     */
    static final Floors FOURTH = new Floors("fresh-pairs4", 0.96, 0.93, 18, 6, 3, 21, 10);
    /**
     * The fifth set (fresh-pairs5, p41-p50), held out: the figure of its first run, precision 0.899, recall 0.887, conflicts 14/34
     * with 5 false, cosmetic shown 0/5, one-sided facts 24 right and 36 wrong; then fixes by kind made on it and the fourth set: conflicts
     * 21/34 with 3 false, one-sided 24 right and 28 wrong; then the round made on the sixth set (death tolls, sums in two currencies,
     * percentage points, "a man of 61"): 22/34, one-sided wrong 18; then a length of time each side states once, the two within half
     * again of each other ("nearly five hours" / "four hours"): 0.935 / 0.899, 23/34; then no event link between two sentences with
     * counterparts under 0.62 of their counterparts' mean strength (made on it and the sixth and seventh sets): precision 0.947.
     */
    static final Floors FIFTH = new Floors("fresh-pairs5", 0.945, 0.92, 24, 3, 0, 24, 13);
    /**
     * The sixth set (fresh-pairs6, p51-p60), held out: the figure of its first run, precision 0.857, recall 0.709, conflicts 16/34
     * with 5 false, cosmetic shown 0/2, one-sided facts 26 right and 34 wrong; then fixes by kind made on it and an earlier set: conflicts
     * 22/34 with 5 false, one-sided 26 right and 23 wrong; then false conflicts by kind (a length converted to another unit, parts that
     * make the other side's whole, a length of time in several units, the values of the sentences sharing most words): 23/34, 2 false;
     * then a year against "N years ago" across the articles: 25/34, one-sided wrong 19; then alignment by kind (a number of things is no
     * value-kind counterpart of one of people; no weaker second event link from a sentence with a full counterpart): precision 0.889;
     * then a decimal number ends a sentence ("is now 41.8. Almost ...", text.Sentences): 0.907 (0.918 with later value kinds); then no
     * event link between two sentences with counterparts under 0.62 of their counterparts' mean strength: 0.933. The date rounds of
     * stop 37 date two forecast windows: "the rest of the week" one side gives (one-sided right 27) and "over the next two days",
     * which the answers do not count as a fact (one-sided wrong 18). Two dates more than five years apart are two facts (made on the
     * tenth set): false 1 ("2009" / "Tuesday" in p59). The one calendar day each side gives links its sentences (made on the eleventh
     * set; p58 "March 14" / "March 15"): recall 0.865, conflicts 26/34. The one unlinked sentence each side has between the same two
     * counterparts (GapSentences, a round on seen sets; p53, p58): conflicts 28/34, one-sided wrong 14. A share as so many in so many
     * (made on the sixteenth set; p58 "Some 14%" / "Almost one in seven"): one-sided wrong 13.
     */
    static final Floors SIXTH = new Floors("fresh-pairs6", 0.935, 0.875, 28, 1, 0, 27, 13);
    /**
     * The seventh set (fresh-pairs7, p61-p70), held out: the figure of its first run, precision 0.893, recall 0.867, conflicts 22/43
     * with 6 false, cosmetic shown 0/5, one-sided facts 14 right and 29 wrong; then fixes by kind made on it and an earlier set (counts of
     * people around ages and by rescuers, a part of a whole, a passive is no running length, round lengths converted, the rate before a
     * change in points, a title as an unnamed age's noun): conflicts 30/43 with 2 false, one-sided wrong 23; then alignment by kind
     * (background in the past perfect takes no event link to a sentence in another tense): precision 0.915; then two sentences with
     * counterparts take no event link under 0.62 of their counterparts' mean strength (also set 5 p49, set 6 p53): 0.926. Then (made
     * on the fourteenth set) people treated for minor injuries are the injured (p62): conflicts 33/43, one-sided wrong 15.
     */
    static final Floors SEVENTH = new Floors("fresh-pairs7", 0.93, 0.92, 33, 2, 0, 14, 15);
    /**
     * The eighth set (fresh-pairs8, p71-p80), held out: the figure of its first run, precision 0.925, recall 0.748, conflicts 21/43
     * with 3 false, cosmetic shown 0/2, one-sided facts 20 right and 36 wrong; then fixes by kind made on it and an earlier set (a 24-hour
     * time after a word of time, flown or airlifted to hospital, rescuers who bring people out, two unnamed ages of one noun with no role):
     * conflicts 23/43, one-sided 18 right and 34 wrong (the two right lost were a woman's age and the airlifted, listed one-sided only
     * because the answers' one-sided sentences held them; both are now the conflicts the answers give); then a count of people in one
     * state that each article gives once links the two sentences (SentenceAligner; also sets 1, 2, 5, 6, 7): precision 0.930, recall
     * 0.785, one-sided wrong 31; then the subject of an active state verb is no count of that state: conflicts 24/43, false 3; then a
     * length in cm, mm or inches is a length value kind (ValueKinds; also set 7): precision 0.931, recall 0.798; then a move of a
     * company's shares in percent that each article gives once links its two sentences (also sets 5 and 6), with a move during the day
     * and the day's close no conflict: precision 0.932, recall 0.810, conflicts 25/43, one-sided wrong 29; then the one age each
     * article gives is one person (made on the ninth set): conflicts 26/43, one-sided wrong 27; then the one sentence each side gives
     * a person's age in is a counterpart (made on the eleventh set; p75): recall 0.816. Then (made on the thirteenth set) a multiple
     * of a limit is a value (p72 "up to 40 times the safe limit", one-sided as the answers give it): one-sided right 19. The
     * one unlinked sentence each side has between the same two counterparts (GapSentences, seen; p78): conflicts 31/43, one-sided wrong 25.
     */
    static final Floors EIGHTH = new Floors("fresh-pairs8", 0.935, 0.855, 31, 3, 0, 19, 25);
    /**
     * The ninth set (fresh-pairs9, p81-p90), held out: the figure of its first run, precision 0.857, recall 0.652, conflicts 16/49
     * with 9 false, cosmetic shown 0/3, one-sided facts 17 right and 31 wrong; then fixes by kind made on it and an earlier set: the one
     * age each article gives is one person ("Lena Vost, 34," / "a 35-year-old woman", "a 52-year-old Dallian" / "Captain Oren Tal, 53"):
     * conflicts 19/49, one-sided 15 right and 27 wrong (the two right lost were the ages of Tal and Morrow, listed one-sided only
     * because the answers' one-sided sentences hold their names; both are now the conflicts the answers give); then people and their
     * place before their state ("About 8,000 residents of central Kessburg were evacuated"): conflicts 20/49; then a whole rate may be
     * a decimal one rounded ("6.1%" / "6 per cent"): conflicts 21/49, false 8; then an age after a clause or a noun (", aged 61",
     * "at the age of 62", "The driver of the truck, aged 56,"): conflicts 22/49, one-sided wrong 28 ("A teenage boy, aged 15" is read,
     * and its counterpart sentence is not aligned); then a bare hour may be a time rounded to it ("10.05 a.m." / "10 a.m."): false 7;
     * then a number joined to its noun counts it ("five-storey" / "six-storey"): conflicts 23/49; then two dates more than five years
     * apart are two facts (made on the tenth set): false 6, one-sided right 16; then, made on the tenth and eleventh sets, a year one
     * from the other side's links two sentences (p89 "1911" / "1912": conflicts 24/49, one-sided wrong 26) and so does the one sentence
     * each side gives an age in (p81): precision 0.862, recall 0.677.
     */
    static final Floors NINTH = new Floors("fresh-pairs9", 0.86, 0.676, 24, 6, 0, 16, 26);
    /**
     * The tenth set (fresh-pairs10, p91-p100), held out: the figure of its first run, precision 0.840, recall 0.623, conflicts 15/40
     * with 5 false, cosmetic shown 0/2, one-sided facts 17 right and 17 wrong; then a vote told as "in favour" and "against"
     * and its abstentions (VoteTallies): conflicts 16/40; then an occasion called for a date lies ahead (ClauseTense: "have called a
     * general strike for 1 June" took last year's): false 4; then two dates more than five years apart are two facts (Fact.couldBeSame;
     * also set 6 p59 "2009 / Tuesday" and set 9 p82 "2017 / Wednesday"): false 3, one-sided 18 right and 18 wrong (the "2030" that
     * conflicted falsely with a background "2004" is now listed alone; its true counterpart, "January 2029", is in a sentence not aligned);
     * then a year one from the other side's, each the only such year, links two sentences (SentenceAligner.nextYears, made on it and
     * the eleventh set; also set 9 p89 "1911 / 1912"): recall 0.652, conflicts 18/40, one-sided 16 right and 16 wrong (the two right
     * lost, "1999" and "2000" in p99, were listed one-sided only because the answers' one-sided sentences held them; they are now the
     * conflict the answers give, as are "January 2029" / "2030" in p96). The one unlinked sentence each side has between the
     * same two counterparts (GapSentences, seen; p97 "November" / "October"): conflicts 20/40, one-sided wrong 13.
     */
    static final Floors TENTH = new Floors("fresh-pairs10", 0.85, 0.68, 20, 3, 0, 16, 13);
    /**
     * The eleventh set (fresh-pairs11, p101-p110), held out: the figure of its first run, precision 0.953, recall 0.643, conflicts
     * 16/48 with 3 false, cosmetic shown 0/2, one-sided facts 10 right and 26 wrong; then "the 59-year-old" tells again of the one
     * person the other side names, whatever role one side gives (PersonAges.oneEach): conflicts +1, one-sided right 10 to 9 (Lessing's
     * age was listed one-sided only because the answers' one-sided sentence held it; it is now the conflict the answers give); with the
     * year one apart, the one age each side gives and the one calendar day each side gives as value kinds, and weights in grams:
     * precision 0.956, recall 0.688, conflicts 20/48 with 3 false, one-sided 9 right and 21 wrong. Then (all sets) one count of one
     * noun each side gives near the other's (CountedNouns) and the one weekday ahead each side gives (ValueKinds.DAY_AHEAD): recall
     * 0.713; sets 1, 2, 6, 7, 8 and 10 rise too. Then (made on the twelfth set) the one rank each side of a counterpart pair gives
     * (p103 "eighth" / "ninth"): conflicts 21/48; a rate against a fraction in words ("31%" / "almost a third" agree): one-sided wrong 20.
     * Then (made on the fourteenth set) a turnout is a fact of its own (p105 "64%" / "60%"): conflicts 22/48, one-sided wrong 18.
     * Then a year after "in" or a month counts no people (p102 "stepped down in 2023 after he was arrested"): one-sided wrong 17.
     */
    static final Floors ELEVENTH = new Floors("fresh-pairs11", 0.956, 0.71, 22, 3, 0, 9, 17);
    /**
     * The twelfth set (fresh-pairs12, p111-p120), held out: the figure of its first run, precision 0.940, recall 0.816, conflicts 22/40
     * with 2 false, cosmetic shown 0/2, one-sided facts 10 right and 19 wrong; then "have been forced to leave their homes" is an
     * evacuation and "four consecutive years" a length of time (FactExtractor): recall 0.830, conflicts 24/40, one-sided right 9 (the
     * "About 2,000" evacuated was listed one-sided only because the answers' one-sided sentence held it; it is now the conflict the
     * answers give); then one count of things each side of a counterpart pair has left, under nouns alike in meaning or in hectares
     * and acres, is one count (OtherNounCounts: "85,000 cars" / "80,000 vehicles"; also set 2 p17): conflicts 25/40; then the one
     * rank each side of a counterpart pair gives (Ranks: "fifth" / "sixth"; also set 8 p76 and set 11 p103): 26/40; then a rate in
     * percent against the other side's fraction in words (FractionRates: "a 30% rise" / "up by a quarter"; also set 5 p50 and set 11
     * p103 agree): 27/40, one-sided wrong 18. Then (stop 41, on seen sets) a year one apart links no two sentences that each name
     * their own things (p118 "2024" / "2023"): precision 0.955, false 1, one-sided right 11; and the story's weekday in a lead whose
     * counterpart gives no date is no one-sided fact (StoryDay; also sets 1, 3, 4, 5 and 10): one-sided wrong 15.
     */
    static final Floors TWELFTH = new Floors("fresh-pairs12", 0.955, 0.829, 27, 1, 0, 11, 15);
    /**
     * The thirteenth set (fresh-pairs13, p121-p130), held out: the figure of its first run, precision 0.915, recall 0.839, conflicts
     * 21/40 with 4 false, cosmetic shown 0/2, one-sided facts 9 right and 17 wrong; then a clock time on a named clock is
     * Greenwich time, and "11 a.m. Paris time" ends no sentence (ClockZones, text.Sentences): precision 0.929, false 2; a number
     * with a unit of measure counts no dead ("40 tonnes of dead fish"): false 1; an age in an apposition is the role noun's, a place
     * after the noun no name (AgeAppositions): conflicts 22, one-sided wrong 14; a hedged sum of whole millions reaches short of
     * the half million (RoundedSums): 24; a multiple of a limit is a value (Multiples): 25/40; people of the buildings around and
     * people moved out of nearby homes are evacuated: precision 0.930, recall 0.853, conflicts 26/40.
     */
    static final Floors THIRTEENTH = new Floors("fresh-pairs13", 0.929, 0.853, 26, 1, 0, 9, 14);
    /**
     * The fourteenth set (fresh-pairs14, p131-p140), held out: the figure of its first run, precision 0.969, recall 0.898
     * (123/137), conflicts 19/37 with 5 false, cosmetic shown 0/2, one-sided facts 13 right and 12 wrong; then people treated for
     * minor injuries are the injured: 20, wrong 10; a number of passengers and crew counts no passengers alone: false 4; a year
     * compound before a term is a length ("a two-year suspended sentence"): 21; temperatures in °C and °F (Temperatures): 22; "less
     * than a fifth full" and tenths as rates (FractionRates): 23, wrong 8; a turnout is a fact of its own (Turnouts): 24, one-sided
     * 12 right (the share "45.8%" is no longer listed beside the announcement's day, which the answers give as one-sided) and 7 wrong.
     * Then a crowd as one source gives it is a fact of its own, compared once per article (CrowdSources, p137 organisers "25,000" /
     * "30,000"): conflicts 25. Then (made on the fifteenth set) a weekday and a whole month after it are two dates (p137
     * "Wednesday" / "April"): false 3, one-sided wrong 6. Then a time told as the end of something is no time it began (TimeRoles,
     * p140 "began at 4:30 a.m." / "restored at about 3:30 p.m."): false 2.
     */
    static final Floors FOURTEENTH = new Floors("fresh-pairs14", 0.969, 0.897, 25, 2, 0, 12, 6);
    /**
     * The fifteenth set (fresh-pairs15, p141-p150), held out: the figure of its first run, precision 0.923, recall 0.901
     * (128/142), conflicts 21/37 with 2 false, cosmetic shown 0/2, one-sided facts 8 right and 18 wrong; then "halved" is a change
     * by a half (p147 "fallen by 50%" no longer one-sided) and a weekday and a whole month after it are two dates (p147 "on
     * Wednesday" / "in May", each now listed alone): false 1, one-sided 9 right and 18 wrong; an annual sum is a sum per year
     * (p141 "£60 million a year" / "annual savings of £60m"): wrong 16; an age with no noun is a person's (p142 "a 23-year-old
     * student" / "a 24-year-old,"): conflicts 22/37, one-sided wrong 15.
     */
    static final Floors FIFTEENTH = new Floors("fresh-pairs15", 0.922, 0.901, 22, 1, 0, 9, 15);
    /**
     * The sixteenth set (fresh-pairs16, p151-p160), held out: the figure of its first run, precision 0.903, recall 0.791
     * (110/139), conflicts 15/33 with 5 false, cosmetic shown 0/2, one-sided facts 10 right and 17 wrong. Then a negated "resume ...
     * until" is the time it resumed (p151), sums in pence (p158), "a year's treatment would cost" a sum per year (p156), a share as so
     * many in so many (p156 "One in five") and a rate and a fraction of one whole (p152): conflicts 20/33, false 3, one-sided 11 right
     * and 12 wrong; the whole of a part is a count too (p155): false 2; "since" is no shared content word (p160): false 1, right 14.
     * Then (made on the seventeenth set) how many times something happened is a count of times (p159 "four times" / "three
     * times"): conflicts 21/33.
     */
    static final Floors SIXTEENTH = new Floors("fresh-pairs16", 0.903, 0.791, 21, 1, 0, 14, 12);
    /**
     * The seventeenth set (fresh-pairs17, p161-p170), held out: the figure of its first run, precision 0.944, recall 0.701
     * (82/117), conflicts 8/24 with 2 false, cosmetic shown 0/2, one-sided facts 13 right and 21 wrong. Then a number before a
     * length ("within 400 metres") counts no people (p170): its wrong "400 evacuated" had counted right, only because its sentence
     * is one-sided for another reason: right 12; a year before 1900 is a year to the aligner (p166 "in 1893" / "136 years ago"):
     * precision 0.946, recall 0.718; a count of times (p162 "twice" / "three times"): conflicts 9/24; a fraction before a
     * comparison is a change in percent (p169 "a third more than planned" / "33% over budget"): one-sided wrong 20; a sum in
     * brackets after a value is its conversion, not one-sided (p161, p164, p169): wrong 17. Then a time on a named zone is turned
     * to Greenwich time (p164 "14:32 UTC" / "16:32 Central European Summer Time"): the two agree, so neither is listed; the UTC one
     * had counted right only because its sentence is one-sided for another reason: right 11, wrong 16; "over six years" after a
     * verb of travel is during, and a journey or search begun N years ago spans N years (p164, p166): conflicts 11/24; a past
     * perfect that tells a first is no background (p161 "No woman had ever won ... before"): precision 0.947, recall 0.735; a date
     * inside a length compared with the other side is no one-sided date (p164 "began seven years ago", p166 "eight years ago"):
     * wrong 14; p162's "in 32 days", read as a date, goes too (it agrees with "32 days later"): it had counted right only because
     * its sentence is one-sided for another reason: right 10.
     */
    static final Floors SEVENTEENTH = new Floors("fresh-pairs17", 0.946, 0.734, 11, 2, 0, 10, 14);
    /**
     * The eighteenth set (fresh-pairs18, p171-p180), held out: the figure of its first run, precision 0.982, recall 0.786
     * (99/126), conflicts 13/29 with 4 false, cosmetic shown 0/5, one-sided facts 4 right and 25 wrong. Then two lower bounds of a
     * length of time in two units are one bound (p178 "at least six weeks" / "at least a month and a half") and a weekday before
     * a plural noun is no date (WeekdayNouns, p176 "the end of Saturday deliveries"): false 2.
     */
    static final Floors EIGHTEENTH = new Floors("fresh-pairs18", 0.981, 0.785, 13, 2, 0, 4, 25);
    private static final Set<String> VALUE_FILLERS = Set.of("at", "least", "about", "almost", "a", "the", "percent", "minute",
            "minutes", "people", "euros");

    @TempDir
    static Path dir;
    static AppContext ctx;
    static Map<String, Long> ids = new TreeMap<>();

    /**
     * A set's floors: alignment precision and recall, conflicts found, false conflicts, cosmetic variants shown as
     * changes, and the one-sided facts listed that the answers give as one-sided (right) or not (wrong).
     */
    record Floors(String folder, double precision, double recall, int found, int falseConflicts, int cosmeticShown, int oneSidedRight,
            int oneSidedWrong) {
    }

    /** What one run of a set scores. */
    record Score(double precision, double recall, int found, int goldConflicts, int falseConflicts, int cosmeticShown, int oneSidedRight,
            int oneSidedWrong, int oneSidedAnswersShown, int oneSidedAnswers, String report) {
        List<String> failures(Floors f) {
            List<String> out = new ArrayList<>();
            if (precision < f.precision()) out.add("precision " + precision + " < " + f.precision());
            if (recall < f.recall()) out.add("recall " + recall + " < " + f.recall());
            if (found < f.found()) out.add("conflicts found " + found + " < " + f.found());
            if (falseConflicts > f.falseConflicts()) out.add("false conflicts " + falseConflicts + " > " + f.falseConflicts());
            if (cosmeticShown > f.cosmeticShown()) out.add("cosmetic shown as changes " + cosmeticShown + " > " + f.cosmeticShown());
            if (oneSidedRight < f.oneSidedRight()) out.add("one-sided facts right " + oneSidedRight + " < " + f.oneSidedRight());
            if (oneSidedWrong > f.oneSidedWrong()) out.add("one-sided facts wrong " + oneSidedWrong + " > " + f.oneSidedWrong());
            return out;
        }
    }

    record Conflict(int a, int b, String fact, String valueA, String valueB) {
    }

    record Cosmetic(int a, int b, String textA, String textB) {
    }

    static final class Answers {
        final Set<List<Integer>> align = new HashSet<>();
        final List<Conflict> conflicts = new ArrayList<>();
        final List<Cosmetic> cosmetic = new ArrayList<>();
        final Set<Integer> onlyA = new HashSet<>();
        final Set<Integer> onlyB = new HashSet<>();
    }

    @BeforeAll
    static void importAndRecognise() throws IOException {
        ctx = TestLibrary.context(dir.resolve("library.db"));
        List<Path> files = new ArrayList<>();
        for (Floors set : List.of(FIRST, SECOND, THIRD, FOURTH, FIFTH, SIXTH, SEVENTH, EIGHTH, NINTH, TENTH, ELEVENTH, TWELFTH, THIRTEENTH, FOURTEENTH,
                FIFTEENTH, SIXTEENTH, SEVENTEENTH, EIGHTEENTH)) {
            try (var s = Files.list(folder(set.folder()).resolve("articles"))) {
                files.addAll(s.filter(p -> p.getFileName().toString().matches("p\\d{2,3}-[ab]\\.txt")).sorted().toList());
            }
        }
        assertEquals(360, files.size(), files.toString());
        ImportReport report = ctx.imports().importPaths(files, Progress.NONE);
        assertEquals(360, report.importedIds().size(), report.summary());
        NlpService.Summary summary = new NlpService(ctx.database(), ctx.articles(), SharedRecognizers.app()).processPending(Progress.NONE);
        assertEquals(360, summary.processed());
        for (int i = 0; i < files.size(); i++) ids.put(files.get(i).getFileName().toString().replace(".txt", ""), report.importedIds().get(i));
    }

    @AfterAll
    static void close() {
        if (ctx != null) ctx.close();
    }

    static Path folder(String name) {
        try {
            return Path.of(Objects.requireNonNull(FreshPairsTest.class.getResource("/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Answers> readGold(Path file) throws IOException {
        Map<String, Answers> out = new LinkedHashMap<>();
        Answers cur = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] kw = line.split(" ", 2);
            if (kw[0].equals("pair")) {
                cur = new Answers();
                out.put(kw[1].strip(), cur);
                continue;
            }
            String[] parts = kw[1].split("\\|");
            String[] nums = parts[0].strip().split("\\s+");
            switch (kw[0]) {
                case "align" -> cur.align.add(List.of(Integer.parseInt(nums[0]), Integer.parseInt(nums[1])));
                case "conflict" -> cur.conflicts.add(new Conflict(Integer.parseInt(nums[0]), Integer.parseInt(nums[1]), parts[1].strip(),
                        parts[2].strip(), parts[3].strip()));
                case "cosmetic" -> {
                    String[] v = parts[1].strip().split(" / ");
                    cur.cosmetic.add(new Cosmetic(Integer.parseInt(nums[0]), Integer.parseInt(nums[1]), v[0].strip(), v[1].strip()));
                }
                case "onlyA" -> cur.onlyA.add(Integer.parseInt(nums[0]));
                case "onlyB" -> cur.onlyB.add(Integer.parseInt(nums[0]));
                default -> throw new IllegalArgumentException(line);
            }
        }
        return out;
    }

    static List<String> sentences(Path folder, String name) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(folder.resolve("sentences").resolve(name + ".tsv"), StandardCharsets.UTF_8)) {
            if (!l.isBlank()) out.add(l.split("\t", 2)[1]);
        }
        return out;
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The reader's sentences (numbered from 1) that a range of the app's holds or lies in. */
    private static Set<Integer> readerSentences(List<String> reader, String range) {
        String t = norm(range);
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < reader.size(); i++) {
            String s = norm(reader.get(i));
            if (t.contains(s) || s.contains(t)) out.add(i + 1);
        }
        return out;
    }

    private static Set<Integer> side(List<String> reader, List<Comparison.SentenceText> ranges) {
        Set<Integer> out = new HashSet<>();
        for (Comparison.SentenceText r : ranges) out.addAll(readerSentences(reader, r.text()));
        return out;
    }

    private static Set<String> valueWords(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("[a-z0-9]+").matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) if (!VALUE_FILLERS.contains(m.group())) out.add(m.group());
        return out;
    }

    private static boolean meets(Set<String> x, Set<String> y) {
        Set<String> s = new HashSet<>(x);
        s.retainAll(y);
        return !s.isEmpty();
    }

    /** Whether a non-cosmetic diff span covers {@code variant} in one side of an aligned pair. */
    private static boolean shownAsChange(List<Comparison.SentenceText> ranges, List<DiffSpan> diffs, String variant) {
        for (Comparison.SentenceText r : ranges) {
            int at = r.text().indexOf(variant);
            if (at < 0) continue;
            int s = r.start() + at, e = s + variant.length();
            for (DiffSpan d : diffs) if (d.kind() != DiffKind.COSMETIC && d.start() < e && d.end() > s) return true;
        }
        return false;
    }

    @Test
    void freshPairsHoldTodaysFigure() throws IOException {
        Score s = score(FIRST);
        List<String> failures = s.failures(FIRST);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    /**
     * The articles of every set as one library's stories (issue 15 item 3; performance.md "Threads share a subject"): every
     * pair is its own event, written on its own invented subject, so a story should hold one pair and a thread should join
     * no two pairs' stories but those of one subject. Held at today's figures on the 360 articles of eighteen sets: stories
     * precision 0.918 (four stories of two pairs each: two signings by one club two days apart, two cocaine seizures, two
     * telecoms' results, two exam results on one day), recall 1; stories of different pairs in one thread 35 (on the 340
     * articles of seventeen sets, 67 before a thread needed a shared name other than a weekday or month, 31 after). Read
     * from a full regrouping, as {@code stories --rebuild} gives them.
     */
    @Test
    void theLibrarysStoriesAreItsPairsAndThreadsShareASubject() {
        ctx.stories().rebuild(Progress.NONE);
        StoryGrouping g = ctx.stories().stories();
        Map<Long, String> pairOf = new TreeMap<>();
        ids.forEach((name, id) -> pairOf.put(id, name.substring(0, name.indexOf('-'))));
        Map<Long, Integer> story = new TreeMap<>(), topic = new TreeMap<>();
        for (int i = 0; i < g.stories().size(); i++) for (long id : g.stories().get(i).members()) story.put(id, i);
        for (int i = 0; i < g.topics().size(); i++) for (long id : g.topics().get(i).members()) topic.put(id, i);
        int tp = 0, fp = 0, fn = 0;
        Set<String> threadLinks = new TreeSet<>();
        List<Long> all = new ArrayList<>(pairOf.keySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                long a = all.get(i), b = all.get(j);
                boolean gold = pairOf.get(a).equals(pairOf.get(b)), same = story.get(a).equals(story.get(b));
                if (gold && same) tp++;
                else if (same) fp++;
                else if (gold) fn++;
                if (!same && topic.get(a).equals(topic.get(b)) && !gold) {
                    String x = pairOf.get(a), y = pairOf.get(b);
                    threadLinks.add(x.compareTo(y) < 0 ? x + "/" + y : y + "/" + x);
                }
            }
        }
        double precision = tp / (double) (tp + fp), recall = tp / (double) (tp + fn);
        String report = String.format(Locale.ROOT, "stories P %.3f R %.3f (%d right, %d wrong, %d missed pairs); threads joining"
                + " different pairs' stories %d: %s", precision, recall, tp, fp, fn, threadLinks.size(), threadLinks);
        System.out.println("Fresh pairs as one library: " + report);
        assertTrue(precision >= 0.917 && recall >= 1.0, report);
        assertTrue(threadLinks.size() <= 35, report);
    }

    @Test
    void secondFreshPairsHoldTodaysFigure() throws IOException {
        Score s = score(SECOND);
        List<String> failures = s.failures(SECOND);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void thirdFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(THIRD);
        List<String> failures = s.failures(THIRD);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void fourthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(FOURTH);
        List<String> failures = s.failures(FOURTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void fifthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(FIFTH);
        List<String> failures = s.failures(FIFTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void sixthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(SIXTH);
        List<String> failures = s.failures(SIXTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void seventhFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(SEVENTH);
        List<String> failures = s.failures(SEVENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void eighthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(EIGHTH);
        List<String> failures = s.failures(EIGHTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void ninthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(NINTH);
        List<String> failures = s.failures(NINTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void tenthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(TENTH);
        List<String> failures = s.failures(TENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void eleventhFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(ELEVENTH);
        List<String> failures = s.failures(ELEVENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void twelfthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(TWELFTH);
        List<String> failures = s.failures(TWELFTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }
    @Test
    void thirteenthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(THIRTEENTH);
        List<String> failures = s.failures(THIRTEENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void fourteenthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(FOURTEENTH);
        List<String> failures = s.failures(FOURTEENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void fifteenthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(FIFTEENTH);
        List<String> failures = s.failures(FIFTEENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void sixteenthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(SIXTEENTH);
        List<String> failures = s.failures(SIXTEENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void seventeenthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(SEVENTEENTH);
        List<String> failures = s.failures(SEVENTEENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    @Test
    void eighteenthFreshPairsHoldTheirHeldOutFigure() throws IOException {
        Score s = score(EIGHTEENTH);
        List<String> failures = s.failures(EIGHTEENTH);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }

    /** Whether a listed one-sided fact lies in one of the answers' one-sided sentences of its side. */
    private static Set<Integer> factSentences(List<String> reader, String text, Comparison.FactValue v) {
        return readerSentences(reader, text.substring(v.sentenceStart(), v.sentenceEnd()));
    }

    static Score score(Floors set) throws IOException {
        Path folder = folder(set.folder());
        Map<String, Answers> gold = readGold(folder.resolve("gold.txt"));
        assertEquals(10, gold.size());
        StringBuilder report = new StringBuilder("Fresh same-event pairs (" + set.folder() + "/gold.txt)\n");
        int osRight = 0, osWrong = 0, osShown = 0, osAnswers = 0;
        double right = 0;
        int pairs = 0, cosmeticCount = 0, goldSentences = 0, linkedSentences = 0, found = 0, falseConflicts = 0, goldConflicts = 0, shown = 0;
        for (Map.Entry<String, Answers> e : gold.entrySet()) {
            String p = e.getKey();
            Answers g = e.getValue();
            List<String> ra = sentences(folder, p + "-a"), rb = sentences(folder, p + "-b");
            var compared = ctx.compare().compare(ids.get(p + "-a"), ids.get(p + "-b")).orElseThrow();
            Comparison c = compared.comparison();
            Set<Integer> shownA = new HashSet<>(), shownB = new HashSet<>();
            for (Comparison.OneSidedFact f : c.facts().onlyA()) {
                Set<Integer> at = factSentences(ra, compared.a().text(), f.value());
                boolean ok = at.stream().anyMatch(g.onlyA::contains);
                if (ok) osRight++;
                else osWrong++;
                Set<Integer> in = new HashSet<>(at);
                in.retainAll(g.onlyA);
                shownA.addAll(in);
                report.append(String.format("%s one-sided A %s %s: %s (A%s)%n", p, ok ? "right" : "wrong", f.fact(), f.value().text(), at));
            }
            for (Comparison.OneSidedFact f : c.facts().onlyB()) {
                Set<Integer> at = factSentences(rb, compared.b().text(), f.value());
                boolean ok = at.stream().anyMatch(g.onlyB::contains);
                if (ok) osRight++;
                else osWrong++;
                Set<Integer> in = new HashSet<>(at);
                in.retainAll(g.onlyB);
                shownB.addAll(in);
                report.append(String.format("%s one-sided B %s %s: %s (B%s)%n", p, ok ? "right" : "wrong", f.fact(), f.value().text(), at));
            }
            osAnswers += g.onlyA.size() + g.onlyB.size();
            osShown += shownA.size() + shownB.size();
            Set<List<Integer>> linked = new HashSet<>();
            for (Comparison.PairDiff pd : c.pairs()) {
                Set<Integer> a = side(ra, pd.a()), b = side(rb, pd.b());
                pairs++;
                Set<Integer> okA = new HashSet<>(), okB = new HashSet<>();
                for (int x : a) {
                    for (int y : b) {
                        if (!g.align.contains(List.of(x, y))) continue;
                        okA.add(x);
                        okB.add(y);
                        linked.add(List.of(x, y));
                    }
                }
                String verdict = !a.isEmpty() && !b.isEmpty() && okA.equals(a) && okB.equals(b) ? "right" : okA.isEmpty() ? "WRONG" : "PARTLY";
                right += verdict.equals("right") ? 1 : verdict.equals("PARTLY") ? 0.5 : 0;
                if (!verdict.equals("right")) report.append(String.format("%s %s A%s ~ B%s%n", p, verdict, a, b));
            }
            Set<Integer> goldA = new HashSet<>(), goldB = new HashSet<>(), linA = new HashSet<>(), linB = new HashSet<>();
            for (List<Integer> l : g.align) {
                goldA.add(l.get(0));
                goldB.add(l.get(1));
            }
            for (List<Integer> l : linked) {
                linA.add(l.get(0));
                linB.add(l.get(1));
            }
            goldSentences += goldA.size() + goldB.size();
            linkedSentences += linA.size() + linB.size();
            for (int x : goldA) if (!linA.contains(x)) report.append(String.format("%s missed A%d%n", p, x));
            for (int y : goldB) if (!linB.contains(y)) report.append(String.format("%s missed B%d%n", p, y));
            Set<Integer> used = new HashSet<>();
            for (Conflict gc : g.conflicts) {
                goldConflicts++;
                boolean hit = false;
                for (int k = 0; k < c.facts().conflicts().size() && !hit; k++) {
                    Comparison.Conflict cf = c.facts().conflicts().get(k);
                    if (used.contains(k)) continue;
                    if (meets(valueWords(cf.a().text()), valueWords(gc.valueA())) && meets(valueWords(cf.b().text()), valueWords(gc.valueB()))
                            && ra.get(gc.a() - 1).toLowerCase(Locale.ROOT).contains(cf.a().text().toLowerCase(Locale.ROOT))
                            && rb.get(gc.b() - 1).toLowerCase(Locale.ROOT).contains(cf.b().text().toLowerCase(Locale.ROOT))) {
                        used.add(k);
                        hit = true;
                    }
                }
                if (hit) found++;
                else report.append(String.format("%s conflict missed %s: %s / %s%n", p, gc.fact(), gc.valueA(), gc.valueB()));
            }
            for (int k = 0; k < c.facts().conflicts().size(); k++) {
                if (used.contains(k)) continue;
                Comparison.Conflict cf = c.facts().conflicts().get(k);
                falseConflicts++;
                report.append(String.format("%s false conflict %s: %s / %s%n", p, cf.fact(), cf.a().text(), cf.b().text()));
            }
            cosmeticCount += g.cosmetic.size();
            for (Cosmetic v : g.cosmetic) {
                for (Comparison.PairDiff pd : c.pairs()) {
                    if (!side(ra, pd.a()).contains(v.a()) || !side(rb, pd.b()).contains(v.b())) continue;
                    if (shownAsChange(pd.a(), pd.diffA(), v.textA()) || shownAsChange(pd.b(), pd.diffB(), v.textB())) {
                        shown++;
                        report.append(String.format("%s cosmetic shown as a change: %s / %s%n", p, v.textA(), v.textB()));
                    }
                    break;
                }
            }
        }
        double precision = right / pairs, recall = (double) linkedSentences / goldSentences;
        report.append(String.format(Locale.ROOT, "%d aligned pairs: precision %.3f, recall %.3f (%d/%d sentences); conflicts found %d/%d,"
                + " false %d; cosmetic variants shown as changes %d/%d; one-sided facts listed %d right, %d wrong"
                + " (answers' one-sided sentences with a listed fact %d/%d)%n", pairs, precision, recall, linkedSentences, goldSentences,
                found, goldConflicts, falseConflicts, shown, cosmeticCount, osRight, osWrong, osShown, osAnswers));
        System.out.println(report);
        return new Score(precision, recall, found, goldConflicts, falseConflicts, shown, osRight, osWrong, osShown, osAnswers,
                report.toString());
    }
}
