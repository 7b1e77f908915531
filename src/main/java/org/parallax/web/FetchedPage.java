package org.parallax.web;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One successful fetch: the URL asked for, the URL the redirects ended at, the status and headers of the last response,
 * the body as served (transfer compression already undone), its media type and charset parameter, when it was fetched
 * and how long it took. A conditional request answered 304 is a page too, with status 304 and no body.
 */
public record FetchedPage(URI requested, URI finalUri, int status, Map<String, List<String>> headers, String mediaType,
                          String charsetParam, byte[] bytes, Instant fetchedAt, Duration elapsed) {
    public FetchedPage {
        headers = Map.copyOf(headers);
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
        }
        return null;
    }

    /** Whether the server said the caller's copy is current (a conditional request answered 304, with no body). */
    public boolean notModified() {
        return status == 304;
    }

    /** The response's ETag, or null. */
    public String etag() {
        return header("ETag");
    }

    /** The response's Last-Modified, or null. */
    public String lastModified() {
        return header("Last-Modified");
    }

    /** This response's validators, to send with the next request for the same URL. */
    public Fetcher.Validators validators() {
        return new Fetcher.Validators(etag(), lastModified());
    }

    /** Whether the body is a web page: served as HTML or XHTML, or served without a type and starting like one. */
    public boolean isHtml() {
        if (mediaType == null) return PageText.looksLikeHtml(bytes);
        String t = mediaType.toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    /** The charset the text is decoded with: the header's, else the page's own declaration, else UTF-8. */
    public Charset charset() {
        return PageText.charset(charsetParam, bytes);
    }

    /** The body decoded as text with {@link #charset()}. */
    public String text() {
        return PageText.decode(bytes, charset());
    }
}
