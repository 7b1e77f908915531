package org.parallax.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.parallax.store.Database;
import org.parallax.testsupport.CliRun;
import org.parallax.testsupport.SharedData;

/**
 * {@code parallax feeds ...} end to end against a real HTTP server on 127.0.0.1 serving real feeds and pages
 * ({@link FeedServer}) into a real library: subscribe, refresh, conditional requests, entries never imported twice,
 * broken feeds one line each, discovery, OPML both ways, and the two-requests-per-host limit.
 */
class FeedsCliTest {
    private static final Path HEISE = SharedData.path("feeds/rss-parser/test/input/heise.atom");
    private static final Path HERALDSUN = SharedData.path("feeds/rss-parser/test/input/heraldsun.rss");
    private static final Path JSON_FEED = SharedData.path("feeds/feedjira/spec/sample_feeds/json_feed.json");

    @TempDir
    Path dir;
    private Path lib;
    private FeedServer server;

    @BeforeEach
    void start() throws Exception {
        lib = dir.resolve("library.db");
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void addAndRefreshImportEachEntryOnceAndTheNextRefreshIsAConditional304() throws Exception {
        server.serveFeed("/feeds/heise.atom", HEISE, "application/atom+xml");
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml; charset=utf-8");
        server.serveFeed("/feeds/inessential.json", JSON_FEED, "application/feed+json");
        for (String p : List.of("/feeds/heise.atom", "/feeds/heraldsun.rss", "/feeds/inessential.json")) {
            CliRun add = CliRun.on(lib, "--json", "feeds", "add", server.url(p));
            assertEquals(0, add.code(), add.err());
            assertEquals("added", add.json().path("status").asText());
            assertEquals(server.url(p), add.json().path("feed").path("url").asText());
        }
        CliRun first = CliRun.on(lib, "--json", "feeds", "refresh");
        JsonNode json = first.json();
        assertEquals(3, json.path("feeds").asInt());
        int newEntries = 0;
        for (JsonNode r : json.path("reports")) {
            assertEquals("updated", r.path("status").asText(), r.toString());
            assertEquals(r.path("entries").asInt(), r.path("newEntries").asInt(), "every entry is new the first time: " + r);
            assertEquals(r.path("newEntries").asInt(), r.path("imported").asInt() + r.path("duplicates").asInt()
                    + r.path("failedEntries").asInt(), r.toString());
            newEntries += r.path("newEntries").asInt();
        }
        assertEquals(15 + 2 + 20, newEntries);
        int imported = json.path("imported").asInt();
        assertEquals(0, json.path("failedEntries").asInt(), first.out());
        assertEquals(newEntries, imported + json.path("duplicates").asInt(), first.out());
        assertEquals(imported, articleCount());
        // every page was asked for once: the entries' pages, not only the feeds' summaries
        long pageRequests = server.requests().stream().filter(r -> r.path().startsWith("/pages/")).count();
        assertEquals(newEntries, pageRequests);

        server.resetCounts();
        CliRun second = CliRun.on(lib, "--json", "feeds", "refresh");
        assertEquals(0, second.code(), second.err());
        for (JsonNode r : second.json().path("reports")) assertEquals("not_modified", r.path("status").asText(), r.toString());
        assertEquals(0, second.json().path("imported").asInt());
        assertEquals(imported, articleCount());
        for (String p : List.of("/feeds/heise.atom", "/feeds/heraldsun.rss", "/feeds/inessential.json")) {
            List<FeedServer.Request> asked = server.requests(p);
            assertEquals(1, asked.size());
            assertTrue(asked.get(0).ifNoneMatch() != null && asked.get(0).ifModifiedSince() != null, asked.toString());
            assertEquals(304, asked.get(0).status());
        }
        assertTrue(server.requests().stream().noneMatch(r -> r.path().startsWith("/pages/")), "no page is fetched again");
        // the unread count is the imported entries
        JsonNode list = CliRun.on(lib, "--json", "feeds", "list").json();
        int unread = 0;
        for (JsonNode f : list.path("feeds")) unread += f.path("unread").asInt();
        assertTrue(unread >= imported, list.toString());
    }

    @Test
    void anEntryWhoseLinkChangedButNotItsIdIsNotImportedAgain() throws Exception {
        byte[] served = server.serveFeed("/feeds/heise.atom", HEISE, "application/atom+xml");
        assertEquals(0, CliRun.on(lib, "feeds", "add", server.url("/feeds/heise.atom")).code());
        CliRun first = CliRun.on(lib, "--json", "feeds", "refresh");
        int before = articleCount();
        assertEquals(15, first.json().path("reports").get(0).path("newEntries").asInt());

        // the site moves every article: same Atom ids, new links (to pages that exist), so a new ETag
        String moved = new String(served, StandardCharsets.UTF_8).replace(server.url("/pages/"), server.url("/moved/pages/"));
        server.serve("/feeds/heise.atom", "application/atom+xml", moved.getBytes(StandardCharsets.UTF_8));
        CliRun second = CliRun.on(lib, "--json", "feeds", "refresh");
        JsonNode r = second.json().path("reports").get(0);
        assertEquals("updated", r.path("status").asText(), r.toString());
        assertEquals(0, r.path("newEntries").asInt(), r.toString());
        assertEquals(before, articleCount());
        try (Database db = Database.open(lib)) {
            List<String> links = db.read(c -> {
                List<String> out = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT link FROM feed_entry")) {
                    while (rs.next()) out.add(rs.getString(1));
                }
                return out;
            });
            assertEquals(15, links.size());
            assertTrue(links.stream().allMatch(l -> l.contains("/moved/pages/")), "the entries now point where they live: " + links);
        }
    }

