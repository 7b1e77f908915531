package org.parallax.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The credits of a review (of a book, a film, an album, a play): the reviewer wrote it, while the book's author, the
 * film's director or the band that the page names near the top, and that its JSON-LD gives as the author of the reviewed
 * item ({@code "itemReviewed": {"author": ...}}), did not.
 */
final class ReviewCredits {
    /** The JSON-LD property that holds the item a review is about, whose author is not the review's. */
    static final String REVIEWED_ITEM = "itemReviewed";
    /** Longer than this, a line is text that mentions a reviewer, not a byline. */
    private static final int MAX_LINE = 90;
    /** A review in the page's JSON-LD: {@code "@type": "Review"} or {@code "CriticReview"}. */
    private static final Pattern REVIEW_TYPE = Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"(?:Critic|User)?Review\"");
    /** A headline that says it is a review ("... review – ...", "Review: ...", "... Album Review"). */
    private static final Pattern REVIEW_HEADLINE = Pattern.compile("(?iU)\\breview\\b");
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’\\-]*";
    /**
     * "Reviewed by" opening the line, then a name of two to four capitalized words, then the end of the line, a separator,
     * a date or "on"; "Medically reviewed by" does not open its line with "Reviewed".
     */
    private static final Pattern REVIEWED_BY = Pattern.compile("(?U)^(?i:reviewed by)\\s*:?\\s+(" + NAME_WORD + "(?:\\s+"
            + "(?:(?:von|van|de|der|den|di|da|du|le|la)\\s+)?" + NAME_WORD + "){1,3}?)(?:\\s*$|\\s*[|,·•\\p{Pd}]|\\s+\\d"
            + "|\\s+(?i:on)\\b)");
    /** Boxes a reviewer's credit is never in: comments, related stories, the footer. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)comment|respond|reply|related|footer|sidebar|more-");

    private ReviewCredits() {
    }

    /**
     * The name after "Reviewed by" on a review page (a JSON-LD Review, or an h1 that says review); null on other pages,
     * when no line opens with the label, or when such lines name different people.
     */
    static String reviewer(Document doc) {
        if (doc.body() == null || !review(doc)) return null;
        String found = null;
        for (Element e : doc.body().select("p, div, span, li, small, em, strong, address")) {
            String text = PageBylines.shown(e);
            if (text.length() > MAX_LINE) continue;
            Matcher m = REVIEWED_BY.matcher(text);
            if (!m.find() || furniture(e)) continue;
            String name = AuthorNames.clean(m.group(1));
            if (name == null) continue;
            if (found != null && !found.equalsIgnoreCase(name)) return null;
            found = name;
        }
        return found;
    }

    private static boolean review(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            if (REVIEW_TYPE.matcher(script.data()).find()) return true;
        }
        Element h1 = doc.selectFirst("h1");
        return h1 != null && REVIEW_HEADLINE.matcher(h1.text()).find();
    }

    private static boolean furniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("nav") || tag.equals("form")) return true;
            if (FURNITURE.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }
}
