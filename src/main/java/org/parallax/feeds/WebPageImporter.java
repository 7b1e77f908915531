package org.parallax.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.parallax.ingest.HtmlImporter;
import org.parallax.ingest.ImportException;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.SourceFile;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.store.ArticleRepository;
import org.parallax.web.WebImportService;

/**
 * The shipped {@link PageImporter}: an entry's page comes in through the web capture's URL import (fetched by the
 * shared Fetcher, stored with its snapshot and images, a duplicate by requested, final or canonical URL or by text);
 * when the page cannot be had or extracts to nothing, the entry's own summary page is extracted and stored instead
 * (no snapshot: the summary is not the page). Thread-safe: refresh imports several pages at once.
 */
public final class WebPageImporter implements PageImporter {
    private final Supplier<WebImportService> web;
    private final long maxBytes;
    private final ArticleRepository articles;
    private final Clock clock;
    /** Built on the first summary: AppContext builds this at every start, and the importer loads jsoup and Readability. */
    private volatile HtmlImporter html;

    /** {@code web} is asked for on the first page (it starts an HTTP client); pages over {@code maxBytes} are refused. */
    public WebPageImporter(Supplier<WebImportService> web, long maxBytes, ArticleRepository articles, Clock clock) {
        this.web = web;
        this.maxBytes = maxBytes;
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public ImportOutcome importPage(URI url, String fallbackHtml) {
        String problem;
        if (url == null) {
            problem = "the entry has no link";
        } else {
            ImportResult r = web.get().importUrl(url.toString(), maxBytes);
            switch (r.status()) {
                case IMPORTED -> {
                    return new ImportOutcome(ImportOutcome.Status.IMPORTED, r.articleId(), r.title(), false, null);
                }
                case DUPLICATE -> {
                    return new ImportOutcome(ImportOutcome.Status.DUPLICATE, r.articleId(), r.title(), false, null);
                }
                default -> problem = r.message();
            }
            // a cancelled refresh stores nothing more, not even the summary
            if (Thread.currentThread().isInterrupted()) return ImportOutcome.failed(url + ": interrupted");
        }
        if (fallbackHtml == null) return ImportOutcome.failed(url + ": " + problem + ", and the entry has no summary");
        try {
            return store(parse(fallbackHtml.getBytes(StandardCharsets.UTF_8), url), true, problem);
        } catch (ImportException | RuntimeException e) {
            return ImportOutcome.failed((url == null ? "entry" : url.toString()) + ": "
                    + (problem == null ? "" : problem + "; ") + "its summary " + e.getMessage());
        }
    }

    private ArticleDraft parse(byte[] bytes, URI url) throws ImportException {
        String name = url == null ? "entry.html" : "page.html";
        HtmlImporter importer = html;
        if (importer == null) html = importer = new HtmlImporter(); // stateless: two threads building one each is harmless
        ArticleDraft d = importer.parse(new SourceFile(Path.of(name), bytes));
        if (d.text().isBlank()) throw new ImportException("has no article text");
        ArticleMeta m = d.meta();
        String where = url == null ? null : url.toString();
        ArticleMeta meta = new ArticleMeta(m.title(), m.titleDerived(), m.author(), m.outlet(), m.section(),
                m.url() != null ? m.url() : where, m.published(), m.publishedSource(), m.dateline(), where, m.format(), m.language());
        return new ArticleDraft(meta, d.text(), d.blocks());
    }

    private ImportOutcome store(ArticleDraft d, boolean fallback, String problem) {
        String hash = ImportService.contentHash(d.text());
        String title = d.meta().title();
        try {
            ArticleRepository.Stored s = articles.storeUnlessPresent(d, hash, clock.instant()).get();
            return new ImportOutcome(s.isNew() ? ImportOutcome.Status.IMPORTED : ImportOutcome.Status.DUPLICATE, s.id(), title,
                    fallback, problem);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ImportOutcome.failed(title + ": interrupted before it was stored");
        } catch (ExecutionException e) {
            // another process may have stored the same text between the look and the insert
            OptionalLong raced = articles.findByHash(hash);
            if (raced.isPresent()) return new ImportOutcome(ImportOutcome.Status.DUPLICATE, raced.getAsLong(), title, fallback, problem);
            return ImportOutcome.failed(title + ": could not be stored (" + e.getCause().getMessage() + ")");
        }
    }

    /** The page {@link FeedService} hands over as the fallback: the entry's title, author, link and summary. */
    static String summaryPage(ParsedFeed.Entry e, String feedTitle) {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">");
        if (e.title() != null) b.append("<title>").append(esc(e.title())).append("</title>");
        if (e.link() != null) b.append("<link rel=\"canonical\" href=\"").append(esc(e.link())).append("\">");
        if (e.author() != null) b.append("<meta name=\"author\" content=\"").append(esc(e.author())).append("\">");
        if (feedTitle != null) b.append("<meta property=\"og:site_name\" content=\"").append(esc(feedTitle)).append("\">");
        if (e.published() != null) {
            b.append("<meta property=\"article:published_time\" content=\"").append(e.published()).append("\">");
        }
        b.append("</head><body><article>");
        if (e.title() != null) b.append("<h1>").append(esc(e.title())).append("</h1>");
        b.append(e.html() == null ? "" : e.html()).append("</article></body></html>");
        return b.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
