package org.parallax.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writer of a column that prints no byline and names its writer only in the author box at its foot, beside the
 * writer's head shot: "<strong>Rosa Delgado</strong> writes about housing every other Wednesday." (often above a "More
 * from Rosa Delgado" list of earlier columns, whose names and dates are not this page's). Only reads the document.
 */
final class AuthorBoxes {
    /** Classes of a box about the writer. */
    private static final Pattern BOX = Pattern.compile("(?i)author[-_]?(?:bio|box|info|card|about|profile)|bio[-_]?box"
            + "|about[-_](?:the[-_])?author|columnist[-_]?(?:bio|box|info)|contributor[-_]?(?:bio|box)");
    /** A name of two or three capitalized words, then a verb of what the writer does or is, in lower case. */
    private static final Pattern OPENING = Pattern.compile("(?U)^(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:(?:van|von|de|der|da|di|le|la)\\s+)?"
            + "\\p{Lu}[\\p{L}.'’\\-]*){1,2}),?\\s+(?:is|was|writes|covers|reports|edits|teaches|lives|has|chairs|runs)\\s");
    /** The heading over a list of the writer's other pieces: "More from Rosa Delgado", "More by ...", "Also by ...". */
    private static final Pattern MORE_FROM = Pattern.compile("(?iU)(?:(?:more|other\\s+(?:columns|stories|articles))"
            + "\\s+(?:from|by)|also\\s+by)\\s+(.+)");
    private static final Pattern SKIP = Pattern.compile("(?i)comment|respond|reply|related|sidebar|newsletter|teaser");

    private AuthorBoxes() {
    }

    /** The name that opens the page's one author box; null when there is none, or boxes name different people. */
    static String writer(Document doc) {
        if (doc.body() == null) return null;
        String found = null;
        for (Element box : doc.body().select("[class]")) {
            if (!BOX.matcher(box.className()).find() || skipped(box)) continue;
            Matcher m = OPENING.matcher(box.text().replace('\u00A0', ' ').strip());
            if (!m.find()) continue;
            String name = m.group(1);
            // the writer's head shot in the box, or a list of the writer's other pieces, says the box is about the writer
            if (!shown(box, name) && !moreFrom(doc, name)) continue;
            if (found != null && !found.equals(name)) return null;
            found = name;
        }
        return found == null ? null : AuthorNames.clean(found);
    }

    private static boolean shown(Element box, String name) {
        for (Element img : box.select("img[alt]")) {
            if (TitleChooser.alnum(img.attr("alt")).equals(TitleChooser.alnum(name))) return true;
        }
        return false;
    }

    private static boolean moreFrom(Document doc, String name) {
        for (Element h : doc.body().select("h2, h3, h4, h5")) {
            Matcher m = MORE_FROM.matcher(h.text().replace('\u00A0', ' ').strip());
            if (m.matches() && TitleChooser.alnum(m.group(1)).equals(TitleChooser.alnum(name))) return true;
        }
        return false;
    }

    private static boolean skipped(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.tagName().equals("footer") || a.tagName().equals("nav")) return true;
            if (SKIP.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }
}
