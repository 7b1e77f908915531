package org.parallax.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A unit of the publisher credited as author: government and university sites fill {@code DC.creator} with the publisher
 * and the team that wrote the page ("Department for Rural Resilience, Flood Resilience Team"), where no person signs it.
 * Such a credit names an organisation, not a writer. Only reads the document.
 */
final class PublisherUnits {
    /** What follows the publisher's name in such a credit: a team, unit, office, desk or service of it. */
    private static final Pattern UNIT = Pattern.compile("(?iU)^\\s*[,\\-–—|:]\\s*.*\\b(?:team|unit|office|desk|division|department"
            + "|directorate|service|services|group|communications|press|newsroom|staff|secretariat|branch)\\b.*$");

    private PublisherUnits() {
    }

    /** Whether {@code author} is a publisher tag's value followed by a unit of it (", Flood Team", " - Press Office"). */
    static boolean unit(Document doc, String author) {
        if (author == null) return false;
        String a = key(author);
        for (Element m : doc.select("meta[name~=(?i)^(?:dc\\.|dcterms\\.)?publisher$][content]")) {
            String p = key(m.attr("content"));
            if (p.length() < 3 || !a.startsWith(p) || a.length() == p.length()) continue;
            if (UNIT.matcher(a.substring(p.length())).matches()) return true;
        }
        return false;
    }

    /** {@code author}, or null when it is such a unit. */
    static String without(Document doc, String author) {
        return unit(doc, author) ? null : author;
    }

    private static String key(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
