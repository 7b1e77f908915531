package org.parallax.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The person who put a story on the site is not its writer. Many systems fill {@code <meta name="author">} and the JSON-LD
 * author with the account that posted the story, and some pages print that account too, in a line of its own ("Posted
 * by Daniel Kim, web producer"). When the markup's author is printed only with such a role and the page's byline ("By
 * Sophie Laurent") names another person, the byline names the writer. Only reads the document.
 */
final class ProducerCredits {
    /** A line crediting who posted or produced the page, not who wrote it. */
    private static final Pattern PRODUCER = Pattern.compile("(?iU)\\b(?:posted|uploaded|published online|produced|compiled"
            + " for (?:the )?web) by\\b|\\b(?:web|digital|online|content|homepage|social media|audience) (?:producer|editor)\\b"
            + "|\\bproducer\\b");
    private static final int MAX_LINE = 100;

    private ProducerCredits() {
    }

    /** The byline's writer when {@code author} is printed only as the page's producer; else {@code author}. */
    static String writerOver(Document doc, String author) {
        if (author == null || doc.body() == null || !author.contains(" ")
                || author.matches("(?iU).*(?:[,;&]|\\band\\b).*") || !producerOnly(doc, author)) {
            return author;
        }
        // the labelled lines other than the producer's ("By Sophie Laurent", not "Posted by Daniel Kim")
        String byline = PageBylines.labelled(doc, n -> key(n).contains(key(author)));
        if (byline == null || key(byline).contains(key(author)) || PageBylines.organisation(byline)) return author;
        return byline;
    }

    /** Whether every short line printing {@code name} credits a producer, and at least one does. */
    static boolean producerOnly(Document doc, String name) {
        String k = key(name);
        boolean producer = false;
        for (Element e : doc.body().getElementsContainingOwnText(name)) {
            String line = e.parent() != null && e.parent().text().length() <= MAX_LINE ? e.parent().text() : e.text();
            if (line.length() > MAX_LINE || !key(line).contains(k)) continue;
            if (!PRODUCER.matcher(line).find()) return false;
            producer = true;
        }
        return producer;
    }

    private static String key(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
