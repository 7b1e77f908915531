package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The date a page prints for its article when its metadata gives none: a {@code <time>} element, or a short element
 * whose class or id says date, time, published or posted, inside the article before the rest of the page. Only reads
 * the document.
 */
final class PageDates {
    /** Class or id words of the elements that print an article's date. */
    private static final Pattern DATE_MARK = Pattern.compile("(?i)date|time|datum|published|posted|pubdate|entry-meta"
            + "|post-meta|article-meta|meta-info|byline");
    /** Longer than this, an element is a block of text that happens to hold a date, not a date line. */
    private static final int MAX_LINE = 160;

    private PageDates() {
    }

    /** The first printed date in the article (or the page when it has no article element); null when none. */
    static LocalDate visible(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        Element article = doc.selectFirst("article, [itemprop~=articleBody], main, [role=main]");
        LocalDate d = article == null ? null : inside(article);
        return d != null ? d : inside(body);
    }

    private static LocalDate inside(Element root) {
        for (Element t : root.select("time")) {
            LocalDate d = HtmlDates.parse(t.attr("datetime"));
            if (d == null) d = HtmlDates.find(t.attr("datetime"));
            if (d == null) d = HtmlDates.find(t.text());
            if (d != null) return d;
        }
        for (Element e : root.select("[class], [id]")) {
            if (!DATE_MARK.matcher(e.className() + " " + e.id()).find()) continue;
            String text = e.text();
            if (text.length() > MAX_LINE) continue;
            LocalDate d = HtmlDates.find(text);
            if (d != null) return d;
        }
        return null;
    }
}
