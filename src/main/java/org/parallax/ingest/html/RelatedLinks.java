package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Removes the cross-links to other stories that sites print inside an article body: a line that opens with a "read
 * more" label and is mostly a link ("Read more: ...", "Lesen Sie auch: ...", "Czytaj też: ..."), and a heading that
 * is such a label alone ("Mehr zum Thema", "Related") with the link list it introduces. Decided by the label and the
 * share of linked text, never by site.
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
            + "|leia também|veja também|lees ook|(mira|mire)(?=\\s*:))(?![\\p{L}\\p{N}])[\\s:»>›.!?…\\-–—]*");
    private static final int MAX_LINE = 200;
    /** Share of a line's text, after its label, that is link text for the line to be a cross-link. */
    private static final double LINKED = 0.5;

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
            } else if (linked(e) >= LINKED * rest.length()) {
                drop.add(e);
            }
        }
        for (Element e : drop) if (e.parent() != null) e.remove();
        return drop.size();
    }

    /** A label alone introduces a list of links: the box holding both goes, or else the label and the links after it. */
    private static void labelOnly(Element label, Element root, List<Element> drop) {
        Element box = label.parent();
        if (box != null && box != root) {
            int rest = box.text().length() - label.text().length();
            if (rest > 0 && linked(box) - linked(label) >= LINKED * rest) {
                drop.add(box);
                return;
            }
        }
        drop.add(label);
        for (Element s = label.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            int len = s.text().strip().length();
            if (len > 0 && linked(s) < LINKED * len) break;
            drop.add(s);
        }
    }

    private static int linked(Element e) {
        int n = 0;
        for (Element a : e.select("a[href]")) n += a.text().strip().length();
        return n;
    }
}
