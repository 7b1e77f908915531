package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * Named days of the civil year that SUTime does not know, each a day the calendar gives for every year: fixed days
 * ("Bonfire Night", "Burns Night", "Twelfth Night", "Hogmanay", "Armistice Day", "St Andrew's Day", "Juneteenth",
 * "Australia Day", "Orthodox Christmas") and days fixed by rule ("Remembrance Sunday", the second Sunday of November;
 * "Pancake Day", Shrove Tuesday; "Ascension Day", the fortieth day of Easter; the American "Veterans Day", "Martin
 * Luther King Jr. Day" and "Presidents' Day", the last two the third Monday of January and of February). SUTime reads
 * "Bonfire Night" as tonight, "Remembrance Sunday" as the Sunday nearest the story and "Orthodox Christmas" as 25
 * December. Each is added as a date mention over whatever SUTime made of its words and placed as {@link ChurchFeasts}
 * places a feast: a past verb takes the last one, a future verb the next, no tense the nearest. "The day after" or
 * "before" such a day is its neighbour. Not a thing named after the day ("the Burns Night calendar", "the Armistice Day
 * appeal"). Stateless.
 */
final class NamedDays {

    private NamedDays() {
    }

    /** The value these mentions carry, for {@link #range} to know them. */
    static final String VALUE = "NAMED_DAY";
    private static final Pattern DAY = Pattern.compile("\\b(?:(?:[Tt]he\\s+day\\s+(?:after|before)\\s+)?"
            + "(?:Bonfire\\s+Night|Guy\\s+Fawkes\\s+Night|Burns\\s+Night|Twelfth\\s+Night"
            + "|Hogmanay|Armistice\\s+Day|Remembrance\\s+(?:Sunday|Day)|St\\.?\\s+(?:Andrew|David|George|Stephen)'s\\s+Day"
            + "|Juneteenth|Australia\\s+Day|Anzac\\s+Day|Waitangi\\s+Day|Canada\\s+Day|Bastille\\s+Day|Orthodox\\s+Christmas"
            + "|Pancake\\s+Day|Ascension\\s+Day|Veterans['\u2019]?\\s+Day|Martin\\s+Luther\\s+King(?:,?\\s+Jr\\.?)?\\s+Day"
            + "|Presidents['\u2019]?\\s+Day|President['\u2019]s\\s+Day))(?![\\p{L}\\d])");
    private static final Pattern SHIFT = Pattern.compile("the day (after|before) ");
    /** After the day's name: a noun naming a kind of thing by it ("the Armistice Day appeal", "a Burns Night calendar"). */
    private static final Pattern THING_AFTER = Pattern.compile("^\\s+(?:term|calendar|appeal|poppy|poppies|collection|edition|issue)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether {@code words} name such a day ("Remembrance Sunday" is no Sunday of the article's week). */
    static boolean names(String words) {
        return DAY.matcher(words).find();
    }

    /** The mentions with each named day added over the date mentions inside its words. */
    static List<RawMention> added(String text, List<RawMention> dates) {
        return YearlyDays.added(text, tailsCut(text, dates), DAY, THING_AFTER, VALUE);
    }

    /** A verb SUTime reads as a season ("Day falls": autumn), no date once the day's name is cut off. */
    private static final Pattern FALL_VERB = Pattern.compile("^(?:falls?|fell)$", Pattern.CASE_INSENSITIVE);
    private static final String INTERSECT = " INTERSECT ";

    /**
     * SUTime's mention that starts inside a named day's words and runs past them ("Presidents' [Day next year]",
     * "Ascension [Day falls] on 3 June") would keep the name from being read: the mention is cut to what follows the name
     * ("next year", valued by what SUTime gave before its "INTERSECT"), or dropped when that is only "falls".
     */
    private static List<RawMention> tailsCut(String text, List<RawMention> dates) {
        Matcher f = DAY.matcher(text);
        List<RawMention> out = null;
        while (f.find()) {
            int start = f.start(), end = f.end();
            List<RawMention> base = out == null ? dates : out;
            for (int i = 0; i < base.size(); i++) {
                RawMention m = base.get(i);
                if (m.start() <= start || m.start() >= end || m.end() <= end) continue;
                if (out == null) out = new ArrayList<>(dates);
                String rest = text.substring(end, m.end());
                int lead = rest.length() - rest.stripLeading().length();
                String v = m.timexValue();
                if (FALL_VERB.matcher(rest.strip()).matches() || v == null) {
                    out.remove(i);
                } else {
                    out.set(i, new RawMention(end + lead, m.end(), rest.strip(), m.type(), m.nerTag(), m.timexType(),
                            v.contains(INTERSECT) ? v.substring(0, v.indexOf(INTERSECT)) : v));
                }
                break;
            }
        }
        return out == null ? dates : out;
    }

    /** The named day, placed around {@code docDate} by the tense of its clause; null for any other mention. */
    static DateRange range(String text, RawMention m, LocalDate docDate) {
        if (docDate == null || !VALUE.equals(m.timexValue())) return null;
        IntFunction<LocalDate> named = day(text.substring(m.start(), m.end()));
        if (named == null) return null;
        ClauseTense.Tense tense = ClauseTense.of(text, m.start(), m.end());
        LocalDate day = YearlyDays.byTense(named, tense, docDate);
        return new DateRange(day, day, DatePrecision.DAY);
    }

    private static IntFunction<LocalDate> day(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("st. ", "st ");
        Matcher shift = SHIFT.matcher(w);
        if (shift.lookingAt()) {
            // "the day after Twelfth Night": the named day's neighbour
            IntFunction<LocalDate> named = day(w.substring(shift.end()));
            int by = shift.group(1).equals("after") ? 1 : -1;
            return named == null ? null : y -> named.apply(y).plusDays(by);
        }
        if (w.equals("remembrance sunday")) {
            return y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
        }
        if (w.equals("pancake day")) return y -> DateAnchoring.easterSunday(y).minusDays(47);
        if (w.equals("ascension day")) return y -> DateAnchoring.easterSunday(y).plusDays(39); // the fortieth day of Easter
        if (w.startsWith("martin luther king")) { // the third Monday of January
            return y -> LocalDate.of(y, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        }
        if (w.startsWith("president")) return y -> LocalDate.of(y, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        if (w.startsWith("veterans")) return y -> LocalDate.of(y, 11, 11);
        int[] md = switch (w) {
            case "bonfire night", "guy fawkes night" -> new int[] {11, 5};
            case "burns night" -> new int[] {1, 25};
            case "twelfth night" -> new int[] {1, 5};
            case "hogmanay" -> new int[] {12, 31};
            case "armistice day", "remembrance day" -> new int[] {11, 11};
            case "st andrew's day" -> new int[] {11, 30};
            case "st david's day" -> new int[] {3, 1};
            case "st george's day" -> new int[] {4, 23};
            case "st stephen's day" -> new int[] {12, 26};
            case "juneteenth" -> new int[] {6, 19};
            case "australia day" -> new int[] {1, 26};
            case "anzac day" -> new int[] {4, 25};
            case "waitangi day" -> new int[] {2, 6};
            case "canada day" -> new int[] {7, 1};
            case "bastille day" -> new int[] {7, 14};
            case "orthodox christmas" -> new int[] {1, 7};
            default -> null;
        };
        return md == null ? null : y -> LocalDate.of(y, md[0], md[1]);
    }
}
