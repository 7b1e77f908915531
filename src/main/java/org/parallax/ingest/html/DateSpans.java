package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.parallax.text.Months;

/**
 * A span of two dates printed as one line: the dates of a life under an obituary's headline ("June 14, 1951 – March 2,
 * 2037"), a season's or an exhibition's run. Neither end is the day the page was published, so the date rules pass over
 * such a line, in a {@code <time>} pair or as text. Only reads the document.
 */
final class DateSpans {
    /** What joins the two ends: a dash (spaced when it is a hyphen), "to", "until". */
    private static final Pattern JOIN = Pattern.compile("\\s*[–—]\\s*|\\s+-\\s+|\\s+(?:to|until)\\s+");
    /** A date and nothing else: a weekday may open it; no label ("Published", "Updated") may. */
    private static final Pattern BARE_DATE = Pattern.compile("(?iU)^(?:(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?,?\\s+)?"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+" + Months.NAME + "\\p{L}*\\.?,?\\s+\\d{4}"
            + "|" + Months.NAME + "\\p{L}*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})$");

    private DateSpans() {
    }

    /** Whether {@code text} is two bare dates joined by a dash, "to" or "until", and nothing else. */
    static boolean span(String text) {
        if (text == null) return false;
        String[] ends = JOIN.split(text.replace('\u00A0', ' ').strip(), -1);
        return ends.length == 2 && BARE_DATE.matcher(ends[0].strip()).matches() && BARE_DATE.matcher(ends[1].strip()).matches();
    }

    /**
     * Whether the {@code <time>} {@code t} is one end of such a span: its parent holds another {@code <time>} and nothing
     * of its own but the dash or word that joins them.
     */
    static boolean end(Element t) {
        Element parent = t.parent();
        if (parent == null || parent.children().stream().filter(c -> c.tagName().equals("time")).count() != 2) return false;
        String own = parent.ownText().replace('\u00A0', ' ').strip();
        return own.matches("[–—-]|to|until") && span(parent.text());
    }
}
