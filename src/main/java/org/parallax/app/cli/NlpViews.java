package org.parallax.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.parallax.app.NlpService;

import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;

/** Shared output shapes of the entity, mention, event and NLP commands: plain maps for JSON, one line each for text. */
final class NlpViews {
    private NlpViews() {
    }

    static Map<String, Object> date(DateRange d) {
        if (d == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", d.start().toString());
        m.put("end", d.end().toString());
        m.put("precision", d.precision().name());
        m.put("value", d.toString());
        return m;
    }

    static Map<String, Object> mention(Mention x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id());
        m.put("articleId", x.articleId());
        m.put("start", x.start());
        m.put("end", x.end());
        m.put("text", x.text());
        m.put("type", x.type().name());
        m.put("entityId", x.entityId());
        m.put("date", date(x.date()));
        m.put("blockType", x.blockType() == null ? null : x.blockType().name());
        m.put("origin", x.origin().name());
        m.put("rejected", x.rejected());
        return m;
    }

    static String mentionLine(Mention x) {
        return String.format("%6d  article %d  [%d,%d)  %-12s  %-30s  %s%s%s%s", x.id(), x.articleId(), x.start(), x.end(),
                x.type(), quote(x.text()), x.entityId() == null ? "" : "entity " + x.entityId(),
                x.date() == null ? "" : "  " + x.date() + " " + x.date().precision(),
                x.blockType() == null || x.blockType().isBody() ? "" : "  (" + x.blockType() + ")",
                x.rejected() ? "  rejected" : "");
    }

    static Map<String, Object> entity(Entity e, List<Mention> mentions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().name());
        m.put("name", e.name());
        m.put("aliases", e.aliases());
        m.put("nameLocked", e.nameLocked());
        m.put("mentions", mentions.stream().map(NlpViews::mention).toList());
        return m;
    }

    static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind().name());
        m.put("start", e.when().start().toString());
        m.put("end", e.when().end().toString());
        m.put("precision", e.when().precision().name());
        m.put("who", e.who());
        m.put("whoIds", e.whoIds());
        m.put("where", e.where());
        m.put("whereIds", e.whereIds());
        m.put("sources", e.sources().stream().map(NlpViews::source).toList());
        m.put("manual", e.manual());
        m.put("note", e.note());
        return m;
    }

    private static Map<String, Object> source(EventSource s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articleId", s.articleId());
        m.put("sentenceStart", s.sentenceStart());
        m.put("sentenceEnd", s.sentenceEnd());
        m.put("sentence", s.sentenceText());
        return m;
    }

    /** The failed articles' reasons, most common first: [{"reason": …, "count": …}]. */
    static List<Map<String, Object>> failureReasons(Map<String, Integer> reasons) {
        return reasons.entrySet().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reason", e.getKey());
            m.put("count", e.getValue());
            return m;
        }).toList();
    }

    /** "Failed: 2 database busy, 1 recogniser rejected the text; 2 are tried again by themselves." */
    static String failureLine(NlpService.Failures f) {
        String reasons = f.reasons().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return "Failed: " + reasons + (f.retrying() == 0 ? "." : "; " + f.retrying() + " tried again by themselves.");
    }

    static String quote(String s) {
        return "\"" + s.replace("\n", " ") + "\"";
    }
}
