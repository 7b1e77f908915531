package org.parallax.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;

import org.parallax.model.ArticleMeta;
import org.parallax.model.DateSource;

/**
 * Collects an article's metadata while an importer reads it, first finding wins ({@code xxxIfAbsent}), and builds
 * the immutable {@link ArticleMeta}. Shared by all importers so each one fills fields the same way. An article with
 * no named outlet but a web address gets the address's host as outlet ({@link #hostOutlet}).
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
        return new ArticleMeta(t, derived, author, outlet != null ? outlet : hostOutlet(url), section, url, published,
                published == null ? DateSource.NONE : publishedSource, dateline, null, null, language);
    }

    /**
     * "nytimes.com" for "https://www.nytimes.com/2023/...": the host of an http(s) address without a leading "www.",
     * the best name the import knows for a page whose outlet is not stated; null for no or another kind of address.
     */
    public static String hostOutlet(String address) {
        if (address == null) return null;
        try {
            URI u = new URI(address.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) return null;
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null; // an address the import could not read names no outlet
        }
    }

    private static String blankToNull(String s) {
        if (s == null) return null;
        String t = TextHeuristics.clean(s);
        return t.isEmpty() ? null : t;
    }
}
