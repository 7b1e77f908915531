package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts back an article's lead (standfirst, deck, summary) that pages print in the header beside the headline, apart
 * from the body: Readability scores the body's paragraphs and leaves the header out. The lead is the first element
 * after the page's {@code <h1>} and near it whose class names a lead ("lead", "intro", "standfirst", "deck",
 * "subtitle", "excerpt", "summary", "bajada"...) or that is a subtitle heading or a short list of summary points beside
 * the h1, or a paragraph of prose in a box of its own between the h1 and the body (no disclosure or notice), that reads
 * as a sentence or two, and that comes before the body's first paragraph; it goes on top of the body as a paragraph (a
 * list as a list).
 */
final class LeadParagraph {
    /** Words a lead's class is made of, alone or at the end of a camel-case word ("documentDescription"). */
    private static final Pattern LEAD_WORD = Pattern.compile("(?i)^(?:[a-z]*?)(lead|lede|leader|intro|introduction"
            + "|standfirst|subtitle|subheadline|subhead|teaser|excerpt|summary|deck|dek|description|bajada|abstract"
            + "|chapeau|chapo|sapo|vorspann)(text)?$");
    private static final Pattern SCHEMA_LEAD = Pattern.compile("(?i)^(description|abstract|alternativeHeadline)$");
    private static final Pattern TOKENS = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern SITE = Pattern.compile("(?i)site-?(name|title|branding|logo)|logo|brand|masthead");
    private static final Pattern CAPTION = Pattern.compile("(?i)caption|credit|figure");
    /** A line about the article (its date, author, tags), printed under the headline as often as a lead is. */
    private static final Pattern META = Pattern.compile("(?i)meta|date|time|byline|author|tags");
    private static final Pattern META_LINE = Pattern.compile("(?iu)\\s*(published|updated|posted|by|von|par|por|veröffentlicht)\\b");
    private static final Pattern NOTICE = Pattern.compile("(?i)disclosure|disclaimer|notice|cookie|consent");
    private static final String BLOCKS = "p, div, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6, section, article";
    private static final int MIN_CHARS = 40;
    private static final int MAX_CHARS = 900;
    /** How many levels above the h1 the lead may sit, and how many elements after it. */
    private static final int MAX_LEVELS = 6;
    private static final int MAX_DISTANCE = 60;
    private static final int PROSE = 100;
    /** A summary list under the headline has this many points at most, each at least this long. */
    private static final int MAX_POINTS = 5;
    private static final int MIN_POINT = 20;

    private LeadParagraph() {
    }

    /**
     * Adds to the top of {@code content} the lead of {@code page} (the page as it was before scoring), when the content
     * lacks it; returns whether one was added.
     */
    static boolean restore(Element content, Document page) {
        if (page == null || page.body() == null) return false;
        String have = squash(content.text());
        String firstProse = firstProse(content);
        for (Element h : headlines(page, firstProse)) {
            int found = restoreAfter(h, content, have, firstProse);
            if (found != 0) return found > 0;
        }
        return false;
    }

    /**
     * Looks for the lead after the headline {@code h1}: 1 when one was added, -1 when the body's first paragraph came
     * first (there is no lead), 0 when nothing near the headline qualified.
     */
    private static int restoreAfter(Element h1, Element content, String have, String firstProse) {
        Element near = h1;
        for (int i = 0; i < MAX_LEVELS && near.parent() != null && near.parent() != h1.ownerDocument().body(); i++) near = near.parent();
        boolean after = false;
        int seen = 0;
        for (Element e : near.getAllElements()) {
            if (e == h1) {
                after = true;
                continue;
            }
            if (!after) continue;
            if (++seen > MAX_DISTANCE) return -1;
            String text = squash(e.text());
            // the body's first paragraph reached: a lead must come before it
            if (firstProse != null && text.equals(firstProse)) return -1;
            if (e.tagName().equals("p") && text.length() >= PROSE && have.contains(text)) return -1;
            if (!isLead(e, h1) || text.length() < MIN_CHARS || text.length() > MAX_CHARS) continue;
            if (have.contains(text) || linked(e) * 3 > text.length() || captioned(e)) continue;
            Element lead = summaryList(e) ? listCopy(e) : new Element("p").text(e.text());
            content.prependChild(lead);
            return 1;
        }
        return 0;
    }

