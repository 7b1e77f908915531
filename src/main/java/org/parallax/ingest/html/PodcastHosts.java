package org.parallax.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The host a podcast episode's page names ("Hosted by Dana Okoye · Produced by Marcus Tillery", "Host: Dana Okoye"),
 * who is the episode's author as a writer is an article's. Read only on pages whose JSON-LD or Open Graph type says
 * podcast episode, since elsewhere "Hosted by" credits a web host or an event's venue, and outside footers, navigation
 * and side boxes. Only reads the document.
 */
final class PodcastHosts {
    /** Longer than this, an element is text that mentions a host, not the episode's credit line. */
    private static final int MAX_LINE = 120;
    private static final String NAME = "\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,3}";
    /** The label, one or two names, then the end of the line or a separator before the next credit. */
    private static final Pattern HOSTED = Pattern.compile("(?U)^(?i:hosted by|hosts?\\s?:|presented by|presenters?\\s?:)\\s+("
            + NAME + "(?:\\s+(?i:and|&)\\s+" + NAME + ")?)(?:\\s*$|\\s*[|,·•;\\p{Pd}])");
    /** Elements whose lines belong to the site, not to the episode. */
    private static final Set<String> FURNITURE = Set.of("footer", "nav", "aside", "form");
    private static final Pattern EPISODE = Pattern.compile("\"@type\"\\s*:\\s*(?:\\[[^\\]]*)?\"PodcastEpisode\"");

    private PodcastHosts() {
    }

    /** The host or hosts, joined by "and"; null when the page is no podcast episode or names no host. */
    static String of(Document doc) {
        if (doc.body() == null || !episode(doc)) return null;
        for (Element e : doc.body().select("p, div, span, li, small")) {
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() > MAX_LINE || e.parents().stream().anyMatch(a -> FURNITURE.contains(a.tagName()))) continue;
            Matcher m = HOSTED.matcher(text);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    private static boolean episode(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            if (EPISODE.matcher(s.data()).find()) return true;
        }
        return doc.select("meta[property=og:type]").attr("content").toLowerCase(Locale.ROOT).contains("podcast");
    }
}
