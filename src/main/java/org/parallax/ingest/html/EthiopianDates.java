package org.parallax.ingest.html;

import java.time.LocalDate;
import java.time.temporal.JulianFields;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a date of the Ethiopian calendar, as Amharic pages print it ("መጋቢት 4 ቀን 2029 ዓ.ም", month, day, the word
 * "ቀን" (day) and the year of the Ethiopian era; or the day first, "4 መጋቢት 2029"), as the Gregorian day it names
 * ("2037-03-13"). The calendar has twelve months of thirty days and a thirteenth of five or six (Pagume); its year is
 * seven or eight years behind the Gregorian one. Text without such a date is returned unchanged.
 */
final class EthiopianDates {
    /** The months from Meskerem (September) to Pagume, with the spellings pages use for the same month. */
    private static final String[][] MONTHS = {{"መስከረም"}, {"ጥቅምት"}, {"ኅዳር", "ህዳር"}, {"ታኅሣሥ", "ታህሳስ", "ታኅሳስ"}, {"ጥር"},
        {"የካቲት"}, {"መጋቢት"}, {"ሚያዝያ"}, {"ግንቦት"}, {"ሰኔ"}, {"ሐምሌ", "ሀምሌ"}, {"ነሐሴ", "ነሃሴ"}, {"ጳጉሜ", "ጳጉሜን"}};
    private static final String NAME;
    private static final Pattern MONTH_FIRST;
    private static final Pattern DAY_FIRST;
    /** The Julian day number of 1 Meskerem of year 1 of the Ethiopian era (the Amete Mihret epoch), less one. */
    private static final long EPOCH = 1724220L;

    static {
        StringBuilder alt = new StringBuilder();
        for (String[] month : MONTHS) for (String n : month) alt.append(alt.length() == 0 ? "" : "|").append(n);
        NAME = "(" + alt + ")";
        // a year of the era this century and the last (1950 to 2099); "ቀን" (day) may stand between day and year
        MONTH_FIRST = Pattern.compile("(?<!\\p{L})" + NAME + "\\s*(\\d{1,2})\\s*(?:ቀን)?\\s*[,፣]?\\s*((?:19[5-9]|20\\d)\\d)(?!\\d)");
        DAY_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(?:ቀን)?\\s*" + NAME + "\\s*[,፣]?\\s*((?:19[5-9]|20\\d)\\d)(?!\\d)");
    }

    private EthiopianDates() {
    }

    /** {@code text} (with ASCII digits) with its Ethiopian dates written as ISO dates of the Gregorian calendar. */
    static String prepare(String text) {
        if (text == null || text.chars().noneMatch(c -> c >= 0x1200 && c <= 0x137F)) return text;
        String t = MONTH_FIRST.matcher(text).replaceAll(m -> iso(m, m.group(1), m.group(2), m.group(3)));
        return DAY_FIRST.matcher(t).replaceAll(m -> iso(m, m.group(2), m.group(1), m.group(3)));
    }

    private static String iso(MatchResult m, String month, String day, String year) {
        LocalDate d = toGregorian(Integer.parseInt(year), monthNumber(month), Integer.parseInt(day));
        return d == null ? Matcher.quoteReplacement(m.group()) : d.toString();
    }

    private static int monthNumber(String name) {
        for (int i = 0; i < MONTHS.length; i++) for (String n : MONTHS[i]) if (n.equals(name)) return i + 1;
        return -1;
    }

    /**
     * The Gregorian day of an Ethiopian date; null when the day does not exist (a month of thirty days, Pagume of five,
     * or six in a year before a Gregorian leap year). 1 Meskerem 2016 is 12 September 2023.
     */
    static LocalDate toGregorian(int year, int month, int day) {
        int pagume = year % 4 == 3 ? 6 : 5;
        if (month < 1 || month > 13 || day < 1 || day > (month == 13 ? pagume : 30)) return null;
        long jdn = EPOCH + 365L * (year - 1) + year / 4 + 30L * (month - 1) + day;
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jdn);
    }
}
