package org.parallax.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The headline of a page whose one h1 is the name of its section ("Business", a link of the site's menu) and whose tab's
 * title names only that section and the site ("Business - The Westmoor Post"): the article's title is then the h2 of
 * its {@code <article>}. Only reads the document.
 */
final class SectionHeadline {
    /** More words than this, an h1 is a headline, not a section's name. */
    private static final int MAX_SECTION_WORDS = 3;
    /** Fewer words than this, an h2 is a box's heading ("More Business"), not a headline. */
    private static final int MIN_WORDS = 4;
    private static final int MAX_LENGTH = 200;

    private SectionHeadline() {
    }

    /**
     * The one h2 of the page's articles, of four words or more, where {@code title} is the page's one h1 and that h1 is
     * the text of a link in the site's menu; null otherwise.
     */
    static String over(Document doc, String title) {
        if (title == null || title.isBlank() || doc.body() == null) return null;
        Elements h1s = doc.body().select("h1");
        if (h1s.size() != 1) return null;
        Element h1 = h1s.first();
        String key = TitleChooser.alnum(h1.text());
        if (key.isEmpty() || !key.equals(TitleChooser.alnum(title)) || h1.closest("article") != null
                || h1.text().strip().split("\\s+").length > MAX_SECTION_WORDS || !inMenu(doc, key)) {
            return null;
        }
        String found = null;
        for (Element h2 : doc.body().select("article h2")) {
            String text = h2.text().strip();
            if (text.split("\\s+").length < MIN_WORDS || text.length() > MAX_LENGTH) continue;
            if (h2.closest("aside, nav, footer") != null) continue;
            if (found != null) return null;
            found = text;
        }
        return found;
    }

    /** Whether a link of the site's menu ({@code <nav>} or {@code <header>}) reads {@code key}. */
    private static boolean inMenu(Document doc, String key) {
        for (Element a : doc.body().select("nav a[href], header a[href]")) {
            if (TitleChooser.alnum(a.text()).equals(key)) return true;
        }
        return false;
    }
}
