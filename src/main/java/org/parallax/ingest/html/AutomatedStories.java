package org.parallax.ingest.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * A story a program wrote from data (a game recap, a results table, an earnings note), which says so ("This recap was
 * generated automatically from the league's game data"): no person wrote it, so the data supplier or desk its markup
 * names as the author is none, unless the page prints that name in a byline ("By ..."). Only reads the document.
 */
final class AutomatedStories {
    private static final Pattern NOTE = Pattern.compile("(?iU)\\b(?:(?:was|were|is|been)\\s+(?:generated|written|produced|created)"
            + "\\s+(?:automatically|by\\s+(?:an?\\s+)?(?:automated|automation|computer|software|algorithm))"
            + "|automatically\\s+generated\\s+(?:from|using|by|with)|generated\\s+automatically\\s+(?:from|using|by|with))");

    private AutomatedStories() {
    }

    /** Whether the page says it was generated automatically and prints no "By" line naming {@code author}. */
    static boolean unsigned(Document doc, String author) {
        if (author == null || doc.body() == null) return false;
        String text = doc.body().text().replace('\u00A0', ' ');
        if (!NOTE.matcher(text).find()) return false;
        return !Pattern.compile("(?iU)\\bby\\s+" + Pattern.quote(author.strip())).matcher(text).find();
    }
}
