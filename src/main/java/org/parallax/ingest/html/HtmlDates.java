package org.parallax.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.text.Accents;

/**
 * Reads the calendar date out of the date strings pages put in their metadata (ISO 8601 with or without a time
 * and zone, RFC 1123, "March 4, 2023"). The date is taken as written, because the page's own date is what a reader
 * sees printed; only a UTC timestamp is moved to the day in the zone the page's language names ({@link #parseUtcIn}).
 */
public final class HtmlDates {
    /** Lower case with the dotted and dotless i of Turkish and Azerbaijani ("İ" to "i", "I" to "ı"). */
    static final Locale TURKIC = Locale.forLanguageTag("tr");
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s].*)");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)");
    private static final List<DateTimeFormatter> TEXT_FORMATS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    /** Month names and abbreviations in English, German and French, and month names in seven more languages, lower case. */
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_WORD = "(\\p{L}{3,12})\\.?";
    /** "2023-11-05", "05.11.2023", "5. November 2023", "November 5, 2023", "5 novembre 2023", "5 de marzo de 2023". */
    private static final Pattern IN_TEXT = Pattern.compile("(?iU)\\b(?:(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b"
            + "|(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b"
            // Spanish and Portuguese set "de" between the parts ("9 de marzo de 2037", "16 de março de 2037")
            + "|(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s+(?:de\\s+)?" + MONTH_WORD + ",?\\s+(?:del?\\s+)?(\\d{4})\\b"
            + "|" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b)");
    private static final Pattern UTC_STAMP = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(?:Z|[+-]00:?00)");
    /** Languages whose countries keep Central European Time. */
    private static final java.util.Set<String> CET_LANGUAGES = java.util.Set.of("de", "fr", "it", "nl", "pl", "cs", "sk", "da",
            "sv", "no", "nb", "hu", "sl", "hr", "es", "lb");
    /**
     * Languages spoken in one time zone's day: the languages of India written in their own scripts and Sinhala (India
     * Standard Time and Sri Lanka's, both five and a half hours ahead), Nepali, Hebrew and Amharic. Bengali, Urdu,
     * Punjabi and Pashto are each written on both sides of a border between zones and are not among them.
     */
    private static final Map<String, ZoneId> SINGLE_ZONE_LANGUAGES = Map.ofEntries(
            Map.entry("hi", ZoneId.of("Asia/Kolkata")), Map.entry("mr", ZoneId.of("Asia/Kolkata")),
            Map.entry("gu", ZoneId.of("Asia/Kolkata")), Map.entry("ta", ZoneId.of("Asia/Kolkata")),
            Map.entry("te", ZoneId.of("Asia/Kolkata")), Map.entry("kn", ZoneId.of("Asia/Kolkata")),
            Map.entry("ml", ZoneId.of("Asia/Kolkata")), Map.entry("or", ZoneId.of("Asia/Kolkata")),
            Map.entry("as", ZoneId.of("Asia/Kolkata")), Map.entry("si", ZoneId.of("Asia/Colombo")),
            Map.entry("ne", ZoneId.of("Asia/Kathmandu")), Map.entry("he", ZoneId.of("Asia/Jerusalem")),
            Map.entry("iw", ZoneId.of("Asia/Jerusalem")), Map.entry("am", ZoneId.of("Africa/Addis_Ababa")));
    /** At most a place or a label of up to three words, or two places set apart by a bar ("Hofheim | Wiesbaden, "). */
    private static final Pattern DATELINE_LEAD = Pattern.compile("(?U)(?:\\p{L}[\\p{L}.\\-]*\\s*){0,3}(?:\\|\\s*(?:\\p{L}[\\p{L}.\\-]*\\s*){1,3})?[,:(]?\\s*");
    private static final Pattern DATELINE_TAIL = Pattern.compile("(?U)\\s*(?:$|[\\p{Pd}|:\"„“«»(/]|,?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:uhr|h)?\\s*(?:$|[\\p{Pd}|]))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");
    /** A date in a page's URL path: "/2019/04/19/", "/2019-04-19-", "/20190419/". */
    private static final Pattern IN_URL = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/\\-_.]|$)"
            + "|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/\\-_.]|$)");
    /** A day, month and year as a folder of a URL's path, day first: "/news/21-11-2035/slug". */
    private static final Pattern DAY_FIRST_IN_URL = Pattern.compile("/(\\d{2})-(\\d{2})-((?:19|20)\\d{2})(?:/|$)");

    private HtmlDates() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "janv"},
            {"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr"},
            {"march", "mar", "märz", "maerz", "mars", "mär"},
            {"april", "apr", "avril", "avr"},
            {"may", "mai"},
            {"june", "jun", "juni", "juin"},
            {"july", "jul", "juli", "juillet", "juil"},
            {"august", "aug", "août", "aout"},
            {"september", "sep", "sept", "septembre"},
            {"october", "oct", "oktober", "okt", "octobre"},
            {"november", "nov", "novembre"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc"}};
        // Swahili and Malay months where they differ from the names above ("Julai 4, 2036", "18 Ogos 2036")
        String[][] swahiliMalay = {{}, {}, {"machi", "mac"}, {"aprili"}, {}, {}, {"julai"}, {"agosti", "ogos"},
            {"septemba"}, {"oktoba"}, {"novemba"}, {"desemba", "disember"}};
        for (int i = 0; i < swahiliMalay.length; i++) {
            for (String n : swahiliMalay[i]) m.put(n, i + 1);
        }
        // Italian and Dutch (with Dutch "mrt", short for March: "7 mrt. 2036"), and the genitive forms Russian, Ukrainian
        // and Czech print after a day ("15 августа 2016", "12. června 2035")
        String[][] more = {
            {"gennaio", "januari", "января", "січня", "ledna"},
            {"febbraio", "februari", "февраля", "лютого", "února"},
            {"marzo", "maart", "mrt", "марта", "березня", "března"},
            {"aprile", "апреля", "квітня", "dubna"},
            {"maggio", "mei", "мая", "травня", "května"},
            {"giugno", "июня", "червня", "června"},
            {"luglio", "июля", "липня", "července"},
            {"agosto", "augustus", "августа", "серпня", "srpna"},
            {"settembre", "сентября", "вересня", "září"},
            {"ottobre", "октября", "жовтня", "října"},
            {"novembre", "ноября", "листопада", "listopadu"},
            {"dicembre", "декабря", "грудня", "prosince"}};
        // Greek months in the genitive a day takes ("15 Μαΐου 2036") and in the nominative, written without accents: the
        // look-up strips them
        String[][] greek = {
            {"ιανουαριου", "ιανουαριος"}, {"φεβρουαριου", "φεβρουαριος"}, {"μαρτιου", "μαρτιος"},
            {"απριλιου", "απριλιος"}, {"μαιου", "μαιος"}, {"ιουνιου", "ιουνιος"}, {"ιουλιου", "ιουλιος"},
            {"αυγουστου", "αυγουστος"}, {"σεπτεμβριου", "σεπτεμβριος"}, {"οκτωβριου", "οκτωβριος"},
            {"νοεμβριου", "νοεμβριος"}, {"δεκεμβριου", "δεκεμβριος"}};
        // Arabic months as Egypt and the Gulf name them ("12 مارس 2036"), as the Maghreb does (from French: "أفريل",
        // "جوان") and as the Levant and Iraq do, where the name is one word ("آذار", "نيسان")
        String[][] arabic = {
            {"يناير", "جانفي"}, {"فبراير", "فيفري", "شباط"}, {"مارس", "آذار"}, {"أبريل", "إبريل", "أفريل", "نيسان"},
            {"مايو", "ماي", "أيار"}, {"يونيو", "يونية", "جوان", "حزيران"}, {"يوليو", "يولية", "جويلية", "تموز"},
            {"أغسطس", "أوت"}, {"سبتمبر", "أيلول"}, {"أكتوبر"}, {"نوفمبر"}, {"ديسمبر"}};
        // Indonesian months where they differ from the names above ("Kamis, 19 Maret 2037")
        m.put("maret", 3);
        m.put("agustus", 8);
        m.put("desember", 12);
        for (int i = 0; i < arabic.length; i++) {
            for (String n : arabic[i]) m.put(n, i + 1);
        }
        for (int i = 0; i < greek.length; i++) {
            for (String n : greek[i]) m.put(n, i + 1);
        }
        for (int i = 0; i < more.length; i++) {
            for (String n : more[i]) m.put(n, i + 1);
        }
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) m.put(n, i + 1);
        }
        // the months of twenty more languages, in the forms a day takes ("8. märtsil", "15. ožujka", "17 մարտի")
        for (int i = 0; i < MoreDateForms.NAMES.length; i++) {
            for (String n : MoreDateForms.NAMES[i]) m.putIfAbsent(n, i + 1);
        }
        return m;
    }

    /**
     * The first date written in running text ("Posted on 5. November 2023 by ..."), in the forms pages print next
     * to a headline; null when there is none or it is no calendar date. A year before 1990 or after 2100 is not
     * taken: such numbers are more often something else than the page's date.
     */
    public static LocalDate find(String text) {
        if (text == null || text.isBlank()) return null;
        text = WorldDates.prepare(text);
        Matcher m = IN_TEXT.matcher(text);
        while (m.find()) {
            LocalDate d;
            if (m.group(1) != null) d = date(m.group(1), m.group(2), m.group(3));
            else if (m.group(4) != null) d = date(m.group(6), m.group(5), m.group(4));
            else if (m.group(7) != null) d = date(m.group(9), month(m.group(8)), m.group(7));
            else d = date(m.group(12), month(m.group(10)), m.group(11));
            if (d != null) return d;
        }
        return null;
    }

    /**
     * Like {@link #find}, and also "05.11.23" (a two-digit year, read as 20yy), which pages print in date lines but
     * which in running text is as often a version or a score; so only for text already known to be a date line.
     */
    public static LocalDate findInDateLine(String text) {
        LocalDate d = find(text);
        if (d != null || text == null) return d;
        Matcher m = SHORT_YEAR.matcher(text);
        while (m.find()) {
            d = date("20" + m.group(3), m.group(2), m.group(1));
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The date that opens {@code text} as a dateline: at most a place or a label of up to three words before it
     * ("Bonn, ", "Pressemitteilung vom "), and after it a dash, bar, colon, quote or the end of the text; null otherwise.
     */
    public static LocalDate opening(String text) {
        if (text == null) return null;
        String t = WorldDates.prepare(text).replace('\u00A0', ' ').strip();
        Matcher m = IN_TEXT.matcher(t);
        if (!m.find() || !DATELINE_LEAD.matcher(t.substring(0, m.start())).matches()) return null;
        if (!DATELINE_TAIL.matcher(t.substring(m.end())).lookingAt()) return null;
        return find(t.substring(m.start(), m.end()));
    }

    /** The date that opens a short line, after at most a place or a label, whatever follows it (a time, a name). */
    public static LocalDate openingLine(String text) {
        if (text == null) return null;
        text = WorldDates.prepare(text);
        Matcher m = IN_TEXT.matcher(text);
        if (!m.find() || !DATELINE_LEAD.matcher(text.substring(0, m.start())).matches()) return null;
        return find(text.substring(m.start(), m.end()));
    }

    /** The date in a URL's path, as news sites write it ("/2019/04/19/slug"); null when there is none. */
    public static LocalDate inUrl(String url) {
        if (url == null) return null;
        Matcher m = IN_URL.matcher(url);
        if (!m.find()) {
            // day first only when the first number cannot be a month ("21-11-2035"): "03-07-2035" may be either order
            Matcher d = DAY_FIRST_IN_URL.matcher(url);
            return d.find() && Integer.parseInt(d.group(1)) > 12 ? date(d.group(3), d.group(2), d.group(1)) : null;
        }
        return m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
    }

    private static String month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = MONTHS.get(w);
        // Turkish and Azerbaijani capitals: "İyun", "EKİM" and "ARALIK" lower-case to "iyun", "ekim" and "aralık"
        if (n == null) n = MONTHS.get(word.toLowerCase(TURKIC));
        // a Greek month is written with accents and a dialytika ("Μαΐου"), or in capitals without them ("ΜΑΪΟΥ")
        if (n == null && w.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.GREEK)) {
            n = MONTHS.get(Accents.fold(w));
        }
        return n == null ? null : String.valueOf(n);
    }

    private static LocalDate date(String y, String mo, String d) {
        if (y == null || mo == null || d == null) return null;
        int year = Integer.parseInt(y);
        if (year < 1990 || year > 2100) return null;
        try {
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The day in {@code zone} of a timestamp written in UTC ("2022-11-06T23:00:00Z", "...+00:00"); null for anything
     * else or a null zone. Sites that store UTC print the local day, so a late-evening article is dated the next day
     * in Europe; a timestamp with the site's own offset is already local and is left to {@link #parse}.
     */
    public static LocalDate parseUtcIn(String s, ZoneId zone) {
        if (zone == null || s == null) return null;
        Matcher m = UTC_STAMP.matcher(s.strip());
        if (!m.matches()) return null;
        try {
            return OffsetDateTime.parse(m.group(1) + "Z").atZoneSameInstant(zone).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The time zone of the region a page's language tag names when one zone's day covers it: continental European
     * languages (and en-GB, en-IE) and the languages of one zone ({@link #SINGLE_ZONE_LANGUAGES}); null for others
     * (English without a region spans the world's zones).
     */
    public static ZoneId zoneOf(String lang) {
        if (lang == null || lang.isBlank()) return null;
        String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (l.equals("en-gb") || l.equals("en-ie")) return ZoneId.of("Europe/London");
        String primary = l.split("-")[0];
        ZoneId single = SINGLE_ZONE_LANGUAGES.get(primary);
        if (single != null) return single;
        return CET_LANGUAGES.contains(primary) && !l.matches("[a-z]+-(?!de|at|ch|fr|be|lu|it|es|nl|pl|cz|sk|dk|se|no|hu|si|hr)[a-z]{2}")
                ? ZoneId.of("Europe/Berlin") : null;
    }

    /** The date in {@code s}, or null when it is absent or not a date this reads. */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        for (Pattern p : List.of(ISO, COMPACT)) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        String t = s.strip().replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter f : TEXT_FORMATS) {
            try {
                return f == DateTimeFormatter.RFC_1123_DATE_TIME ? ZonedDateTime.parse(t, f).toLocalDate()
                        : LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return null;
    }
}
