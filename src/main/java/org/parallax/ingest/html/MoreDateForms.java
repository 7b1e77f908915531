package org.parallax.ingest.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month names of more languages and the orders they print a date in, rewritten into forms {@link HtmlDates} reads: the
 * year first with a word or a suffix after it (Latvian "2038. gada 11. martā", Lithuanian "2038 m. kovo 10 d.", Kazakh
 * "2038 жылғы 18 наурыз", Uzbek "2038-yil 24-mart", Basque "2038ko martxoaren 5a", Hungarian "2038. március 7."), a
 * month in digits between words (Mongolian "2038 оны 3 сарын 26", Vietnamese "ngày 7 tháng 3 năm 2038"), a month in
 * Roman numerals ("12. III. 2038"), Catalan "d'" before a month ("5 d'abril de 2038"), a day joined to its month by a
 * hyphen ("24-mart") and a letter joined to the year ("17 մարտի 2038թ."). {@link #NAMES} holds the months, in the forms
 * a day takes (nominative, genitive, locative), which {@link HtmlDates} reads after a day. Text without such a date is
 * returned unchanged.
 */
final class MoreDateForms {
    /**
     * Month names by number, lower case: Icelandic, Estonian (with the "-il" of "on"), Latvian (with the locative "-ā"),
     * Lithuanian (genitive and nominative), Slovak, Slovenian, Croatian (genitive and nominative; "listopad", October
     * in Croatian and November in Czech and Polish, is left out), Serbian and Bosnian in Latin letters, Bulgarian,
     * Macedonian and Serbian in Cyrillic, Georgian, Armenian, Kazakh, Tagalog, Catalan, Albanian, Azerbaijani, Uzbek,
     * Afrikaans, Hungarian and Basque (with the genitive "-ren"). Names the table of {@link HtmlDates} has are not repeated.
     * "abril" (Tagalog and Catalan, as Spanish and Portuguese) and "maja" (Slovenian, as Polish) are left out: with them,
     * four Spanish and Polish pages of the trafilatura set whose gold has no date gained one.
     */
    static final String[][] NAMES = {
        {"janúar", "jaanuar", "jaanuaril", "janvāris", "janvārī", "sausio", "sausis", "januára", "január", "januarja",
            "siječnja", "siječanj", "јануари", "јануар", "იანვარი", "იანვარს", "հունվարի", "հունվար", "қаңтар", "enero",
            "gener", "janar", "yanvar", "januarie", "urtarrila", "urtarrilaren"},
        {"febrúar", "veebruar", "veebruaril", "februāris", "februārī", "vasario", "vasaris", "februára", "február",
            "februarja", "veljače", "veljača", "февруари", "фебруар", "თებერვალი", "თებერვალს", "փետրվարի", "փետրվար",
            "ақпан", "pebrero", "febrer", "shkurt", "fevral", "februarie", "otsaila", "otsailaren"},
        {"märts", "märtsil", "marts", "martā", "kovo", "kovas", "marca", "marec", "ožujka", "ožujak", "mart", "март",
            "მარტი", "მარტს", "մարտի", "մարտ", "наурыз", "marso", "març", "március", "martxoa", "martxoaren"},
        {"apríl", "aprill", "aprillil", "aprīlis", "aprīlī", "balandžio", "balandis", "apríla", "aprila", "travnja",
            "travanj", "април", "აპრილი", "აპრილს", "ապրիլի", "ապրիլ", "сәуір", "prill", "aprel", "április",
            "apirila", "apirilaren"},
        {"maí", "mail", "maijs", "maijā", "gegužės", "gegužė", "mája", "máj", "svibnja", "svibanj", "мај", "май",
            "მაისი", "მაისს", "մայիսի", "մայիս", "мамыр", "mayo", "maig", "maj", "május", "maiatza", "maiatzaren"},
        {"júní", "juuni", "juunil", "jūnijs", "jūnijā", "birželio", "birželis", "júna", "jún", "junij", "junija", "lipnja",
            "lipanj", "јуни", "јун", "юни", "ივნისი", "ივნისს", "հունիսի", "հունիս", "маусым", "hunyo", "juny", "qershor",
            "iyun", "junie", "június", "ekaina", "ekainaren"},
        {"júlí", "juuli", "juulil", "jūlijs", "jūlijā", "liepos", "liepa", "júla", "júl", "julij", "julija", "srpnja",
            "srpanj", "јули", "јул", "юли", "ივლისი", "ივლისს", "հուլիսի", "հուլիս", "шілде", "hulyo", "juliol", "korrik",
            "iyul", "julie", "július", "uztaila", "uztailaren"},
        {"ágúst", "augustil", "augusts", "augustā", "rugpjūčio", "rugpjūtis", "augusta", "avgust", "avgusta", "kolovoza",
            "kolovoz", "август", "აგვისტო", "აგვისტოს", "օգոստոսի", "օգոստոս", "тамыз", "agost", "gusht", "avqust",
            "augusztus", "abuztua", "abuztuaren"},
        {"septembril", "septembris", "septembrī", "rugsėjo", "rugsėjis", "septembra", "rujna", "rujan", "septembar",
            "септември", "септембар", "სექტემბერი", "სექტემბერს", "սեպտեմբերի", "սեպտեմբեր", "қыркүйек", "setyembre",
            "setembre", "shtator", "sentyabr", "sentabr", "szeptember", "iraila", "irailaren"},
        {"október", "oktoober", "oktoobril", "oktobris", "oktobrī", "spalio", "spalis", "októbra", "oktobra", "oktobar",
            "октомври", "октобар", "ოქტომბერი", "ოქტომბერს", "հոկտեմբերի", "հոկտեմբեր", "қазан", "oktubre", "octubre",
            "tetor", "oktyabr", "oktabr", "urria", "urriaren"},
        {"nóvember", "novembril", "novembris", "novembrī", "lapkričio", "lapkritis", "novembra", "studenoga", "studenog",
            "studeni", "novembar", "ноември", "новембар", "ნოემბერი", "ნოემბერს", "նոյեմբերի", "նոյեմբեր", "қараша",
            "nobyembre", "novembre", "nëntor", "noyabr", "azaroa", "azaroaren"},
        {"desember", "detsember", "detsembril", "decembris", "decembrī", "gruodžio", "gruodis", "decembra", "prosinca",
            "prosinac", "decembar", "декември", "децембар", "დეკემბერი", "დეკემბერს", "դեկտեմբերի", "դեկտեմբեր",
            "желтоқсан", "disyembre", "desembre", "dhjetor", "dekabr", "desember", "abendua", "abenduaren"}};
    private static final String[] ENGLISH = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String MONTH;
    /** Latvian: "2038. gada 11. martā". */
    private static final Pattern GADA;
    /** Lithuanian: "2038 m. kovo 10 d.". */
    private static final Pattern METAI;
    /** Kazakh: "2038 жылғы 18 наурыз", "2038 ж. 18 наурыз". */
    private static final Pattern JYL;
    /** Uzbek: "2038-yil 24-mart". */
    private static final Pattern YIL;
    /** Basque: "2038ko martxoaren 5a", "2038ko martxoaren 5ean". */
    private static final Pattern KO;
    /** Hungarian: "2038. március 7.". */
    private static final Pattern YEAR_DOT;
    /** A day joined to its month by a hyphen, as Uzbek and Azerbaijani print it ("24-mart"). */
    private static final Pattern DAY_HYPHEN;
    /** Catalan "d'" before a month that opens with a vowel ("5 d'abril de 2038", "3 d’octubre"). */
    private static final Pattern CATALAN_D;
    /** Mongolian: "2038 оны 3 сарын 26", "2038 оны 3-р сарын 26". */
    private static final Pattern MONGOLIAN = Pattern.compile("(?<!\\d)(\\d{4})\\s*оны\\s+(\\d{1,2})(?:\\s*-\\s*р)?\\s*(?:сарын|сар)"
            + "\\s+(\\d{1,2})(?!\\d)");
    /** Vietnamese: "ngày 7 tháng 3 năm 2038". */
    private static final Pattern VIETNAMESE = Pattern.compile("(?iU)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2}),?\\s+năm\\s+(\\d{4})(?!\\d)");
    /** A month in Roman numerals between a day with its dot and a year ("12. III. 2038", "7. III 2038"). */
    private static final Pattern ROMAN = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.?"
            + "\\s?(\\d{4})(?!\\d)");
    private static final String[] ROMAN_NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    /** An Armenian year's letter joined to it ("2038թ."), which hides the year's end from a word boundary. */
    private static final Pattern YEAR_LETTER = Pattern.compile("(?<=\\d{4})(?=թ)");

    static {
        StringBuilder alt = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            for (String n : NAMES[i]) MONTHS.put(n, i + 1);
        }
        // the longest names first, so a name is not cut to a shorter one it opens with ("martxoaren", "martxoa")
        MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .forEach(n -> alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n)));
        for (int i = 0; i < ENGLISH.length; i++) MONTHS.putIfAbsent(ENGLISH[i].toLowerCase(Locale.ROOT), i + 1);
        MONTH = "(" + alt + ")(?![\\p{L}\\p{M}])";
        GADA = Pattern.compile("(?iU)(?<!\\d)(\\d{4})\\.?\\s*gad(?:a|ā)\\s+(\\d{1,2})\\.\\s*" + MONTH);
        METAI = Pattern.compile("(?iU)(?<!\\d)(\\d{4})\\s*m\\.\\s*" + MONTH + "\\s+(\\d{1,2})(?:\\s*d\\.)?(?!\\d)");
        JYL = Pattern.compile("(?iU)(?<!\\d)(\\d{4})\\s*(?:жылғы|жылы|ж\\.)\\s*(\\d{1,2})\\s*-?\\s*" + MONTH);
        YIL = Pattern.compile("(?iU)(?<!\\d)(\\d{4})\\s*-?\\s*yil(?:i|ning)?,?\\s+(\\d{1,2})\\s*-\\s*" + MONTH);
        KO = Pattern.compile("(?iU)(?<!\\d)(\\d{4})(?:e)?ko\\s+" + MONTH + "\\s+(\\d{1,2})(?:a|an|ean)?(?![\\p{L}\\d])");
        YEAR_DOT = Pattern.compile("(?iU)(?<!\\d)(\\d{4})\\.\\s*" + MONTH + "\\s+(\\d{1,2})\\.");
        DAY_HYPHEN = Pattern.compile("(?iU)(?<![\\d\\p{L}-])(\\d{1,2})-" + MONTH);
        CATALAN_D = Pattern.compile("(?iU)(?<![\\d\\p{L}])(\\d{1,2})\\s+d['’]\\s*" + MONTH);
    }

    private MoreDateForms() {
    }

    /** {@code text} with the dates it prints in these forms rewritten as "11 March 2038" or "2038-03-26". */
    static String prepare(String text) {
        if (text == null || text.length() < 6 || text.chars().noneMatch(Character::isDigit)) return text;
        String t = text;
        t = GADA.matcher(t).replaceAll(m -> named(m.group(2), m.group(3), m.group(1)));
        t = METAI.matcher(t).replaceAll(m -> named(m.group(3), m.group(2), m.group(1)));
        t = JYL.matcher(t).replaceAll(m -> named(m.group(2), m.group(3), m.group(1)));
        t = YIL.matcher(t).replaceAll(m -> named(m.group(2), m.group(3), m.group(1)));
        t = KO.matcher(t).replaceAll(m -> named(m.group(3), m.group(2), m.group(1)));
        t = YEAR_DOT.matcher(t).replaceAll(m -> named(m.group(3), m.group(2), m.group(1)));
        t = DAY_HYPHEN.matcher(t).replaceAll(m -> m.group(1) + " " + m.group(2));
        t = CATALAN_D.matcher(t).replaceAll(m -> m.group(1) + " de " + m.group(2));
        t = MONGOLIAN.matcher(t).replaceAll(m -> numeric(m, m.group(1), m.group(2), m.group(3)));
        t = VIETNAMESE.matcher(t).replaceAll(m -> numeric(m, m.group(3), m.group(2), m.group(1)));
        t = ROMAN.matcher(t).replaceAll(m -> m.group(1) + "." + roman(m.group(2)) + "." + m.group(3));
        t = YEAR_LETTER.matcher(t).replaceAll(" ");
        return t;
    }

    /** The month a name of {@link #NAMES} gives, 1 to 12; 0 for another word. */
    static int month(String name) {
        if (name == null) return 0;
        int n = MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
        // an Azerbaijani or Turkish capital dotted "İ" ("İyun") lower-cases to "i" only in their own rules
        return n != 0 ? n : MONTHS.getOrDefault(name.toLowerCase(HtmlDates.TURKIC), 0);
    }

    private static String named(String day, String month, String year) {
        int n = month(month);
        return n == 0 ? Matcher.quoteReplacement(day + " " + month + " " + year) : day + " " + ENGLISH[n - 1] + " " + year;
    }

    /** The ISO form of a date whose month is in digits; the match unchanged when it names no day. */
    private static String numeric(MatchResult match, String year, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12 || d < 1 || d > 31) return Matcher.quoteReplacement(match.group());
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, m, d);
    }

    private static int roman(String numeral) {
        for (int i = 0; i < ROMAN_NUMERALS.length; i++) if (ROMAN_NUMERALS[i].equals(numeral)) return i + 1;
        return 0;
    }
}
