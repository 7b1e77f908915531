package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts back the parts of an article split into several elements of one kind (a run of {@code <section
 * class="post__content">}, {@code <div class="article-part">}), of which Readability keeps only the best-scoring one
 * and its siblings: the other parts, found by the same tag and classes near the chosen one in the page as it was
 * before scoring, are added before or after in page order. Works without recursion, so nesting depth does not matter.
 */
final class SplitSections {
    /** How far above the chosen paragraph the repeated part may sit, and how far apart two parts may be. */
    private static final int MAX_LEVELS = 6;
    /** A paragraph this long is prose; a part must add some the body does not have yet. */
    private static final int PROSE = 100;
    private static final int MIN_PARAGRAPHS = 2;
    /**
     * A list of this many items without links, and this long, is a part's text (a recipe's ingredients, a list of
     * facts); a menu or a list of other stories links every item.
     */
    private static final int MIN_ITEMS = 3;
    private static final int LIST_CHARS = 150;
    /** One paragraph this long is a part alone (an introduction set apart); a teaser's summary is shorter. */
    private static final int LONG_PARAGRAPH = 300;

    private SplitSections() {
    }

    /**
     * Adds to {@code content} (Readability's result, taken from a copy of {@code page}) the sibling parts of the
     * article it left out; returns how many parts were added.
     */
    static int restore(Element content, Document page) {
        Set<String> have = new HashSet<>();
        for (Element p : content.select("p, li, h1, h2, h3, h4, blockquote, pre")) have.add(key(p));
        Element anchor = anchor(content, page);
        if (anchor == null) return 0;
        Element a = anchor.parent();
        for (int level = 0; level < MAX_LEVELS && a != null && a != page.body(); level++, a = a.parent()) {
            if (a.className().isBlank()) continue;
            List<Element> parts = new ArrayList<>();
            for (Element twin : page.getElementsByTag(a.tagName())) {
                if (twin == a || !twin.className().equals(a.className())) continue;
                if (isAncestor(twin, a) || isAncestor(a, twin) || !near(a, twin) || !addsProse(twin, have)) continue;
                parts.add(twin);
            }
            // twins may nest (a page builder's "wpb_wrapper" inside another): the innermost holds the part once
            parts.removeIf(part -> parts.stream().anyMatch(other -> other != part && isAncestor(part, other)));
            if (parts.isEmpty()) continue;
            Map<Element, Integer> order = order(page, a, parts);
            int at = order.get(a);
            // only the parts before: those after the chosen one are mostly footer boxes and teasers of other stories
            // built from the same template, and Readability already weighs the chosen part's following siblings
            parts.removeIf(part -> order.get(part) > at);
            for (int i = 0; i < parts.size(); i++) content.insertChildren(i, parts.get(i).clone());
            if (!parts.isEmpty()) return parts.size();
        }
        return 0;
    }

    /** The page's element for the body's first paragraph of prose, matched by its text. */
    private static Element anchor(Element content, Document page) {
        Element first = null;
        for (Element p : content.select("p")) {
            if (p.text().length() >= PROSE) {
                first = p;
                break;
            }
        }
        if (first == null) return null;
        String k = key(first);
        for (Element p : page.select("p")) {
            if (key(p).equals(k)) return p;
        }
        // Readability turns a div that holds only text into a paragraph: the deepest div with that text
        Element div = null;
        for (Element d : page.select("div")) {
            if (key(d).equals(k)) div = d;
        }
        return div;
    }

    /**
     * Whether {@code part} reads as a piece of the article: at least two paragraphs of prose the body lacks, making up
     * most of its text. A heading of {@value #LONG_PARAGRAPH} characters or more counts as a paragraph: it is a lead set
     * in heading markup (an {@code <h2><em>} standfirst in a page builder's row), not a label. A teaser card
     * (headline, one summary, a credit) or a header with a standfirst does not. A
     * list of {@value #MIN_ITEMS} items or more without links counts as two such paragraphs (a recipe's ingredients
     * in a tab beside its steps); a menu or a list of other stories links its items.
     */
    private static boolean addsProse(Element part, Set<String> have) {
        int paragraphs = 0;
        int prose = 0;
        for (Element p : part.select("p")) {
            String k = key(p);
            if (k.length() >= PROSE && !have.contains(k)) {
                paragraphs++;
                prose += k.length();
            }
        }
        // a heading as long as a paragraph is a lead set in heading markup, not a label
        for (Element h : part.select("h2, h3, h4, h5, h6")) {
            String k = key(h);
            if (k.length() >= LONG_PARAGRAPH && h.select("p").isEmpty() && !have.contains(k)) {
                paragraphs++;
                prose += k.length();
            }
        }
        for (Element list : part.select("ul, ol")) {
            String k = key(list);
            if (list.select("a[href]").isEmpty() && list.children().size() >= MIN_ITEMS && k.length() >= LIST_CHARS
                    && !have.contains(key(list.child(0))) && list.parents().stream().noneMatch(x -> x.tagName().equals("li"))) {
                paragraphs += MIN_PARAGRAPHS;
                prose += k.length();
            }
        }
        boolean enough = paragraphs >= MIN_PARAGRAPHS || prose >= LONG_PARAGRAPH;
        return paragraphs > 0 && enough && prose * 2 >= part.text().length();
    }

    /** Whether the two elements share an ancestor within {@link #MAX_LEVELS} levels above {@code a}. */
    private static boolean near(Element a, Element b) {
        Element up = a.parent();
        for (int i = 0; i < MAX_LEVELS && up != null; i++, up = up.parent()) {
            if (isAncestor(up, b)) return true;
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element x = e.parent(); x != null; x = x.parent()) {
            if (x == ancestor) return true;
        }
        return false;
    }

    private static Map<Element, Integer> order(Document page, Element a, List<Element> parts) {
        Set<Element> wanted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.add(a);
        wanted.addAll(parts);
        Map<Element, Integer> out = new IdentityHashMap<>();
        int i = 0;
        for (Element e : page.getAllElements()) {
            if (wanted.contains(e)) out.put(e, i);
            i++;
        }
        return out;
    }

    private static String key(Element e) {
        return LeadParagraph.squash(e.text());
    }
}