    /**
     * The headlines to look for the lead after, in order: the last h1 before the body's first paragraph that is not the
     * site's name in its masthead, then the last h2 between that h1 and the paragraph (a page whose h1 closes its
     * breadcrumbs, far from the header that holds the story's own headline and lead); without such an h1, the last h2
     * there (a page whose h1 is its logo). Without a first paragraph, the first h1.
     */
    private static List<Element> headlines(Document page, String firstProse) {
        List<Element> out = new ArrayList<>();
        if (firstProse == null) {
            Element h1 = page.body().selectFirst("h1");
            if (h1 != null) out.add(h1);
            return out;
        }
        Element h1 = null;
        Element h2 = null;
        Element h2AfterH1 = null;
        for (Element e : page.body().getAllElements()) {
            if (e.tagName().equals("h1") && !siteName(e)) {
                h1 = e;
                h2AfterH1 = null;
            } else if (e.tagName().equals("h2")) {
                h2 = e;
                if (h1 != null) h2AfterH1 = e;
            } else if (firstParagraph(e, firstProse)) {
                if (h1 != null) out.add(h1);
                // an h1 in the breadcrumbs or a masthead, with the story's headline an h2 below it
                Element second = h1 != null ? h2AfterH1 : h2;
                if (second != null) out.add(second);
                return out;
            }
        }
        return out;
    }

    /**
     * Whether {@code e} is the page's element for the body's first paragraph: a {@code <p>} with its text, or a
     * {@code <div>} of text and line breaks that opens with it (Readability makes paragraphs of such a div's lines).
     */
    private static boolean firstParagraph(Element e, String firstProse) {
        if (e.tagName().equals("p")) return squash(e.text()).equals(firstProse);
        return e.tagName().equals("div") && e.select(BLOCKS).size() == 1 && squash(e.text()).startsWith(firstProse);
    }

    /** Whether the h1 is the site's name in its masthead, whose tagline is no lead. */
    private static boolean siteName(Element h1) {
        return Ancestors.named(h1, 3, SITE);
    }

    private static boolean isLead(Element e, Element h1) {
        if (!e.select("p").isEmpty() && !e.tagName().equals("p") && e.select("p").size() > 1) return false;
        if (META.matcher(e.className()).find() || META_LINE.matcher(e.text()).lookingAt()) return false;
        if (e.parent() == h1.parent() && (e.tagName().equals("h2") || e.tagName().equals("p") || summaryList(e))
                && stepsAfter(h1, e) <= 2) {
            return true;
        }
        // a paragraph of prose between the headline and the body's first paragraph, in a box of its own, that is no
        // advertiser's disclosure or cookie notice printed above the story
        if (e.tagName().equals("p") && squash(e.text()).length() >= PROSE && !notice(e)) return true;
        // schema.org's own names for an article's lead
        if (SCHEMA_LEAD.matcher(e.attr("itemprop")).find()) return true;
        for (String t : TOKENS.split(e.className())) {
            if (!t.isEmpty() && LEAD_WORD.matcher(t).matches()) return true;
        }
        return false;
    }

    /** How many siblings with text come after {@code h1} up to {@code e}, {@code e} counted; empty ones are spacers. */
    private static int stepsAfter(Element h1, Element e) {
        int n = 0;
        for (Element s = h1.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            if (s == e) return n + 1;
            if (!s.text().isBlank()) n++;
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Whether {@code e} is a list of a few summary points ("Mark Helfrich on ...", "Germany wants to lead ..."), as
     * pages print under the headline in place of a standfirst: two to five items of text, none a link list.
     */
    private static boolean summaryList(Element e) {
        if (!e.tagName().equals("ul")) return false;
        var items = e.children();
        if (items.size() < 2 || items.size() > MAX_POINTS) return false;
        for (Element li : items) {
            if (!li.tagName().equals("li") || li.text().strip().length() < MIN_POINT || !li.select("a[href]").isEmpty()) return false;
        }
        return true;
    }

    /** The summary list's items, without the page's classes. */
    private static Element listCopy(Element list) {
        Element out = new Element("ul");
        for (Element li : list.children()) out.appendElement("li").text(li.text());
        return out;
    }

    private static String firstProse(Element content) {
        for (Element p : content.select("p")) {
            String t = squash(p.text());
            if (t.length() >= PROSE) return t;
        }
        return null;
    }

    /** Whether the element sits in a box classed as a disclosure, disclaimer or notice (cookies, consent). */
    private static boolean notice(Element e) {
        return Ancestors.named(e, 3, NOTICE);
    }

    /** Whether the element is or holds a photo's caption or credit: a summary under a picture is no lead. */
    private static boolean captioned(Element e) {
        return !e.select("[class~=(?i)caption|credit], figcaption").isEmpty() || Ancestors.classed(e, 3, CAPTION);
    }

    /** Characters of {@code e}'s text inside links. */
    static int linked(Element e) {
        int n = 0;
        for (Element a : e.select("a[href]")) n += a.text().strip().length();
        return n;
    }

    /** The text with no-break spaces as spaces and every run of white space as one space, stripped. */
    static String squash(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
