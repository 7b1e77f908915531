package org.parallax.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.parallax.testsupport.LocalWebServer;

/** Content images are told from pixels, ads and trackers by kind: declared size, URL shape, host. */
class ContentImagesTest {
    private static final URI PAGE = URI.create("https://news.example.org/2024/05/story.html");

    private static List<ContentImages.Candidate> find(String body) {
        Document doc = Jsoup.parse("<html><body><article>" + body + "</article></body></html>", PAGE.toString());
        return ContentImages.find(doc.selectFirst("article"), PAGE, 24);
    }

    @Test
    void keepsPhotosWithTheirCaptionsAndSkipsPixelsAdsAndTrackers() {
        List<ContentImages.Candidate> found = find("""
                <figure><img src="/img/2024/harbour.jpg" alt="alt text"><figcaption> The harbour at dawn. </figcaption></figure>
                <img src="https://cdn.example.org/photos/mayor.png" alt="The mayor">
                <img src="/t.gif" width="1" height="1">
                <img src="/icons/share.png" width="12px">
                <img src="https://ad.doubleclick.net/ddm/x.jpg">
                <img src="https://news.example.org/pixel.gif?u=1">
                <img src="https://news.example.org/ads/banner-300.jpg">
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
                <img src="/img/2024/harbour.jpg" alt="the same photo again">
                """);
        assertEquals(2, found.size(), found.toString());
        assertEquals("https://news.example.org/img/2024/harbour.jpg", found.get(0).url().toString());
        assertEquals("The harbour at dawn.", found.get(0).caption());
        assertEquals("The mayor", found.get(1).caption());
    }

    @Test
    void lazyImagesComeFromDataSrcOrSrcset() {
        List<ContentImages.Candidate> found = find("""
                <img src="/placeholder-grey.png" data-src="/img/real-photo.jpg">
                <img srcset="https://i.example.org/image/upload/c_fill,f_auto,w_800/photo.jpg 800w, https://i.example.org/x/small.jpg 400w">
                """);
        assertEquals("https://news.example.org/img/real-photo.jpg", found.get(0).url().toString());
        assertEquals("https://i.example.org/image/upload/c_fill,f_auto,w_800/photo.jpg", found.get(1).url().toString());
    }

    @Test
    void trackerUrlsAreJudgedByWholePathSegmentsAndHosts() {
        assertTrue(ContentImages.isTracker(URI.create("https://www.google-analytics.com/collect?v=1")));
        assertTrue(ContentImages.isTracker(URI.create("https://example.org/track/open.gif")));
        assertTrue(ContentImages.isTracker(URI.create("https://sb.scorecardresearch.com/p?c1=2")));
        assertFalse(ContentImages.isTracker(URI.create("https://example.org/photos/race-track-at-dusk.jpg")));
        assertFalse(ContentImages.isTracker(URI.create("https://example.org/uploads/2024/counter-protest.jpg")));
        assertFalse(ContentImages.isTracker(URI.create("https://example.org/reviews/pixel-8-pro.jpg")));
    }

    @Test
    void aTwoByTwoImageIsAPixelWhateverItsMarkup() {
        assertTrue(WebImportService.isPixel(LocalWebServer.png(1, 1)));
        assertFalse(WebImportService.isPixel(LocalWebServer.png(48, 32)));
    }
}
