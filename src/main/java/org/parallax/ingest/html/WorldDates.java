package org.parallax.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the dates pages print in scripts and calendars {@link HtmlDates} does not read into forms it does: digits of
 * other scripts ("১২", "۲۰۳۶") become ASCII digits; a year, month and day written with Chinese, Japanese or Korean
 * signs ("2036年06月08日", "2036년 8월 19일") become "2036-06-08"; a Hindi, Bengali, Persian or Thai month name becomes
 * the English one; a Thai Buddhist-era year (2579) becomes the Gregorian one (2036); and a Solar Hijri date
 * ("21 دی 1414") becomes the Gregorian day it names; so does a Republic of China year ("126年3月18日"), 1911
 * behind, and an Ethiopian date ({@link EthiopianDates}). Marks of direction around a date are dropped, a numeric date in
 * Arabic-Indic digits is read day first, and a year printed before the month's name and the day is put after them.
 * Afghan and numeric Solar Hijri dates ({@link SolarHijriForms}), Ge'ez numerals ({@link GeezNumerals}), month names of
 * more scripts ({@link ScriptMonths}) and Han numerals and eras' years ({@link EastAsianDates}) are read as well.
 * Text without such a date is returned unchanged.
 */
final class WorldDates {
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    /**
     * A year of the Republic of China calendar, which Taiwan prints ("民國126年3月18日", "126年3月18日"): three digits
     * (100 to 199) before 年, with a month and a day, is 1911 years behind the Gregorian one. A year of one or two digits
     * is left alone (it is as often an age or a count of years).
     */
    private static final Pattern MINGUO = Pattern.compile("(?:民國|民国|中華民國|中华民国)?\\s*(?<!\\d)(1\\d{2})\\s*年\\s*(\\d{1,2})\\s*月"
            + "\\s*(\\d{1,2})\\s*日");
    private static final String[] ENGLISH = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    /** Month names of the Gregorian calendar in Hindi, Bengali, Persian and Thai (full and abbreviated), by number. */
    private static final String[][] NAMES = {
        {"जनवरी", "জানুয়ারি", "জানুয়ারী", "ژانویه", "มกราคม", "ม.ค."},
        {"फ़रवरी", "फरवरी", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "فوریه", "กุมภาพันธ์", "ก.พ."},
        {"मार्च", "মার্চ", "مارس", "มีนาคม", "มี.ค."},
        {"अप्रैल", "এপ্রিল", "آوریল", "เมษายน", "เม.ย."},
        {"मई", "মে", "مه", "می", "พฤษภาคม", "พ.ค."},
        {"जून", "জুন", "ژوئن", "มิถุนายน", "มิ.ย."},
        {"जुलाई", "জুলাই", "ژوئیه", "جولای", "กรกฎาคม", "ก.ค."},
        {"अगस्त", "আগস্ট", "اوت", "آگوست", "สิงหาคม", "ส.ค."},
        {"सितंबर", "सितम्बर", "সেপ্টেম্বর", "سپتامبر", "กันยายน", "ก.ย."},
        {"अक्टूबर", "अक्तूबर", "অক্টোবর", "اکتبر", "ตุลาคม", "ต.ค."},
        {"नवंबर", "नवम्बर", "নভেম্বর", "نوامبر", "พฤศจิกายน", "พ.ย."},
        {"दिसंबर", "दिसम्बर", "ডিসেম্বর", "دسامبر", "ธันวาคม", "ธ.ค."}};
    /**
     * The same months in Urdu and Pashto ("16 مارچ 2037"), Marathi, Nepali, Gujarati, Punjabi (Gurmukhi), Tamil, Malayalam
     * and Sinhala, where they differ from the names above, by number.
     */
    private static final String[][] MORE_NAMES = {
        {"جنوری", "جنوري", "जानेवारी", "જાન્યુઆરી", "ਜਨਵਰੀ", "ஜனவரி", "ജനുവരി", "ජනවාරි"},
        {"فروری", "فبروري", "फेब्रुवारी", "फेब्रुअरी", "ફેબ્રુઆરી", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ", "பிப்ரவரி", "ഫെബ്രുവരി", "පෙබරවාරි"},
        {"مارچ", "માર્ચ", "ਮਾਰਚ", "மார்ச்", "മാർച്ച്", "මාර්තු"},
        {"اپریل", "एप्रिल", "अप्रिल", "એપ્રિલ", "ਅਪ੍ਰੈਲ", "ஏப்ரல்", "ഏപ്രിൽ", "අප්‍රේල්", "අප්රේල්"},
        {"مئی", "मे", "મે", "ਮਈ", "மே", "മേയ്", "മെയ്", "මැයි"},
        {"جون", "जुन", "જૂન", "ਜੂਨ", "ஜூன்", "ജൂൺ", "ජූනි"},
        {"جولائی", "जुलै", "જુલાઈ", "ਜੁਲਾਈ", "ஜூலை", "ജൂലൈ", "ජූලි"},
        {"اگست", "اګست", "ऑगस्ट", "अगस्ट", "ઓગસ્ટ", "ਅਗਸਤ", "ஆகஸ்ட்", "ഓഗസ്റ്റ്", "ആഗസ്റ്റ്", "අගෝස්තු"},
        {"ستمبر", "سپتمبر", "सप्टेंबर", "सेप्टेम्बर", "સપ્ટેમ્બર", "ਸਤੰਬਰ", "செப்டம்பர்", "സെപ്റ്റംബർ", "සැප්තැම්බර්"},
        {"اکتوبر", "ऑक्टोबर", "ઓક્ટોબર", "ਅਕਤੂਬਰ", "அக்டோபர்", "ഒക്ടോബർ", "ඔක්තෝබර්"},
        {"نومبر", "नोव्हेंबर", "नोभेम्बर", "નવેમ્બર", "ਨਵੰਬਰ", "நவம்பர்", "നവംബർ", "නොවැම්බර්"},
        {"دسمبر", "डिसेंबर", "डिसेम्बर", "ડિસેમ્બર", "ਦਸੰਬਰ", "டிசம்பர்", "ഡിസംബർ", "දෙසැම්බර්"}};
    /** The months of the Solar Hijri calendar, Farvardin to Esfand. */
    private static final String[] SOLAR_HIJRI = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
        "آذر", "دی", "بهمن", "اسفند"};
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern NAMED;
    /** The year first, then the month's name and the day, as Sinhala and Malayalam pages print it ("2037 මාර්තු 21"). */
    private static final Pattern YEAR_FIRST;
    private static final Pattern HIJRI;
    /** Marks that set the direction of a run of text (LRM, RLM, the Arabic letter mark, embeddings and isolates). */
    private static final Pattern BIDI_MARKS = Pattern.compile("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]");
    /**
     * A numeric date in Arabic-Indic or Extended Arabic-Indic digits ("١٧/٠٣/٢٠٣٧", "۱۸/۳/۲۰۳۷"): pages in those digits
     * put the day first, as every country that uses them writes it.
     */
    private static final Pattern ARABIC_DIGITS_NUMERIC = Pattern.compile("(?<![\\u0660-\\u0669\\u06F0-\\u06F9/])"
            + "([\\u0660-\\u0669\\u06F0-\\u06F9]{1,2})\\s*[/\\-.]\\s*([\\u0660-\\u0669\\u06F0-\\u06F9]{1,2})\\s*[/\\-.]\\s*"
            + "([\\u0660-\\u0669\\u06F0-\\u06F9]{4})(?![\\u0660-\\u0669\\u06F0-\\u06F9/])");

