package org.parallax.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A press release credits no writer: the company, wire, ministry or office its metadata names as author ("Office of the
 * Governor", "Ministère de la Transition des mobilités", "GlobeWire") issued it. A page is a release when it says so in
 * a line of its own ("FOR IMMEDIATE RELEASE", "Communiqué de presse", "Pressemitteilung") or its address files it under
 * releases ("/news-release/2037/03/03/..."). A person named as author stays. Only reads the document.
 */
public final class ReleaseIssuers {
    /** A line that says the page is a release. */
    private static final Pattern RELEASE_LINE = Pattern.compile("(?iU)^(?:for immediate release|(?:press|news|media) release"
            + "|communiqué(?:\\s+de\\s+presse)?|pressemitteilung|pressemeldung|presseinformation|comunicado(?:\\s+de\\s+prensa)?"
            + "|nota\\s+de\\s+prensa|comunicato\\s+stampa|persbericht)\\s*:?$");
    /** An address filed under releases: "/news-release/", "/press-releases/", "/pressemitteilungen/", "/communiques/". */
    private static final Pattern RELEASE_PATH = Pattern.compile("(?i)/(?:news|press|media)[-_]?releases?/|/pressemitteilungen?/"
            + "|/communiques?(?:-de-presse)?/|/comunicados?(?:-de-prensa)?/");
    /** Words of an institution's name: an office, a ministry, a department, an agency, a government, a council. */
    private static final Pattern INSTITUTION = Pattern.compile("(?iU)\\b(?:office|ministry|minist[eè]re|ministerio|ministero"
            + "|ministerie|department|d[ée]partement|departamento|agency|agence|bureau|government|gouvernement|gobierno"
            + "|governo|council|commission|city of|state of|county|pr[ée]fecture|mairie|ayuntamiento|press office"
            + "|service de presse|communications)\\b");
    private static final int MAX_LINE = 40;

    private ReleaseIssuers() {
    }

    /** {@code author}, or null when the page is a press release and the author is the organisation that issued it. */
    static String withoutIssuer(Document doc, String author, String site, String url) {
        if (author == null || !release(doc, url)) return author;
        return issuer(author, site) ? null : author;
    }

    /** Whether the page says it is a press release or its address files it under releases. */
    public static boolean release(Document doc, String url) {
        if (url != null && RELEASE_PATH.matcher(url).find()) return true;
        if (doc.body() == null) return false;
        for (Element e : doc.body().getElementsMatchingOwnText(RELEASE_LINE)) {
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() <= MAX_LINE && RELEASE_LINE.matcher(text).matches() && e.closest("nav, footer") == null) return true;
        }
        return false;
    }

    /** Whether {@code author} names an organisation: an institution, a company, the site itself or one word. */
    public static boolean issuer(String author, String site) {
        String a = author.strip();
        if (!a.contains(" ") || PageBylines.organisation(a) || INSTITUTION.matcher(a).find()) return true;
        if (site == null) return false;
        String s = TitleChooser.alnum(site);
        String k = TitleChooser.alnum(a);
        return !k.isEmpty() && (s.equals(k) || s.contains(k)) || a.toLowerCase(Locale.ROOT).equals(site.strip().toLowerCase(Locale.ROOT));
    }
}
