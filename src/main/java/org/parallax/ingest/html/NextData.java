package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The writers a Next.js page names only in its {@code __NEXT_DATA__} JSON (the server's props for the page), where the
 * printed byline carries no label and only hashed classes ("ArticleHeader_name__c4LrQ"). The article is the object in
 * the props whose title or headline reads exactly like the page's one h1; its {@code authors} or {@code author} field
 * gives the names, and its {@code publishedAt} (or a field like it) the day. Only reads the document; never throws.
 */
final class NextData {
    /** Objects visited at most, so that a page's huge state cannot slow the import. */
    private static final int MAX_NODES = 20_000;
    /** The fields that give an article's day of publication, in order of trust. */
    private static final List<String> PUBLISHED_KEYS = List.of("publishedAt", "datePublished", "firstPublishedAt",
            "first_published_at", "publishedDate", "published_at", "publicationDate", "publishDate");

    private NextData() {
    }

    /** The names, joined by commas; null when the page has no such data or no object there matches its h1. */
    static String authors(Document doc) {
        for (JsonNode n : articles(doc)) {
            String names = names(n.hasNonNull("authors") ? n.get("authors") : n.get("author"));
            if (names != null) return names;
        }
        return null;
    }

    /**
     * The day the article object says it was published ({@code publishedAt}, {@code datePublished}, {@code firstPublishedAt},
     * ...), not its {@code createdAt} (a draft's) or {@code updatedAt}, nor a related story's; null when none.
     */
    static LocalDate published(Document doc) {
        for (JsonNode n : articles(doc)) {
            for (String key : PUBLISHED_KEYS) {
                JsonNode v = n.get(key);
                LocalDate d = v != null && v.isTextual() ? HtmlDates.parse(v.asText()) : null;
                if (d != null) return d;
            }
        }
        return null;
    }

    /** The objects in the props whose title or headline reads exactly like the page's one h1. */
    private static List<JsonNode> articles(Document doc) {
        Element script = doc.selectFirst("script#__NEXT_DATA__");
        if (script == null || doc.select("h1").size() != 1) return List.of();
        String h1 = key(doc.selectFirst("h1").text());
        if (h1.isEmpty()) return List.of();
        JsonNode root;
        try {
            root = MetadataExtractor.Json.MAPPER.readTree(script.data());
        } catch (Exception e) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        for (int seen = 0; !todo.isEmpty() && seen < MAX_NODES; seen++) {
            JsonNode n = todo.poll();
            if (n.isObject()) {
                JsonNode title = n.hasNonNull("title") ? n.get("title") : n.get("headline");
                if (title != null && title.isTextual() && key(title.asText()).equals(h1)) out.add(n);
            }
            if (n.isContainerNode()) n.forEach(todo::add);
        }
        return out;
    }

    /** Names from a string, an object with a name, or an array of these. */
    private static String names(JsonNode n) {
        if (n == null || n.isNull()) return null;
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode a : n.isArray() ? n : List.of(n)) {
            JsonNode name = a.isObject() ? a.get("name") : a;
            if (name != null && name.isTextual() && !name.asText().isBlank()) out.add(name.asText().strip());
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String key(String s) {
        return s == null ? "" : s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
