package org.parallax.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.SharedData;

/** The parser's formats and its one-line refusals, on real feeds and the faults a server can serve. */
class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    @TempDir
    Path dir;

    @Test
    void jsonFeedEntriesHaveIdsLinksAndHtml() throws Exception {
        ParsedFeed f = parser.parse(Files.readAllBytes(SharedData.path("feeds/feedjira/spec/sample_feeds/json_feed.json")), "application/feed+json");
        assertEquals("json1", f.format());
        assertEquals("inessential.com", f.title());
        assertEquals(20, f.entries().size());
        ParsedFeed.Entry e = f.entries().get(0);
        assertTrue(e.guid() != null && e.link().startsWith("http://inessential.com/"), e.toString());
        assertTrue(e.html() != null && e.html().contains("<"), e.toString());
        assertTrue(e.published() != null);
    }

    @Test
    void atomIdsAreGuidsApartFromTheLinks() throws Exception {
        ParsedFeed f = parser.parse(Files.readAllBytes(SharedData.path("feeds/rss-parser/test/input/heise.atom")), null);
        assertEquals("atom_1.0", f.format());
        ParsedFeed.Entry e = f.entries().get(0);
        assertEquals("http://heise.de/-3088438", e.guid());
        assertTrue(e.link().startsWith("http://www.heise.de/developer/meldung/"), e.link());
    }

    @Test
    void anUndeclaredModulePrefixIsDeclaredAndItsContentRead() throws Exception {
        ParsedFeed f = parser.parse(Files.readAllBytes(SharedData.path("feeds/feedjira/spec/sample_feeds/itunes.xml")), null);
        assertFalse(f.entries().isEmpty());
        assertTrue(f.entries().stream().anyMatch(e -> e.html() != null && !e.html().isBlank()));
    }

    @Test
    void whatIsNotAFeedIsRefusedWithTheReason() throws Exception {
        byte[] rss = Files.readAllBytes(SharedData.path("feeds/rss-parser/test/input/heraldsun.rss"));
        byte[] page = Files.readAllBytes(SharedData.path("html-pages/mozilla-readability-test-pages/001/source.html"));
        assertEquals("is served as image/png, not as a feed", refusal(rss, "image/png"));
        assertEquals("is an HTML page, not a feed", refusal(page, "text/html"));
        assertTrue(refusal(java.util.Arrays.copyOf(rss, rss.length - 40), null).startsWith("is not well-formed XML ("));
        assertEquals("has no entries (an empty rss_2.0 feed)", refusal(("<rss version=\"2.0\"><channel><title>t</title><link>http://a/</link>"
                + "<description>d</description></channel></rss>").getBytes(StandardCharsets.UTF_8), null));
        assertEquals("is JSON but not a JSON Feed (no jsonfeed.org version)", refusal("{\"items\": []}".getBytes(StandardCharsets.UTF_8), null));
        assertTrue(refusal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), null).startsWith("is XML but neither"));
        assertEquals("is empty", refusal(new byte[0], null));
        assertTrue(FeedParser.looksLikeHtml(page, null));
        assertFalse(FeedParser.looksLikeHtml(rss, "text/html"));
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-LINE");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><link>http://a/</link><description>d</description>"
                + "<item><title>&x;</title><link>http://a/1</link></item></channel></rss>";
        try {
            ParsedFeed f = parser.parse(xml.getBytes(StandardCharsets.UTF_8), null);
            assertFalse(String.valueOf(f.entries().get(0).title()).contains("TOP-SECRET"), f.toString());
        } catch (FeedException refused) {
            assertFalse(refused.getMessage().contains("TOP-SECRET"));
        }
    }

    @Test
    void discoveryFindsAlternateFeedLinksMadeAbsolute() {
        String html = "<html><head><base href=\"http://example.org/news/\">"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"rss.xml\">"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"a.css\">"
                + "<link rel=\"alternate feed\" type=\"application/feed+json; charset=utf-8\" href=\"/feed.json\">"
                + "<link rel=\"alternate\" type=\"text/html\" hreflang=\"fr\" href=\"/fr/\"></head><body></body></html>";
        assertEquals(List.of(URI.create("http://example.org/news/rss.xml"), URI.create("http://example.org/feed.json")),
                FeedDiscovery.find(html, URI.create("http://example.org/page")));
    }

    private String refusal(byte[] body, String type) {
        return assertThrows(FeedException.class, () -> parser.parse(body, type)).getMessage();
    }
}