    @Test
    void brokenFeedsAreOneLineEachWithTheirUrlAndTheOthersGoOn() throws Exception {
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        byte[] heise = Files.readAllBytes(HEISE);
        server.serve("/bad/broken.atom", "application/atom+xml", java.util.Arrays.copyOf(heise, heise.length / 2));
        byte[] page = Files.readAllBytes(SharedData.path("html-pages/mozilla-readability-test-pages/001/source.html"));
        server.serve("/bad/page.rss", "text/html; charset=utf-8", page);
        server.serve("/bad/image.rss", "image/png", Files.readAllBytes(HERALDSUN));
        server.serve("/bad/empty.rss", "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet</title>"
                + "<link>http://example.org/</link><description>Nothing yet</description></channel></rss>").getBytes(StandardCharsets.UTF_8));
        List<String> bad = List.of("/bad/broken.atom", "/bad/page.rss", "/bad/image.rss", "/bad/empty.rss", "/bad/missing.rss");
        List<String> reasons = List.of("not well-formed XML", "advertises no", "served as image/png", "has no entries", "HTTP 404");

        for (int i = 0; i < bad.size(); i++) {
            CliRun add = CliRun.on(lib, "feeds", "add", server.url(bad.get(i)));
            assertEquals(1, add.code(), add.out());
            assertEquals(1, add.err().lines().count(), add.err());
            assertTrue(add.err().startsWith(server.url(bad.get(i)) + ": ") && add.err().contains(reasons.get(i)), add.err());
        }
        // subscribed without a fetch (from OPML), they fail on refresh instead, and the good feed is still read
        StringBuilder opml = new StringBuilder("<opml version=\"2.0\"><head><title>t</title></head><body>");
        for (String p : bad) opml.append("<outline text=\"").append(p).append("\" xmlUrl=\"").append(server.url(p)).append("\"/>");
        opml.append("<outline text=\"Herald\" xmlUrl=\"").append(server.url("/feeds/heraldsun.rss")).append("\"/></body></opml>");
        Path file = Files.writeString(dir.resolve("subs.opml"), opml);
        assertEquals(0, CliRun.on(lib, "feeds", "import-opml", file.toString()).code());

