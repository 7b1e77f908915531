package org.parallax.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Gregorian dates printed with the month names of more scripts, and the words around them, as "5 March 2039",
 * which {@link HtmlDates} reads: Hebrew, with the prefix "ב" (in) the month name often takes ("10 במרץ 2039"); Khmer,
 * with "ថ្ងៃទី" (day) before the day, "ខែ" (month) before the month and "ឆ្នាំ" (year) before the year
 * ("ថ្ងៃទី១២ ខែមីនា ឆ្នាំ២០៣៩"); Lao, with "ວັນທີ" and "ເດືອນ"; Burmese, the year first with "ခုနှစ်" (year), the
 * month with "လ" and the day with "ရက်" ("၂၀၃၉ ခုနှစ်၊ မတ်လ ၁၄ ရက်"). A Buddhist-era year is brought back to the
 * Gregorian one (543 years ahead in Thai and Lao, 544 in Khmer); the sign of an era between a Thai month and its year
 * ("มีนาคม พ.ศ. ๒๕๘๒") is dropped; and so is the letter of the era after an Arabic or Urdu year ("٢٠٣٩م", "۲۰۳۹ء").
 * Runs on text whose digits are already ASCII; text without such a date is returned unchanged.
 */
final class ScriptMonths {
    private static final String[] HEBREW = {"ינואר", "פברואר", "מרץ|מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
        "אוקטובר", "נובמבר", "דצמבר"};
    private static final String[] KHMER = {"មករា", "កុម្ភៈ|កុម្ភះ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
        "តុលា", "វិច្ឆិកា", "ធ្នូ"};
    private static final String[] LAO = {"ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ",
        "ຕຸລາ", "ພະຈິກ", "ທັນວາ"};
    private static final String[] BURMESE = {"ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်|သြဂုတ်",
        "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"};
    private static final String[] ENGLISH = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final Pattern HEBREW_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+ב?(" + alt(HEBREW) + ")(?![\\p{L}\\p{M}])"
            + "\\s*,?\\s*(\\d{4})(?!\\d)");
    private static final Pattern KHMER_DATE = Pattern.compile("(?:ទី\\s*)?(?<!\\d)(\\d{1,2})\\s*(?:ខែ)?\\s*(" + alt(KHMER) + ")\\s*"
            + "(?:ឆ្នាំ)?\\s*(?:ព\\.\\s*ស\\.|គ\\.\\s*ស\\.)?\\s*(\\d{4})(?!\\d)");
    private static final Pattern LAO_DATE = Pattern.compile("(?:ວັນທີ\\s*)?(?<!\\d)(\\d{1,2})\\s*(?:ເດືອນ)?\\s*(" + alt(LAO) + ")\\s*(?:ປີ)?\\s*"
            + "(?:ພ\\.\\s*ສ\\.|ຄ\\.\\s*ສ\\.)?\\s*(\\d{4})(?!\\d)");
    private static final Pattern BURMESE_DATE = Pattern.compile("(?<!\\d)(\\d{4})\\s*(?:ခုနှစ်)?\\s*[၊,]?\\s*(" + alt(BURMESE)
            + ")(?:လ)?\\s*(\\d{1,2})\\s*(?:ရက်)?(?!\\d)");
    private static final Pattern THAI_ERA = Pattern.compile("(?<=[\\u0E00-\\u0E7F])\\s*(?:พ\\.\\s*ศ\\.|ค\\.\\s*ศ\\.)\\s*(?=\\d{4}(?!\\d))");
    private static final Pattern ERA_LETTER = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*[مء](?![\\p{L}\\p{M}])");

    private ScriptMonths() {
    }

    private static String alt(String[] names) {
        return String.join("|", names);
    }

    /** {@code text} with such dates as "D Month YYYY"; unchanged when it has none. */
    static String prepare(String text) {
        if (text == null) return null;
        String t = ERA_LETTER.matcher(text).replaceAll("$1");
        t = THAI_ERA.matcher(t).replaceAll(" ");
        t = HEBREW_DATE.matcher(t).replaceAll(m -> english(m.group(1), HEBREW, m.group(2), m.group(3), 0));
        t = KHMER_DATE.matcher(t).replaceAll(m -> english(m.group(1), KHMER, m.group(2), m.group(3), 544));
        t = LAO_DATE.matcher(t).replaceAll(m -> english(m.group(1), LAO, m.group(2), m.group(3), 543));
        return BURMESE_DATE.matcher(t).replaceAll(m -> english(m.group(3), BURMESE, m.group(2), m.group(1), 0));
    }

    /** "D Month YYYY" in English; a year past 2400 is of the Buddhist era, {@code era} years ahead. */
    private static String english(String day, String[] names, String month, String year, int era) {
        int y = Integer.parseInt(year);
        if (era > 0 && y > 2400) y -= era;
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i].split("\\|")) {
                if (n.equals(month)) return Matcher.quoteReplacement(Integer.parseInt(day) + " " + ENGLISH[i] + " " + y);
            }
        }
        return Matcher.quoteReplacement(day + " " + month + " " + year);
    }
}
