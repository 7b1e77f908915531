package org.parallax.ingest.html;

import java.util.regex.Pattern;

/**
 * Byline labels and credits of right-to-left and Indic scripts, and of Amharic, that read as a label, not a name: the
 * Arabic "كتب:" (wrote), Urdu "رپورٹ:" (report), Pashto "لیکوال:" (writer), Sorani Kurdish "نووسینی:" (written by),
 * Marathi "लेखन :" (writing), Gujarati "અહેવાલ:" (report), Malayalam "എഴുതിയത്:" (written by) and Amharic "ዘጋቢ፡"
 * (reporter), Urdu "تحریر:" (written by), Dari "گزارشگر:" (reporter) and Khmer "ដោយ៖" (by), each with its colon (Amharic's
 * is "፡" or "፦", Khmer's "៖"); a staff correspondent's credit that names nobody
 * ("নিজস্ব প্রতিবেদক", own reporter); and a place after a name in a script without capitals ("ધવલ દેસાઈ, સુરત").
 */
final class ScriptLabels {
    /** The labels, without their colon. */
    static final String LABELS = "كتب|رپورٹ|تحریر|لیکوال|نووسینی|گزارشگر|लेखन|અહેવાલ|എഴുതിയത്|ዘጋቢ|ដោយ";
    /** A label and its colon (a space may stand before it: "लेखन :"). */
    static final String LABEL = "(?:" + LABELS + ")\\s*[:：፡፦៖]+\\s*";
    private static final Pattern LEADING = Pattern.compile("^" + LABEL + "(?=[\\p{L}\\p{M}])");
    /**
     * A staff or special correspondent's credit with no name, in Bengali, Hindi and Urdu ("নিজস্ব প্রতিবেদক, রাজশাহী",
     * "स्टाफ रिपोर्टर", "نمائندہ خصوصی"), with a place or the date line after it.
     */
    private static final Pattern STAFF = Pattern.compile("^(?:নিজস্ব (?:প্রতিবেদক|সংবাদদাতা)|স্টাফ রিপোর্টার|বিশেষ প্রতিনিধি"
            + "|(?:हमारे |विशेष )?संवाददाता|स्टाफ रिपोर्टर|نمائندہ خصوصی|اسٹاف رپورٹر|خصوصی نامہ نگار)(?![\\p{L}\\p{M}]).*$");
    /** One word after a comma closing a name of two words or more written without letter case: the writer's place. */
    private static final Pattern PLACE_AFTER = Pattern.compile("^((?:[\\p{Lo}\\p{M}.\\u200C\\u200D]+\\s+)+[\\p{Lo}\\p{M}.\\u200C\\u200D]+)"
            + "\\s*[,،]\\s*[\\p{Lo}\\p{M}\\u200C\\u200D]+$");

    private ScriptLabels() {
    }

    /** {@code name} without such a label before it or a place after it; null when it is a staff credit with no name. */
    static String clean(String name) {
        if (name == null) return null;
        if (STAFF.matcher(name).matches()) return null;
        String s = LEADING.matcher(name).replaceFirst("");
        return PLACE_AFTER.matcher(s).replaceFirst("$1");
    }
}
