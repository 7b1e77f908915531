package org.parallax.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page keeps of the way a user saved it: a web archive's capture time that the archive also writes into the
 * page's date tags, a translate proxy's page whose tags still hold the untranslated headline, a browser's Reader View
 * that prints the byline in its own credits line, an aggregator's copy that names the day the story first appeared.
 */
final class SavedCopies {
    /** A capture time as a web archive prints it in its header ("14 Mar 2037 10:22:05 UTC"). */
    private static final Pattern PRINTED_CAPTURE = Pattern.compile("(?i)\\b(\\d{1,2} [a-z]{3} \\d{4} \\d{2}:\\d{2}:\\d{2}) UTC\\b");
    /** A Wayback Machine address's 14-digit timestamp ("web.archive.org/web/20370214083311/..."). */
    private static final Pattern WAYBACK = Pattern.compile("/web/((?:19|20)\\d{12})(?:[a-z]{2}_)?/");
    /** A date-and-time tag's value to the second, with its offset ("2037-03-14T10:22:05Z", "...+01:00"). */
    private static final Pattern STAMP = Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})\\s*");
    /** The header or toolbar a web archive puts above the captured page, naming the address it was saved from. */
    private static final Pattern ARCHIVE_HEADER = Pattern.compile("(?i)\\b(?:saved from|webpage capture|captures?)\\b");
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter WAYBACK_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Classes a translate proxy gives the page it translated. */
    private static final Pattern TRANSLATED = Pattern.compile("(?:^|\\s)translated-(?:ltr|rtl)(?:\\s|$)");
    /** The credits line of a browser's Reader View, which holds the byline it found. */
    private static final String READER_CREDITS = ".reader-header .reader-credits, .reader-header .credits, div.credits.reader-credits";
    /**
     * A syndicated copy's note of where and when the story first appeared: "Originally published on Midlands Energy
     * Report on February 26, 2036.", "This article was originally published in The Conversation on 3 May 2024".
     */
    private static final Pattern ORIGINALLY = Pattern.compile("(?iU)^(?:this (?:article|story|post) (?:was|is) )?"
            + "(?:originally|first) (?:published|appeared) (?:on|in|at|by) .{1,80}?\\bon (.{6,40}?)\\.?$");

    /** An outlet's name, then the day it first published the story: "The Westmoor Courier · First published 3 March 2037". */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iU)^(.{3,60}?)\\s*[·|•\\p{Pd}]?\\s*(?:originally|first)\\s+"
            + "published(?:\\s+(?:on|in))?\\s*:?\\s*(.{6,40})$");

    /** A key of the properties a saving tool lists above the text it saved (wallabag, Markdown clippers). */
    private static final Pattern PROPERTY = Pattern.compile("(?i)^(author\\(s\\)|authors?|byline|published(?: on| at)?"
            + "|date published|publication date|source|url|original(?: article| url)?|created|saved(?: on| at)?|clipped(?: on)?"
            + "|tags?|title|description|(?:estimated )?reading time|language)$");
    /** The keys among them that give the address the page was saved from: without one the list is the page's own. */
    private static final Pattern SOURCE_KEY = Pattern.compile("(?i)^(?:source|url|original(?: article| url)?)$");
    private static final Pattern AUTHOR_KEY = Pattern.compile("(?i)^(?:author\\(s\\)|authors?|byline)$");
    private static final Pattern PUBLISHED_KEY = Pattern.compile("(?i)^(?:published(?: on| at)?|date published|publication date)$");
    /** A list holds a saving tool's properties when this many of its rows are known keys, one of them the source. */
    private static final int PROPERTY_ROWS = 3;
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    /** Words of a desk or a team, not of a person's name ("Business Desk", "Staff Reporter"). */
    private static final Pattern DESK = Pattern.compile("(?iU)\\b(?:desk|staff|team|news|newsroom|service|agency|editors?"
            + "|reporters?|correspondents?)\\b");
    /** A line under the headline: a name of two to four capitalized words, no "By". */
    private static final Pattern BARE_NAME = Pattern.compile("(?U)\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){1,3}");
    /** A newsroom role printed beside the name ("Business Reporter", "Chief Political Correspondent"). */
    private static final Pattern ROLE = Pattern.compile("(?iU)^(?:[\\p{L}&\\-]+\\s+){0,3}(?:reporter|correspondent|editor"
            + "|writer|journalist|columnist)$");

    private SavedCopies() {
    }

    /**
     * The value of {@code key} in the properties a saving tool lists above the text it saved: a list of "Key: value"
     * items or a table of key and value cells with at least {@value #PROPERTY_ROWS} known keys, one of them the address
     * the page was saved from ("Original article:", "source"). Null when the page has no such list or no such key.
     */
    private static String property(Document doc, Pattern key) {
        if (doc.body() == null) return null;
        for (Element list : doc.body().select("ul, ol, table")) {
            int known = 0;
            boolean source = false;
            String found = null;
            for (Element row : list.select("> li, > tr, > tbody > tr")) {
                String k;
                String v;
                if (row.tagName().equals("tr")) {
                    if (row.children().size() != 2) continue;
                    k = row.child(0).text().strip();
                    v = row.child(1).text().strip();
                } else {
                    String t = row.text();
                    int colon = t.indexOf(':');
                    if (colon < 1) continue;
                    k = t.substring(0, colon).strip();
                    v = t.substring(colon + 1).strip();
                }
                if (!PROPERTY.matcher(k).matches()) continue;
                known++;
                if (SOURCE_KEY.matcher(k).matches()) source = true;
                if (found == null && key.matcher(k).matches() && !v.isEmpty()) found = v;
            }
            if (known >= PROPERTY_ROWS && source) return found;
        }
        return null;
    }

    /** The author a saving tool's properties list names ("Author(s): A, B", "author | [[A]]"); else null. */
    static String propertyAuthor(Document doc) {
        String a = property(doc, AUTHOR_KEY);
        return a == null ? null : a.replace("[[", "").replace("]]", "").strip();
    }

    /**
     * The day of publication a saving tool's properties list gives ("Published on: 09/07/2036"); else null. Digits
     * between slashes are read as the numbers allow (a first number over 12 is the day, a second one over 12 the
     * month); when both could be the month, only wallabag's export, which writes its dates day first, is read.
     */
    static LocalDate propertyDate(Document doc) {
        String d = property(doc, PUBLISHED_KEY);
        if (d == null) return null;
        Matcher m = SLASHED.matcher(d);
        if (!m.find()) return HtmlDates.find(d);
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean dayFirst = a > 12 || b <= 12 && doc.select("meta[name=generator]").attr("content").toLowerCase(Locale.ROOT)
                .startsWith("wallabag");
        if (!dayFirst && b <= 12 && a <= 12) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), dayFirst ? b : a, dayFirst ? a : b);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The writer a copy stripped of its classes (a web archive's capture) prints under the headline without "By": the
     * element right after the h1 in two parts, a name of two to four words and a newsroom role ("Chris Fenwick" /
     * "Business Reporter"). Null when that element is anything else.
     */
    static String nameBesideRole(Document doc) {
        if (doc.select("h1").size() != 1) return null;
        Element next = doc.selectFirst("h1").nextElementSibling();
        if (next == null || next.children().size() != 2) return null;
        String name = next.child(0).text().strip();
        String role = next.child(1).text().strip();
        if (!BARE_NAME.matcher(name).matches() || DESK.matcher(name).find() || !ROLE.matcher(role).matches()) return null;
        if (!next.text().strip().equals(name + " " + role)) return null;
        return name;
    }

    /**
     * Whether {@code candidate}, a date tag's value to the second, is the time a web archive captured the page, as the
     * archive prints it in its header or writes it in the addresses it rewrote: the archive fills the tags with it.
     */
    static boolean captureTime(Document doc, String candidate) {
        if (candidate == null || !STAMP.matcher(candidate).matches()) return false;
        Instant at;
        try {
            at = OffsetDateTime.parse(candidate.strip().replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
        } catch (DateTimeParseException e) {
            return false;
        }
        return captures(doc).contains(at.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The capture times a web archive states on the page: in its header's text and in its rewritten addresses. */
    private static Set<Instant> captures(Document doc) {
        Set<Instant> out = new HashSet<>();
        if (doc.body() == null) return out;
        for (Element e : doc.body().select("div[id], table[id]")) {
            if (e.parent() != doc.body() && e.parent().parent() != doc.body()) continue;
            String text = e.text();
            if (!ARCHIVE_HEADER.matcher(text).find()) continue;
            Matcher m = PRINTED_CAPTURE.matcher(text);
            while (m.find()) {
                try {
                    out.add(LocalDateTime.parse(capitalized(m.group(1)), PRINTED).toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException ignored) {
                    // not a capture time after all
                }
            }
        }
        for (Element a : doc.select("a[href*=/web/], link[href*=/web/]")) {
            Matcher m = WAYBACK.matcher(a.attr("href"));
            if (!m.find()) continue;
            try {
                out.add(LocalDateTime.parse(m.group(1), WAYBACK_TIME).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException ignored) {
                // fourteen digits that are no time
            }
            break;
        }
        return out;
    }

    private static String capitalized(String printed) {
        String[] p = printed.split(" ");
        p[1] = p[1].substring(0, 1).toUpperCase(Locale.ROOT) + p[1].substring(1).toLowerCase(Locale.ROOT);
        return String.join(" ", p);
    }

    /**
     * On a page a translate proxy translated (its {@code <html>} marked "translated-ltr", the headline wrapped in its
     * {@code <font>} elements), the headline it prints when the title from the tags, which the proxy leaves in the
     * original language, is another; else null.
     */
    static String translatedHeadline(Document doc, String title) {
        Element html = doc.selectFirst("html");
        Element h1 = doc.selectFirst("h1");
        if (h1 == null || doc.select("h1").size() != 1) return null;
        boolean translated = html != null && TRANSLATED.matcher(html.className()).find()
                || h1.selectFirst("font[style*=vertical-align]") != null;
        if (!translated) return null;
        String printed = h1.text().strip();
        if (printed.isEmpty() || title != null && printed.equalsIgnoreCase(title.strip())) return null;
        return printed;
    }

    /** The byline a browser's Reader View prints in its credits line of a saved page; null when there is none. */
    static String readerCredits(Document doc) {
        Element credits = doc.selectFirst(READER_CREDITS);
        if (credits == null) return null;
        String text = credits.text().strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The day a syndicated copy says the story first appeared ("Originally published on X on February 26, 2036."): the
     * copy's own tags give the day it was reposted. Null when the page has no such note.
     */
    static LocalDate originallyPublished(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : doc.body().select("p, div, span, em, i, small, footer")) {
            if (!e.children().isEmpty() && e.children().size() > 3) continue;
            String text = e.text().replace('\u00A0', ' ').strip();
            if (text.length() > 200) continue;
            Matcher m = ORIGINALLY.matcher(text);
            if (!m.matches()) continue;
            LocalDate d = HtmlDates.find(m.group(1));
            if (d != null) return d;
        }
        return sourceBox(doc);
    }

    /**
     * The day an aggregator's source box gives for the first outlet: the outlet's logo, its name and "First published
     * 3 March 2037" ({@code <div class="source"><img alt="The Westmoor Courier"> The Westmoor Courier First published
     * ...</div>}); the aggregator's tags give the day it took the story in. Null when no box names its logo's outlet so.
     */
    private static LocalDate sourceBox(Document doc) {
        for (Element img : doc.body().select("img[alt]")) {
            Element box = img.parent();
            String outlet = img.attr("alt").strip();
            if (box == null || outlet.length() < 3) continue;
            Matcher m = SOURCE_LINE.matcher(box.text().replace('\u00A0', ' ').strip());
            if (!m.matches() || !m.group(1).strip().equalsIgnoreCase(outlet)) continue;
            LocalDate d = HtmlDates.findInDateLine(m.group(2));
            if (d != null) return d;
        }
        return null;
    }
}
