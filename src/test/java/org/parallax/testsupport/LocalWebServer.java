package org.parallax.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 (a free port) for web-capture tests. {@code /pages/NAME/} serves the real page
 * {@code html-pages/mozilla-readability-test-pages/NAME/source.html}, with every absolute or protocol-relative link in
 * it pointed back here under {@code /ext/}, so no test reaches outside the machine:
 * {@code /ext/} (and any path no route claims) answers image paths with a generated PNG and anything else with 404.
 * Tests add their own routes.
 */
public final class LocalWebServer implements AutoCloseable {
    /** An absolute link after a quote, space, comma, = or (, or a protocol-relative one right after a quote or =. */
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)([\"'\\s,=(])https?://|([\"'=])//(?=[a-z0-9])");
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-web");
        t.setDaemon(true);
        return t;
    });
    /** How many requests reached {@code /ext/} or no route (the served pages' images). */
    public final AtomicInteger extRequests = new AtomicInteger();

    public LocalWebServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/pages/", ex -> {
            String name = ex.getRequestURI().getPath().substring("/pages/".length()).replaceAll("/.*", "");
            Path page = pagesFolder().resolve(name).resolve("source.html");
            if (name.isEmpty() || !Files.isRegularFile(page)) {
                send(ex, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(ex, 200, "text/html; charset=utf-8", localised(Files.readString(page)).getBytes(StandardCharsets.UTF_8));
        });
        // outside links (see localised) and the pages' own relative links: images are drawn here, the rest is 404
        HttpHandler images = ex -> {
            extRequests.incrementAndGet();
            String p = ex.getRequestURI().getPath().toLowerCase(Locale.ROOT);
            if (p.matches(".*\\.(jpe?g|png|gif|webp)$")) send(ex, 200, "image/png", png(48, 32));
            else send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
        };
        server.createContext("/ext/", images);
        server.createContext("/", images);
        server.start();
    }

    /** The real test pages' folder. */
    public static Path pagesFolder() {
        return SharedData.path("html-pages/mozilla-readability-test-pages");
    }

    /** The names of the real test pages, sorted. */
    public static List<String> pageNames() {
        try (Stream<Path> s = Files.list(pagesFolder())) {
            return s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's HTML with its outside links pointed at this server's {@code /ext/}. */
    public String localised(String html) {
        return pointedAt(html, base() + "/ext/");
    }

    /** {@code html} with every absolute or protocol-relative link made to start with {@code prefix} instead. */
    public static String pointedAt(String html, String prefix) {
        Matcher m = ABSOLUTE.matcher(html);
        return m.replaceAll(r -> Matcher.quoteReplacement((r.group(1) != null ? r.group(1) : r.group(2)) + prefix));
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code handler} at {@code path} (and below it). */
    public LocalWebServer route(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    /** Serves fixed bytes with a status and a Content-Type (null: none). */
    public LocalWebServer fixed(String path, int status, String contentType, byte[] body) {
        return route(path, ex -> send(ex, status, contentType, body));
    }

    /** Answers with a redirect to {@code location}. */
    public LocalWebServer redirect(String path, int status, String location) {
        return route(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            send(ex, status, "text/plain", new byte[0]);
        });
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        try (ex) {
            if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** A real PNG of the given size, drawn here. */
    public static byte[] png(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.ORANGE);
        g.fillOval(w / 4, h / 4, Math.max(1, w / 2), Math.max(1, h / 2));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
