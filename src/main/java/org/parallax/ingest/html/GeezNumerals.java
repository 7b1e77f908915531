package org.parallax.ingest.html;

/**
 * Rewrites numbers in Ge'ez numerals, as formal Amharic pages print the day and year of an Ethiopian date ("መጋቢት ፮ ቀን
 * ፳፻፴፩ ዓ.ም", the 6th of Megabit 2031), as ASCII digits, so {@link EthiopianDates} can read them. The numerals have no
 * zero: ፩ to ፱ are 1 to 9, ፲ to ፺ are 10 to 90, ፻ multiplies what stands before it by a hundred ("፳፻፴፩" is 20 × 100 + 31)
 * and ፼ by ten thousand. Text without them is returned unchanged.
 */
final class GeezNumerals {
    private GeezNumerals() {
    }

    /** {@code text} with each run of Ge'ez numerals written as its value in ASCII digits. */
    static String prepare(String text) {
        if (text == null || text.chars().noneMatch(GeezNumerals::numeral)) return text;
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!numeral(c)) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && numeral(text.charAt(j))) j++;
            out.append(value(text.substring(i, j)));
            i = j;
        }
        return out.toString();
    }

    private static boolean numeral(int c) {
        return c >= 0x1369 && c <= 0x137C;
    }

    /** The value of a run of Ge'ez numerals ("፳፻፴፩" is 2031, "፻" alone 100). */
    static long value(String run) {
        long total = 0;
        long group = 0;
        long hundreds = 0;
        for (char c : run.toCharArray()) {
            if (c >= 0x1369 && c <= 0x1371) group += c - 0x1368;
            else if (c >= 0x1372 && c <= 0x137A) group += (c - 0x1371) * 10L;
            else if (c == 0x137B) {
                hundreds += (group == 0 ? 1 : group) * 100;
                group = 0;
            } else if (c == 0x137C) {
                total += ((hundreds + group) == 0 ? 1 : hundreds + group) * 10000;
                hundreds = 0;
                group = 0;
            }
        }
        return total + hundreds + group;
    }
}
