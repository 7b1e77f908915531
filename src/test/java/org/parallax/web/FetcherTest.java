package org.parallax.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.parallax.testsupport.LocalWebServer;

/** The fetcher against a real HTTP server on 127.0.0.1: redirects, compression, charsets, limits and faults. */
class FetcherTest {
    private static final byte[] PAGE = "<!doctype html><html><head><title>T</title></head><body><p>Grüße</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private LocalWebServer web;
    private Fetcher fetcher;

    @BeforeEach
    void start() {
        web = new LocalWebServer();
        fetcher = new Fetcher("Parallax/test (+tests)", new Fetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2),
                1024 * 1024, 5, Duration.ofSeconds(2)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private FetchedPage get(String path) throws FetchException {
        return fetcher.fetch(URI.create(web.url(path)), Fetcher.ACCEPT_HTML);
    }

    private String failure(String path) {
        return assertThrows(FetchException.class, () -> get(path)).getMessage();
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrlAndHeaders() throws Exception {
        AtomicReference<String> agent = new AtomicReference<>();
        web.route("/final", ex -> {
            agent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            LocalWebServer.send(ex, 200, "text/html; charset=utf-8", PAGE);
        });
        web.redirect("/a", 301, "/b").redirect("/b", 302, web.url("/final"));
        FetchedPage p = get("/a");
        assertEquals(web.url("/final"), p.finalUri().toString());
        assertEquals(web.url("/a"), p.requested().toString());
        assertEquals(200, p.status());
        assertTrue(p.isHtml());
        assertTrue(p.text().contains("Grüße"));
        assertEquals("text/html; charset=utf-8", p.header("content-type"));
        assertEquals("Parallax/test (+tests)", agent.get());
    }

    @Test
    void refusesRedirectLoopsEndlessChainsAndOtherSchemes() {
        web.redirect("/loop1", 302, "/loop2").redirect("/loop2", 302, "/loop1");
        assertTrue(failure("/loop1").startsWith("redirects in a loop"), failure("/loop1"));
        AtomicInteger n = new AtomicInteger();
        web.route("/chain", ex -> {
            ex.getResponseHeaders().set("Location", "/chain/" + n.incrementAndGet());
            LocalWebServer.send(ex, 307, null, new byte[0]);
        });
        assertEquals("redirects more than 5 times", failure("/chain"));
        web.redirect("/file", 302, "file:///etc/passwd").redirect("/ftp", 301, "ftp://127.0.0.1/x.html");
        assertEquals("redirects to a file: link, which Parallax does not follow", failure("/file"));
        assertEquals("redirects to a ftp: link, which Parallax does not follow", failure("/ftp"));
        assertThrows(FetchException.class, () -> fetcher.fetch(URI.create("file:///etc/passwd"), Fetcher.ACCEPT_HTML));
    }

    @Test
    void errorStatusesAreOneLine() {
        web.fixed("/gone", 404, "text/html", "<html>nope</html>".getBytes(StandardCharsets.UTF_8));
        web.fixed("/broken", 500, "text/html", "<html>oops</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals("HTTP 404 Not Found", failure("/gone"));
        assertEquals("HTTP 500 Internal Server Error", failure("/broken"));
    }

    @Test
    void aSlowServerTimesOut() {
        web.route("/slow", ex -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalWebServer.send(ex, 200, "text/html", PAGE);
        });
        long t0 = System.nanoTime();
        assertEquals("timed out after 2 s", failure("/slow"));
        assertTrue(System.nanoTime() - t0 < 8_000_000_000L, "gave up at the deadline");
    }

    @Test
    void aBodyThatTricklesPastTheDeadlineTimesOut() {
        web.route("/trickle", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write("<p>x</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up, as it should
            }
        });
        assertEquals("timed out after 2 s", failure("/trickle"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhetherDeclaredOrStreamed() {
        web.fixed("/huge", 200, "text/html", new byte[2 * 1024 * 1024]);
        assertTrue(failure("/huge").startsWith("is too large"), failure("/huge"));
        web.route("/chunked", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no length declared
            try (OutputStream out = ex.getResponseBody()) {
                byte[] block = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) out.write(block);
            } catch (IOException e) {
                // the client stops reading at the limit
            }
        });
        assertTrue(failure("/chunked").startsWith("is too large"), failure("/chunked"));
    }

    @Test
    void gzipAndDeflateAreDecodedAndAGzipBombStopsAtTheLimit() throws Exception {
        web.route("/gz", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalWebServer.send(ex, 200, "text/html; charset=utf-8", gzip(PAGE));
        });
        web.route("/deflate", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "deflate");
            LocalWebServer.send(ex, 200, "text/html; charset=utf-8", deflate(PAGE));
        });
        assertArrayEquals(PAGE, get("/gz").bytes());
        assertArrayEquals(PAGE, get("/deflate").bytes());
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]); // 50 MB of zeros in about 50 KB
        assertTrue(bomb.length < 1024 * 1024);
        web.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalWebServer.send(ex, 200, "text/html", bomb);
        });
        assertEquals("is too large (over the limit of 1.0 MB) once decompressed", failure("/bomb"));
    }

    @Test
    void charsetComesFromTheHeaderThenThePageThenUtf8() throws Exception {
        byte[] latin = "<html><head><meta charset=\"windows-1252\"></head><body>café</body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        web.fixed("/header", 200, "text/html; charset=ISO-8859-1", latin);
        web.fixed("/meta", 200, "text/html", latin);
        web.fixed("/bogus", 200, "text/html; charset=x-no-such-charset", latin);
        web.fixed("/bogus-both", 200, "text/html; charset=\"???\"",
                "<html><head><meta charset=\"klingon\"></head><body>Grüße</body></html>".getBytes(StandardCharsets.UTF_8));
        assertTrue(get("/header").text().contains("café"));
        assertTrue(get("/meta").text().contains("café"));
        assertTrue(get("/bogus").text().contains("café"), "an unknown header charset falls back to the page's");
        assertEquals(StandardCharsets.UTF_8, get("/bogus-both").charset());
        assertTrue(get("/bogus-both").text().contains("Grüße"));
    }

    @Test
    void retryAfterIsHonouredOnceWhenShortAndReportedWhenLong() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        web.route("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                LocalWebServer.send(ex, 429, "text/plain", new byte[0]);
            } else {
                LocalWebServer.send(ex, 200, "text/html", PAGE);
            }
        });
        assertEquals(200, get("/busy").status());
        assertEquals(2, calls.get());
        web.route("/later", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            LocalWebServer.send(ex, 503, "text/plain", new byte[0]);
        });
        assertEquals("HTTP 503 Service Unavailable, asked to wait 3600 s; try again later", failure("/later"));
        AtomicInteger always = new AtomicInteger();
        web.route("/always", ex -> {
            always.incrementAndGet();
            ex.getResponseHeaders().set("Retry-After", "0");
            LocalWebServer.send(ex, 429, "text/plain", new byte[0]);
        });
        assertTrue(failure("/always").startsWith("HTTP 429 Too Many Requests"));
        assertEquals(2, always.get(), "waits once, then reports");
    }

    @Test
    void tlsFailureIsReportedAsSuch() throws Exception {
        // a server that answers a TLS hello in plain text, as a misconfigured https port does
        try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = plain.accept()) {
                    s.getInputStream().read(new byte[512]);
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                } catch (IOException e) {
                    // the client hangs up first
                }
            });
            t.setDaemon(true);
            t.start();
            String m = assertThrows(FetchException.class,
                    () -> fetcher.fetch(URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/"), Fetcher.ACCEPT_HTML)).getMessage();
            assertTrue(m.startsWith("failed the secure connection (TLS: "), m);
        }
    }

    @Test
    void contentTypeDecidesWhatIsAPage() throws Exception {
        web.fixed("/pdf", 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        web.fixed("/untyped", 200, null, PAGE);
        web.fixed("/xhtml", 200, "application/xhtml+xml", PAGE);
        assertFalse(get("/pdf").isHtml());
        assertTrue(get("/untyped").isHtml());
        assertTrue(get("/xhtml").isHtml());
    }

    @Test
    void aConditionalRequestAnsweredNotModifiedIsAResultWithTheValidators() throws Exception {
        String etag = "\"v1\"";
        String modified = "Mon, 02 Nov 2026 10:00:00 GMT";
        List<String> asked = new CopyOnWriteArrayList<>();
        web.route("/feed", ex -> {
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            asked.add(inm + " | " + ims + " | " + ex.getRequestHeaders().getFirst("Accept"));
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", modified);
            if (etag.equals(inm)) {
                try (ex) {
                    ex.sendResponseHeaders(304, -1);
                }
            } else {
                LocalWebServer.send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8));
            }
        });
        URI feed = URI.create(web.url("/feed"));
        FetchedPage first = fetcher.fetch(feed, Fetcher.MediaPolicy.FEED, 1 << 20, Fetcher.Validators.NONE);
        assertEquals(200, first.status());
        assertFalse(first.notModified());
        assertEquals(new Fetcher.Validators(etag, modified), first.validators());
        FetchedPage again = fetcher.fetch(feed, Fetcher.MediaPolicy.FEED, 1 << 20, first.validators());
        assertTrue(again.notModified());
        assertEquals(0, again.bytes().length);
        assertEquals(etag, again.etag());
        assertEquals("null | null | " + Fetcher.ACCEPT_FEED, asked.get(0));
        assertEquals(etag + " | " + modified + " | " + Fetcher.ACCEPT_FEED, asked.get(1));
        // a 304 nobody asked for is no page
        web.route("/odd", ex -> {
            try (ex) {
                ex.sendResponseHeaders(304, -1);
            }
        });
        assertEquals("HTTP 304 Not Modified", failure("/odd"));
    }

    @Test
    void theFeedPolicyTakesFeedsAndPagesAndRefusesTheRestUnread() throws Exception {
        byte[] xml = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>".getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
                "application/xml", "text/xml", "text/html; charset=utf-8")) {
            web.fixed("/t/" + type.replaceAll("[^a-z]", "-"), 200, type, xml);
            FetchedPage p = fetcher.fetch(URI.create(web.url("/t/" + type.replaceAll("[^a-z]", "-"))), Fetcher.MediaPolicy.FEED,
                    1 << 20, Fetcher.Validators.NONE);
            assertArrayEquals(xml, p.bytes(), type);
        }
        // a body over the limit that is never read cannot be too large: the type refuses it first
        web.fixed("/picture", 200, "image/png", new byte[2 << 20]);
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(web.url("/picture")),
                Fetcher.MediaPolicy.FEED, 1 << 20, Fetcher.Validators.NONE));
        assertEquals("is served as image/png, not as a feed", e.getMessage());
    }

    @Test
    void noMoreThanTwoRequestsToOneHostAtOnceWhoeverAsks() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        web.route("/busy", ex -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            LocalWebServer.send(ex, 200, "text/html", PAGE);
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<FetchedPage>> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) all.add(pool.submit(() -> get("/busy")));
            for (Future<FetchedPage> f : all) assertEquals(200, f.get().status());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Fetcher.PER_HOST, most.get(), "requests overlap, but never more than two at once");
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater())) {
            d.write(b);
        }
        return out.toByteArray();
    }
}
