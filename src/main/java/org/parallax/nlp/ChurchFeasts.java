package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * Church feasts that SUTime does not know, each a day the calendar gives for every year: Pentecost (Whitsun), Ascension
 * Day and Corpus Christi from Easter, the Orthodox Easter (the Julian reckoning), Advent Sunday ("the first Sunday of
 * Advent"), and the start of Lent (Ash Wednesday). Each is added as a date mention over whatever SUTime made of its words
 * ("Easter" in "the Orthodox Easter", "Sunday" in "the first Sunday of Advent") and placed as a feast is: a past verb
 * takes the last one, a future verb the next, no tense the nearest. Not "the Lent term" or "Advent calendar". Stateless.
 */
final class ChurchFeasts {

    private ChurchFeasts() {
    }

    /** The value these mentions carry, for {@link #range} to know them. */
    static final String VALUE = "CHURCH_FEAST";
    private static final Pattern FEAST = Pattern.compile("\\b(?:(?:the\\s+)?(?:start|beginning)\\s+of\\s+(Lent)\\b"
            + "|(Pentecost|Whitsun(?:day)?|Ascension\\s+Day|Corpus\\s+Christi|Advent\\s+Sunday)\\b"
            + "|(?:the\\s+)?(?:first\\s+Sunday\\s+(?:of|in)\\s+)(Advent)\\b"
            + "|(?:the\\s+)?(Orthodox)\\s+Easter(?:\\s+Sunday)?\\b)");
    /** After a feast's name: a noun it names a kind of thing by ("the Pentecost term", "an Advent Sunday service"). */
    private static final Pattern THING_AFTER = Pattern.compile("^\\s+(?:term|service|calendar|collection|appeal|fair|concert|week)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether {@code words} name such a feast ("the first Sunday of Advent" is no Sunday of the article's week). */
    static boolean names(String words) {
        return FEAST.matcher(words).find();
    }

    /** The mentions with each feast added over the date mentions inside its words. */
    static List<RawMention> added(String text, List<RawMention> dates) {
        return YearlyDays.added(text, dates, FEAST, THING_AFTER, VALUE);
    }

    /** The feast's day, placed around {@code docDate} by the tense of its clause; null for any other mention. */
    static DateRange range(String text, RawMention m, LocalDate docDate) {
        if (docDate == null || !VALUE.equals(m.timexValue())) return null;
        IntFunction<LocalDate> feast = feast(text.substring(m.start(), m.end()));
        if (feast == null) return null;
        ClauseTense.Tense tense = ClauseTense.of(text, m.start(), m.end());
        LocalDate day;
        if (ClauseTense.conditional(text, m.start(), m.end())) {
            // "said last week it would light the tree on the first Sunday of Advent": the next one from a recent past
            day = feast.apply(docDate.getYear());
            while (day.isBefore(docDate.minusDays(14))) day = feast.apply(day.getYear() + 1);
        } else {
            day = YearlyDays.byTense(feast, tense, docDate);
        }
        return new DateRange(day, day, DatePrecision.DAY);
    }

    private static IntFunction<LocalDate> feast(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.contains("lent")) return y -> DateAnchoring.easterSunday(y).minusDays(46);
        if (w.contains("orthodox")) return ChurchFeasts::orthodoxEaster;
        if (w.contains("advent")) return y -> LocalDate.of(y, 12, 25).minusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (w.contains("ascension")) return y -> DateAnchoring.easterSunday(y).plusDays(39);
        if (w.contains("corpus")) return y -> DateAnchoring.easterSunday(y).plusDays(60);
        if (w.startsWith("pentecost") || w.startsWith("whitsun")) return y -> DateAnchoring.easterSunday(y).plusDays(49);
        return null;
    }

    /** The Orthodox Easter Sunday of {@code y} in the Gregorian calendar (Meeus's Julian reckoning, 1900-2099: +13 days). */
    static LocalDate orthodoxEaster(int y) {
        int a = y % 4, b = y % 7, c = y % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(y, month, day).plusDays(13);
    }
}
