package org.parallax.ingest.html;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the dates of Chinese, Japanese and Korean pages that {@link WorldDates} does not read into forms it does: a
 * date in Han numerals ("二〇三九年三月九日", "二十一年三月六日") becomes digits; a Japanese era's year ("令和21年",
 * "令和元年", "平成31年") becomes the Gregorian year; an era's year with the Gregorian one in brackets after it
 * ("주체128(2039)년", "令和21年（2039年）") becomes that year; a Juche year alone ("주체128년"), like a Republic of China
 * year, is 1911 behind; Taiwan's numeric date with a Republic of China year ("128-03-07", "128/3/7") on a page in Han
 * characters becomes the Gregorian day; and a Korean date with dots and spaces, the year first ("2039. 3. 10."), becomes
 * an ISO date. Text without such a date is returned unchanged.
 */
final class EastAsianDates {
    /** Han numerals, by value; "〇" and "零" are zero. */
    private static final String HAN_DIGITS = "〇一二三四五六七八九";
    /** A run of Han numerals before 年, 月 or 日 (a year, a month, a day). */
    private static final Pattern HAN_NUMBER = Pattern.compile("([〇零一二三四五六七八九十百千]+)(?=\\s*[年月日])");
    /** The first year of each Japanese era since 1868. */
    private static final Map<String, Integer> ERAS = Map.of("明治", 1868, "大正", 1912, "昭和", 1926, "平成", 1989, "令和", 2019);
    private static final Pattern ERA_YEAR = Pattern.compile("(明治|大正|昭和|平成|令和)\\s*(\\d{1,2}|元)\\s*年(?!\\s*[（(]\\s*\\d{4})");
    /** An era's year followed by the Gregorian one in brackets: the era's year is dropped. */
    private static final Pattern BRACKETED = Pattern.compile("(?:明治|大正|昭和|平成|令和|주체|民國|民国)\\s*\\d{1,3}\\s*年?\\s*[（(]\\s*"
            + "((?:19|20)\\d{2})\\s*年?\\s*[）)]\\s*([年년])?");
    private static final Pattern JUCHE = Pattern.compile("주체\\s*(\\d{2,3})\\s*년");
    /** A Republic of China year of three digits, a month and a day, with hyphens, slashes or dots, set apart. */
    private static final Pattern MINGUO_NUMERIC = Pattern.compile("(?<![\\d./-])(1\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d./-])");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** The year, the month and the day, each closed by a dot, as Korean sites print them ("2039. 3. 10."). */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})\\.\\s+(\\d{1,2})\\.\\s+(\\d{1,2})\\.(?!\\d)");

    private EastAsianDates() {
    }

    /** {@code text} (with ASCII digits) with such dates rewritten; unchanged when it has none. */
    static String prepare(String text) {
        if (text == null) return null;
        String t = text;
        if (HAN.matcher(t).find()) {
            t = HAN_NUMBER.matcher(t).replaceAll(m -> {
                int v = hanValue(m.group(1));
                return v < 0 ? Matcher.quoteReplacement(m.group()) : Integer.toString(v);
            });
            t = MINGUO_NUMERIC.matcher(t).replaceAll(m -> {
                int month = Integer.parseInt(m.group(3));
                int day = Integer.parseInt(m.group(4));
                if (month < 1 || month > 12 || day < 1 || day > 31) return Matcher.quoteReplacement(m.group());
                return String.format("%d-%02d-%02d", Integer.parseInt(m.group(1)) + 1911, month, day);
            });
        }
        t = BRACKETED.matcher(t).replaceAll(m -> m.group(1) + (m.group(2) == null ? "年" : m.group(2)));
        t = ERA_YEAR.matcher(t).replaceAll(m -> {
            int n = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
            return (ERAS.get(m.group(1)) + n - 1) + "年";
        });
        t = JUCHE.matcher(t).replaceAll(m -> (Integer.parseInt(m.group(1)) + 1911) + "년");
        t = DOTTED.matcher(t).replaceAll(m -> {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || day < 1 || day > 31) return Matcher.quoteReplacement(m.group());
            return String.format("%s-%02d-%02d", m.group(1), month, day);
        });
        return t;
    }

    /**
     * The value of a run of Han numerals: digit by digit when it has no sign of ten, hundred or thousand ("二〇三九" is
     * 2039), else by those signs ("二十一" is 21, "十二" is 12); -1 when it reads as no number.
     */
    static int hanValue(String s) {
        s = s.replace('零', '〇');
        if (s.matches("[〇一二三四五六七八九]+")) {
            int v = 0;
            for (char c : s.toCharArray()) v = v * 10 + HAN_DIGITS.indexOf(c);
            return v;
        }
        int total = 0;
        int digit = -1;
        for (char c : s.toCharArray()) {
            int d = HAN_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
            if (unit < 0) return -1;
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }
}
