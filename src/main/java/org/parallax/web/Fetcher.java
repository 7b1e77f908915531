package org.parallax.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * Fetches one http or https URL with the JDK's client: redirects followed by hand (at most {@link Limits#maxRedirects},
 * never to another scheme, loops refused), gzip and deflate undone with the decompressed size bounded, the body limited
 * to {@link Limits#maxBytes} while it streams, a connect and a total timeout, an honest User-Agent, and one wait on a
 * short {@code Retry-After} for 429 and 503, conditional requests (a 304 is a result), at most {@link #PER_HOST}
 * requests to one host at once. Every failure is a {@link FetchException} whose message is one line.
 * Thread-safe; one instance shares its connection pool and its per-host limit between calls and callers.
 */
public final class Fetcher {
    /** The bounds of a fetch. {@code maxRetryWait} is the longest Retry-After honoured; a longer one is reported. */
    public record Limits(Duration connectTimeout, Duration totalTimeout, long maxBytes, int maxRedirects, Duration maxRetryWait) {
        public static Limits defaults(long maxBytes) {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), maxBytes, 10, Duration.ofSeconds(5));
        }

        public Limits withMaxBytes(long bytes) {
            return new Limits(connectTimeout, totalTimeout, bytes, maxRedirects, maxRetryWait);
        }

        public Limits withTotalTimeout(Duration total) {
            return new Limits(connectTimeout, total, maxBytes, maxRedirects, maxRetryWait);
        }
    }

    /** What the caller will take, sent as the Accept header. */
    public static final String ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";
    public static final String ACCEPT_IMAGE = "image/png,image/jpeg,image/gif,image/*;q=0.8";
    public static final String ACCEPT_FEED = "application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,"
            + "application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.8,*/*;q=0.5";
    /** Requests to one host at once, whoever asks (link import, images, feeds): a site is not hammered. */
    public static final int PER_HOST = 2;

    /**
     * What a caller takes: the Accept header, and which served media types it reads (lower case, without parameters).
     * A body served as another type is refused before it is read, with "is served as TYPE, not as {@code what}"; a
     * body served without a type is passed on for the caller to sniff.
     */
    public record MediaPolicy(String accept, Predicate<String> allows, String what) {
        /** Anything; the caller looks at the type itself. */
        public static MediaPolicy any(String accept) {
            return new MediaPolicy(accept, t -> true, "anything");
        }

        /**
         * Feeds: XML or JSON of any kind (RSS, Atom, JSON Feed, and the generic types), and text, which covers the
         * text/html page that advertises a feed and the text/plain some servers give a feed.
         */
        public static final MediaPolicy FEED = new MediaPolicy(ACCEPT_FEED, t -> t.contains("xml") || t.contains("json")
                || t.startsWith("text/") || t.contains("rss") || t.contains("atom"), "a feed");

        boolean refuses(String mediaType) {
            return mediaType != null && !allows.test(mediaType);
        }
    }

    /** The validators of a copy the caller already has, sent as If-None-Match and If-Modified-Since (either may be null). */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);

        public boolean isEmpty() {
            return etag == null && lastModified == null;
        }
    }

    private final HttpClient client;
    private final String userAgent;
    private final Limits limits;
    private final Clock clock;
    private final HostGate gate = new HostGate(PER_HOST);

    public Fetcher(String userAgent, Limits limits, Clock clock) {
        this.userAgent = userAgent;
        this.limits = limits;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(limits.connectTimeout())
                .build();
    }

    public Limits limits() {
        return limits;
    }

    /** Whether {@code link} is an absolute http or https URL with a host, the only kind Parallax fetches. */
    public static boolean isWebUrl(URI link) {
        String s = link.getScheme();
        return s != null && (s.equalsIgnoreCase("http") || s.equalsIgnoreCase("https")) && link.getHost() != null;
    }

    /** Parses a link typed by a user; the message says what is wrong with it. */
    public static URI parse(String link) throws FetchException {
        try {
            URI u = new URI(link.strip());
            if (!isWebUrl(u)) throw new FetchException("is not an http or https link");
            return u;
        } catch (URISyntaxException e) {
            throw new FetchException("is not a valid link (" + e.getReason() + ")");
        }
    }

    /** Fetches {@code uri} with the given Accept header, following redirects; fails unless the last status is 2xx. */
    public FetchedPage fetch(URI uri, String accept) throws FetchException {
        return fetch(uri, accept, limits.maxBytes());
    }

    /** Like {@link #fetch(URI, String)} with a smaller body limit (images). */
    public FetchedPage fetch(URI uri, String accept, long maxBytes) throws FetchException {
        return fetch(uri, MediaPolicy.any(accept), maxBytes, Validators.NONE);
    }

    /**
     * Fetches {@code uri} as {@link #fetch(URI, String, long)} does, conditionally when {@code validators} are given:
     * a 304 then comes back as a page with status 304 and no body ({@link FetchedPage#notModified()}), not as a
     * failure. A body served as a type {@code policy} refuses is not read and fails with one line.
     */
    public FetchedPage fetch(URI uri, MediaPolicy policy, long maxBytes, Validators validators) throws FetchException {
        if (!isWebUrl(uri)) throw new FetchException("is not an http or https link");
        Instant started = clock.instant();
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        Set<URI> seen = new HashSet<>();
        URI current = uri.normalize();
        boolean retried = false;
        int hops = 0;
        while (true) {
            if (!seen.add(current)) throw new FetchException("redirects in a loop (back to " + current + ")");
            HttpResponse<byte[]> r;
            // the wait for the host's turn is not the request's time: a queue behind a slow host is not a timeout
            long waited = gate.acquire(current.getHost());
            try {
                deadline += waited;
                r = send(current, policy, maxBytes, validators, deadline);
            } finally {
                gate.release(current.getHost());
            }
            int status = r.statusCode();
            if (isRedirect(status)) {
                String location = r.headers().firstValue("location").orElse(null);
                if (location == null) throw new FetchException("HTTP " + status + " redirect without a Location");
                URI next = resolve(current, location);
                if (!isWebUrl(next)) {
                    throw new FetchException("redirects to " + (next.getScheme() == null ? "a non-web link" : "a " + next.getScheme() + ": link")
                            + ", which Parallax does not follow");
                }
                if (++hops > limits.maxRedirects()) throw new FetchException("redirects more than " + limits.maxRedirects() + " times");
                current = next.normalize();
                continue;
            }
            if ((status == 429 || status == 503) && !retried) {
                Duration wait = retryAfter(r.headers());
                long left = deadline - System.nanoTime();
                if (wait != null && wait.compareTo(limits.maxRetryWait()) <= 0 && wait.toNanos() < left) {
                    retried = true;
                    sleep(wait);
                    seen.remove(current);
                    continue;
                }
                throw new FetchException("HTTP " + status + " " + reason(status)
                        + (wait == null ? "" : ", asked to wait " + wait.toSeconds() + " s; try again later"));
            }
            String type = r.headers().firstValue("content-type").orElse(null);
            if (status == 304 && !validators.isEmpty()) {
                return new FetchedPage(uri, current, status, r.headers().map(), mediaType(type), parameter(type, "charset"),
                        new byte[0], started, Duration.between(started, clock.instant()));
            }
            if (status < 200 || status > 299) throw new FetchException("HTTP " + status + " " + reason(status));
            if (policy.refuses(mediaType(type))) throw new FetchException("is served as " + mediaType(type) + ", not as " + policy.what());
            byte[] body = decode(r.body(), r.headers(), maxBytes);
            return new FetchedPage(uri, current, status, r.headers().map(), mediaType(type), parameter(type, "charset"),
                    body, started, Duration.between(started, clock.instant()));
        }
    }

    private HttpResponse<byte[]> send(URI uri, MediaPolicy policy, long maxBytes, Validators validators, long deadline)
            throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw timedOut();
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofNanos(left))
                .header("User-Agent", userAgent)
                .header("Accept", policy.accept())
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) b.header("If-None-Match", validators.etag());
        if (validators.lastModified() != null) b.header("If-Modified-Since", validators.lastModified());
        HttpRequest req = b.GET().build();
        LimitedBody[] body = new LimitedBody[1];
        BodyHandler<byte[]> handler = info -> {
            // a redirect's or an error's body is never read, nor one of a type the caller refuses
            if (info.statusCode() < 200 || info.statusCode() > 299) return BodySubscribers.replacing(new byte[0]);
            if (policy.refuses(mediaType(info.headers().firstValue("content-type").orElse(null)))) {
                return BodySubscribers.replacing(new byte[0]);
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            body[0] = new LimitedBody(maxBytes, declared);
            return body[0];
        };
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(req, handler);
        try {
            return f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (body[0] != null) body[0].cancel();
            f.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("was interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), maxBytes);
        }
    }

    private FetchException timedOut() {
        return new FetchException("timed out after " + limits.totalTimeout().toSeconds() + " s");
    }

    private FetchException failure(Throwable t, long maxBytes) {
        Throwable c = t;
        while (c.getCause() != null && !(c instanceof TooLarge) && !(c instanceof SSLException)) c = c.getCause();
        if (c instanceof TooLarge) return new FetchException(tooLarge(maxBytes));
        if (c instanceof HttpConnectTimeoutException) return new FetchException("could not connect within "
                + limits.connectTimeout().toSeconds() + " s");
        if (c instanceof HttpTimeoutException) return timedOut();
        if (c instanceof SSLException) return new FetchException("failed the secure connection (TLS: " + c.getMessage() + ")", c);
        if (c instanceof UnknownHostException) return new FetchException("names a host that cannot be found", c);
        if (c instanceof ConnectException) return new FetchException("refused the connection", c);
        String m = c.getMessage();
        return new FetchException("could not be fetched (" + c.getClass().getSimpleName() + (m == null ? "" : ": " + m) + ")", c);
    }

    private static String tooLarge(long maxBytes) {
        return String.format(Locale.ROOT, "is too large (over the limit of %.1f MB)", maxBytes / 1048576.0);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI resolve(URI base, String location) throws FetchException {
        try {
            return base.resolve(new URI(location.strip().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("redirects to an invalid link (" + location + ")");
        }
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(HttpHeaders headers) {
        String v = headers.firstValue("retry-after").orElse(null);
        if (v == null) return null;
        v = v.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static void sleep(Duration d) throws FetchException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("was interrupted");
        }
    }

    /** Undoes gzip or deflate transfer compression, stopping at {@code maxBytes} of output (a gzip bomb stops there). */
    static byte[] decode(byte[] body, HttpHeaders headers, long maxBytes) throws FetchException {
        String enc = headers.firstValue("content-encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        try {
            return switch (enc) {
                case "identity", "" -> body;
                case "gzip", "x-gzip" -> bounded(new GZIPInputStream(new ByteArrayInputStream(body)), maxBytes);
                // "deflate" is zlib-wrapped by the standard; some servers send raw deflate
                case "deflate" -> inflate(body, maxBytes);
                default -> throw new FetchException("is compressed with " + enc + ", which Parallax cannot read");
            };
        } catch (ZipException | java.io.EOFException e) {
            throw new FetchException("sent a broken " + enc + " body (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new FetchException("could not be decompressed (" + e.getMessage() + ")");
        }
    }

    private static byte[] inflate(byte[] body, long maxBytes) throws IOException, FetchException {
        boolean zlib = body.length >= 2 && (body[0] & 0x0F) == 8 && (((body[0] & 0xFF) << 8) | (body[1] & 0xFF)) % 31 == 0;
        return bounded(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)), maxBytes);
    }

    private static byte[] bounded(InputStream in, long maxBytes) throws IOException, FetchException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) throw new FetchException(tooLarge(maxBytes) + " once decompressed");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    static String mediaType(String contentType) {
        if (contentType == null) return null;
        String t = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static String parameter(String contentType, String name) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase(name)) return kv[1].strip().replace("\"", "");
        }
        return null;
    }

    private static String reason(int status) {
        return switch (status) {
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "server error" : "client error";
        };
    }

    /** The body over the limit, raised inside the subscriber so the connection is dropped at once. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Collects the body, refusing it as soon as it (or its declared length) goes over the limit. */
    private static final class LimitedBody implements BodySubscriber<byte[]> {
        private final long max;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;
        private long total;

        LimitedBody(long max, long declared) {
            this.max = max;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) return;
            for (ByteBuffer b : items) {
                total += b.remaining();
                if (total > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) s.cancel();
            result.completeExceptionally(new HttpTimeoutException("timed out"));
        }
    }
}
