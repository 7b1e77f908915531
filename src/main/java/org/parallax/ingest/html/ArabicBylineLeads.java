package org.parallax.ingest.html;

import java.util.regex.Pattern;

/**
 * What Arabic bylines print before the writer's name that is not part of it: "بقلم" (by the pen of) without a colon
 * ("بقلم رامي حداد"), and the place the story was filed from, one word before a dash ("الرياض - خالد العتيبي"), as
 * Gulf papers print it. An Arabic name in a byline is two words or more, so one word before the dash is a place; the
 * name must follow, two to four words of Arabic letters.
 */
final class ArabicBylineLeads {
    private static final String NAME = "(?=\\p{IsArabic}+(?:\\s+\\p{IsArabic}+){1,3}$)";
    private static final Pattern LEAD = Pattern.compile("^(?:بقلم\\s+|\\p{IsArabic}+\\s+[\\p{Pd}]\\s+)" + NAME);

    private ArabicBylineLeads() {
    }

    /** {@code name} without such a lead; unchanged when it has none. */
    static String strip(String name) {
        return name == null ? null : LEAD.matcher(name).replaceFirst("");
    }
}
