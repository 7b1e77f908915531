package org.parallax.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.parallax.model.Annotation;
import org.parallax.model.Mention;
import org.parallax.model.Note;

/** Output shapes of the annotation commands: plain maps for JSON (stable field names), one line each for text. */
final class AnnotationViews {
    private AnnotationViews() {
    }

    static Map<String, Object> annotation(Annotation a, String entityName) {
        Mention x = a.mention();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", x.id());
        m.put("articleId", x.articleId());
        m.put("start", x.start());
        m.put("end", x.end());
        m.put("text", x.text());
        m.put("type", x.type().name());
        m.put("label", a.label());
        m.put("entityId", x.entityId());
        m.put("entityName", entityName);
        m.put("eventId", a.eventId());
        m.put("date", x.date() == null ? null : x.date().toString());
        m.put("origin", x.origin().name());
        m.put("rejected", x.rejected());
        return m;
    }

    static String annotationLine(Annotation a, String entityName) {
        Mention x = a.mention();
        return String.format("mention %d  article %d  [%d,%d)  %s  \"%s\"%s%s%s", x.id(), x.articleId(), x.start(), x.end(),
                a.label(), x.text().replace('\n', ' '), x.entityId() == null ? "" : "  entity " + x.entityId() + " (" + entityName + ")",
                x.date() == null ? "" : "  " + x.date(), a.eventId() == null ? "" : "  event " + a.eventId());
    }

    static Map<String, Object> note(Note n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("target", n.target().name());
        m.put("articleId", n.articleId());
        m.put("entityId", n.entityId());
        m.put("start", n.start());
        m.put("end", n.end());
        m.put("quote", n.quote());
        m.put("text", n.text());
        m.put("createdAt", n.createdAt().toString());
        m.put("updatedAt", n.updatedAt().toString());
        m.put("deletedAt", n.deletedAt() == null ? null : n.deletedAt().toString());
        m.put("orphaned", n.orphaned());
        // issue 19: who wrote it and its save version, after the fields older scripts read
        m.put("createdBy", n.createdBy());
        m.put("updatedBy", n.updatedBy());
        m.put("version", n.version());
        return m;
    }

    static String noteLine(Note n) {
        String where = switch (n.target()) {
            case PASSAGE -> "article " + n.articleId() + " [" + n.start() + "," + n.end() + ") \"" + n.quote().replace('\n', ' ') + "\"";
            case ARTICLE -> "article " + n.articleId();
            case ENTITY -> "entity " + n.entityId();
        };
        return String.format("note %d  %s%s%s: %s", n.id(), where, n.orphaned() ? "  (orphaned)" : "",
                n.inTrash() ? "  (in trash)" : "", n.text().replace("\n", " / "));
    }
}
