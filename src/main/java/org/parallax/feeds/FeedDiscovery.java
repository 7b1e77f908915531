package org.parallax.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds a web page advertises: {@code <link rel="alternate">} with an RSS, Atom or JSON Feed media type, in
 * page order, made absolute against the page's URL (or its {@code <base>}).
 */
public final class FeedDiscovery {
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/feed+json",
            "application/rdf+xml", "application/json");

    private FeedDiscovery() {
    }

    /** The advertised feeds of {@code html}, fetched from {@code page}; empty when it advertises none. */
    public static List<URI> find(String html, URI page) {
        Document doc = Jsoup.parse(html, page.toString());
        List<URI> found = new ArrayList<>();
        for (Element link : doc.select("link[rel][href][type]")) {
            boolean alternate = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) alternate |= rel.equals("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            int semi = type.indexOf(';');
            if (semi >= 0) type = type.substring(0, semi).strip();
            if (!alternate || !FEED_TYPES.contains(type)) continue;
            try {
                URI u = new URI(link.absUrl("href"));
                if (u.isAbsolute() && !found.contains(u)) found.add(u);
            } catch (URISyntaxException e) {
                // a malformed href is not a feed we can subscribe to; the next one may be
            }
        }
        return found;
    }
}
