package org.parallax.feeds;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.parallax.model.Progress;
import org.parallax.store.FeedRepository;
import org.parallax.store.FeedRepository.Feed;
import org.parallax.web.Fetcher;
import org.parallax.web.PageText;

/**
 * Feed subscriptions: subscribe (a page that advertises a feed finds it), refresh, unsubscribe, OPML in and out.
 * A refresh asks each feed with its ETag and Last-Modified, imports each entry not seen before through the
 * {@link PageImporter} (its page, else its summary), at most {@value #PER_HOST} requests to one host at a time (kept by
 * the shared Fetcher that {@link FeedHttp} and the page import go through), and
 * records the entry as seen with its article, so no entry is imported twice. A feed that fails gets one line, kept on
 * its row; the others go on.
 */
public final class FeedService {
    /**
     * Requests to one host at once, feeds, pages and images together: a site is not hammered by a large refresh. The
     * shared {@link Fetcher} keeps to it for every fetch (link imports too), holding a permit only while a request is
     * on the wire, so extraction and storage run beside it.
     */
    public static final int PER_HOST = Fetcher.PER_HOST;
    private static final int FEED_THREADS = 4;
    private static final int PAGE_THREADS = 8;

    private final FeedRepository feeds;
    private final FeedHttp http;
    private final PageImporter pages;
    private final Clock clock;
    private final FeedParser parser = new FeedParser();

    public FeedService(FeedRepository feeds, FeedHttp http, PageImporter pages, Clock clock) {
        this.feeds = feeds;
        this.http = http;
        this.pages = pages;
        this.clock = clock;
    }

    /** A subscription made or found: {@code discoveredFrom} is the page that advertised the feed (null if given directly). */
    public record Added(Feed feed, boolean isNew, String discoveredFrom) {
    }

    /** What a refresh did to one feed. {@code error} is the one line naming the feed's URL when it failed. */
    public record Report(long feedId, String url, String title, Status status, int entries, int newEntries, int imported,
                         int duplicates, int fromSummary, int failed, String error, List<String> problems) {
        /** How one feed's refresh ended. */
        public enum Status {
            UPDATED, NOT_MODIFIED, FAILED, CANCELLED
        }

        /** One line for the user: the feed and what happened. */
        public String line() {
            String name = title != null ? title : url;
            return switch (status) {
                case FAILED -> error;
                case NOT_MODIFIED -> "#" + feedId + " " + name + ": not modified";
                case UPDATED, CANCELLED -> String.format(Locale.ROOT,
                        "#%d %s: %d new of %d, %d imported, %d already in the library%s%s%s", feedId, name, newEntries, entries,
                        imported, duplicates, fromSummary > 0 ? ", " + fromSummary + " from the feed's summary" : "",
                        failed > 0 ? ", " + failed + " failed" : "", status == Status.CANCELLED ? " (cancelled)" : "");
            };
        }
    }

    /** The outcome of an OPML import: feeds subscribed, feeds already there, and one line per outline refused. */
    public record OpmlImport(int added, int existing, List<String> problems) {
    }

    public List<Feed> list() {
        return feeds.list();
    }

    public Optional<Feed> get(long id) {
        return feeds.get(id);
    }

    /** Unsubscribes; the articles already imported stay. */
    public boolean remove(long id) {
        return feeds.remove(id);
    }

    /**
     * Subscribes to the feed at {@code url}, or to the first working feed the page at {@code url} advertises. The
     * feed is fetched and parsed first, so a broken one is refused with its URL and the reason; entries come in on
     * the next refresh.
     */
    public Added add(String url) throws FeedException {
        URI uri = httpUri(url);
        if (uri == null) throw new FeedException(url + ": is not an http or https URL");
        Optional<Feed> known = feeds.findByUrl(uri.toString());
        if (known.isPresent()) return new Added(known.get(), false, null);
        FeedHttp.Response r = fetch(uri);
        try {
            return subscribe(uri, parser.parse(r.body(), r.contentType()), null);
        } catch (FeedException notAFeed) {
            if (!FeedParser.looksLikeHtml(r.body(), r.contentType())) {
                throw new FeedException(uri + ": " + notAFeed.getMessage());
            }
            // the page's charset as a link's: the header's, else the page's own declaration, else UTF-8
            String charset = r.contentType() == null ? null : charsetParam(r.contentType());
            String page = PageText.decode(r.body(), PageText.charset(charset, r.body()));
            List<URI> advertised = FeedDiscovery.find(page, r.finalUri());
            if (advertised.isEmpty()) throw new FeedException(uri + ": is a web page that advertises no feed");
            List<String> why = new ArrayList<>();
            for (URI candidate : advertised) {
                Optional<Feed> had = feeds.findByUrl(candidate.toString());
                if (had.isPresent()) return new Added(had.get(), false, uri.toString());
                try {
                    FeedHttp.Response fr = fetch(candidate);
                    return subscribe(candidate, parser.parse(fr.body(), fr.contentType()), uri.toString());
                } catch (FeedException e) {
                    why.add(e.getMessage().startsWith(candidate.toString()) ? e.getMessage() : candidate + ": " + e.getMessage());
                }
            }
            throw new FeedException(uri + ": advertises no working feed (" + String.join("; ", why) + ")");
        }
    }

