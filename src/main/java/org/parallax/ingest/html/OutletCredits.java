package org.parallax.ingest.html;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An outlet credited as the author in the page's JSON-LD: an author object of type Organization (or
 * NewsMediaOrganization) with no Person beside it, as the sites of many papers write it for every story whatever
 * byline the story prints ("author": {"@type": "Organization", "name": "Rift Valley Nation"}).
 */
final class OutletCredits {
    /** Deeper than this, a JSON-LD tree is not searched further. */
    private static final int MAX_DEPTH = 12;

    private OutletCredits() {
    }

    /** Whether an author object of the page's JSON-LD names {@code author} and is typed as an organization. */
    static boolean organisation(Document doc, String author) {
        if (author == null || author.isBlank()) return false;
        String wanted = author.strip().toLowerCase(Locale.ROOT);
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (!json.contains("\"author\"") || !json.contains("Organization")) continue;
            try {
                if (creditsOrganisation(MetadataExtractor.Json.MAPPER.readTree(json), wanted, 0)) return true;
            } catch (IOException | RuntimeException e) {
                // a broken block names nobody
            }
        }
        return false;
    }

    private static boolean creditsOrganisation(JsonNode n, String wanted, int depth) {
        if (n == null || depth > MAX_DEPTH) return false;
        if (n.isArray()) {
            for (JsonNode c : n) if (creditsOrganisation(c, wanted, depth + 1)) return true;
            return false;
        }
        if (!n.isObject()) return false;
        JsonNode a = n.get("author");
        if (a != null) {
            boolean person = false;
            boolean outlet = false;
            for (JsonNode x : a.isArray() ? a : List.of(a)) {
                if (typed(x, "Person")) person = true;
                if (typed(x, "Organization") && x.hasNonNull("name")
                        && x.get("name").asText().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    outlet = true;
                }
            }
            if (outlet && !person) return true;
        }
        for (JsonNode c : n) if (creditsOrganisation(c, wanted, depth + 1)) return true;
        return false;
    }

    private static boolean typed(JsonNode n, String kind) {
        if (n == null || !n.isObject() || n.get("@type") == null) return false;
        for (JsonNode t : n.get("@type").isArray() ? n.get("@type") : List.of(n.get("@type"))) {
            if (t.asText().endsWith(kind)) return true;
        }
        return false;
    }
}
