package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The pages of an obituary platform that carries a paper's death notices: the tab's title is the name in the h1 with the
 * years of the life and the place and paper after it ("Margaret Ellen Duffy Obituary (1941 - 2037) - Harwick, OH -
 * Harwick Courier"), and the day the paper published the notice is printed on a line of its own ("Published by Harwick
 * Courier on Apr. 5, 2037."), while the dates of the life, the death and the service are not that day. Only reads the
 * document.
 */
final class ObituaryPages {
    /** After the h1: the years of a life in brackets, then nothing or parts after a separator (the place, the paper). */
    private static final Pattern LIFE_YEARS = Pattern.compile("^\\s*\\(\\s*\\d{4}\\s*[-–]\\s*\\d{4}\\s*\\)(?:\\s+[-–|]\\s+.*)?$");
    /** A line saying which paper published the notice and when: "Published by X on <date>", "Published in X from <date>". */
    private static final Pattern PUBLISHED_BY = Pattern.compile("(?U)^(?i:published\\s+(?:by|in))\\s+(?:(?i:the)\\s+)?"
            + "\\p{Lu}[\\p{L}'’.&\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.&\\-]*){0,4}\\s+(?i:on|from)\\s+(.{6,40})$");
    /** Longer than this, a line is running text. */
    private static final int MAX_LINE = 100;

    private ObituaryPages() {
    }

    /** Whether {@code title} is the heading {@code h} followed by the years of a life and the place and paper. */
    static boolean lifeYears(String h, String title) {
        String t = title.replaceAll("\\s+", " ").strip();
        return t.length() > h.length() && t.regionMatches(true, 0, h, 0, h.length())
                && LIFE_YEARS.matcher(t.substring(h.length())).matches();
    }

    /** The day a line "Published by X on <date>" gives, outside comments, guest books and footers; null when none does. */
    static LocalDate published(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().select("p, div, span, small, em")) {
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() > MAX_LINE) continue;
            Matcher m = PUBLISHED_BY.matcher(text.replaceFirst("\\.$", ""));
            if (!m.matches() || furniture(e)) continue;
            LocalDate d = HtmlDates.find(m.group(1));
            if (d != null) return d;
        }
        return null;
    }

    private static boolean furniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav")) return true;
            if (a.className().matches("(?i).*(?:comment|guest|footer|related).*")) return true;
        }
        return false;
    }

    /**
     * Whether {@code name} is the paper that published the page: a line says "Published by {@code name} on <date>" and the
     * tab's title ends with that name ("... - Harwick, OH - Harwick Courier").
     */
    static boolean paper(Document doc, String name) {
        if (name == null || doc.body() == null) return false;
        String suffix = MetadataExtractor.tabSuffix(MetadataExtractor.tab(doc));
        if (suffix == null || !suffix.equalsIgnoreCase(name.strip())) return false;
        for (Element e : doc.body().select("p, div, span, small, em")) {
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() > MAX_LINE) continue;
            Matcher m = PUBLISHED_BY.matcher(text.replaceFirst("\\.$", ""));
            if (m.matches() && text.toLowerCase(java.util.Locale.ROOT).contains(name.strip().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
