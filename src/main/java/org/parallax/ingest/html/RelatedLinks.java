package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes the cross-links to other stories that sites print inside an article body: a line that opens with a "read
 * more" label and is mostly a link ("Read more: ...", "Lesen Sie auch: ...", "Czytaj też: ..."), and a heading that
 * is such a label alone ("Mehr zum Thema", "Related") with the link list it introduces, a heading in the body's last
 * part over nothing but links, a link that holds a headline or a summary (another story's card), and a paragraph in
 * the body's last part that is nothing but a link to another page. Decided by the label, the share of linked text and the
 * position, never by site.
 */
final class RelatedLinks {
    /** Labels of a cross-link, in the languages of the pages we see; "mira"/"mire" only with a colon (a verb otherwise). */
    private static final Pattern LABEL = Pattern.compile("(?iu)^[\\s»>›\\-–—|•]*(read (more|also|next)|also read|related"
            + "( (stories|articles|posts|content|coverage|reading))?|see also|more on (this|that)( (topic|story))?"
            + "|recommended( for you)?|you (may|might) also like|lesen sie (auch|mehr|hier)|mehr zum thema|mehr dazu"
            + "|weiterlesen|zum weiterlesen|weiterführende(r)? links?|auch interessant|(das|dieses) (thema )?könnte (sie|dich) auch interessieren"
            + "|siehe auch|schon gelesen|mehr themen|weitere beiträge|lea más|dowiedz się (więcej|też)|(lea)(?=\\s*:)"
            + "|entdecke weitere( \\p{L}+)?|vea también|le puede interesar|te puede interesar|lee también|lea también"
            + "|à lire aussi|lire aussi|voir aussi|czytaj (też|także|również)|zobacz (też|także|również)|leggi anche"
            + "|leia também|veja também|lees ook|(mira|mire)(?=\\s*:)|baca juga"
            + "|(verwandte|ähnliche) (artikel|beiträge|themen|posts)|art[ií]culos relacionados|noticias relacionadas"
            + "|articles (similaires|liés|connexes)|(podobne|powiązane) (artykuły|wpisy|teksty)|articoli (correlati|simili))(?![\\p{L}\\p{N}])[\\s:»>›.!?…\\-–—]*");
    private static final int MAX_LINE = 200;
    /** Share of a line's text, after its label, that is link text for the line to be a cross-link. */
    private static final double LINKED = 0.5;
    private static final String BLOCKS = "p, div, li, ul, ol, h2, h3, h4, blockquote, table";
    /** The blocks a list of links under a heading is made of. */
    private static final Set<String> LIST_BLOCKS = Set.of("p", "ul", "ol", "li", "div", "dl", "blockquote", "section", "nav", "aside");
    /** Where the last part of a body begins, as a share of its lines: link lines after it point away from the story. */
    private static final double TAIL_SHARE = 0.7;
    /** Share of a line's text that is link text for a line to be nothing but a link. */
    private static final double LINK_LINE = 0.9;
    /** A link line shorter than this is "more" or "back", left to the other rules. */
    private static final int MIN_LINK_LINE = 15;
    /** A bare URL or mail address as the link's text: a source cited, not a story pointed to. */
    private static final Pattern CITED = Pattern.compile("(?i)https?://|www\\.|@");
    /** The author's own words to the reader ("Click here for the second half of this story"), not another story's headline. */
    private static final Pattern INSTRUCTION = Pattern.compile("(?iu)^\\W*(click here|klicken sie hier|hier klicken|cliquez ici|haga clic)\\b");

    private RelatedLinks() {
    }

    /** Removes the cross-links inside {@code root}; returns how many elements were removed. */
    static int remove(Element root) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.select("p, h1, h2, h3, h4, h5, h6, li, dt, div, section, aside")) {
            if (e == root || !e.children().select("p, div, section, aside, h1, h2, h3, h4, h5, h6, ul, ol").isEmpty()) {
                continue;
            }
            String text = e.text().strip();
            if (text.length() > MAX_LINE) continue;
            Matcher m = LABEL.matcher(text);
            if (!m.lookingAt()) continue;
            String rest = text.substring(m.end()).strip();
            if (rest.isEmpty()) {
                labelOnly(e, root, drop);
            } else if (LeadParagraph.linked(e) >= LINKED * rest.length()) {
                drop.add(e);
            }
        }
        headedLinkLists(root, drop);
        // a link that holds whole blocks (a headline or a summary paragraph) is a card pointing to another story
        for (Element a : root.select("a[href]")) {
            if (!a.select("p, h2, h3, h4, h5, h6").isEmpty() && !a.attr("href").startsWith("#")) drop.add(a);
        }
        trailingLinkLines(root, drop);
        for (Element e : drop) if (e.parent() != null) e.remove();
        return drop.size();
    }

    /**
     * A paragraph that is nothing but a link to another page, in the last part of the body, points away from the story
     * ("Hier geht es zur neuen Vorstandsstruktur", ">> Wegen Corona: ... <<"). Near the top such a line is a source or
     * an event's page the story sends the reader to, and a bare URL or mail address is cited, so those stay.
     */
    private static void trailingLinkLines(Element root, List<Element> drop) {
        List<Element> lines = lines(root);
        for (int i = (int) Math.ceil(lines.size() * TAIL_SHARE); i < lines.size(); i++) {
            Element e = lines.get(i);
            if (!e.normalName().equals("p") || drop.contains(e)) continue;
            String text = e.text().strip();
            if (text.length() < MIN_LINK_LINE || LeadParagraph.linked(e) < LINK_LINE * text.length() || CITED.matcher(text).find()) continue;
            if (e.select("a[href]").stream().anyMatch(a -> a.attr("href").startsWith("mailto:") || a.attr("href").contains("#"))) continue;
            if (text.startsWith("(") && text.endsWith(")") || INSTRUCTION.matcher(text).find()) continue;
            // a link line that a new section's heading follows closes a section of the story, not the story
            Element next = e.nextElementSibling();
            if (next != null && next.normalName().matches("h[2-6]")) continue;
            drop.add(e);
        }
    }

    /**
     * A heading in the body's last part over nothing but lines of links ("Weitere Beiträge aus der Kolumne:", "Auch auf
     * example.org" over a list of other stories): the heading and its list point away from the story, whatever the
     * heading's words. A heading with prose, a picture or a table under it stays.
     */
    private static void headedLinkLists(Element root, List<Element> drop) {
        List<Element> lines = lines(root);
        for (int i = (int) Math.ceil(lines.size() * TAIL_SHARE); i < lines.size(); i++) {
            Element h = lines.get(i);
            if (!h.normalName().matches("h[2-6]") || drop.contains(h)) continue;
            List<Element> list = linkList(h);
            if (list == null || list.isEmpty()) continue;
            drop.add(h);
            drop.addAll(list);
        }
    }

    /**
     * The blocks after heading {@code h} up to the next heading when every line in them is mostly a link and they hold
     * two links or more; null when loose text, an inline element, a line of prose or a picture comes first.
     */
    private static List<Element> linkList(Element h) {
        List<Element> list = new ArrayList<>();
        int links = 0;
        for (Node n = h.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) return null;
                continue;
            }
            if (!(n instanceof Element s)) continue;
            if (s.normalName().matches("h[1-6]")) break;
            if (s.text().isBlank()) continue;
            if (!LIST_BLOCKS.contains(s.normalName()) || !s.select("img, picture, video, iframe, table").isEmpty()) return null;
            List<Element> lines = lines(s);
            for (Element line : lines.isEmpty() ? List.of(s) : lines) {
                if (LeadParagraph.linked(line) < LINKED * line.text().strip().length()) return null;
            }
            links += s.select("a[href]").size();
            list.add(s);
        }
        return links >= 2 ? list : null;
    }

    /** The innermost blocks of {@code root} with text, in document order: the body's lines. */
    private static List<Element> lines(Element root) {
        List<Element> lines = new ArrayList<>();
        for (Element e : root.select("p, li, div, h2, h3, h4, h5, h6, blockquote")) {
            if (e == root || !e.children().select(BLOCKS).isEmpty() || e.text().isBlank()) continue;
            lines.add(e);
        }
        return lines;
    }

    /** A label alone introduces a list of links: the box holding both goes, or else the label and the links after it. */
    private static void labelOnly(Element label, Element root, List<Element> drop) {
        Element box = label.parent();
        if (box != null && box != root) {
            int rest = box.text().length() - label.text().length();
            if (rest > 0 && LeadParagraph.linked(box) - LeadParagraph.linked(label) >= LINKED * rest) {
                drop.add(box);
                return;
            }
        }
        drop.add(label);
        for (Element s = label.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            int len = s.text().strip().length();
            if (len > 0 && LeadParagraph.linked(s) < LINKED * len) break;
            drop.add(s);
        }
    }
}
