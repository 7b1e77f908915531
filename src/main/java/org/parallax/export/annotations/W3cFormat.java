package org.parallax.export.annotations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.TextQuote;

/**
 * W3C Web Annotation Data Model as JSON-LD: one AnnotationCollection per article. Each span is an annotation with
 * motivation "classifying" (or "identifying" when linked to an entity), a TextualBody holding its type and, when linked,
 * a SpecificResource body naming the entity; each note is a "commenting" annotation with a Markdown body. Targets carry
 * a TextQuoteSelector and a TextPositionSelector (code point offsets). Parallax's own facts (origin, date) sit in
 * {@code parallax:*} properties.
 */
public final class W3cFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String NS = "https://parallax.invalid/ns#";

    private W3cFormat() {
    }

    /** The JSON-LD text for one document whose text lives at {@code source} (a relative file name). */
    public static String write(Doc doc, String source) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ctx = root.putArray("@context");
        ctx.add("http://www.w3.org/ns/anno.jsonld");
        ctx.addObject().put("parallax", NS);
        root.put("id", "urn:parallax:" + doc.name());
        root.put("type", "AnnotationCollection");
        root.put("label", doc.name());
        root.put("total", doc.spans().size() + doc.notes().size());
        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage");
        ArrayNode items = page.putArray("items");
        int n = 0;
        for (Doc.Span s : doc.spans()) {
            ObjectNode a = items.addObject();
            a.put("id", "urn:parallax:" + doc.name() + ":a" + (++n));
            a.put("type", "Annotation");
            a.put("motivation", s.entityKey() != null ? "identifying" : "classifying");
            ArrayNode bodies = a.putArray("body");
            ObjectNode type = bodies.addObject();
            type.put("type", "TextualBody");
            type.put("purpose", "classifying");
            type.put("value", s.label());
            if (s.entityKey() != null) {
                ObjectNode entity = bodies.addObject();
                entity.put("id", "urn:parallax:entity:" + s.entityKey());
                entity.put("type", "SpecificResource");
                entity.put("purpose", "identifying");
                entity.put("parallax:name", s.entityName());
            }
            a.put("parallax:origin", s.auto() ? "AUTO" : "MANUAL");
            if (s.date() != null) {
                ObjectNode d = a.putObject("parallax:date");
                d.put("start", s.date().start().toString());
                d.put("end", s.date().end().toString());
                d.put("precision", s.date().precision().name());
            }
            target(a, doc.text(), source, s.start(), s.end());
        }
        for (Doc.DocNote note : doc.notes()) {
            ObjectNode a = items.addObject();
            a.put("id", "urn:parallax:" + doc.name() + ":a" + (++n));
            a.put("type", "Annotation");
            a.put("motivation", "commenting");
            ObjectNode body = a.putObject("body");
            body.put("type", "TextualBody");
            body.put("purpose", "commenting");
            body.put("format", "text/markdown");
            body.put("value", note.text());
            if (note.start() == null) a.put("target", source);
            else target(a, doc.text(), source, note.start(), note.end());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static void target(ObjectNode a, String text, String source, int start, int end) {
        ObjectNode target = a.putObject("target");
        target.put("source", source);
        ArrayNode selectors = target.putArray("selector");
        TextQuote q = TextQuote.of(text, start, end);
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", q.exact());
        quote.put("prefix", q.prefix());
        quote.put("suffix", q.suffix());
        ObjectNode pos = selectors.addObject();
        pos.put("type", "TextPositionSelector");
        pos.put("start", Offsets.toCodePoints(text, start));
        pos.put("end", Offsets.toCodePoints(text, end));
    }

    /**
     * Reads a collection (or a single annotation, or an array of them) against the article text. A target is placed by
     * its TextPositionSelector when the text there equals the quote, else by its TextQuoteSelector.
     */
    public static Doc read(String name, String text, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + " is not JSON: " + e.getOriginalMessage(), e);
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) root.forEach(items::add);
        else if (root.has("first")) root.get("first").get("items").forEach(items::add);
        else if (root.has("items")) root.get("items").forEach(items::add);
        else items.add(root);
        List<Doc.Span> spans = new ArrayList<>();
        List<Doc.DocNote> notes = new ArrayList<>();
        for (JsonNode a : items) {
            List<JsonNode> bodies = new ArrayList<>();
            JsonNode body = a.get("body");
            if (body != null && body.isArray()) body.forEach(bodies::add);
            else if (body != null) bodies.add(body);
            int[] range = range(text, a.get("target"));
            String motivation = a.path("motivation").asText("");
            if (motivation.equals("commenting")) {
                String value = bodies.isEmpty() ? "" : bodies.get(0).path("value").asText("");
                notes.add(range == null ? new Doc.DocNote(null, null, value) : new Doc.DocNote(range[0], range[1], value));
                continue;
            }
            if (range == null) continue;
            String label = null;
            String entityKey = null;
            String entityName = null;
            for (JsonNode b : bodies) {
                if (b.path("purpose").asText().equals("classifying") || b.path("purpose").asText().equals("tagging")) {
                    label = b.path("value").asText();
                } else if (b.path("purpose").asText().equals("identifying")) {
                    entityKey = b.path("id").asText();
                    entityName = b.path("parallax:name").isMissingNode() ? null : b.path("parallax:name").asText();
                }
            }
            if (label == null) continue;
            DateRange date = null;
            JsonNode d = a.get("parallax:date");
            if (d != null) {
                date = new DateRange(LocalDate.parse(d.get("start").asText()), LocalDate.parse(d.get("end").asText()),
                        DatePrecision.valueOf(d.get("precision").asText()));
            }
            spans.add(new Doc.Span(range[0], range[1], text.substring(range[0], range[1]), label,
                    a.path("parallax:origin").asText("MANUAL").equals("AUTO"), entityKey, entityName, date));
        }
        return new Doc(name, text, spans, notes);
    }

    private static int[] range(String text, JsonNode target) {
        if (target == null || target.isTextual()) return null;
        JsonNode selectors = target.get("selector");
        if (selectors == null) return null;
        List<JsonNode> list = new ArrayList<>();
        if (selectors.isArray()) selectors.forEach(list::add);
        else list.add(selectors);
        String exact = null;
        String prefix = null;
        String suffix = null;
        Integer start = null;
        Integer end = null;
        for (JsonNode s : list) {
            String type = s.path("type").asText();
            if (type.equals("TextQuoteSelector")) {
                exact = s.path("exact").asText();
                prefix = s.path("prefix").asText("");
                suffix = s.path("suffix").asText("");
            } else if (type.equals("TextPositionSelector")) {
                start = s.path("start").asInt();
                end = s.path("end").asInt();
            }
        }
        int cpLength = text.codePointCount(0, text.length());
        if (start != null && end != null && start <= end && end <= cpLength) {
            int s = Offsets.toUtf16(text, start);
            int e = Offsets.toUtf16(text, end);
            if (exact == null || text.substring(s, e).equals(exact)) return new int[] {s, e};
        }
        if (exact == null) return null;
        return new TextQuote(exact, prefix, suffix, start == null ? 0 : start, end == null ? 0 : end).locate(text);
    }
}