        CliRun refresh = CliRun.on(lib, "feeds", "refresh");
        assertEquals(1, refresh.code());
        List<String> errLines = refresh.err().lines().toList();
        assertEquals(bad.size(), errLines.size(), refresh.err());
        for (int i = 0; i < bad.size(); i++) {
            String url = server.url(bad.get(i));
            String reason = i == 1 ? "is an HTML page, not a feed" : reasons.get(i);
            assertTrue(errLines.stream().anyMatch(l -> l.startsWith(url + ": ") && l.contains(reason)), url + " in " + errLines);
        }
        assertTrue(refresh.out().contains("RSS0.92 Example: 2 new of 2"), refresh.out());
        JsonNode list = CliRun.on(lib, "--json", "feeds", "list").json();
        assertEquals(6, list.path("count").asInt());
        for (JsonNode f : list.path("feeds")) {
            boolean good = f.path("url").asText().endsWith("/feeds/heraldsun.rss");
            if (good) assertTrue(f.path("lastError").isNull(), f.toString());
            else assertTrue(f.path("lastError").asText().startsWith(f.path("url").asText() + ": "), f.toString());
        }
    }

    @Test
    void aPageThatAdvertisesItsFeedFindsIt() throws Exception {
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        String page = Files.readString(SharedData.path("html-pages/mozilla-readability-test-pages/002/source.html"));
        page = page.replaceFirst("(?i)<head>", "<head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/feeds/heraldsun.rss\">");
        server.serve("/site/", "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
        CliRun add = CliRun.on(lib, "--json", "feeds", "add", server.url("/site/"));
        assertEquals(0, add.code(), add.err());
        assertEquals(server.url("/feeds/heraldsun.rss"), add.json().path("feed").path("url").asText());
        assertEquals(server.url("/site/"), add.json().path("discoveredFrom").asText());
        assertEquals("RSS0.92 Example", add.json().path("feed").path("title").asText());
        CliRun again = CliRun.on(lib, "--json", "feeds", "add", server.url("/feeds/heraldsun.rss"));
        assertEquals("existing", again.json().path("status").asText());
    }

    @Test
    void opmlRoundTrip() throws Exception {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="1.0"><head><title>Exported</title></head><body>
                  <outline text="News">
                    <outline text="Heise Developer" type="rss" xmlUrl="https://www.heise.de/developer/rss/news-atom.xml" htmlUrl="https://www.heise.de/developer/"/>
                    <outline title="Herald &amp; Sun" text="x" type="rss" xmlUrl="http://www.heraldsun.com.au/rss"/>
                  </outline>
                  <outline text="inessential" type="rss" xmlUrl="http://inessential.com/feed.json"/>
                  <outline text="not a feed" type="link" url="http://example.org/"/>
                </body></opml>
                """;
        Path in = Files.writeString(dir.resolve("in.opml"), opml);
        CliRun imp = CliRun.on(lib, "--json", "feeds", "import-opml", in.toString());
        assertEquals(0, imp.code(), imp.err());
        assertEquals(3, imp.json().path("added").asInt());
        assertEquals(3, CliRun.on(lib, "--json", "feeds", "import-opml", in.toString()).json().path("existing").asInt());

        Path out = dir.resolve("out.opml");
        CliRun exp = CliRun.on(lib, "--json", "feeds", "export-opml", "--out", out.toString());
        assertEquals(0, exp.code(), exp.err());
        assertEquals(3, exp.json().path("feeds").asInt());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        assertEquals("2.0", doc.getDocumentElement().getAttribute("version"));
        NodeList outlines = doc.getElementsByTagName("outline");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < outlines.getLength(); i++) {
            Element e = (Element) outlines.item(i);
            seen.add(e.getAttribute("xmlUrl") + " | " + e.getAttribute("title") + " | " + e.getAttribute("htmlUrl"));
        }
        assertEquals(Set.of("https://www.heise.de/developer/rss/news-atom.xml | Heise Developer | https://www.heise.de/developer/",
                "http://www.heraldsun.com.au/rss | Herald & Sun | ", "http://inessential.com/feed.json | inessential | "), seen);
        // guarded like every export: an existing file only with --force, never the library
        assertEquals(2, CliRun.on(lib, "feeds", "export-opml", "--out", out.toString()).code());
        assertEquals(2, CliRun.on(lib, "feeds", "export-opml", "--out", lib.toString(), "--force").code());
        assertEquals(1, CliRun.on(lib, "feeds", "import-opml", lib.resolveSibling("nothing.opml").toString()).code());
    }

    @Test
    void noMoreThanTwoRequestsToOneHostAtOnce() throws Exception {
        server.serveFeed("/feeds/heise.atom", HEISE, "application/atom+xml");
        server.serveFeed("/feeds/inessential.json", JSON_FEED, "application/feed+json");
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        for (String p : List.of("/feeds/heise.atom", "/feeds/inessential.json", "/feeds/heraldsun.rss")) {
            assertEquals(0, CliRun.on(lib, "feeds", "add", server.url(p)).code());
        }
        server.pageDelay(100);
        server.resetCounts();
        CliRun refresh = CliRun.on(lib, "--json", "feeds", "refresh");
        assertEquals(37, refresh.json().path("reports").findValues("newEntries").stream().mapToInt(JsonNode::asInt).sum());
        assertEquals(FeedService.PER_HOST, server.maxInFlight(), "pages overlap, but never more than two at once");
    }

    @Test
    void unknownIdsAndRemove() throws Exception {
        server.serveFeed("/feeds/heraldsun.rss", HERALDSUN, "application/rss+xml");
        assertEquals(0, CliRun.on(lib, "feeds", "add", server.url("/feeds/heraldsun.rss")).code());
        CliRun missing = CliRun.on(lib, "feeds", "refresh", "99");
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("There is no feed 99."), missing.err());
        assertEquals(0, CliRun.on(lib, "feeds", "refresh", "1").code());
        int articles = articleCount();
        CliRun remove = CliRun.on(lib, "--json", "feeds", "remove", "1");
        assertEquals(0, remove.code());
        assertTrue(remove.json().path("removed").asBoolean());
        assertEquals(0, CliRun.on(lib, "--json", "feeds", "list").json().path("count").asInt());
        assertEquals(articles, articleCount(), "unsubscribing keeps the articles");
        assertEquals(1, CliRun.on(lib, "feeds", "remove", "1").code());
        assertEquals(2, CliRun.on(lib, "feeds").code());
    }

    private int articleCount() throws Exception {
        return CliRun.on(lib, "--json", "list").json().path("count").asInt();
    }
}
