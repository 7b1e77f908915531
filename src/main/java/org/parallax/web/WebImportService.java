package org.parallax.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.parallax.ingest.HtmlImporter;
import org.parallax.ingest.ImportException;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleImage;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.ArticleRewrite;
import org.parallax.store.SnapshotRepository;

/**
 * Imports articles from web links: each page is fetched ({@link Fetcher}), extracted by the HTML importer against its
 * final URL, and stored with its snapshot and content images in one transaction, so it reads offline and can be
 * extracted again ({@link #reextract}). A link already in the library (by requested, final or canonical URL, or by
 * text) is a duplicate; a bad link gets one result naming the reason and stores nothing.
 */
public final class WebImportService {
    private static final Logger LOG = Logger.getLogger(WebImportService.class.getName());
    /** At most this many images per article, each at most {@link #MAX_IMAGE_BYTES}, all at most the page limit. */
    public static final int MAX_IMAGES = 24;
    /** Links fetched and extracted at once by {@link #importUrls}; the per-host gate bounds each site further. */
    public static final int LINK_WORKERS = 4;
    public static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;
    /** Image types the reader can show. */
    private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");

    private final ArticleRepository articles;
    private final SnapshotRepository snapshots;
    private final ArticleRepository.DeleteHook forget;
    private final Fetcher fetcher;
    private final Clock clock;
    private final HtmlImporter html = new HtmlImporter();

    /** What {@link #reextract} did to one article. */
    /**
     * {@code imagesAdded}: content images the new extraction found that the article lacked, fetched and stored now;
     * {@code imagesMissed}: one line per such image that could not be had (its URL and the reason), the text is
     * extracted again all the same.
     */
    public record Reextracted(long id, Status status, String title, String message, ArticleRewrite.Outcome outcome,
                              int imagesAdded, List<String> imagesMissed) {
        public enum Status { UPDATED, UNCHANGED, FAILED }

        Reextracted(long id, Status status, String title, String message, ArticleRewrite.Outcome outcome) {
            this(id, status, title, message, outcome, 0, List.of());
        }

        /** One line for a report. */
        public String line() {
            String images = (imagesAdded == 0 ? "" : "; " + imagesAdded + (imagesAdded == 1 ? " image" : " images") + " added")
                    + (imagesMissed.isEmpty() ? "" : "; " + imagesMissed.size() + (imagesMissed.size() == 1 ? " image" : " images")
                    + " could not be fetched");
            return switch (status) {
                case UPDATED -> "article " + id + ": extracted again \"" + title + "\" (" + outcome.notesAnchored()
                        + " notes found again, " + outcome.notesOrphaned() + " orphaned; " + outcome.marksMoved()
                        + " marks moved, " + outcome.marksDropped() + " dropped)" + images;
                case UNCHANGED -> "article " + id + ": unchanged \"" + title + "\"" + images;
                case FAILED -> "article " + id + ": failed, " + message;
            };
        }
    }