    static {
        StringBuilder alt = new StringBuilder();
        for (String[][] names : new String[][][] {NAMES, MORE_NAMES}) {
            for (int i = 0; i < names.length; i++) {
                for (String n : names[i]) {
                    MONTHS.put(n, i + 1);
                    alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
                }
            }
        }
        // a day, the month's name and a year, each set apart (a word of the same script may contain a short name: "مه")
        NAMED = Pattern.compile("(?<![\\d\\p{L}\\p{M}])(\\d{1,2})\\s*(" + alt + ")(?![\\p{L}\\p{M}])\\s*,?\\s*(\\d{4})(?!\\d)");
        YEAR_FIRST = Pattern.compile("(?<![\\d\\p{L}\\p{M}])((?:19|20)\\d{2})\\s+(" + alt + ")(?![\\p{L}\\p{M}])\\s*(\\d{1,2})(?!\\d)");
        HIJRI = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})\\s+(" + String.join("|", SOLAR_HIJRI) + ")\\s+(1[34]\\d{2})(?!\\d)");
    }

    private WorldDates() {
    }

    /** {@code text} with its dates in other scripts and calendars rewritten as {@link HtmlDates} reads them. */
    static String prepare(String text) {
        // the orders and month names of more languages ("2038. gada 11. martā", "12. III. 2038"), in any script
        text = MoreDateForms.prepare(text);
        if (text == null || text.chars().allMatch(c -> c < 0x80)) return text;
        String t = BIDI_MARKS.matcher(text).replaceAll("");
        // Afghanistan's zodiac months and Iran's numeric date with the year first (SolarHijriForms)
        t = SolarHijriForms.prepare(t);
        t = ARABIC_DIGITS_NUMERIC.matcher(t).replaceAll(m -> {
            int day = Integer.parseInt(asciiDigits(m.group(1)));
            int month = Integer.parseInt(asciiDigits(m.group(2)));
            if (day < 1 || day > 31 || month < 1 || month > 12) return Matcher.quoteReplacement(m.group());
            return String.format("%s-%02d-%02d", asciiDigits(m.group(3)), month, day);
        });
        t = asciiDigits(GeezNumerals.prepare(t));
        // month names of more scripts with the words around them, eras' signs; Han numerals and eras' years
        t = ScriptMonths.prepare(t);
        t = EastAsianDates.prepare(t);
        t = EthiopianDates.prepare(t);
        t = MINGUO.matcher(t).replaceAll(m -> String.format("%d-%02d-%02d", Integer.parseInt(m.group(1)) + 1911,
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        t = CJK.matcher(t).replaceAll(m -> String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
        t = HIJRI.matcher(t).replaceAll(m -> {
            LocalDate d = fromSolarHijri(Integer.parseInt(m.group(3)), indexOf(m.group(2)) + 1, Integer.parseInt(m.group(1)));
            return d == null ? Matcher.quoteReplacement(m.group()) : d.toString();
        });
        t = YEAR_FIRST.matcher(t).replaceAll(m -> m.group(3) + " " + m.group(2) + " " + m.group(1));
        t = NAMED.matcher(t).replaceAll(m -> {
            int year = Integer.parseInt(m.group(3));
            // a Thai year of the Buddhist era is 543 years ahead of the Gregorian one
            if (year > 2400) year -= 543;
            return m.group(1) + " " + ENGLISH[MONTHS.get(m.group(2)) - 1] + " " + year;
        });
        return t;
    }

    private static int indexOf(String month) {
        for (int i = 0; i < SOLAR_HIJRI.length; i++) if (SOLAR_HIJRI[i].equals(month)) return i;
        return -1;
    }

    /** Digits of any script ("০১২", "۰۱۲", "०१२") as ASCII digits; other characters as they are. */
    private static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 0x80 && Character.isDigit(c) && Character.digit(c, 10) >= 0) b.append((char) ('0' + Character.digit(c, 10)));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }

    /**
     * The Gregorian day of a Solar Hijri date (the civil calendar of Iran and Afghanistan), by the 33-year arithmetic
     * rule; null when the day does not exist. 1 Farvardin 1403 is 20 March 2024.
     */
    static LocalDate fromSolarHijri(int jy, int jm, int jd) {
        if (jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) return null;
        int y = jy + 1595;
        long days = -355668L + 365L * y + (y / 33) * 8L + ((y % 33) + 3) / 4 + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
        long gy = 400 * (days / 146097);
        days %= 146097;
        if (days > 36524) {
            gy += 100 * (--days / 36524);
            days %= 36524;
            if (days >= 365) days++;
        }
        gy += 4 * (days / 1461);
        days %= 1461;
        if (days > 365) {
            gy += (days - 1) / 365;
            days = (days - 1) % 365;
        }
        long gd = days + 1;
        boolean leap = (gy % 4 == 0 && gy % 100 != 0) || gy % 400 == 0;
        int[] lengths = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int gm = 0;
        while (gm < 12 && gd > lengths[gm]) gd -= lengths[gm++];
        try {
            return LocalDate.of((int) gy, gm + 1, (int) gd);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
