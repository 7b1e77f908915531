package org.parallax.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page keeps only as a Unix time in a data attribute of its date line ({@code <span
 * data-epoch="2120301000">3 days ago</span>}), as script-rendered sites print a relative time from it. Only the
 * article's own attributes count: a list of other stories beside it carries theirs. Only reads the document.
 */
final class EpochDates {
    /** The names of data attributes that hold a Unix time: "data-epoch", "data-timestamp", "data-unix", "data-ts". */
    private static final Pattern EPOCH_NAME = Pattern.compile("(?i)data-(?:epoch|timestamp|unix(?:[-_]?time)?|ts|time[-_]?stamp)");
    /** Seconds (ten digits, from 2001 to 2286) or milliseconds (thirteen digits). */
    private static final Pattern EPOCH_VALUE = Pattern.compile("\\d{10}|\\d{13}");

    private EpochDates() {
    }

    /**
     * The day (in UTC) of the Unix times the data attributes inside the article that holds the page's one h1 give; null
     * when there is no such article or attribute, or the times fall on different days.
     */
    static LocalDate inArticle(Document doc) {
        if (doc.body() == null || doc.body().select("h1").size() != 1) return null;
        Element article = doc.body().selectFirst("h1").closest("article");
        if (article == null) return null;
        LocalDate found = null;
        for (Element e : article.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String value = a.getValue().strip();
                if (!EPOCH_NAME.matcher(a.getKey()).matches() || !EPOCH_VALUE.matcher(value).matches()) continue;
                long n = Long.parseLong(value);
                Instant t = value.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
                LocalDate d = t.atZone(ZoneOffset.UTC).toLocalDate();
                if (found != null && !found.equals(d)) return null;
                found = d;
            }
        }
        return found;
    }
}