    /**
     * @param forget told inside the rewrite's transaction when re-extraction changes an article (the story index
     *               forgets it, to place it again at its next question)
     */
    public WebImportService(ArticleRepository articles, SnapshotRepository snapshots, ArticleRepository.DeleteHook forget,
                            Fetcher fetcher, Clock clock) {
        this.articles = articles;
        this.snapshots = snapshots;
        this.forget = forget;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /** Whether a command-line argument is a web link rather than a path. */
    public static boolean isLink(String arg) {
        String a = arg.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /**
     * Imports the links, fetching and extracting {@link #LINK_WORKERS} at a time (the fetcher's per-host gate still
     * lets at most {@link Fetcher#PER_HOST} requests reach one site at once) and storing them one by one in the order
     * given, so of two links to one article the first is the one imported; one result per link. Links not yet started
     * when the user cancels are left out and the report says it was cancelled.
     */
    public ImportReport importUrls(List<String> links, long maxBytes, Progress progress) {
        int n = links.size();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(LINK_WORKERS, n)), r -> {
            Thread t = new Thread(r, "import-link");
            t.setDaemon(true);
            return t;
        });
        List<ImportResult> out = new ArrayList<>();
        try {
            List<Future<Prepared>> prepared = new ArrayList<>();
            for (String link : links) {
                prepared.add(pool.submit(() -> progress.isCancelled() ? null
                        : guarded(link, () -> prepare(link, maxBytes), Prepared::known)));
            }
            for (int i = 0; i < n; i++) {
                Prepared p = prepared.get(i).get();
                if (p == null) return new ImportReport(out, true);
                progress.update(i, n, "Fetching " + (i + 1) + "/" + n + ": " + links.get(i));
                String link = links.get(i);
                out.add(guarded(link, () -> store(p)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ImportReport(out, true);
        } catch (ExecutionException e) {
            throw new IllegalStateException("link import failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.update(n, n, "Imported " + n + "/" + n);
        return new ImportReport(out, false);
    }

    /** Imports one link; never throws for a bad link, it reports it. */
    public ImportResult importUrl(String link, long maxBytes) {
        return guarded(link, () -> store(prepare(link, maxBytes)));
    }

    /** A step that may fail with a reason the user is told. */
    private interface Step<T> {
        T run() throws FetchException;
    }

    private <T> T guarded(String link, Step<T> step, java.util.function.Function<ImportResult, T> onFailure) {
        try {
            return step.run();
        } catch (FetchException e) {
            return onFailure.apply(ImportResult.failed(null, e.getMessage()).forUrl(link));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import failed on " + link, e);
            return onFailure.apply(ImportResult.failed(null, "could not be imported (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")").forUrl(link));
        }
    }

    private ImportResult guarded(String link, Step<ImportResult> step) {
        return guarded(link, () -> step.run().forUrl(link), r -> r);
    }

    /** A page fetched and extracted with its images, ready to store; or its result when that is already known. */
    private record Prepared(ImportResult known, ArticleDraft draft, String hash, String canonical,
                            SnapshotRepository.Snapshot snap, List<ArticleImage> images) {
        static Prepared known(ImportResult r) {
            return new Prepared(r, null, null, null, null, List.of());
        }
    }

    /** Fetches and extracts a link and its images; stores nothing, so several links can be prepared at once. */
    private Prepared prepare(String link, long maxBytes) throws FetchException {
        URI uri = Fetcher.parse(link);
        OptionalLong known = snapshots.findByUrl(uri.toString());
        if (known.isPresent()) return Prepared.known(duplicate(known.getAsLong()));
        FetchedPage page = fetcher.fetch(uri, Fetcher.ACCEPT_HTML, maxBytes);
        if (!page.isHtml()) throw new FetchException(notHtml(page.mediaType()));
        Charset charset = page.charset();
        HtmlImporter.Extracted ex = extract(page.text(), page.finalUri());
        String canonical = canonical(ex.draft().meta().url(), page.finalUri());
        ArticleDraft draft = withUrl(ex.draft(), canonical);
        String hash = ImportService.contentHash(draft.text());
        OptionalLong existing = snapshots.findExisting(canonical, hash);
        if (existing.isPresent()) return Prepared.known(duplicate(existing.getAsLong()));
        List<ArticleImage> images = images(ex, page.finalUri(), maxBytes);
        SnapshotRepository.Snapshot snap = new SnapshotRepository.Snapshot(0, uri.toString(), page.finalUri().toString(),
                canonical, page.fetchedAt(), page.status(), page.mediaType(), charset.name(), page.bytes());
        return new Prepared(null, draft, hash, canonical, snap, images);
    }

    /** Stores a prepared page unless the library (or an earlier link of the same run) already has it. */
    private ImportResult store(Prepared p) throws FetchException {
        if (p.known() != null) return p.known();
        OptionalLong existing = snapshots.findExisting(p.canonical(), p.hash());
        if (existing.isPresent()) return duplicate(existing.getAsLong());
        String title = p.draft().meta().title();
        try {
            ArticleRepository.Stored s = snapshots.storeUnlessPresent(p.draft(), p.hash(), clock.instant(), p.snap(), p.images()).get();
            return s.isNew() ? ImportResult.imported(null, s.id(), title) : duplicate(s.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("was interrupted");
        } catch (ExecutionException e) {
            // another process may have stored the same page between the look and the insert
            OptionalLong raced = snapshots.findExisting(p.canonical(), p.hash());
            if (raced.isPresent()) return duplicate(raced.getAsLong());
            throw new FetchException("could not be stored: " + e.getCause().getMessage());
        }
    }

    private HtmlImporter.Extracted extract(String text, URI base) throws FetchException {
        try {
            HtmlImporter.Extracted ex = html.extract(text, base.toString());
            if (ex.draft().text().isBlank()) throw new FetchException("has no article text in its HTML");
            return ex;
        } catch (ImportException e) {
            throw new FetchException(e.getMessage());
        }
    }

    private ImportResult duplicate(long id) {
        String title = articles.get(id).map(a -> a.meta().title()).orElse(null);
        return ImportResult.duplicate(null, id, title);
    }

    private static String notHtml(String type) {
        if (type == null) return "is not a web page (served without a type, and not HTML)";
        if (type.equals("application/pdf")) return "is a PDF (application/pdf), not a web page; save it and import the file";
        return "is not a web page (served as " + type + ")";
    }

    /**
     * The URL that identifies the page: its own canonical or og:url (as the HTML importer read it), made absolute
     * against the final URL and without a fragment, else the final URL. A canonical URL that is a site's home page
     * while the page is not is a template's mistake, and is passed over.
     */
    static String canonical(String declared, URI finalUri) {
        URI fin = strip(finalUri);
        if (declared == null || declared.isBlank()) return fin.toString();
        try {
            URI c = strip(finalUri.resolve(new URI(declared.strip().replace(" ", "%20"))));
            if (!Fetcher.isWebUrl(c)) return fin.toString();
            boolean home = c.getPath() == null || c.getPath().isEmpty() || c.getPath().equals("/");
            boolean finalHome = fin.getPath() == null || fin.getPath().isEmpty() || fin.getPath().equals("/");
            if (home && !finalHome) return fin.toString();
            return c.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return fin.toString();
        }
    }

    private static URI strip(URI u) {
        try {
            String host = u.getHost() == null ? null : u.getHost().toLowerCase(Locale.ROOT);
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            return new URI(scheme, u.getRawUserInfo() == null ? null : u.getUserInfo(), host, u.getPort(), u.getPath(), u.getQuery(), null)
                    .normalize();
        } catch (URISyntaxException e) {
            return u;
        }
    }

    private static ArticleDraft withUrl(ArticleDraft d, String url) {
        ArticleMeta m = d.meta();
        return new ArticleDraft(new ArticleMeta(m.title(), m.titleDerived(), m.author(), m.outlet(), m.section(), url,
                m.published(), m.publishedSource(), m.dateline(), null, m.format(), m.language()), d.text(), d.blocks());
    }

    /** The article's content images, fetched; one that fails or is not an image is left out, the article goes on. */
    private List<ArticleImage> images(HtmlImporter.Extracted ex, URI page, long pageLimit) {
        List<ArticleImage> out = new ArrayList<>();
        long budget = pageLimit;
        Iterator<ContentImages.Candidate> it = ContentImages.find(ex.body(), page, MAX_IMAGES).iterator();
        while (it.hasNext() && budget > 0) {
            ContentImages.Candidate c = it.next();
            try {
                ArticleImage img = fetchImage(c, Math.min(MAX_IMAGE_BYTES, budget), out.size());
                if (img == null) continue;
                budget -= img.bytes().length;
                out.add(img);
            } catch (FetchException e) {
                LOG.fine(() -> "Image " + c.url() + " " + e.getMessage() + "; the article is imported without it");
            }
        }
        return out;
    }

    /** One content image fetched, or null for a tracking pixel; throws with the reason when it is not to be had. */
    private ArticleImage fetchImage(ContentImages.Candidate c, long maxBytes, int seq) throws FetchException {
        FetchedPage img = fetcher.fetch(c.url(), Fetcher.ACCEPT_IMAGE, maxBytes);
        String type = img.mediaType() == null ? sniff(img.bytes()) : img.mediaType();
        if (type == null || !IMAGE_TYPES.contains(type)) {
            throw new FetchException("is not an image the reader shows (served as " + img.mediaType() + ")");
        }
        if (isPixel(img.bytes())) return null;
        return new ArticleImage(0, seq, c.url().toString(), c.caption(), type, img.bytes());
    }

    /**
     * Fetches the content images a new extraction found that the article does not have yet (up to {@link #MAX_IMAGES}
     * in all, and together at most the fetcher's page limit) and adds them in one transaction. An image that cannot be
     * had (offline, an error, not an image) is named in {@code missed} and left out; the text is not touched here.
     */
    private int addMissingImages(long id, HtmlImporter.Extracted ex, URI page, List<String> missed) {
        Set<String> have = new HashSet<>(snapshots.imageUrls(id));
        List<ArticleImage> fetched = new ArrayList<>();
        long budget = fetcher.limits().maxBytes();
        int room = MAX_IMAGES - have.size();
        for (ContentImages.Candidate c : ContentImages.find(ex.body(), page, MAX_IMAGES)) {
            if (fetched.size() >= room || budget <= 0) break;
            if (have.contains(c.url().toString())) continue;
            try {
                ArticleImage img = fetchImage(c, Math.min(MAX_IMAGE_BYTES, budget), fetched.size());
                if (img == null) continue;
                budget -= img.bytes().length;
                fetched.add(img);
            } catch (FetchException e) {
                String line = "article " + id + ": image " + c.url() + " " + e.getMessage() + "; left without it";
                LOG.info(line);
                missed.add(line);
            }
        }
        return snapshots.addImages(id, fetched).size();
    }

    private static String sniff(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) return "image/jpeg";
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') return "image/gif";
        return null;
    }

    /** Whether an image is a tracking pixel: at most 2 by 2 pixels, read from its header without decoding it. */
    static boolean isPixel(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return false;
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return r.getWidth(0) <= 2 && r.getHeight(0) <= 2;
            } finally {
                r.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The ids of the articles imported from links, which {@link #reextract} can extract again. */
    public List<Long> snapshotIds() {
        return snapshots.articleIds();
    }

    /** An article's stored images in page order (empty for an article not imported from a link). */
    public List<ArticleImage> images(long articleId) {
        return snapshots.images(articleId);
    }

    /**
     * Extracts an article again from its stored snapshot, keeping its id: title, text and blocks change in one
     * transaction, its recognition runs again, and notes and hand-made marks follow their quotes. The page itself is not
     * fetched again; content images the new extraction finds and the article lacks are fetched and added (one that
     * cannot be had, as when offline, is named in the result and the text is extracted again all the same).
     */
    public Reextracted reextract(long id) {
        SnapshotRepository.Snapshot snap = snapshots.get(id).orElse(null);
        if (snap == null) {
            String why = articles.get(id).isPresent() ? "has no web snapshot (it was not imported from a link)" : "does not exist";
            return new Reextracted(id, Reextracted.Status.FAILED, null, why, null);
        }
        try {
            Charset cs = PageText.named(snap.charset());
            String text = PageText.decode(snap.html(), cs == null ? PageText.charset(null, snap.html()) : cs);
            HtmlImporter.Extracted ex = extract(text, URI.create(snap.finalUrl()));
            ArticleDraft draft = withUrl(ex.draft(), snap.canonicalUrl());
            ArticleRewrite.Outcome o = snapshots.rewrite(id, draft, ImportService.contentHash(draft.text()), forget);
            String title = draft.meta().title();
            if (o.duplicateOf() != null) {
                return new Reextracted(id, Reextracted.Status.FAILED, title, "would have the same text as article "
                        + o.duplicateOf() + "; left as it was", o);
            }
            List<String> missed = new ArrayList<>();
            int added = addMissingImages(id, ex, URI.create(snap.finalUrl()), missed);
            return new Reextracted(id, o.changed() ? Reextracted.Status.UPDATED : Reextracted.Status.UNCHANGED, title, null, o,
                    added, List.copyOf(missed));
        } catch (FetchException e) {
            return new Reextracted(id, Reextracted.Status.FAILED, null, e.getMessage() + " now; left as it was", null);
        }
    }
}
