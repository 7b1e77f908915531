package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether an element sits in a page's furniture: a menu, an aside, a form, a footer, or a box whose class or id
 * reads like a comment thread, a list of related stories or a sidebar. The byline readers share this check and
 * differ only in what is given here: the names that mark a box, how small a named box must be to count as one (a
 * wrapper so named that holds most of the page is its layout), and whether an article's own footer holds credits.
 * Immutable; only reads the document.
 */
final class FurnitureBoxes {
    /** A named box counts when its text is under half the page's. */
    static final int HALF_PAGE = -1;

    private final Pattern names;
    private final int maxChars;
    private final boolean articleFooters;
    private final boolean footerNamesInArticle;
    private final boolean headlineLayout;

    private FurnitureBoxes(Pattern names, int maxChars, boolean articleFooters, boolean footerNamesInArticle,
            boolean headlineLayout) {
        this.names = names;
        this.maxChars = maxChars;
        this.articleFooters = articleFooters;
        this.footerNamesInArticle = footerNamesInArticle;
        this.headlineLayout = headlineLayout;
    }

    /**
     * Menus, asides, forms and every footer; and boxes whose class or id {@code names} finds, when their text is
     * shorter than {@code maxChars} characters ({@link #HALF_PAGE}: shorter than half the page's text).
     */
    static FurnitureBoxes of(Pattern names, int maxChars) {
        return new FurnitureBoxes(names, maxChars, false, false, false);
    }

    /**
     * The same check, but an article's own footer ("&lt;article&gt; ... &lt;footer&gt;Words by X&lt;/footer&gt;") holds
     * its credits, not the site's furniture ("By continuing to browse ..."): a footer element inside an article is kept.
     */
    FurnitureBoxes keepingArticleFooters() {
        return new FurnitureBoxes(names, maxChars, true, footerNamesInArticle, headlineLayout);
    }

    /**
     * The same check, but inside an article the word "footer" in a class or id no longer marks a box ("entry-footer"
     * holds the post's credits).
     */
    FurnitureBoxes ignoringFooterNamesInArticles() {
        return new FurnitureBoxes(names, maxChars, articleFooters, true, headlineLayout);
    }

    /**
     * The same check, but a named box that holds the page's first h1 is the article's layout ("zen-one-sidebar-second"),
     * even when menus and footers make up half the page.
     */
    FurnitureBoxes sparingHeadline() {
        return new FurnitureBoxes(names, maxChars, articleFooters, footerNamesInArticle, true);
    }

    /** Whether {@code e} or one of its ancestors is such furniture. */
    boolean holds(Element e) {
        int page = -1;
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("form")) return true;
            boolean footer = tag.equals("footer");
            // only asked for when a caller keeps what an article holds: closest() climbs to the root each time
            boolean inArticle = (footer && articleFooters || footerNamesInArticle) && a.parent() != null
                    && a.parent().closest("article") != null;
            if (footer && !(articleFooters && inArticle)) return true;
            String named = a.className() + " " + a.id();
            if (footerNamesInArticle && inArticle) named = named.replaceAll("(?i)footer", "");
            if (!names.matcher(named).find()) continue;
            if (maxChars != HALF_PAGE) {
                if (a.text().length() < maxChars) return true;
                continue;
            }
            if (page < 0) {
                Document doc = e.ownerDocument();
                page = doc == null || doc.body() == null ? Integer.MAX_VALUE : doc.body().text().length();
            }
            if (a.text().length() * 2 < page && !(headlineLayout && holdsHeadline(a))) return true;
        }
        return false;
    }

    /** Whether {@code a} holds the page's first h1 (a non-blank one other than itself). */
    private static boolean holdsHeadline(Element a) {
        Document doc = a.ownerDocument();
        Element h1 = doc == null ? null : doc.selectFirst("h1");
        return h1 != null && h1 != a && !h1.text().isBlank() && h1.parents().contains(a);
    }
}
