package org.parallax.ingest.html;

import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON-LD objects that describe a thing the page is about or lists, not the page: a product in a buying guide (with the
 * reviews and offers inside it), a data set a poll story reports on, a catalogue. Their {@code datePublished} is that
 * thing's (the day a product was first reviewed, a data set released), so the page's own date is never taken from them.
 */
final class DescribedItems {
    private static final Set<String> THINGS = Set.of("product", "productgroup", "productmodel", "individualproduct", "offer",
            "aggregateoffer", "dataset", "datacatalog", "datadownload");

    private DescribedItems() {
    }

    /** Whether {@code node} is an object whose {@code @type} (or one of its types) names such a thing. */
    static boolean thing(JsonNode node) {
        if (node == null || !node.isObject()) return false;
        JsonNode type = node.get("@type");
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if (THINGS.contains(t.asText().toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        return THINGS.contains(type.asText().toLowerCase(Locale.ROOT));
    }
}
