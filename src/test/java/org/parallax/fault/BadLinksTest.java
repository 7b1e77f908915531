package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.ingest.ImportResult;
import org.parallax.testsupport.CliRun;
import org.parallax.testsupport.LocalWebServer;
import org.parallax.web.Fetcher;
import org.parallax.web.WebImportService;

/** Every kind of bad link gets one line naming it and the reason, and stores nothing; the good link beside them goes in. */
class BadLinksTest {
    @TempDir
    Path dir;

    @Test
    void eachBadLinkIsOneLineAndStoresNothing() throws Exception {
        Path lib = dir.resolve("library.db");
        try (LocalWebServer web = new LocalWebServer()) {
            web.fixed("/404", 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8));
            web.fixed("/500", 500, "text/html", "<html>oops</html>".getBytes(StandardCharsets.UTF_8));
            web.redirect("/loop", 302, "/loop2").redirect("/loop2", 302, "/loop");
            web.redirect("/to-file", 302, "file:///etc/hostname");
            web.redirect("/to-ftp", 301, "ftp://127.0.0.1/page.html");
            web.fixed("/pdf", 200, "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            web.fixed("/png", 200, "image/png", LocalWebServer.png(10, 10));
            web.fixed("/json", 200, "application/json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
            web.fixed("/huge", 200, "text/html", new byte[3 * 1024 * 1024]);
            byte[] bomb = gzip(new byte[40 * 1024 * 1024]);
            web.route("/bomb", ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "gzip");
                LocalWebServer.send(ex, 200, "text/html", bomb);
            });
            web.fixed("/empty", 200, "text/html; charset=utf-8",
                    "<!doctype html><html><head></head><body><nav><a href='/'>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8));
            web.fixed("/bad-charset", 200, "text/html; charset=no-such-charset",
                    "<!doctype html><html><head><meta charset='also-unknown'></head><body></body></html>".getBytes(StandardCharsets.UTF_8));
            web.route("/limited", ex -> {
                ex.getResponseHeaders().set("Retry-After", "7200");
                LocalWebServer.send(ex, 429, "text/plain", new byte[0]);
            });

            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("/404", "HTTP 404 Not Found");
            expected.put("/500", "HTTP 500 Internal Server Error");
            expected.put("/loop", "redirects in a loop (back to " + web.url("/loop") + ")");
            expected.put("/to-file", "redirects to a file: link, which Parallax does not follow");
            expected.put("/to-ftp", "redirects to a ftp: link, which Parallax does not follow");
            expected.put("/pdf", "is a PDF (application/pdf), not a web page; save it and import the file");
            expected.put("/png", "is not a web page (served as image/png)");
            expected.put("/json", "is not a web page (served as application/json)");
            expected.put("/huge", "is too large (over the limit of 2.0 MB)");
            expected.put("/bomb", "is too large (over the limit of 2.0 MB) once decompressed");
            expected.put("/empty", "has no article text in its HTML");
            expected.put("/bad-charset", "has no article text in its HTML");
            expected.put("/limited", "HTTP 429 Too Many Requests, asked to wait 7200 s; try again later");

            List<String> args = new java.util.ArrayList<>(List.of("import", "--max-size", "2"));
            expected.keySet().forEach(p -> args.add(web.url(p)));
            CliRun text = CliRun.on(lib, args.toArray(String[]::new));
            assertEquals(1, text.code());
            List<String> lines = text.err().lines().toList();
            assertEquals(expected.size(), lines.size(), text.err());
            int i = 0;
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertEquals(web.url(e.getKey()) + ": failed, " + e.getValue(), lines.get(i++));
            }

            args.add(web.url("/pages/nytimes-4/"));
            args.add(1, "--json");
            CliRun json = CliRun.on(lib, args.toArray(String[]::new));
            assertEquals(1, json.code());
            JsonNode report = json.json();
            assertEquals(1, report.get("imported").asInt());
            assertEquals(expected.size(), report.get("failed").asInt());
        }
        try (AppContext ctx = AppContext.open(lib)) {
            assertEquals(1, ctx.articles().count(), "only the good link is stored");
            assertEquals(1, ctx.snapshots().articleIds().size());
        }
    }

    @Test
    void slowAndTlsFailuresAreOneLineToo() throws Exception {
        try (LocalWebServer web = new LocalWebServer(); AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
            web.route("/slow", ex -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                LocalWebServer.send(ex, 200, "text/html", "<html></html>".getBytes(StandardCharsets.UTF_8));
            });
            Fetcher quick = new Fetcher("Parallax/test", new Fetcher.Limits(Duration.ofSeconds(1), Duration.ofSeconds(1),
                    1 << 20, 10, Duration.ofSeconds(1)), Clock.systemUTC());
            WebImportService service = new WebImportService(ctx.articles(), ctx.snapshots(), (c, id) -> { }, quick, Clock.systemUTC());
            ImportResult slow = service.importUrl(web.url("/slow"), 1 << 20);
            assertEquals(web.url("/slow") + ": failed, timed out after 1 s", slow.line());
            // an https link to a port that answers in plain text, as a misconfigured server does
            try (ServerSocket plain = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
                // every connection gets the plain answer: the HTTP client may try a failed handshake again on a new one,
                // which a single accept would leave to be refused
                Thread t = new Thread(() -> {
                    while (!plain.isClosed()) {
                        try (Socket s = plain.accept()) {
                            s.getInputStream().read(new byte[512]);
                            s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        } catch (IOException e) {
                            // the client hung up first, or the socket closed at the end of the test
                        }
                    }
                });
                t.setDaemon(true);
                t.start();
                // a generous timeout: on a loaded machine the handshake's failure must not be beaten by the clock
                Fetcher patient = new Fetcher("Parallax/test", Fetcher.Limits.defaults(1 << 20), Clock.systemUTC());
                WebImportService tlsService = new WebImportService(ctx.articles(), ctx.snapshots(), (c, id) -> { }, patient,
                        Clock.systemUTC());
                ImportResult tls = tlsService.importUrl("https://127.0.0.1:" + plain.getLocalPort() + "/story", 1 << 20);
                assertEquals(ImportResult.Status.FAILED, tls.status());
                assertTrue(tls.message().startsWith("failed the secure connection (TLS: "), tls.message());
            }
            ImportResult notWeb = service.importUrl("https://", 1 << 20);
            assertEquals(ImportResult.Status.FAILED, notWeb.status());
            assertEquals(0, ctx.articles().count());
        }
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }
}