    private Added subscribe(URI uri, ParsedFeed parsed, String from) {
        return new Added(feeds.add(uri.toString(), parsed.title(), parsed.siteUrl(), clock.instant()), true, from);
    }

    private FeedHttp.Response fetch(URI uri) throws FeedException {
        try {
            FeedHttp.Response r = http.get(uri, null, null);
            if (!r.ok()) throw new FeedException(uri + ": HTTP " + r.status());
            return r;
        } catch (IOException e) {
            throw new FeedException(uri + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refreshes the feeds {@code ids} (all when empty), several at once; {@code onFeed} hears each feed's report as it
     * ends (from a worker thread, one at a time). Stops starting feeds and pages once {@code progress} is cancelled;
     * what was stored stays, and entries not imported are left unseen for the next refresh.
     */
    public List<Report> refresh(List<Long> ids, Progress progress, Consumer<Report> onFeed) {
        List<Feed> chosen = new ArrayList<>();
        if (ids.isEmpty()) chosen.addAll(feeds.list());
        for (long id : new LinkedHashSet<>(ids)) feeds.get(id).ifPresent(chosen::add);
        ExecutorService feedPool = Executors.newFixedThreadPool(FEED_THREADS, daemon("parallax-feed"));
        ExecutorService pagePool = Executors.newFixedThreadPool(PAGE_THREADS, daemon("parallax-feed-page"));
        AtomicInteger done = new AtomicInteger();
        progress.update(0, chosen.size(), "Refreshing " + chosen.size() + (chosen.size() == 1 ? " feed" : " feeds") + "…");
        try {
            List<Future<Report>> running = new ArrayList<>();
            for (Feed f : chosen) {
                running.add(feedPool.submit(() -> {
                    Report r = progress.isCancelled() ? cancelled(f) : refreshOne(f, pagePool, progress);
                    int n = done.incrementAndGet();
                    String name = f.title() != null ? f.title() : f.url();
                    progress.update(n, chosen.size(), "Refreshed " + n + "/" + chosen.size() + ": " + name);
                    synchronized (onFeed) {
                        onFeed.accept(r);
                    }
                    return r;
                }));
            }
            List<Report> reports = new ArrayList<>();
            for (Future<Report> f : running) {
                Report r = await(f);
                if (r != null) reports.add(r);
            }
            return reports;
        } finally {
            feedPool.shutdownNow();
            pagePool.shutdownNow();
        }
    }

    private Report refreshOne(Feed f, ExecutorService pagePool, Progress progress) {
        URI uri = httpUri(f.url());
        if (uri == null) return failed(f, "is not an http or https URL");
        FeedHttp.Response r;
        ParsedFeed parsed;
        try {
            r = http.get(uri, f.etag(), f.lastModified());
            if (r.notModified()) {
                feeds.refreshed(f.id(), null, null, r.etag() != null ? r.etag() : f.etag(),
                        r.lastModified() != null ? r.lastModified() : f.lastModified(), clock.instant());
                return new Report(f.id(), f.url(), f.title(), Report.Status.NOT_MODIFIED, 0, 0, 0, 0, 0, 0, null, List.of());
            }
            if (!r.ok()) return failed(f, "HTTP " + r.status());
            parsed = parser.parse(r.body(), r.contentType());
        } catch (IOException | FeedException e) {
            return failed(f, e.getMessage());
        }
        FeedRepository.Seen seen = feeds.seen(f.id());
        Set<String> keys = new HashSet<>();
        List<ParsedFeed.Entry> fresh = new ArrayList<>();
        for (ParsedFeed.Entry raw : parsed.entries()) {
            ParsedFeed.Entry e = absolute(raw, r.finalUri());
            if (!e.trackable()) continue;
            if (seen.contains(e.guid(), e.link())) {
                // the same entry (by its guid) under a new link: not new, but remember where it lives now
                if (e.guid() != null && e.link() != null && !e.link().equals(seen.guids().get(e.guid()))) {
                    feeds.relink(f.id(), e.guid(), e.link());
                }
                continue;
            }
            if (keys.add(e.guid() != null ? "g " + e.guid() : "l " + e.link())) fresh.add(e);
        }
        List<Future<ImportOutcome>> imports = new ArrayList<>();
        for (ParsedFeed.Entry e : fresh) {
            imports.add(pagePool.submit(() -> importEntry(f.id(), parsed.title(), e, progress)));
        }
        int imported = 0;
        int duplicates = 0;
        int fromSummary = 0;
        int failedEntries = 0;
        boolean cancelled = false;
        List<String> problems = new ArrayList<>();
        for (Future<ImportOutcome> fut : imports) {
            ImportOutcome o = await(fut);
            if (o == null) {
                cancelled = true;
            } else if (o.status() == ImportOutcome.Status.FAILED) {
                failedEntries++;
                problems.add(o.message());
            } else {
                if (o.status() == ImportOutcome.Status.IMPORTED) imported++;
                else duplicates++;
                if (o.fromFallback()) fromSummary++;
            }
        }
        // keep the old validators while entries are left to do, so the next refresh reads the feed again for them
        boolean complete = !cancelled && failedEntries == 0;
        feeds.refreshed(f.id(), parsed.title(), parsed.siteUrl(), complete ? r.etag() : f.etag(),
                complete ? r.lastModified() : f.lastModified(), clock.instant());
        return new Report(f.id(), f.url(), parsed.title() != null ? parsed.title() : f.title(),
                cancelled ? Report.Status.CANCELLED : Report.Status.UPDATED, parsed.entries().size(), fresh.size(), imported,
                duplicates, fromSummary, failedEntries, null, List.copyOf(problems));
    }

    /** Imports one new entry and records it as seen when its article is stored; null when cancelled before it began. */
    private ImportOutcome importEntry(long feedId, String feedTitle, ParsedFeed.Entry e, Progress progress) {
        if (progress.isCancelled()) return null;
        URI link = e.link() == null ? null : httpUri(e.link());
        String fallback = WebPageImporter.summaryPage(e, feedTitle);
        ImportOutcome o = pages.importPage(link, fallback);
        if (o.stored()) feeds.markSeen(feedId, e.guid(), e.link(), o.articleId(), clock.instant());
        return o;
    }

    /** The entry with a relative link (Atom allows them) made absolute against the feed's own URL. */
    private static ParsedFeed.Entry absolute(ParsedFeed.Entry e, URI feedUri) {
        if (e.link() == null || httpUri(e.link()) != null) return e;
        try {
            URI abs = feedUri.resolve(new URI(e.link().strip()));
            return new ParsedFeed.Entry(e.guid(), abs.toString(), e.title(), e.author(), e.published(), e.html());
        } catch (URISyntaxException | IllegalArgumentException bad) {
            return e;
        }
    }

    private Report failed(Feed f, String reason) {
        String line = f.url() + ": " + reason;
        feeds.failed(f.id(), line, clock.instant());
        return new Report(f.id(), f.url(), f.title(), Report.Status.FAILED, 0, 0, 0, 0, 0, 0, line, List.of());
    }

    private static Report cancelled(Feed f) {
        return new Report(f.id(), f.url(), f.title(), Report.Status.CANCELLED, 0, 0, 0, 0, 0, 0, null, List.of());
    }

    /** The subscriptions as OPML, for another feed reader. */
    public void exportOpml(Writer out) throws IOException {
        Opml.write(feeds.list().stream().map(f -> new Opml.Outline(f.url(), f.title(), f.siteUrl())).toList(), "Parallax feeds", out);
    }

    /**
     * Subscribes to every feed in an OPML file without fetching them (the next refresh does, and reports the broken
     * ones). An unreadable file is an IOException whose message is the reason.
     */
    public OpmlImport importOpml(Path file) throws IOException {
        int added = 0;
        int existing = 0;
        List<String> problems = new ArrayList<>();
        for (Opml.Outline o : Opml.read(file)) {
            URI uri = httpUri(o.xmlUrl());
            if (uri == null) {
                problems.add(o.xmlUrl() + ": is not an http or https URL");
            } else if (feeds.findByUrl(uri.toString()).isPresent()) {
                existing++;
            } else {
                feeds.add(uri.toString(), o.title(), o.htmlUrl(), clock.instant());
                added++;
            }
        }
        return new OpmlImport(added, existing, problems);
    }

    private static String charsetParam(String contentType) {
        for (String part : contentType.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) return kv[1].strip().replace("\"", "");
        }
        return null;
    }

    /** {@code s} as an absolute http or https URI, or null. */
    static URI httpUri(String s) {
        if (s == null) return null;
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            return null;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
