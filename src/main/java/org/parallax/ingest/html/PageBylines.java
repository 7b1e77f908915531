package org.parallax.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.text.Months;

/**
 * The author a page prints in a short labelled line of its own ("von Claudia Lindner", "Ein Artikel von Pamela Sladky
 * | 27.01.2022", "Autorin: Uta Staschewski, Projektleiterin ..."), for pages whose metadata names no person. Lines in
 * comment threads, forms, headings and footers are skipped. Only reads the document.
 */
final class PageBylines {
    /** Longer than this, an element is text that mentions someone, not a byline. */
    private static final int MAX_LINE = 90;
    /** A capitalized word that is no month name ("By Nathan Willis March 25, 2015" ends the name before "March"). */
    private static final String NAME_WORD = "(?!(?i:" + Months.NAME + ")\\b)\\p{Lu}[\\p{L}.'’\\-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:(?:von|van|de|der|den|di|da|du|le|la|zu)\\s+)?" + NAME_WORD + "){0,2}";
    /** A label, the name (or two joined by "und"/"and"), then the end of the line, a separator, a date or a credit. */
    private static final Pattern LABELLED = Pattern.compile("(?U)^(?:[\\d.:,\\s]+(?:uhr\\s+)?)?"
            + "(?i:ein (?:artikel|beitrag|interview|kommentar) von|text(?: von)?:?|von|by|autor(?:in|en)?:?|author:|written by"
            + "|posted by|erstellt von|geschrieben von|verfasst von|par|publié par|por)\\s+"
            + "(" + NAME + "(?:\\s+(?i:und|and|&)\\s+" + NAME + ")?)"
            + "(?:\\s*$|\\s*[|,•·/\\p{Pd}]|\\s+(?i:am|on|le|el|um|at|illustration|fotos?|bilder?|" + Months.NAME + ")\\b|\\s+\\d)");
    private static final Pattern WHOLE_NAME = Pattern.compile("(?U)" + NAME_WORD + "(?:\\s+(?:(?:von|van|de|der|den|di|da|du|le|la|zu)\\s+)?"
            + NAME_WORD + "){1,3}");
    private static final Pattern SKIP = Pattern.compile("(?i)comment|kommentar|respond|reply|disqus|footer|related|sidebar|avatar");

    private PageBylines() {
    }

    /** The name in the first labelled byline line of the article (or the page), cleaned; null when there is none. */
    static String labelled(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        Element article = doc.selectFirst("article, [itemprop~=articleBody], main, [role=main]");
        // an article element bounds the search: outside it, "By ..." lines belong to other stories' teasers
        return find(article == null ? body : article);
    }

    /** The one name the labelled lines give; null when none does or when they name different people (a list of teasers). */
    /**
     * The name an element whose class says author prints ("node__author", "article_authors"), when all its text up to a
     * date is a name of two to four capitalized words; null when none does or they name different people.
     */
    static String classed(Document doc) {
        String found = null;
        for (Element e : doc.select("[class*=author], [class*=autor]")) {
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() > MAX_LINE || skipped(e)) continue;
            String name = AuthorNames.clean(text.replaceFirst("\\s*\\d.*$", ""));
            if (name == null || !WHOLE_NAME.matcher(name).matches()) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }

    private static String find(Element root) {
        String found = null;
        for (Element e : root.select("p, div, span, em, strong, b, i, small, li, address, h4, h5, h6")) {
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() > MAX_LINE || text.length() < 5) continue;
            Matcher m = LABELLED.matcher(text);
            if (!m.find() || skipped(e)) continue;
            String name = AuthorNames.clean(m.group(1));
            if (name == null) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }

    private static boolean skipped(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("form") || tag.equals("footer") || tag.equals("nav") || tag.equals("aside")) return true;
            if (SKIP.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }
}
