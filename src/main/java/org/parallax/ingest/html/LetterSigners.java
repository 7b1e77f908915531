package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The writer of a single letter to the editor: the reader who signs it at its foot, the name on the first line of the
 * closing paragraph with the town under it ("<strong>Margaret Hollis</strong><br>Eastfold"). The paper named as the
 * author in the markup did not write it. A letters page of several letters has one signature per letter and so no
 * author, as each reader signs only their own letter. Only reads the document.
 */
final class LetterSigners {
    /** What a page of letters calls itself in its kicker, section label, breadcrumb or class. */
    private static final Pattern LETTER_MARK = Pattern.compile("(?iU)^(?:letters?\\s+to\\s+the\\s+editor|letters?|reader'?s'?\\s+letters?"
            + "|your\\s+letters?|letter\\s+of\\s+the\\s+(?:day|week))$");
    private static final Pattern MARKED = Pattern.compile("(?i)kicker|section|category|rubric|eyebrow|breadcrumb|label");
    private static final Pattern LETTER_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])letter(?:$|[\\s_-])");
    /** A name of two to four capitalized words, a particle allowed between them. */
    private static final Pattern NAME = Pattern.compile("(?U)\\p{Lu}[\\p{L}.'’\\-]+(?:\\s+(?:(?:van|von|de|der|da|di|le|la)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’\\-]*){1,3}");
    /** Longer than this, a line under the name is prose, not a town or an address line. */
    private static final int MAX_PLACE = 40;

    private LetterSigners() {
    }

    /** The one signature of a page marked as a letter to the editor; null when it is no such page or signs more than once. */
    static String signer(Document doc) {
        if (doc.body() == null) return null;
        Element letter = letter(doc);
        if (letter == null) return null;
        String found = null;
        for (Element p : letter.select("p, div.signature, div.sign-off")) {
            String name = signature(p);
            if (name == null) continue;
            if (found != null && !found.equals(name)) return null;
            found = name;
        }
        return found == null ? null : AuthorNames.clean(found);
    }

    /** The element that holds the letter: the article classed as a letter, or the article or main of a page marked so. */
    private static Element letter(Document doc) {
        for (Element e : doc.body().select("article[class], main[class], div[class]")) {
            if (LETTER_CLASS.matcher(e.className()).find() && !e.className().matches("(?i).*letters.*")) return e;
        }
        for (Element e : doc.body().select("[class]")) {
            if (!MARKED.matcher(e.className()).find() || e.closest("nav, footer, aside") != null) continue;
            if (LETTER_MARK.matcher(e.text().strip()).matches()) return doc.body().selectFirst("article, main, [role=main]");
        }
        return null;
    }

    /**
     * The name a closing signature gives: the paragraph's first line, a name in bold or alone, with at most two short lines
     * (a town, a street) under it after line breaks; null for any other paragraph.
     */
    private static String signature(Element p) {
        if (p.closest("aside, nav, footer, blockquote, figure") != null || p.text().length() > 100) return null;
        if (p.select("br").isEmpty() && !p.className().matches("(?i).*sign.*")) return null;
        StringBuilder first = new StringBuilder();
        int lines = 0;
        for (Node n : p.childNodes()) {
            if (n instanceof Element br && br.tagName().equals("br")) {
                lines++;
                continue;
            }
            String text = n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "";
            if (lines == 0) first.append(text);
            else if (text.strip().length() > MAX_PLACE) return null;
        }
        String name = first.toString().replace('\u00A0', ' ').strip();
        return lines <= 2 && NAME.matcher(name).matches() ? name : null;
    }
}
