package org.parallax.feeds;

import java.io.IOException;
import java.net.URI;
import java.util.function.Supplier;

import org.parallax.web.FetchException;
import org.parallax.web.FetchedPage;
import org.parallax.web.Fetcher;

/**
 * {@link FeedHttp} over the shared {@link Fetcher}, so feeds get what links get: bounded redirects never to another
 * scheme, gzip and deflate with a bounded decoded size, charset, a connect and a total timeout (a slow body too),
 * Retry-After, the size limit and the per-host limit shared with every other fetch. A type no feed or feed-advertising
 * page is served as is refused unread; a failure is an IOException whose message is the Fetcher's one line.
 */
public final class WebFeedHttp implements FeedHttp {
    private final Supplier<Fetcher> fetcher;

    /** {@code fetcher} is asked for on the first request: a library opened only to list never starts an HTTP client. */
    public WebFeedHttp(Supplier<Fetcher> fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Response get(URI uri, String etag, String lastModified) throws IOException {
        Fetcher f = fetcher.get();
        try {
            FetchedPage p = f.fetch(uri, Fetcher.MediaPolicy.FEED, f.limits().maxBytes(), new Fetcher.Validators(etag, lastModified));
            return new Response(p.status(), p.finalUri(), p.header("Content-Type"), p.bytes(), p.etag(), p.lastModified());
        } catch (FetchException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
