package org.parallax.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.TestLibrary;
import org.parallax.app.AppContext;
import org.parallax.ingest.HtmlImporter;
import org.parallax.ingest.ImportService;
import org.parallax.model.Article;
import org.parallax.model.ArticleImage;
import org.parallax.model.Note;
import org.parallax.model.NlpStatus;
import org.parallax.store.NlpStateRepository;
import org.parallax.testsupport.CliRun;
import org.parallax.testsupport.LocalWebServer;
import org.parallax.testsupport.SharedData;

/** Importing links end to end through the command line, against real pages served on 127.0.0.1. */
@Tag("contract")
class WebImportTest {
    private static final String PAGE = "guardian-1";
    /** A real page whose extracted body holds nine photographs with captions. */
    private static final String PICTURES = "nytimes-4";

    @TempDir
    Path dir;

    private Path lib() {
        return dir.resolve("library.db");
    }

    @Test
    void aServedPageIsImportedWithItsImagesAndReadsWithTheServerGone() throws Exception {
        String url;
        int imageRequests;
        try (LocalWebServer web = new LocalWebServer()) {
            url = web.url("/pages/" + PICTURES + "/");
            CliRun r = CliRun.on(lib(), "import", "--json", url);
            assertEquals(0, r.code(), r.err());
            JsonNode f = r.json().get("files").get(0);
            assertEquals(url, f.get("url").asText());
            assertEquals("imported", f.get("status").asText());
            assertFalse(f.has("path"));
            imageRequests = web.extRequests.get();
        }
        try (AppContext ctx = TestLibrary.context(lib())) {
            long id = ctx.articles().list().get(0).id();
            Article a = ctx.articles().get(id).orElseThrow();
            assertTrue(a.text().contains("The federal government could soon pay more in interest on its debt"), a.text());
            assertEquals("html", a.meta().format());
            List<ArticleImage> images = ctx.snapshots().images(id);
            // the article photo and the inline figures; the debt chart (two sizes, each with its axis labels as text) goes, as
            // Readability.js drops it in the page's reference extraction
            assertEquals(7, images.size(), "images: " + images.size());
            assertTrue(imageRequests >= images.size());
            for (ArticleImage img : images) {
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(img.bytes()));
                assertEquals(48, decoded.getWidth(), img.url());
                assertEquals("image/png", img.mime());
            }
            assertTrue(images.stream().anyMatch(i -> i.caption() != null && i.caption().startsWith("Interest payments on the federal debt")),
                    images.stream().map(ArticleImage::caption).toList().toString());
            var snap = ctx.snapshots().get(id).orElseThrow();
            assertEquals(url, snap.requestedUrl());
            assertTrue(new String(snap.html(), StandardCharsets.UTF_8).contains("<html"));
            assertTrue(snap.canonicalUrl().endsWith("/2018/09/25/business/economy/us-government-debt-interest.html"),
                    snap.canonicalUrl());
            assertEquals(snap.canonicalUrl(), a.meta().url());
        }
        CliRun show = CliRun.on(lib(), "show", "1");
        assertEquals(0, show.code(), show.err());
    }

    @Test
    void theSamePageUnderTwoLinksWithOneCanonicalUrlIsStoredOnce() throws Exception {
        try (LocalWebServer web = new LocalWebServer()) {
            String html = web.localised(Files.readString(LocalWebServer.pagesFolder().resolve(PAGE).resolve("source.html")));
            // the second copy carries one more paragraph, so only the canonical URL can tell it is the same article
            int p = html.indexOf("</p>", html.indexOf("<div class=\"content__article-body"));
            String updated = html.substring(0, p + 4) + "<p>This article was amended after publication to correct the name "
                    + "of the farm and the number of whales recovered by the tribe this season.</p>" + html.substring(p + 4);
            web.fixed("/amp/story", 200, "text/html; charset=utf-8", updated.getBytes(StandardCharsets.UTF_8));
            HtmlImporter importer = new HtmlImporter();
            assertNotEquals(ImportService.contentHash(importer.extract(html, web.url("/a")).draft().text()),
                    ImportService.contentHash(importer.extract(updated, web.url("/b")).draft().text()));

            CliRun r = CliRun.on(lib(), "import", "--json", web.url("/pages/" + PAGE + "/"), web.url("/amp/story"),
                    web.url("/pages/" + PAGE + "/"));
            assertEquals(0, r.code(), r.err());
            JsonNode files = r.json().get("files");
            assertEquals("imported", files.get(0).get("status").asText());
            assertEquals("duplicate", files.get(1).get("status").asText());
            assertEquals("duplicate", files.get(2).get("status").asText());
            assertEquals(files.get(0).get("id").asLong(), files.get(1).get("id").asLong());
            assertEquals(1, r.json().get("imported").asInt());
            assertEquals(2, r.json().get("duplicates").asInt());
        }
        try (AppContext ctx = TestLibrary.context(lib())) {
            assertEquals(1, ctx.articles().count());
        }
    }

    @Test
    void filesAndLinksMixInOneCommandInTheOrderGiven() throws Exception {
        try (LocalWebServer web = new LocalWebServer()) {
            Path file = SharedData.sample("story1-outlet-a.txt");
            CliRun r = CliRun.on(lib(), "import", "--json", web.url("/pages/" + PAGE + "/"), file.toString(),
                    web.url("/missing"));
            assertEquals(1, r.code());
            JsonNode files = r.json().get("files");
            assertEquals(3, files.size());
            assertTrue(files.get(0).has("url"));
            assertEquals(file.toString(), files.get(1).get("path").asText());
            assertEquals("failed", files.get(2).get("status").asText());
            assertEquals("HTTP 404 Not Found", files.get(2).get("message").asText());
            assertTrue(files.get(2).get("id").isNull());

            CliRun text = CliRun.on(lib(), "import", web.url("/missing"));
            assertEquals(1, text.code());
            assertEquals(web.url("/missing") + ": failed, HTTP 404 Not Found", text.err().strip());
        }
    }

    @Test
    void reextractKeepsTheIdAndMovesNotesByTheirQuote() throws Exception {
        long id;
        try (LocalWebServer web = new LocalWebServer()) {
            CliRun r = CliRun.on(lib(), "import", "--json", web.url("/pages/" + PAGE + "/"));
            assertEquals(0, r.code(), r.err());
            id = r.json().get("files").get(0).get("id").asLong();
        }
        CliRun same = CliRun.on(lib(), "reextract", "--json", "--all");
        assertEquals(0, same.code(), same.err());
        assertEquals("unchanged", same.json().get("articles").get(0).get("status").asText());

        String kept = "carves a traditional";
        Note note;
        try (AppContext ctx = TestLibrary.context(lib())) {
            String text = ctx.articles().get(id).orElseThrow().text();
            int at = text.indexOf(kept);
            assertTrue(at > 0);
            note = ctx.annotations().notes().addPassageNote(id, at, at + kept.length(), "keep me");
            int person = text.indexOf("Hori Parata");
            assertTrue(person > 0);
            ctx.annotations().marks().mark(id, person, person + "Hori Parata".length(), "PERSON");
            // extraction "improves": the stored page now opens its body with a new paragraph
            var snap = ctx.snapshots().get(id).orElseThrow();
            String html = new String(snap.html(), StandardCharsets.UTF_8);
            int p = html.indexOf("<p>", html.indexOf("<div class=\"content__article-body"));
            String changed = html.substring(0, p) + "<p>An editor's note placed above the story, which a better extractor "
                    + "now keeps as the first paragraph of the article body.</p>" + html.substring(p);
            ctx.database().write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE web_snapshot SET html_gzip = ? WHERE article_id = ?")) {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
                        gz.write(changed.getBytes(StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                    ps.setBytes(1, out.toByteArray());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                return null;
            });
        }
        CliRun r = CliRun.on(lib(), "reextract", "--json", Long.toString(id));
        assertEquals(0, r.code(), r.err());
        JsonNode a = r.json().get("articles").get(0);
        assertEquals("updated", a.get("status").asText());
        assertEquals(1, a.get("notesAnchored").asInt());
        assertEquals(0, a.get("notesOrphaned").asInt());
        assertEquals(1, a.get("marksMoved").asInt());
        assertEquals(0, a.get("marksDropped").asInt());
        try (AppContext ctx = TestLibrary.context(lib())) {
            Article after = ctx.articles().get(id).orElseThrow();
            assertTrue(after.text().contains("An editor's note placed above the story"));
            Note moved = ctx.notes().get(note.id()).orElseThrow();
            assertNotEquals(note.start(), moved.start());
            assertEquals(kept, after.text().substring(moved.start(), moved.end()));
            assertFalse(moved.orphaned());
            var marks = ctx.mentions().forArticle(id);
            assertEquals(1, marks.size());
            assertEquals("Hori Parata", after.text().substring(marks.get(0).start(), marks.get(0).end()));
            assertEquals(1, ctx.articles().search("extractor", 5).size());
            assertEquals(1, ctx.articles().count());
            NlpStateRepository states = new NlpStateRepository(ctx.database());
            states.get(id).ifPresent(s -> assertEquals(NlpStatus.PENDING, s.status()));
        }
        CliRun bad = CliRun.on(lib(), "reextract", "--json", "999");
        assertEquals(1, bad.code());
        assertEquals("does not exist", bad.json().get("articles").get(0).get("message").asText());
        assertEquals(2, CliRun.on(lib(), "reextract").code());
        assertNotNull(CliRun.on(lib(), "reextract", "--help").out());
    }

    @Test
    void reextractFetchesTheImagesTheImportMissedOnceAndOnlyOnce() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean(false);
        java.util.concurrent.atomic.AtomicInteger imageHits = new java.util.concurrent.atomic.AtomicInteger();
        try (LocalWebServer web = new LocalWebServer()) {
            // the real page with its pictures, whose image host is down at first (503) and answers later
            String html = LocalWebServer.pointedAt(Files.readString(LocalWebServer.pagesFolder().resolve(PICTURES).resolve("source.html")),
                    web.url("/flaky/"));
            web.fixed("/story/", 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
            web.route("/flaky/", ex -> {
                imageHits.incrementAndGet();
                boolean image = ex.getRequestURI().getPath().matches("(?i).*\\.(jpe?g|png|gif|webp)$");
                if (up.get() && image) LocalWebServer.send(ex, 200, "image/png", LocalWebServer.png(48, 32));
                else LocalWebServer.send(ex, up.get() ? 404 : 503, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
            });
            CliRun imported = CliRun.on(lib(), "import", "--json", web.url("/story/"));
            assertEquals(0, imported.code(), imported.err());
            long id = imported.json().get("files").get(0).get("id").asLong();
            assertTrue(imageHits.get() > 0, "the import tried the images");
            try (AppContext ctx = TestLibrary.context(lib())) {
                assertTrue(ctx.snapshots().images(id).isEmpty());
            }

            // still down: the text is extracted again, each image is named with its reason, nothing is added
            CliRun down = CliRun.on(lib(), "reextract", Long.toString(id));
            assertEquals(0, down.code(), down.err());
            assertTrue(down.out().contains("unchanged") && down.out().contains("7 images could not be fetched"), down.out());
            List<String> missed = down.err().lines().filter(l -> l.contains(web.url("/flaky/"))).toList();
            assertEquals(7, missed.size(), down.err());
            assertTrue(missed.get(0).contains("HTTP 503"), missed.get(0));

            up.set(true);
            CliRun r = CliRun.on(lib(), "reextract", "--json", Long.toString(id));
            assertEquals(0, r.code(), r.err());
            JsonNode a = r.json().get("articles").get(0);
            assertEquals("unchanged", a.get("status").asText());
            assertEquals(7, a.get("imagesAdded").asInt());
            assertEquals(0, a.get("imagesMissed").size());
            List<ArticleImage> images;
            try (AppContext ctx = TestLibrary.context(lib())) {
                images = ctx.snapshots().images(id);
            }
            assertEquals(7, images.size());
            assertEquals(7, images.stream().map(ArticleImage::url).distinct().count());
            for (int i = 0; i < images.size(); i++) {
                assertEquals(i, images.get(i).seq());
                assertTrue(images.get(i).url().startsWith(web.url("/flaky/")), images.get(i).url());
                assertEquals(48, ImageIO.read(new ByteArrayInputStream(images.get(i).bytes())).getWidth());
            }

            int hitsBefore = imageHits.get();
            CliRun again = CliRun.on(lib(), "reextract", "--json", Long.toString(id));
            assertEquals(0, again.code(), again.err());
            assertEquals(0, again.json().get("articles").get(0).get("imagesAdded").asInt());
            assertEquals(hitsBefore, imageHits.get(), "images already stored are not fetched again");
            try (AppContext ctx = TestLibrary.context(lib())) {
                assertEquals(images.stream().map(ArticleImage::url).toList(),
                        ctx.snapshots().images(id).stream().map(ArticleImage::url).toList());
            }
        }
    }

    @Test
    void severalLinksAreFetchedInParallelButNeverMoreThanTheHostGateAllowsOnOneSite() throws Exception {
        List<String> names = List.of("guardian-1", "bbc-1", "cnn", "ars-1", "lwn-1", "wapo-1");
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        try (LocalWebServer web = new LocalWebServer(); AppContext ctx = TestLibrary.context(lib())) {
            web.route("/slow/", ex -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                boolean counted = true;
                try {
                    Thread.sleep(300);
                    String name = ex.getRequestURI().getPath().substring("/slow/".length());
                    String html = Files.readString(LocalWebServer.pagesFolder().resolve(name).resolve("source.html"));
                    // out of flight before the answer leaves: once the client has it, its gate lets the next page in,
                    // which could reach this handler before a decrement after send() had run (a count of 3, not the gate's)
                    inFlight.decrementAndGet();
                    counted = false;
                    LocalWebServer.send(ex, 200, "text/html; charset=utf-8", web.localised(html).getBytes(StandardCharsets.UTF_8));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (counted) inFlight.decrementAndGet();
                }
            });
            List<String> links = names.stream().map(n -> web.url("/slow/" + n)).toList();
            var report = ctx.web().importUrls(links, ImportService.DEFAULT_MAX_BYTES, org.parallax.model.Progress.NONE);
            assertFalse(report.cancelled());
            assertEquals(names.size(), report.results().size());
            for (int i = 0; i < names.size(); i++) {
                assertEquals(links.get(i), report.results().get(i).url(), "results in the order given");
                assertEquals(org.parallax.ingest.ImportResult.Status.IMPORTED, report.results().get(i).status(),
                        report.results().get(i).toString());
            }
        }
        assertEquals(Fetcher.PER_HOST, most.get(), "pages of one host fetched two at a time, never more");
    }

}
