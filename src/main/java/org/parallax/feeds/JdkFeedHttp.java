package org.parallax.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * {@link FeedHttp} on the JDK's HttpClient: http and https only (a redirect elsewhere is refused), at most
 * {@value #MAX_REDIRECTS} redirects, gzip, connect and response timeouts, a size limit on the decoded body. A stop-gap
 * kept small on purpose: it is to be replaced by {@code org.parallax.web.Fetcher} (charset, Retry-After) when the web
 * capture work is merged.
 */
public final class JdkFeedHttp implements FeedHttp {
    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "Parallax (desktop news reader; feed refresh)";
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private final Duration timeout;
    private final long maxBytes;
    private volatile HttpClient client;

    public JdkFeedHttp(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** Twenty seconds per request and 10 MB per body. */
    public JdkFeedHttp() {
        this(Duration.ofSeconds(20), 10L * 1024 * 1024);
    }

    /** Built on first use: a library opened only to list its articles never starts the client's threads. */
    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
                }
                c = client;
            }
        }
        return c;
    }

    @Override
    public Response get(URI uri, String etag, String lastModified) throws IOException {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) throw new IOException("is not an http or https URL (" + current + ")");
            HttpRequest.Builder b = HttpRequest.newBuilder(current).timeout(timeout).header("User-Agent", USER_AGENT)
                    .header("Accept", ACCEPT).header("Accept-Encoding", "gzip");
            if (etag != null) b.header("If-None-Match", etag);
            if (lastModified != null) b.header("If-Modified-Since", lastModified);
            HttpResponse<InputStream> r;
            try {
                r = client().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new IOException("timed out after " + timeout.toSeconds() + " s", e);
            } catch (ConnectException e) {
                throw new IOException("cannot connect to " + current.getHost() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
            int status = r.statusCode();
            String location = r.headers().firstValue("Location").orElse(null);
            if (status / 100 == 3 && status != 304 && location != null) {
                r.body().close();
                if (hop >= MAX_REDIRECTS) throw new IOException("redirects more than " + MAX_REDIRECTS + " times");
                current = current.resolve(location.strip());
                continue;
            }
            boolean gzip = r.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
            byte[] body;
            try (InputStream raw = r.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
                body = readCapped(in);
            }
            return new Response(status, current, r.headers().firstValue("Content-Type").orElse(null), body,
                    r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null));
        }
    }

    /** Reads at most {@link #maxBytes}; a longer body (after gzip, so a gzip bomb stops here too) is refused. */
    private byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
            if (out.size() + (long) n > maxBytes) {
                throw new IOException(String.format(Locale.ROOT, "is larger than the limit of %.1f MB", maxBytes / 1048576.0));
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
