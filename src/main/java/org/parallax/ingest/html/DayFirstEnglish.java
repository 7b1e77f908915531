package org.parallax.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Whether an English page writes its dates in digits day first ("Published 10/03/2037" for 10 March): a page in the
 * English of a region that writes the day first (its {@code lang} or, with a bare "en", its {@code og:locale}: "en-GB",
 * "en-AU", "en-IN", ...) and whose own text shows that order, with a date that can only be read day first
 * ("23/03/2037") or a day before a month's name ("21 March"), and none the other way ("March 21", "03/23/2037"). The
 * region alone is not enough: many American templates keep a British or Indian default. Only reads the document.
 */
final class DayFirstEnglish {
    /** Regions whose English writes the day before the month. */
    private static final Set<String> REGIONS = Set.of("gb", "uk", "ie", "au", "nz", "in", "za", "sg", "my", "pk", "lk", "bd",
            "np", "ng", "gh", "ke", "ug", "tz", "zw", "zm", "bw", "na", "mw", "mu", "mt", "cy", "hk", "jm", "tt", "bb", "fj");
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b";
    /** A day before a month's name, capitalised: "21 March", "3rd of May". */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.,])\\b(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH);
    /** A month's name before a day: "March 21", "Mar. 3rd". */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\.?\\s+(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d:.,]\\d)\\b");
    /** Two numbers with a slash and a year: "23/03/2037". */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(?:\\d{4}|\\d{2})(?![\\d/])");

    private DayFirstEnglish() {
    }

    /** Whether {@code doc} is English of a day-first region and its text writes dates day first, never month first. */
    static boolean page(Document doc) {
        if (doc.body() == null || !region(doc)) return false;
        String text = doc.body().text().replace('\u00A0', ' ');
        int dayFirst = count(DAY_MONTH.matcher(text));
        int monthFirst = count(MONTH_DAY.matcher(text));
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
            else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
        }
        return dayFirst > 0 && monthFirst == 0;
    }

    /** Whether the page's language, or with a bare "en" the locale its metadata names, is English of a day-first region. */
    static boolean region(Document doc) {
        String lang = norm(doc.select("html").attr("lang"));
        if (lang.equals("en") || lang.isEmpty()) {
            String locale = norm(doc.select("meta[property=og:locale]").attr("content"));
            if (!locale.isEmpty()) lang = locale;
        }
        String[] parts = lang.split("-");
        return parts.length >= 2 && parts[0].equals("en") && REGIONS.contains(parts[parts.length - 1]);
    }

    private static String norm(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
