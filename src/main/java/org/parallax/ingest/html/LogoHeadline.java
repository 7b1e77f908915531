package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The headline of a page whose h1 holds only the site's logo ({@code <h1 class="logo"><a href="/"><img alt="The Valley
 * Courier"></a></h1>}), as older and small sites' templates have it: the article's title is then an h2 marked as a title
 * ({@code <h2 class="newstitle">}), and the tab's title names only the site ("The Valley Courier - News"). Only reads the
 * document.
 */
final class LogoHeadline {
    /** Class, id or itemprop words of a heading that holds an article's title. */
    private static final Pattern TITLE_MARK = Pattern.compile("(?i)title|headline|heading");
    private static final Pattern FURNITURE = Pattern.compile("(?i)comment|related|sidebar|widget|teaser|footer|menu|nav|more|other");
    /** Fewer words than this, an h2 is a section's heading ("Latest news"), not a headline. */
    private static final int MIN_WORDS = 4;
    private static final int MAX_LENGTH = 200;

    private LogoHeadline() {
    }

    /**
     * The one h2 marked as a title on a page whose h1s hold no text but a logo whose {@code alt} the current title
     * holds (or that has no title); null otherwise, or when no h2 or more than one is marked so.
     */
    static String over(Document doc, String title) {
        if (doc.body() == null) return null;
        Elements h1s = doc.body().select("h1");
        if (h1s.isEmpty()) return null;
        String logo = null;
        for (Element h1 : h1s) {
            if (!h1.text().isBlank()) return null;
            Element img = h1.selectFirst("img[alt]");
            if (img != null && !img.attr("alt").isBlank()) logo = img.attr("alt");
        }
        if (logo == null) return null;
        String key = TitleChooser.alnum(logo);
        if (key.isEmpty() || title != null && !title.isBlank() && !TitleChooser.alnum(title).contains(key)) return null;
        return markedH2(doc);
    }

    /** The page's one h2 marked as a title (class, id or itemprop) outside furniture; null when none or several are. */
    static String markedH2(Document doc) {
        String found = null;
        for (Element h2 : doc.body().select("h2")) {
            String marks = h2.className() + " " + h2.id() + " " + h2.attr("itemprop");
            String text = h2.text().strip();
            if (!TITLE_MARK.matcher(marks).find() || furniture(h2) || text.length() > MAX_LENGTH) continue;
            if (text.split("\\s+").length < MIN_WORDS) continue;
            if (found != null) return null;
            found = text;
        }
        return found;
    }

    private static boolean furniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) return true;
            if (FURNITURE.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }
}
