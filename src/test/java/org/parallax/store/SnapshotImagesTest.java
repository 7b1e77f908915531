package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.TestLibrary;
import org.parallax.app.AppContext;
import org.parallax.model.ArticleImage;
import org.parallax.testsupport.LocalWebServer;
import org.parallax.ui.TestArticles;

/** {@link SnapshotRepository#addImages}: images join an article already stored, each URL once, after the ones it has. */
@Tag("contract")
class SnapshotImagesTest {
    @TempDir
    Path dir;

    private static ArticleImage image(String url, int w) {
        return new ArticleImage(0, 0, url, "caption of " + url, "image/png", LocalWebServer.png(w, 20));
    }

    @Test
    void imagesAreAddedAfterTheStoredOnesAndNeverTwice() {
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            SnapshotRepository snaps = ctx.snapshots();
            long id = ctx.articles().insert(TestArticles.harbourA(), "hash-a", Instant.now());
            assertEquals(1, snaps.addImages(id, List.of(image("http://h/a.png", 30))).size());

            List<ArticleImage> added = snaps.addImages(id, List.of(image("http://h/a.png", 31), image("http://h/b.png", 32),
                    image("http://h/c.png", 33), image("http://h/b.png", 34)));
            assertEquals(List.of("http://h/b.png", "http://h/c.png"), added.stream().map(ArticleImage::url).toList());
            assertEquals(List.of(1, 2), added.stream().map(ArticleImage::seq).toList());

            List<ArticleImage> stored = snaps.images(id);
            assertEquals(List.of("http://h/a.png", "http://h/b.png", "http://h/c.png"), stored.stream().map(ArticleImage::url).toList());
            // the first bytes stored for a URL stay; a later copy of it is not written over them
            assertArrayEquals(LocalWebServer.png(30, 20), stored.get(0).bytes());
            assertArrayEquals(LocalWebServer.png(32, 20), stored.get(1).bytes());
            assertEquals(List.of("http://h/a.png", "http://h/b.png", "http://h/c.png"), snaps.imageUrls(id));

            assertTrue(snaps.addImages(id, List.of(image("http://h/c.png", 35))).isEmpty());
            assertTrue(snaps.addImages(id + 100, List.of(image("http://h/d.png", 36))).isEmpty());
            assertTrue(snaps.images(id + 100).isEmpty());
            assertEquals(3, snaps.images(id).size());
        }
    }
}
