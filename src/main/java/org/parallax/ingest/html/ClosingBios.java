package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writer of a guest column or an op-ed that prints no byline and names its writer only in the italic line that
 * closes the piece ("<em>Dana Whitlock is chair of the Fenmoor Inshore Fishermen's Association.</em>"), as many papers
 * do for outside contributors. Only reads the document.
 */
final class ClosingBios {
    /** How many of the article's last paragraphs may hold the writer's line (a disclaimer or a pitch may follow it). */
    private static final int LAST_PARAGRAPHS = 3;
    /** Longer than this, an italic paragraph is a quotation or an editor's note, not a writer's line. */
    private static final int MAX_LINE = 250;
    /** A name of two or three capitalized words, then "is" or "was" and a word in lower case: the bio's opening. */
    private static final Pattern BIO = Pattern.compile("(?U)^(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:(?:van|von|de|der|da|di|le|la)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’\\-]*){1,2}),?\\s+(?:is|was)\\s+(?:a|an|the|\\p{Ll}+)\\s");
    /** Boxes the article's own paragraphs are never in. */
    private static final Pattern SKIP = Pattern.compile("(?i)comment|respond|reply|related|footer|sidebar|newsletter|share"
            + "|caption|quote");

    private ClosingBios() {
    }

    /**
     * The name that opens an italic paragraph among the article's last three, when the whole paragraph is set in italics
     * and reads as a writer's line ("Name is ..."); null when there is none.
     */
    static String writer(Document doc) {
        Element root = doc.selectFirst("article, [itemprop~=articleBody], main, [role=main]");
        if (root == null) return null;
        List<Element> paragraphs = new ArrayList<>();
        for (Element p : root.select("p")) {
            if (!p.text().isBlank() && !skipped(p)) paragraphs.add(p);
        }
        for (int i = Math.max(0, paragraphs.size() - LAST_PARAGRAPHS); i < paragraphs.size(); i++) {
            Element p = paragraphs.get(i);
            String text = p.text().replace('\u00A0', ' ').strip();
            String italic = String.join(" ", p.select("em, i").eachText()).strip();
            if (text.length() > MAX_LINE || !text.equals(italic)) continue;
            Matcher m = BIO.matcher(text);
            if (m.find()) return AuthorNames.clean(m.group(1));
        }
        return null;
    }

    private static boolean skipped(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav") || tag.equals("blockquote")
                    || tag.equals("figure")) {
                return true;
            }
            if (SKIP.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }
}
