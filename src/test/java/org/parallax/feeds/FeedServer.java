package org.parallax.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.parallax.testsupport.LocalWebServer;
import org.parallax.testsupport.SharedData;

/**
 * A real HTTP server on 127.0.0.1 for the feed tests: it serves the real feeds of ../shared/data/feeds with their
 * entry links rewritten to real pages it also serves (Readability's test pages, their outside links pointed back here
 * as {@link LocalWebServer} does, so no test reaches outside the machine), draws a PNG for any image path no route
 * claims, answers conditional requests with 304, and records what it was asked: each request for a route with its
 * conditional headers (images are only counted), and the most requests in flight at once.
 */
public final class FeedServer implements AutoCloseable {
    /** What one path answers; a null {@code etag}/{@code lastModified} sends no such header. */
    public record Route(int status, String contentType, byte[] body, String etag, String lastModified) {
    }

    /** One request as received: its path and the validators it sent (null when absent). */
    public record Request(String path, String ifNoneMatch, String ifModifiedSince, int status) {
    }

    private static final String LAST_MODIFIED = "Mon, 02 Nov 2026 10:00:00 GMT";

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    /** Requests answered with a drawn image (the pages' pictures). */
    public final AtomicInteger imageRequests = new AtomicInteger();
    private final byte[] png = LocalWebServer.png(64, 40);
    private final List<Path> pages;
    private final AtomicInteger nextPage = new AtomicInteger();
    private volatile long pageDelayMs;
    private volatile boolean uniquePages;

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
        try (Stream<Path> s = Files.list(SharedData.path("html-pages/mozilla-readability-test-pages"))) {
            pages = s.map(d -> d.resolve("source.html")).filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void route(String path, Route r) {
        routes.put(path, r);
    }

    /** Serves {@code body} at {@code path} with an ETag (its hash) and a Last-Modified, as most feed servers do. */
    public void serve(String path, String contentType, byte[] body) {
        routes.put(path, new Route(200, contentType, body, "\"" + hash(body) + "\"", LAST_MODIFIED));
    }

    /**
     * Serves the real feed {@code feedFile} at {@code path}, every entry link pointing at a real page served here
     * (a different page per entry); returns the feed as served.
     */
    public byte[] serveFeed(String path, Path feedFile, String contentType) throws Exception {
        byte[] raw = Files.readAllBytes(feedFile);
        ParsedFeed parsed = new FeedParser().parse(raw, contentType);
        String text = new String(raw, StandardCharsets.UTF_8);
        List<String> links = new ArrayList<>(parsed.entries().stream().map(ParsedFeed.Entry::link).filter(l -> l != null).distinct().toList());
        links.sort(Comparator.comparingInt(String::length).reversed()); // a link that prefixes another is replaced after it
        for (String link : links) {
            int n = nextPage.getAndIncrement();
            String page = "/pages/" + n + ".html";
            String to = url(page);
            text = text.replace(link, to).replace(link.replace("&", "&amp;"), to).replace(link.replace("/", "\\/"), to);
            byte[] html = Files.readAllBytes(pages.get(n % pages.size()));
            if (uniquePages) {
                // the same real page served again says which copy it is, so that it is a new article, not a duplicate
                html = numbered(html, n);
            }
            html = localised(new String(html, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            routes.put(page, new Route(200, "text/html; charset=utf-8", html, null, null));
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        serve(path, contentType, body);
        return body;
    }

    /** The page with "(Copy n.)" after its longest paragraph, which is the article's own text on any real page. */
    private static byte[] numbered(byte[] html, int n) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        org.jsoup.nodes.Element longest = null;
        for (org.jsoup.nodes.Element p : doc.select("p")) {
            if (longest == null || p.text().length() > longest.text().length()) longest = p;
        }
        if (longest == null) longest = doc.body();
        longest.appendText(" (Copy " + n + ".)");
        // a copy lives at its own URL: the original's canonical URL (link, og:url or JSON-LD) would make every copy the
        // same article
        doc.select("link[rel=canonical], meta[property=og:url], meta[name=og:url]").remove();
        for (org.jsoup.nodes.Element ld : doc.select("script[type=application/ld+json]")) {
            String json = ld.data().replaceAll("(\"url\"\\s*:\\s*\"[^\"?#]+)", "$1?copy=" + n);
            ld.empty().appendChild(new org.jsoup.nodes.DataNode(json));
        }
        return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code html} with its absolute and protocol-relative links pointed at this server's {@code /ext/}. */
    public String localised(String html) {
        return LocalWebServer.pointedAt(html, url("/ext/"));
    }

    /** Pages served from now on carry their own number in their first paragraph, so no two have the same text. */
    public void uniquePages(boolean on) {
        uniquePages = on;
    }

    /** Stops serving every path that starts with {@code prefix} (they answer 404). */
    public void drop(String prefix) {
        routes.keySet().removeIf(p -> p.startsWith(prefix));
    }

    /** Pages answer after this long, so that requests overlap and the per-host limit is put to the test. */
    public void pageDelay(long ms) {
        pageDelayMs = ms;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    public void resetCounts() {
        requests.clear();
        maxInFlight.set(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        // a request is in flight until its answer starts: the client may have the whole answer (and send its next
        // request) before this handler returns, which would count one request twice
        boolean[] answered = new boolean[1];
        try (ex; InputStream in = ex.getRequestBody()) {
            in.readAllBytes();
            String path = ex.getRequestURI().getPath();
            Route r = routes.get(path);
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if (path.startsWith("/pages/") && pageDelayMs > 0) sleep(pageDelayMs);
            if (r == null && path.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif|webp)$")) {
                imageRequests.incrementAndGet();
                send(ex, answered, 200, "image/png", png);
                return;
            }
            if (r == null) {
                requests.add(new Request(path, inm, ims, 404));
                send(ex, answered, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (r.etag() != null) ex.getResponseHeaders().set("ETag", r.etag());
            if (r.lastModified() != null) ex.getResponseHeaders().set("Last-Modified", r.lastModified());
            boolean fresh = inm != null ? inm.equals(r.etag()) : ims != null && ims.equals(r.lastModified());
            if (r.status() == 200 && fresh) {
                requests.add(new Request(path, inm, ims, 304));
                answering(answered);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            requests.add(new Request(path, inm, ims, r.status()));
            send(ex, answered, r.status(), r.contentType(), r.body());
        } finally {
            if (!answered[0]) inFlight.decrementAndGet();
        }
    }

    private void answering(boolean[] answered) {
        if (!answered[0]) {
            answered[0] = true;
            inFlight.decrementAndGet();
        }
    }

    private void send(HttpExchange ex, boolean[] answered, int status, String type, byte[] body) throws IOException {
        answering(answered);
        if (type != null) ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
