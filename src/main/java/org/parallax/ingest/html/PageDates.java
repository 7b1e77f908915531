package org.parallax.ingest.html;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.parallax.text.Months;

/**
 * The date a page prints for its article when its metadata gives none: a {@code <time>} element, a short element
 * whose class or id says date, time, published or posted, a short line whose words say so ("Datum:", "Erstellt am",
 * "Posted on"), or a short line next to the headline that holds a date; inside the article before the rest of the
 * page; failing those, a publication date in a script's state ({@link #inScripts}) or a "last edited" line
 * ({@link #lastChange}). Only reads the document.
 */
final class PageDates {
    /** Class or id words of the elements that print an article's date. */
    private static final Pattern DATE_MARK = Pattern.compile("(?i)date|time|datum|published|posted|pubdate|entry[-_]meta"
            + "|post[-_]?meta|article[-_]?meta|meta[-_]?info|byline|created|submitted|articleinfo");
    /** Class or id words of a byline element: "author", "autor", "article-author". */
    private static final Pattern AUTHOR_MARK = Pattern.compile("(?i)author|autor");
    /** A capitalized word of two letters or more that is no month's name: a byline's name. */
    private static final Pattern NAMED = Pattern.compile("(?U)\\b(?!(?i:" + Months.NAME
            + "|uhr|am|um|on|at|author|autor(?:in)?|von|by|posted|datum|date)\\b)\\p{Lu}\\p{L}+");
    /** Words that label a date line: "Datum: 03.11.2021", "Erstellt am 9.2.2022", "Posted on May 3, 2020". */
    private static final Pattern DATE_LABEL = Pattern.compile("(?iU)(?:^|[\\s|•·,(])(?:datum|date|erstellt am|erschienen am"
            + "|veröffentlicht(?: am)?|veröffentlichung|publiziert am|publication|published(?: on)?|posted(?: on)?"
            // Italian "Pubblicato il" and "Pubblicato:" ("Pubblicato il 3 aprile 2036 alle 09:45")
            + "|stand|mise en ligne|publié le|publicado|pubblicato(?: il)?|pressemitteilung vom|meldung vom"
            // Hindi and Marathi "published" ("प्रकाशित: १२ मार्च २०३७", "पहली बार प्रकाशित:", "प्रसिद्धी :")
            + "|प्रकाशित|प्रसिद्धी)\\s*:?\\s*$");
    private static final Pattern FIRST_DIGIT = Pattern.compile("\\p{Nd}");
    /** Class or id words of a box that gives an event's day, time and place: "event-box", "wo-eventbox", "termin". */
    private static final Pattern EVENT_BOX = Pattern.compile("(?i)event|termin|veranstaltung");
    /** Shorter than this, a line beside the headline is a date or meta line, not the article's first paragraph. */
    private static final int MAX_HEADLINE_NEIGHBOUR = 100;
    /** Longer than this, an element is a block of text that happens to hold a date, not a date line. */
    private static final int MAX_LINE = 160;
    /** A labelled date in American numeric form ("Posted: 4/7/2036 5:12 PM"): month, day, year. */
    private static final Pattern US_NUMERIC = Pattern.compile("(?i)\\b(?:posted|published)(?:\\s+on)?\\s*:?\\s*"
            + "(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    /** Longer than this, a line that opens with a date is a sentence or a teaser, not a date line. */
    private static final int MAX_DATE_LINE = 70;
    private static final Pattern FURNITURE = Pattern.compile("(?i)comment|kommentar|respond|reply|footer|sidebar|widget|teaser"
            + "|related|copyright|nav|menu|archive|calendar|kalender|event|termin");
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|kommentar|respond|reply|disqus");
    /** Class or id words of a site's header: "header", "headerContainer", "site-header", "page_header". */
    private static final Pattern SITE_HEADER = Pattern.compile("(?i)(?:^|\\s)(?:(?:site|page|main|top)[-_]?)?header(?![-_]?(?:meta|date|info))");
    /** The page's own furniture; a paragraph in a box marked teaser can still be the article's lead. */
    private static final Pattern PAGE_FURNITURE = Pattern.compile("(?i)comment|kommentar|respond|reply|footer|sidebar|copyright");
    /** A publication date in a script's JSON or JavaScript (app state, a data layer): the key, then an ISO date. */
    private static final Pattern SCRIPT_DATE = Pattern.compile("(?i)[\"']?(?:datePublished|publishedDate|publishDate|published_at"
            + "|publishedAt|publication_time|publication_?date|date_published|pubDate|firstPublished|first_published_at)[\"']?"
            + "\\s*[:=]\\s*[\"'](\\d{4}-\\d{2}-\\d{2}[^\"']*)[\"']");
    /** Words that label the date of a page's last change: "last edited 2019-11-10", "Zuletzt aktualisiert am ...". */
    private static final Pattern CHANGE_LABEL = Pattern.compile("(?iU)(?:last (?:edited|modified|updated|changed)|zuletzt"
            + " (?:geändert|bearbeitet|aktualisiert)|wurde zuletzt am|letzte änderung|dernière mise à jour|mis à jour le)");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iU)(?:erschienen am|veröffentlicht am|published(?: on)?"
            + "|publié le)\\s*:?\\s*");
    /** The label of an article's update, opening its line or after a byline: "Updated", "Aktualisiert", "Güncelleme:", "Uppdaterad". */
    private static final Pattern UPDATE_OPENING = Pattern.compile("(?iU)(?<!\\p{L})(?:(?:last\\s+)?updated|aktualisiert|güncelleme"
            + "|güncellenme|aktualizacja|zaktualizowano|uppdaterad|uppdaterat|opdateret|oppdatert|actualizado|actualizada"
            + "|aggiornato|bijgewerkt|mis à jour|diperbarui)\\b\\s*:?");
    /** An update's label that ends the text before a {@code <time>}: "Updated", "Last updated:", "Aktualisiert am". */
    private static final Pattern UPDATE_LABEL_END = Pattern.compile("(?iU)(?<!\\p{L})(?:(?:last\\s+)?updated(?:\\s+on)?"
            + "|aktualisiert(?:\\s+am)?|mis à jour(?:\\s+le)?|actualizado(?:\\s+el)?|aggiornato(?:\\s+il)?|bijgewerkt(?:\\s+op)?)"
            + "\\s*:?\\s*$");
    /** The label of the day of first publication that may follow an update's: "First published", "Yayınlanma:". */
    private static final Pattern FIRST_PUBLISHED = Pattern.compile("(?iU)\\b(?:(?:first\\s+)?published(?:\\s+on)?|posted(?:\\s+on)?"
            + "|veröffentlicht(?:\\s+am)?|erschienen(?:\\s+am)?|yayınlanma(?:\\s+tarihi)?|yayın tarihi|opublikowano|publikacja"
            + "|publicerad|publicerat|publiceret|publisert|publicado|publicada|pubblicato|gepubliceerd|publié(?:\\s+le)?"
            + "|diterbitkan|dipublikasikan)\\b\\s*:?");
    /** A label that opens a forum's or portal's clock, the time the page was saved: "Aktuelle Zeit: 14.10.2020, 12:18". */
    private static final Pattern CLOCK_LABEL = Pattern.compile("(?iU)\\s*(?:aktuelle zeit|it is currently|current time"
            + "|heure actuelle|es ist jetzt|heute ist|today is)\\b");
    /** An "as of" label opening a line: "Stand:", "Stand -". */
    private static final Pattern AS_OF = Pattern.compile("(?iU)^stand\\s*[:\\p{Pd}]?\\s*(?=\\d)");
    /** A date line written with bars between day, month and year: "26 | 01 | 2022". */
    private static final Pattern BARRED = Pattern.compile("^(\\d{1,2})\\s*\\|\\s*(\\d{1,2})\\s*\\|\\s*(\\d{4})\\b");
    /**
     * The sentence a blog theme writes about the post ("... wurde am 19. Mai 2010 um 23:03 Uhr gepostet", "This entry
     * was posted on Wednesday, May 19th, 2010 at 11:03 pm"): group 1 holds the date, the verb after it says what it is.
     */
    private static final Pattern POSTED_SENTENCE = Pattern.compile("(?iU)\\bwurde am\\s+(.{6,40}?\\d{4})[^.!?]{0,30}?\\s"
            + "(?:gepostet|veröffentlicht|publiziert)\\b|\\b(?:entry|post|article) was (?:posted|published) on\\s+(.{6,40}?\\d{4})");
    /** Longer than this, a block holding the post sentence is the article itself, not the theme's note about the post. */
    private static final int MAX_POSTED_NOTE = 400;
    /** How many of the article's first paragraphs may open with its dateline. */
    private static final int MAX_PARAGRAPHS = 12;

