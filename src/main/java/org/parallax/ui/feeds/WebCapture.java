package org.parallax.ui.feeds;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.parallax.app.Settings;
import org.parallax.feeds.FeedService;
import org.parallax.model.ArticleImage;
import org.parallax.store.FeedRepository;
import org.parallax.store.SnapshotRepository;
import org.parallax.ui.common.TaskRunner;
import org.parallax.ui.library.LibraryViewModel;
import org.parallax.ui.reader.ReaderViewModel;
import org.parallax.web.WebImportService;

/**
 * The main window's web capture: its {@link LinksViewModel} (Add link…, paste, drop, re-extract) and its
 * {@link FeedsViewModel} (the Feeds section), wired to the library list and the reader by {@link #of}.
 */
public record WebCapture(LinksViewModel links, FeedsViewModel feeds) {

    /** The services web capture needs, as the composition root builds them. */
    public record Services(Supplier<WebImportService> web, SnapshotRepository snapshots, FeedService feeds,
            FeedRepository feedEntries, Path library) {
        /** The stored images of an article, for the reader. */
        public List<ArticleImage> images(long articleId) {
            return snapshots.images(articleId);
        }
    }

    /**
     * Builds both view models over {@code services}: a feed chosen filters {@code library}, a link pasted into it is
     * imported, and the {@code reader}'s article is the one marked read and extracted again.
     */
    public static WebCapture of(Services services, TaskRunner runner, TaskHost host, Settings settings,
            LibraryViewModel library, ReaderViewModel reader) {
        LinksViewModel links = new LinksViewModel(services.web(), services.snapshots(), runner, host,
                reader.articleProperty(), reader::reload);
        FeedsViewModel feeds = new FeedsViewModel(services.feeds(), services.feedEntries(), runner, host,
                library::showOnly, reader.articleProperty(), settings, services.library());
        library.setLinkImporter(links::importText);
        return new WebCapture(links, feeds);
    }
}
