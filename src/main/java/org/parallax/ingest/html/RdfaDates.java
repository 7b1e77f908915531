package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A date given in RDFa on an element of the page rather than a meta tag: Drupal prints the node's
 * {@code <span property="dc:date dc:created" content="2037-02-18T14:05:00+00:00">} beside a date in its own format, and
 * pages marked up with Dublin Core terms use {@code dcterms:issued} or {@code dcterms:created}. A comment marked the same
 * way (a {@code sioct:Comment}, an element of the comments) dates the comment, not the page. Only reads the document.
 */
final class RdfaDates {
    /** A property list naming the Dublin Core date of creation or issue. */
    private static final Pattern DC_DATE = Pattern.compile("(?i)(?:^|\\s)(?:dc|dcterms?):(?:date|created|issued)(?:\\s|$)");
    private static final Pattern COMMENT = Pattern.compile("(?i)comment|respond|reply");

    private RdfaDates() {
    }

    /** The {@code content} of the first such element outside comments and meta tags; null when none. */
    static String created(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().select("[property][content]:not(meta)")) {
            if (!DC_DATE.matcher(e.attr("property")).find() || inComment(e)) continue;
            String c = e.attr("content").strip();
            if (!c.isEmpty()) return c;
        }
        return null;
    }

    private static boolean inComment(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (COMMENT.matcher(a.className() + " " + a.id() + " " + a.attr("typeof")).find()) return true;
        }
        return false;
    }
}
