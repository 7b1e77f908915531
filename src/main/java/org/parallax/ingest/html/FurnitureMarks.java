package org.parallax.ingest.html;

import org.jsoup.nodes.Element;

/**
 * What names a box as furniture besides its class and id: pages built from generated class names ("sc-8a623a54-0",
 * "dcr-1qrpiu3") name their boxes in component attributes ({@code data-component="related-content"},
 * {@code data-gu-name="rich-link"}); and an aside that is nothing but a link is a pointer to another story.
 */
final class FurnitureMarks {
    /** The longest aside read as a link to another story. */
    private static final int MAX_LINK_ASIDE = 200;

    private FurnitureMarks() {
    }

    /** The class, the id and the component names of {@code e}, separated by spaces. */
    static String words(Element e) {
        StringBuilder out = new StringBuilder(e.className()).append(' ').append(e.id());
        for (String attr : new String[] {"data-component", "data-gu-name"}) {
            if (e.hasAttr(attr)) out.append(' ').append(e.attr(attr));
        }
        return out.toString();
    }

    /**
     * Whether {@code e} is an aside whose whole text is the text of its links, and short: a "rich link" to another
     * story set into the article's text.
     */
    static boolean linkAside(Element e) {
        if (!e.tagName().equals("aside") || e.select("a[href]").isEmpty()) return false;
        String text = e.text().strip();
        if (text.isEmpty() || text.length() > MAX_LINK_ASIDE) return false;
        StringBuilder links = new StringBuilder();
        for (Element a : e.select("a[href]")) links.append(a.text());
        return text.replaceAll("\\s+", "").equals(links.toString().replaceAll("\\s+", ""));
    }
}
