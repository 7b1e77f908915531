package org.parallax.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.nodes.Entities;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom (with ROME) and JSON Feed 1.0/1.1 (with Jackson) into a {@link ParsedFeed}. What is
 * not a usable feed (bad XML, an HTML page, a media type no feed has, XML or JSON of another kind, no entries) is a
 * {@link FeedException} whose message is the one-line reason. Stateless and safe to share between threads.
 */
public final class FeedParser {
    /** Built on the first JSON Feed: AppContext builds the feed service at every start, which must not load Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Parses {@code body} served as {@code contentType} (may be null). */
    public ParsedFeed parse(byte[] body, String contentType) throws FeedException {
        String type = mediaType(contentType);
        if (type != null && !feedLikeType(type)) throw new FeedException("is served as " + type + ", not as a feed");
        String head = head(body);
        if (head.isEmpty()) throw new FeedException("is empty");
        ParsedFeed feed;
        if (head.startsWith("{")) {
            feed = json(body);
        } else if (head.startsWith("<")) {
            if (isHtml(head)) throw new FeedException("is an HTML page, not a feed");
            feed = xml(body, type);
        } else {
            throw new FeedException("is neither XML nor JSON, so not a feed");
        }
        if (feed.entries().isEmpty()) throw new FeedException("has no entries (an empty " + feed.format() + " feed)");
        return feed;
    }

    /** Whether {@code body} (served as {@code contentType}) looks like an HTML page rather than a feed. */
    public static boolean looksLikeHtml(byte[] body, String contentType) {
        String type = mediaType(contentType);
        return isHtml(head(body)) || ("text/html".equals(type) && !head(body).startsWith("<?xml") && !head(body).startsWith("{"));
    }

    private static ParsedFeed xml(byte[] body, String type) throws FeedException {
        try {
            return xmlOnce(body, type);
        } catch (FeedException e) {
            // feeds often use a module's prefix (content:, dc:, itunes:) without declaring it; declare it and try again
            byte[] healed = e.getMessage().contains("is not bound") ? Namespaces.declareMissing(body) : null;
            if (healed == null) throw e;
            return xmlOnce(healed, null);
        }
    }

    private static ParsedFeed xmlOnce(byte[] body, String type) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        // RSS 0.91 files declare Netscape's DTD; ROME's parser never fetches external entities either way
        input.setAllowDoctypes(true);
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), type != null && type.contains("xml") ? type : null, true)) {
            feed = input.build(reader);
        } catch (com.rometools.rome.io.FeedException e) {
            throw new FeedException("is not well-formed XML (" + oneLine(e.getMessage()) + ")", e);
        } catch (IllegalArgumentException e) {
            throw new FeedException("is XML but neither RSS nor Atom (" + oneLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new FeedException("cannot be decoded (" + oneLine(e.getMessage()) + ")", e);
        }
        List<ParsedFeed.Entry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String html = null;
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    html = asHtml(c);
                    break;
                }
            }
            if (html == null && e.getDescription() != null && e.getDescription().getValue() != null) html = asHtml(e.getDescription());
            Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            entries.add(new ParsedFeed.Entry(blankToNull(e.getUri()), blankToNull(e.getLink()), clean(e.getTitle()),
                    blankToNull(e.getAuthor()), when == null ? null : when.toInstant(), html));
        }
        String format = feed.getFeedType() == null ? "xml" : feed.getFeedType().toLowerCase(Locale.ROOT);
        return new ParsedFeed(format, clean(feed.getTitle()), blankToNull(feed.getLink()), entries);
    }

    private static ParsedFeed json(byte[] body) throws FeedException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new FeedException("is not well-formed JSON (" + oneLine(e.getOriginalMessage()) + ")", e);
        } catch (IOException e) {
            throw new FeedException("cannot be read as JSON (" + oneLine(e.getMessage()) + ")", e);
        }
        String version = root.path("version").asText("");
        if (!version.startsWith("https://jsonfeed.org/version/") && !version.startsWith("http://jsonfeed.org/version/")) {
            throw new FeedException("is JSON but not a JSON Feed (no jsonfeed.org version)");
        }
        List<ParsedFeed.Entry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String html = text(item, "content_html");
            if (html == null && text(item, "content_text") != null) html = "<p>" + Entities.escape(text(item, "content_text")) + "</p>";
            if (html == null && text(item, "summary") != null) html = "<p>" + Entities.escape(text(item, "summary")) + "</p>";
            String author = text(item.path("author"), "name"); // 1.0
            if (author == null && item.path("authors").size() > 0) author = text(item.path("authors").get(0), "name"); // 1.1
            String link = text(item, "url");
            entries.add(new ParsedFeed.Entry(text(item, "id"), link != null ? link : text(item, "external_url"),
                    clean(text(item, "title")), author, instant(text(item, "date_published")), html));
        }
        return new ParsedFeed("json" + version.substring(version.lastIndexOf('/') + 1), clean(text(root, "title")),
                text(root, "home_page_url"), entries);
    }

    private static String asHtml(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? "<p>" + Entities.escape(c.getValue()) + "</p>" : c.getValue();
    }

    /** Media types a feed may be served as: XML or JSON of any kind, and text (servers often say text/plain). */
    private static boolean feedLikeType(String type) {
        return type.contains("xml") || type.contains("json") || type.startsWith("text/") || type.contains("rss") || type.contains("atom");
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) return null;
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The first characters after a BOM and white space, in lower case. */
    private static String head(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) s = s.substring(3);
        return s.stripLeading().toLowerCase(Locale.ROOT);
    }

    private static boolean isHtml(String head) {
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head") || head.startsWith("<body");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
    }

    private static Instant instant(String s) {
        if (s == null) return null;
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(String s) {
        if (s == null) return "no detail";
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() > 160 ? line.substring(0, 157) + "…" : line;
    }
}
