package org.parallax.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.parallax.testsupport.SharedData;

/**
 * The parser on the real feeds of two feed libraries' test suites (../shared/data/feeds): rss-parser's inputs against
 * its expected parses (feed title, and every item's title and link in order), feedjira's sample feeds for parsing at
 * all. The floors are the figures measured when the parser was written (src/site/markdown/performance.md, "Feeds"), so
 * a change that parses fewer feeds, or fewer of them right, fails here.
 */
class FeedParserCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FeedParser parser = new FeedParser();

    @Test
    void rssParserInputsParseAsItsExpectedOutputsSay() throws Exception {
        Path dir = SharedData.path("feeds/rss-parser/test");
        int total = 0;
        int parsed = 0;
        int matched = 0;
        int refusedRight = 0;
        int withExpected = 0;
        List<String> misses = new ArrayList<>();
        for (Path input : list(dir.resolve("input"))) {
            String name = input.getFileName().toString();
            Path expectedFile = dir.resolve("output").resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
            total++;
            JsonNode expected = Files.exists(expectedFile) ? JSON.readTree(text(Files.readAllBytes(expectedFile))).path("feed") : null;
            ParsedFeed feed;
            try {
                feed = parser.parse(Files.readAllBytes(input), null);
            } catch (FeedException e) {
                // rss-parser has no expected output for the inputs it rejects (a redirect page served as RSS)
                if (expected == null && name.equals("unrecognized.rss")) refusedRight++;
                else misses.add(name + ": " + e.getMessage());
                continue;
            }
            parsed++;
            if (expected == null) continue; // rss-parser only checks that it reads (itunes-missing-image.rss)
            withExpected++;
            String why = difference(expected, feed);
            if (why == null) matched++;
            else misses.add(name + ": " + why);
        }
        System.out.printf("rss-parser: %d inputs, %d parsed; of the %d parsed with an expected parse, %d match its titles and links;"
                + " %d rightly refused%n", total, parsed, withExpected, matched, refusedRight);
        misses.forEach(m -> System.out.println("  " + m));
        assertEquals(31, total, "the corpus changed; measure again");
        assertTrue(parsed >= 30, "parsed " + parsed);
        assertTrue(matched >= MATCH_FLOOR, "matched " + matched + ": " + misses);
        assertEquals(1, refusedRight);
    }

    /** Measured when written; see the class comment. */
    private static final int MATCH_FLOOR = 29;

    @Test
    void feedjiraSampleFeedsParse() throws Exception {
        int total = 0;
        int parsed = 0;
        int entries = 0;
        int fragments = 0;
        List<String> failures = new ArrayList<>();
        for (Path input : list(SharedData.path("feeds/feedjira/spec/sample_feeds"))) {
            total++;
            // feedjira's single-entry fixtures ("...FirstEntry...") are fragments for its entry parser, not feeds
            if (input.getFileName().toString().contains("FirstEntry")) {
                fragments++;
                continue;
            }
            try {
                ParsedFeed feed = parser.parse(Files.readAllBytes(input), null);
                parsed++;
                entries += feed.entries().size();
            } catch (FeedException e) {
                failures.add(input.getFileName() + ": " + e.getMessage());
            }
        }
        System.out.printf("feedjira: %d sample files, %d entry fragments left out, %d of the %d feeds parsed (%d entries)%n",
                total, fragments, parsed, total - fragments, entries);
        failures.forEach(f -> System.out.println("  " + f));
        assertEquals(43, total, "the corpus changed; measure again");
        assertTrue(parsed >= FEEDJIRA_FLOOR, "parsed " + parsed + ": " + failures);
    }

    private static final int FEEDJIRA_FLOOR = 34;

    /** Null when {@code feed} has rss-parser's feed title and its items' titles and links, else what differs. */
    private static String difference(JsonNode expected, ParsedFeed feed) {
        String title = norm(expected.path("title").isTextual() ? expected.path("title").asText() : null);
        if (!Objects.equals(title, norm(feed.title()))) return "feed title " + feed.title() + " != " + title;
        JsonNode items = expected.path("items");
        if (items.size() != feed.entries().size()) return feed.entries().size() + " entries != " + items.size();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            ParsedFeed.Entry e = feed.entries().get(i);
            String t = norm(item.path("title").isTextual() ? item.path("title").asText() : null);
            if (!Objects.equals(t, norm(e.title()))) return "entry " + i + " title " + e.title() + " != " + t;
            String l = norm(item.path("link").isTextual() ? item.path("link").asText() : null);
            if (!Objects.equals(l, norm(e.link()))) return "entry " + i + " link " + e.link() + " != " + l;
        }
        return null;
    }

    private static String norm(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    /** rss-parser wrote one expected file in Latin-1; the others are UTF-8. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
