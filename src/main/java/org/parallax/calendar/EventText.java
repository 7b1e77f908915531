package org.parallax.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parallax.model.ArticleSummary;
import org.parallax.model.DatePrecision;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;

/** The words an event is shown and exported with, so that the calendar, the .ics and the CSV say the same. */
public final class EventText {
    private EventText() {
    }

    public static String kindLabel(EventKind kind) {
        return switch (kind) {
            case VISIT -> "Visit";
            case MEETING -> "Meeting";
            case STATEMENT -> "Statement";
        };
    }

    /** "Visit: Christopher A. Landberg, Derek Chollet — Pakistan", with "(month)" and the like for coarse dates. */
    public static String summary(Event e) {
        StringBuilder s = new StringBuilder(kindLabel(e.kind()));
        if (!e.who().isEmpty()) s.append(": ").append(String.join(", ", e.who()));
        if (!e.where().isEmpty()) s.append(e.who().isEmpty() ? ": " : " — ").append(String.join(", ", e.where()));
        if (e.who().isEmpty() && e.where().isEmpty() && e.note() != null) s.append(": ").append(e.note());
        String p = precisionTag(e.when().precision());
        if (!p.isEmpty()) s.append(' ').append(p);
        return s.toString();
    }

    /** "(week)", "(month)", "(year)", or empty for a day-precision date. */
    public static String precisionTag(DatePrecision p) {
        return p == DatePrecision.DAY ? "" : "(" + p.name().toLowerCase(Locale.ROOT) + ")";
    }

    /** "Outlet — Title", falling back to the article id when the article is gone. */
    public static String articleLabel(long articleId, Map<Long, ArticleSummary> articles) {
        ArticleSummary a = articles.get(articleId);
        if (a == null) return "article " + articleId;
        return a.outlet() == null || a.outlet().isBlank() ? a.title() : a.outlet() + " — " + a.title();
    }

    /** One line per source: {@code Outlet — Title: "sentence"}. */
    public static List<String> sourceLines(Event e, Map<Long, ArticleSummary> articles) {
        List<String> out = new ArrayList<>();
        for (EventSource s : e.sources()) {
            out.add(articleLabel(s.articleId(), articles) + ": \u201c" + oneLine(s.sentenceText()) + "\u201d");
        }
        return out;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
