package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The strip a site prints above its masthead on every page (a top bar with today's date, the weather, the tide, links
 * to subscribe): a box of the body's own children that comes before the site's header (a {@code <header>} or the box
 * holding the link home) and before the headline. Its date is the day the page was shown, not the article's. Only
 * reads the document.
 */
final class SiteStrips {
    /** A link to the site's home page: "/", "/index.html", "https://host/" or "https://host". */
    private static final Pattern HOME = Pattern.compile("(?i)^(?:https?://[^/?#]+)?/?(?:index\\.html?)?$");
    /** Longer than this, a box above the masthead is no strip but content (a teaser block, a banner story). */
    private static final int MAX_STRIP = 200;

    private SiteStrips() {
    }

    /**
     * Whether {@code e} stands in a short box among the body's children that holds no heading and no link home and comes
     * before the site's header, itself before the page's first h1: a strip above the masthead.
     */
    static boolean aboveMasthead(Element e) {
        Element top = e;
        while (top.parent() != null && !top.parent().tagName().equals("body")) top = top.parent();
        Element body = top.parent();
        if (body == null || top.text().length() > MAX_STRIP || !top.select("h1, h2, article").isEmpty()
                || top.tagName().equals("header") || top.tagName().equals("main") || top.tagName().equals("article")
                // a box with the link home is the masthead itself, where some sites print the article's own date line
                || hasHomeLink(top)) {
            return false;
        }
        boolean masthead = false;
        for (Element next = top.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            // the headline comes after the masthead: without an h1 the page's parts cannot be told apart
            if (!next.select("h1").isEmpty()) return masthead;
            if (next.tagName().equals("header") || hasHomeLink(next)) masthead = true;
        }
        return false;
    }

    private static boolean hasHomeLink(Element box) {
        for (Element a : box.select("a[href]")) {
            if (HOME.matcher(a.attr("href").strip()).matches()) return true;
        }
        return false;
    }
}
