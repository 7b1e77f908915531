package org.parallax.feeds;

import java.io.IOException;
import java.net.URI;

/**
 * How the feeds package reaches the web: one GET, conditional when validators are given (a 304 then comes back as
 * status 304 with no body). Redirects are followed (bounded), the body is decoded from gzip and capped; a failure
 * (no response, or a status other than 2xx and 304) is an {@link IOException} whose message is the one-line reason. Implementations keep to
 * {@link FeedService#PER_HOST} requests to one host at once; the shipped one is {@link WebFeedHttp}.
 */
public interface FeedHttp {
    /**
     * Fetches {@code uri}; {@code etag} and {@code lastModified} (either may be null) are sent as
     * {@code If-None-Match} and {@code If-Modified-Since}.
     */
    Response get(URI uri, String etag, String lastModified) throws IOException;

    /** A response: its status, the URL after redirects, its media type, body and validators (null when absent). */
    record Response(int status, URI finalUri, String contentType, byte[] body, String etag, String lastModified) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean notModified() {
            return status == 304;
        }
    }
}
