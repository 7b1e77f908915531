package org.parallax.ingest;

import java.time.LocalDate;

import org.parallax.model.ArticleMeta;
import org.parallax.model.DateSource;

/**
 * Collects an article's metadata while an importer reads it, first finding wins ({@code xxxIfAbsent}), and builds
 * the immutable {@link ArticleMeta}. Shared by all importers so each one fills fields the same way.
 */
public final class MetaBuilder {
    private String title;
    private boolean titleDerived;
    private String author;
    private String outlet;
    private String section;
    private String url;
    private LocalDate published;
    private DateSource publishedSource = DateSource.NONE;
    private String dateline;
    private String language;

    public String title() {
        return title;
    }

    public String author() {
        return author;
    }

    public LocalDate published() {
        return published;
    }

    public String section() {
        return section;
    }

    public String dateline() {
        return dateline;
    }

    public MetaBuilder title(String t, boolean derived) {
        title = blankToNull(t);
        titleDerived = title != null && derived;
        return this;
    }

    public MetaBuilder titleIfAbsent(String t) {
        if (title == null) title(t, false);
        return this;
    }

    public MetaBuilder authorIfAbsent(String a) {
        if (author == null) author = blankToNull(a);
        return this;
    }

    public MetaBuilder outletIfAbsent(String o) {
        if (outlet == null) outlet = blankToNull(o);
        return this;
    }

    public MetaBuilder sectionIfAbsent(String s) {
        if (section == null) section = blankToNull(s);
        return this;
    }

    public MetaBuilder urlIfAbsent(String u) {
        if (url == null) url = blankToNull(u);
        return this;
    }

    public MetaBuilder datelineIfAbsent(String d) {
        if (dateline == null) dateline = blankToNull(d);
        return this;
    }

    public MetaBuilder languageIfAbsent(String l) {
        if (language == null) language = blankToNull(l);
        return this;
    }

    public MetaBuilder publishedIfAbsent(LocalDate date, DateSource source) {
        if (published == null && date != null) {
            published = date;
            publishedSource = source;
        }
        return this;
    }

    /** Builds the metadata; {@code fallbackTitle} is used (and flagged as derived) when no title was found. */
    public ArticleMeta build(String fallbackTitle) {
        String t = title;
        boolean derived = titleDerived;
        if (t == null) {
            t = blankToNull(fallbackTitle);
            derived = true;
        }
        if (t == null) t = "Untitled";
        return new ArticleMeta(t, derived, author, outlet, section, url, published,
                published == null ? DateSource.NONE : publishedSource, dateline, null, null, language);
    }

    private static String blankToNull(String s) {
        if (s == null) return null;
        String t = TextHeuristics.clean(s);
        return t.isEmpty() ? null : t;
    }
}