    private PageDates() {
    }

    /** The first printed date in the article (or the page when it has no article element); null when none. */
    static LocalDate visible(Document doc) {
        Element body = doc.body();
        if (body == null) return null;
        Element article = mainArticle(doc);
        LocalDate d = article == null ? null : inside(article);
        if (d == null) d = inside(body);
        if (d == null && article != null) d = labelled(article);
        if (d == null) d = labelled(body);
        if (d == null) d = byline(body);
        if (d == null) d = besideHeadline(doc);
        if (d == null) d = publicationMarked(body);
        if (d == null) d = opening(article == null ? body : article);
        if (d == null && article != null) d = dateLine(article);
        if (d == null) d = dateLine(body);
        if (d == null) d = postedNote(body);
        if (d == null) d = usNumeric(doc);
        // a page in a language that writes the day first prints "12/03/2036" in an element marked as its date
        if (d == null) d = MarkedDates.dayFirst(doc);
        // a date line in digits with hyphens ("09-03-2037"), day first as the papers of South Asia print it
        if (d == null) d = MarkedDates.dashed(doc);
        return d;
    }

    /**
     * The date a page in American English ({@code lang="en-US"}) prints as "Posted: 4/7/2036" (a local radio or TV
     * station's CMS), read month first; null for other languages and regions, where the day may come first.
     */
    private static LocalDate usNumeric(Document doc) {
        if (!doc.select("html").attr("lang").strip().equalsIgnoreCase("en-US")) return null;
        for (Element e : doc.body().getElementsMatchingOwnText(US_NUMERIC)) {
            String text = e.text();
            if (text.length() > MAX_LINE || inComments(e)) continue;
            Matcher m = US_NUMERIC.matcher(text);
            if (!m.find()) continue;
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                if (d.getYear() >= 1990 && d.getYear() <= 2100) return d;
            } catch (DateTimeException x) {
                // not a calendar date ("13/45/2036")
            }
        }
        return null;
    }

    /**
     * The date printed inside the page's article element (a {@code <time>}, a date-marked or labelled line), else the
     * one date the page's microdata marks as published; null when there is none of these. Stronger than a generic
     * "date" meta, which many CMSs fill with the day the page was last saved.
     */
    static LocalDate inArticle(Document doc) {
        Element article = mainArticle(doc);
        LocalDate d = article == null ? null : inside(article);
        if (d == null && article != null) d = labelled(article);
        // a page with no article element (a press-release wire's header rows) prints its day beside the headline, when
        // its one h1 reads as one (four words or more, no link: a site's logo in an h1 links home, its date is today's)
        if (d == null && article == null && headlineH1(doc)) d = besideHeadline(doc);
        // the page's own microdata names its publication date, wherever the header that prints it stands
        if (d == null) d = microdataPublished(doc);
        return d;
    }

    /**
     * The one date the page's microdata marks as the article's publication ({@code <time itemprop=datePublished
     * datetime=...>}, or the element's text), outside comments; null when none is marked or the marked dates differ
     * (a list of teasers marks each card's day).
     */
    private static LocalDate microdataPublished(Document doc) {
        LocalDate found = null;
        for (Element e : doc.select("[itemprop~=(?i)^datePublished$]")) {
            if (inComments(e)) continue;
            LocalDate d = HtmlDates.parse(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
            if (d == null && e.text().length() <= MAX_LINE) d = HtmlDates.findInDateLine(e.text());
            if (d == null) continue;
            if (found != null && !found.equals(d)) return null;
            found = d;
        }
        return found;
    }

    /**
     * The date of a blog theme's note about the post, in a sidebar or under the post: "Literatur und ... wurde am
     * 19. Mai 2010 um 23:03 Uhr gepostet und unter ... abgelegt", "This entry was posted on ... at ...". The verb after
     * the date must say the post was posted or published ("wurde am 28. März 1926 in Wien geboren" is no such note);
     * notes inside comments are passed over.
     */
    private static LocalDate postedNote(Element root) {
        for (Element e : root.getElementsMatchingOwnText("(?i)wurde am|was (?:posted|published) on")) {
            Element block = e;
            while (block.parent() != null && !block.isBlock()) block = block.parent();
            String text = block.text().replace('\u00A0', ' ');
            if (text.length() > MAX_POSTED_NOTE || inComments(block)) continue;
            Matcher m = POSTED_SENTENCE.matcher(text);
            LocalDate d = m.find() ? HtmlDates.find(m.group(m.group(1) != null ? 1 : 2)) : null;
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The element that holds the article: the first {@code <article>}, article body or main element; null when the
     * page's {@code <article>} elements are cards of other stories (there are several, and the headline stands outside
     * all of them), so the page's own date line is not passed over for the first card's date.
     */
    private static Element mainArticle(Document doc) {
        Element first = doc.selectFirst("article, [itemprop~=articleBody], main, [role=main]");
        if (first == null || !first.tagName().equals("article") || !first.select("h1").isEmpty()) return first;
        Element headline = null;
        for (Element h1 : doc.select("h1")) {
            if (!h1.text().isBlank()) headline = headline == null ? h1 : headline;
        }
        boolean cards = headline != null && headline.closest("article") == null && doc.select("article").size() >= 2
                && headline.closest("main, [role=main], [itemprop~=articleBody]") == null;
        return cards ? null : first;
    }

    /**
     * The first publication date a script that is no JSON-LD gives (app state, a data layer), for pages that print
     * none: the dates all scripts give must agree, since app state often lists other articles with theirs.
     */
    static LocalDate inScripts(Document doc) {
        LocalDate found = null;
        for (Element script : doc.select("script:not([type=application/ld+json])")) {
            String data = script.data();
            if (data.length() < 12) continue;
            Matcher m = SCRIPT_DATE.matcher(data);
            while (m.find()) {
                LocalDate d = HtmlDates.parse(m.group(1));
                if (d == null) continue;
                if (found != null && !found.equals(d)) return null;
                found = d;
            }
        }
        return found;
    }

    /** The date of the page's last change that a short line labels ("last edited 2019-11-10 13:28 by ..."); null if none. */
    static LocalDate lastChange(Document doc) {
        if (doc.body() == null) return null;
        for (Element e : PageBylines.withParents(doc.body().getElementsMatchingOwnText(CHANGE_LABEL))) {
            String text = e.text();
            if (text.length() > MAX_LINE || !CHANGE_LABEL.matcher(text).find()) continue;
            // a footer giving both ("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023") has the publication date too
            Matcher published = PUBLISHED_LABEL.matcher(text);
            LocalDate d = published.find() ? HtmlDates.findInDateLine(text.substring(published.end())) : null;
            if (d != null) return d;
            d = HtmlDates.findInDateLine(text.substring(CHANGE_LABEL.matcher(text).results().findFirst().orElseThrow().end()));
            if (d != null) return d;
        }
        return null;
    }

    /**
     * A date that opens or closes one of the article's first paragraphs, set off from its text by a dash, bar, colon
     * or quote ("29.11.2022 – Mehrfach ...", "Pressemitteilung vom 25. Januar 2022 | Berlin – ..."), or after no more
     * than a place or a label: press releases and small sites print their date as the dateline of the first paragraph.
     */
    private static LocalDate opening(Element root) {
        int seen = 0;
        for (Element p : root.select("p")) {
            if (++seen > MAX_PARAGRAPHS) break;
            LocalDate d = HtmlDates.opening(p.text());
            if (d != null && !furniture(p, PAGE_FURNITURE)) return d;
        }
        return null;
    }

    /**
     * A short element marked as the publication ({@code itemprop=datePublished} without a date attribute, a class or
     * id that says publication) that prints a date. Weaker than the marks {@link #inside} reads: "publication" also
     * names boxes about other publications, so it comes after the lines beside the headline.
     */
    private static LocalDate publicationMarked(Element root) {
        for (Element e : root.select("[itemprop~=(?i)datePublished], [class~=(?i)publication], [id~=(?i)publication]")) {
            String text = e.text();
            if (text.length() > MAX_LINE) continue;
            LocalDate d = HtmlDates.findInDateLine(text);
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The first short element that opens with a date, after at most a place or a label ("Apr 7, 2009", "Bonn,
     * 11.10.2021", "06.11.2023 13:30 von Olga"): small sites print the date alone in a line of its own, marked by
     * nothing. Navigation, asides, footers and comment threads are passed over.
     */
    private static LocalDate dateLine(Element root) {
        for (Element e : root.select("p, div, span, small, em, strong, b, i, time, font, td, li, h2, h3, h4, h5, h6")) {
            String text = BARRED.matcher(e.text().replace('\u00A0', ' ').strip()).replaceFirst("$1.$2.$3");
            if (text.length() > MAX_DATE_LINE || text.length() < 6) continue;
            LocalDate d = HtmlDates.openingLine(text);
            if (d != null && !furniture(e, FURNITURE) && !inSiteHeader(e) && !SiteStrips.aboveMasthead(e)) return d;
        }
        return null;
    }

    /**
     * Whether {@code e} is in the site's header: a {@code <header>} or a box whose class or id opens with "header"
     * ("headerContainer", "site-header"), holding no h1 and outside every article. Portals print today's date there
     * beside the logo ("Donnerstag, 16. Februar 2012"), which is the day the page was saved, not the article's.
     */
    private static boolean inSiteHeader(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            boolean header = a.tagName().equals("header") || SITE_HEADER.matcher(a.className() + " " + a.id()).find();
            if (header) return a.select("h1").isEmpty() && a.closest("article") == null;
        }
        return false;
    }

    private static boolean furniture(Element e, Pattern marks) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("form")) return true;
            if (marks.matcher(a.className() + " " + a.id()).find()) return true;
        }
        return false;
    }

    /**
     * The date a short byline runs on into ("Georg Quaas, 21. Jan. 2015", "Author: Bo2man am 29.12.2010, 13:36 Uhr"): an
     * element whose class or id says author and that prints a name besides the date, outside comment threads and the
     * page's furniture.
     */
    private static LocalDate byline(Element root) {
        for (Element e : root.select("[class], [id]")) {
            if (!AUTHOR_MARK.matcher(e.className() + " " + e.id()).find()) continue;
            String text = e.text();
            // a byline box may also hold a block (a rating, share buttons): its line is the text before that block
            if (text.length() > MAX_HEADLINE_NEIGHBOUR) text = leadLine(e);
            if (text.length() > MAX_HEADLINE_NEIGHBOUR || text.length() < 6) continue;
            // the name must be there too: a teaser list's author slot may hold only the other article's date
            if (!NAMED.matcher(text).find()) continue;
            LocalDate d = HtmlDates.findInDateLine(text);
            if (d != null && !inComments(e) && !furniture(e, PAGE_FURNITURE)) return d;
        }
        return null;
    }

    /** The text of {@code e} before its first block child (its whole text when it has none). */
    private static String leadLine(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c) {
                if (c.isBlock()) break;
                sb.append(c.text());
            } else if (n instanceof TextNode tn) {
                sb.append(tn.text());
            }
        }
        return sb.toString().replace('\u00A0', ' ').strip();
    }

    /** A short line in which a date follows a word that says what it is. */
    private static LocalDate labelled(Element root) {
        for (Element e : root.select("*")) {
            String text = e.text();
            if (text.length() > MAX_LINE || text.length() < 6) continue;
            LocalDate d = HtmlDates.findInDateLine(text);
            if (d == null) continue;
            // the first digit of any script: a label before "१८ मार्च" is read as before "18 March"
            var m = FIRST_DIGIT.matcher(text);
            String before = m.find() ? text.substring(0, m.start()) : text;
            // the label sits right before the date, or the month name does ("Erstellt am 9. Februar 2022")
            if (DATE_LABEL.matcher(before.replaceFirst("(?iU)\\p{L}+\\s*$", "")).find() || DATE_LABEL.matcher(before).find()) {
                return d;
            }
        }
        return null;
    }

    /** A UTC timestamp with its seconds: "2023-11-09T05:30:59Z", "2023-11-09T05:30:59.000+00:00". */
    private static final Pattern UTC_SECONDS = Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.\\d+)?(?:Z|[+-]00:?00)\\s*");
    /** A local time with its seconds and no zone, as a {@code <time datetime>} prints it: "2023-11-08 23:30:59". */
    private static final Pattern LOCAL_SECONDS = Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})\\s*");
    /** A time of day to the minute, on a 24 or a 12 hour clock: "22:41", "10:41 PM". */
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d:])([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d])(?:\\s*(?i:([ap])\\.?m\\b\\.?))?");
    /**
     * A time written with a point ("06.05 AEDT", "20.48 GMT", "9.30 pm"), as British and Australian papers print it: only
     * before a zone or am/pm, so that a day and month ("15.03") is not taken for one.
     */
    private static final Pattern POINT_CLOCK = Pattern.compile("(?<![\\d.:])([01]?\\d|2[0-3])\\.([0-5]\\d)(?=\\s*(?:[A-Z]{1,4}T\\b"
            + "|GMT\\b|UTC\\b|(?i:[ap]\\.?m\\b)))");
    private static final Pattern ANY_CLOCK = Pattern.compile(CLOCK.pattern() + "|" + POINT_CLOCK.pattern());
    /** Longer than this, a line with a time is running text, not a date line. */
    private static final int MAX_CLOCK_LINE = 60;
    /** Farthest a zone lies from UTC, in hours. */
    private static final int MAX_ZONE_HOURS = 14;

    /**
     * The local day of a UTC timestamp, when the page prints the same instant as a zone-less {@code <time datetime>}:
     * the same minutes and seconds, a whole number of hours (not zero, at most fourteen) away. A page west of UTC
     * ("2023-11-09T05:30:59Z" in its metadata, {@code <time datetime="2023-11-08 23:30:59">} printed) dates its
     * article by its own day. Null when the stamp is no UTC time with seconds or no printed time matches it.
     */
    static LocalDate localDayOf(Document doc, String stamp) {
        LocalDateTime utc = utcTime(stamp);
        if (utc == null || utc.getMinute() == 0 && utc.getSecond() == 0) return null;
        for (Element t : doc.select("time[datetime]")) {
            Matcher l = LOCAL_SECONDS.matcher(t.attr("datetime"));
            if (!l.matches()) continue;
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(l.group(1) + "T" + l.group(2));
            } catch (DateTimeParseException e) {
                continue;
            }
            long seconds = Duration.between(utc, local).getSeconds();
            if (seconds != 0 && seconds % 3600 == 0 && Math.abs(seconds) <= MAX_ZONE_HOURS * 3600L) return local.toLocalDate();
        }
        // or a short printed line with the local day and the time to the minute ("3/5/2022 22:41" for 02:41 GMT the 4th)
        if (utc.getMinute() == 0 || doc.body() == null) return null;
        for (Element e : doc.body().getElementsMatchingOwnText(ANY_CLOCK)) {
            String text = POINT_CLOCK.matcher(e.text().replace('\u00A0', ' ').strip()).replaceAll("$1:$2");
            if (text.length() > MAX_CLOCK_LINE || furniture(e, FURNITURE)) continue;
            Matcher c = CLOCK.matcher(text);
            while (c.find()) {
                if (Integer.parseInt(c.group(2)) != utc.getMinute()) continue;
                int hour = Integer.parseInt(c.group(1)) % (c.group(3) == null ? 24 : 12);
                if (c.group(3) != null && c.group(3).equalsIgnoreCase("p")) hour += 12;
                for (int offset = -MAX_ZONE_HOURS; offset <= MAX_ZONE_HOURS; offset++) {
                    LocalDateTime local = utc.plusHours(offset);
                    if (offset != 0 && local.getHour() == hour && prints(text, local.toLocalDate())) {
                        return local.toLocalDate();
                    }
                }
            }
        }
        return null;
    }

    /** The time of a UTC timestamp: ISO with "Z" or "+00:00" and its seconds, or an HTTP date in GMT; null otherwise. */
    private static LocalDateTime utcTime(String stamp) {
        if (stamp == null) return null;
        try {
            Matcher u = UTC_SECONDS.matcher(stamp);
            if (u.matches()) return LocalDateTime.parse(u.group(1));
            if (stamp.strip().matches("(?i).*\\d{2}:\\d{2}:\\d{2}\\s+(?:GMT|UTC|\\+0000)")) {
                return ZonedDateTime.parse(stamp.strip().replaceFirst("(?i)\\s+UTC$", " GMT"),
                        DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** Whether {@code text} prints {@code day}: in digits (day first or month first, with / . or -) or with a month's name. */
    private static boolean prints(String text, LocalDate day) {
        int d = day.getDayOfMonth();
        int m = day.getMonthValue();
        int y = day.getYear();
        String dd = "0?" + d;
        String mm = "0?" + m;
        Pattern digits = Pattern.compile("(?<!\\d)(?:" + dd + "[./-]" + mm + "[./-]" + y + "|" + mm + "/" + dd + "/" + y + "|" + y + "-"
                + String.format("%02d-%02d", m, d) + ")(?!\\d)");
        return digits.matcher(text).find() || day.equals(HtmlDates.find(text));
    }

    /**
     * The day of an "as of" line right under the headline ("Stand: 07.11.2023, 07:30 Uhr", "Stand - 12.11.2021"): news
     * and government sites print it as the article's day, where their metadata keeps the day the page was first made.
     * Null when the headline is followed by no such line.
     */
    static LocalDate asOf(Document doc) {
        // every h1: the first is often a heading for screen readers ("Willkommen auf den Seiten ...")
        for (Element h1 : doc.select("h1")) {
            for (Element level = h1; level != null && level != doc.body(); level = level.parent()) {
                Element next = level.nextElementSibling();
                while (next != null && next.text().isBlank()) next = next.nextElementSibling();
                if (next == null) continue;
                String text = next.text().replace('\u00A0', ' ').strip();
                Matcher m = AS_OF.matcher(text);
                LocalDate d = text.length() <= MAX_HEADLINE_NEIGHBOUR && m.find() ? HtmlDates.findInDateLine(text.substring(m.end())) : null;
                if (d != null) return d;
                break;
            }
        }
        return null;
    }

    /** Whether the page has one h1, of four words or more and with no link in it. */
    private static boolean headlineH1(Document doc) {
        Elements h1s = doc.select("h1");
        return h1s.size() == 1 && h1s.first().select("a").isEmpty() && h1s.first().text().strip().split("\\s+").length >= 4;
    }

    /** A short line just before or after the page's headline that holds a date (a kicker or a meta line). */
    private static LocalDate besideHeadline(Document doc) {
        // blog themes without an h1 print the post's title as a heading marked title or linked as the post's permalink
        Element h1 = doc.selectFirst("h1");
        if (h1 == null) h1 = doc.selectFirst("h2[class*=title], h2:has(> a[rel~=bookmark])");
        if (h1 == null) return null;
        LocalDate d = h1.text().length() <= MAX_LINE ? HtmlDates.findInDateLine(h1.text()) : null;
        for (Element level = h1; d == null && level != null && level != doc.body(); level = level.parent()) {
            d = neighbour(level.previousElementSibling());
            if (d == null) d = neighbour(level.nextElementSibling());
            if (d == null && level.nextElementSibling() != null) d = neighbour(level.nextElementSibling().nextElementSibling());
            if (level.parent() != null && level.parent().text().length() > 4 * MAX_LINE) break;
        }
        return d;
    }

    private static LocalDate neighbour(Element e) {
        // an event's box beside the headline ("SAT 21 MAR 2037 Hullport Harbour") prints the day of the event
        if (e == null || EVENT_BOX.matcher(e.className() + " " + e.id()).find()) return null;
        String text = e.text().strip();
        return text.isEmpty() || text.length() > MAX_HEADLINE_NEIGHBOUR ? null : HtmlDates.findInDateLine(text);
    }

    private static LocalDate inside(Element root) {
        LocalDate update = null;
        for (Element t : root.select("time")) {
            LocalDate d = HtmlDates.parse(t.attr("datetime"));
            if (d == null) d = HtmlDates.find(t.attr("datetime"));
            if (d == null) d = HtmlDates.find(t.text());
            // an end of a span (the dates of a life under an obituary's headline) is not the day of publication
            if (d == null || inComments(t) || SiteStrips.aboveMasthead(t) || DateSpans.end(t)) continue;
            // a <time> labelled as the last update ("Updated <time>3 hours ago</time>") is read only when no line of the
            // article prints the day of publication
            if (updateLabelled(t)) {
                if (update == null) update = d;
                continue;
            }
            return d;
        }
        for (Element e : root.select("[class], [id]")) {
            if (!DATE_MARK.matcher(e.className() + " " + e.id()).find()) continue;
            String text = e.text();
            // the day a strip above the masthead prints is the day the page was shown
            if (text.length() > MAX_LINE || CLOCK_LABEL.matcher(text).lookingAt() || SiteStrips.aboveMasthead(e)
                    || DateSpans.span(text)) {
                continue;
            }
            // a line that opens with the day of an update ("Updated 18 October 2034 First published 16 October 2034",
            // "Güncelleme: 22.01.2034"): the day of first publication after it, else a later line's date
            // (or a byline's line that goes on to them: "Liam Castellano Updated ... First published ...")
            Matcher updated = UPDATE_OPENING.matcher(text);
            if (updated.find() && HtmlDates.findInDateLine(text.substring(0, updated.start())) == null) {
                Matcher first = FIRST_PUBLISHED.matcher(text);
                LocalDate d = first.find(updated.end()) ? HtmlDates.findInDateLine(text.substring(first.end())) : null;
                if (d != null && !inComments(e)) return d;
                if (update == null && !inComments(e)) update = HtmlDates.findInDateLine(text);
                continue;
            }
            LocalDate d = HtmlDates.findInDateLine(text);
            if (d != null && !inComments(e)) return d;
        }
        // only the update's day is printed: most pages change on the day they appear
        return update;
    }

    /** Whether the text just before {@code t} in its parent is an update's label ("Updated", "Last updated:"). */
    private static boolean updateLabelled(Element t) {
        Element parent = t.parent();
        if (parent == null) return false;
        String text = parent.text();
        int at = t.text().isEmpty() ? -1 : text.indexOf(t.text());
        String before = at < 0 ? parent.ownText() : text.substring(0, at);
        return UPDATE_LABEL_END.matcher(before).find();
    }

    /**
     * Whether {@code e} is (in) a comment or its date ("comment-date"): a comment's day, not the article's. A wrapper
     * holding most of the page is its layout, not a comment box.
     */
    private static boolean inComments(Element e) {
        int page = -1;
        for (Element a = e; a != null; a = a.parent()) {
            if (!COMMENTS.matcher(a.className() + " " + a.id()).find()) continue;
            if (page < 0) {
                Document doc = e.ownerDocument();
                page = doc == null || doc.body() == null ? Integer.MAX_VALUE : doc.body().text().length();
            }
            if (a.text().length() * 2 < page) return true;
        }
        return false;
    }
}
