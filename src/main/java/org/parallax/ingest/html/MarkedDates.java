package org.parallax.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Two last resorts for a page's date that the other readers pass over: a day written in digits with slashes, day first
 * ("12/03/2036 08h15", "Thứ năm, 15/5/2036"), in an element marked as a date on a page whose language writes the day
 * first; and a publication date kept only in a {@code data-} attribute of the page's markup
 * ({@code <article data-published="2035-04-22T07:30:00-05:00">}). Only reads the document.
 */
final class MarkedDates {
    /** A day, a month and a year in digits with slashes, nothing else in digits touching them. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    /** A day, a month and a year in digits with hyphens ("09-03-2037"), nothing else in digits touching them. */
    private static final Pattern DASHED = Pattern.compile("(?<![\\d/.-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d/-])");
    /** Class or id words of an element that prints a date. */
    private static final Pattern DATE_MARK = Pattern.compile("(?i)date|time|datum|published|posted|pubdate|fecha");
    /**
     * Languages that write the year first ("2035/11/20"), and English, whose pages may be American (month first) whatever
     * region their template names; the others write the day first.
     */
    private static final Set<String> NOT_DAY_FIRST = Set.of("en", "zh", "ja", "ko", "hu", "lt", "mn", "fa");
    /** The names of data attributes that hold a publication date: "data-published", "data-publish-date", "data-pubdate". */
    private static final Pattern DATA_PUBLISHED = Pattern.compile("(?i)data-(?:date-?)?(?:published|publish|pub)(?:[-_]?(?:at|date|time|on))?"
            + "|data-first-published(?:[-_]?(?:at|date))?");
    private static final Pattern FURNITURE = Pattern.compile("(?i)comment|kommentar|respond|reply|footer|sidebar|widget|teaser"
            + "|related|copyright|nav|menu|archive|calendar|event");
    private static final Pattern SITE_HEADER = Pattern.compile("(?i)(?:^|[\\s_-])(?:(?:site|page|main)[-_]?)?(?:header|top[-_]?bar)(?:$|[\\s_-])");
    /** Longer than this, an element is text that holds a date, not a date line. */
    private static final int MAX_LINE = 100;

    private MarkedDates() {
    }

    /**
     * The first day-first date in digits ("12/03/2036") that a {@code <time>}, an element the microdata marks as
     * published or an element whose class or id says date prints, on a page whose {@code lang} writes the day first
     * (not English, nor the languages that put the year first), or on a British or Commonwealth English page whose other
     * dates are written day first ({@link DayFirstEnglish}); null otherwise.
     */
    static LocalDate dayFirst(Document doc) {
        if (doc.body() == null) return null;
        // English only where the page's region and its own other dates both write the day first
        if (!dayFirstLanguage(doc.select("html").attr("lang")) && !DayFirstEnglish.page(doc)) return null;
        for (Element e : doc.body().select("time, [itemprop~=(?i)^datePublished$], [class], [id]")) {
            boolean marked = e.tagName().equals("time") || e.hasAttr("itemprop") && e.attr("itemprop").matches("(?i).*datePublished.*")
                    || DATE_MARK.matcher(e.className() + " " + e.id()).find();
            String text = e.text().replace('\u00A0', ' ').strip();
            if (!marked || text.length() > MAX_LINE || furniture(e) || inSiteHeader(e)) continue;
            Matcher m = SLASHED.matcher(text);
            if (!m.find()) continue;
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d != null) return d;
        }
        return null;
    }

    /**
     * The first date in digits with hyphens ("09-03-2037", "Published: 14-03-2037 08:30 PM") that an element marked as
     * a date prints (as {@link #dayFirst(Document)}), read day first as the papers of South Asia and Africa print it;
     * month first only when the second number cannot be a month's ("03-14-2037"). On an American page
     * ({@code lang="en-US"}) a date both ways possible is not read. Null when no marked element prints one.
     */
    static LocalDate dashed(Document doc) {
        if (doc.body() == null) return null;
        boolean american = doc.select("html").attr("lang").strip().equalsIgnoreCase("en-US");
        for (Element e : doc.body().select("time, [itemprop~=(?i)^datePublished$], [class], [id]")) {
            boolean marked = e.tagName().equals("time") || e.hasAttr("itemprop") && e.attr("itemprop").matches("(?i).*datePublished.*")
                    || DATE_MARK.matcher(e.className() + " " + e.id()).find();
            String text = e.text().replace('\u00A0', ' ').strip();
            if (!marked || text.length() > MAX_LINE || furniture(e) || inSiteHeader(e)) continue;
            Matcher m = DASHED.matcher(text);
            if (!m.find()) continue;
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (american && a <= 12 && b <= 12) continue;
            LocalDate d = b > 12 ? date(m.group(3), m.group(1), m.group(2)) : date(m.group(3), m.group(2), m.group(1));
            if (d != null) return d;
        }
        return null;
    }

    /** Whether a page in {@code lang} writes a date in digits day first. */
    static boolean dayFirstLanguage(String lang) {
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (l.isEmpty()) return false;
        return !NOT_DAY_FIRST.contains(l.split("-")[0]);
    }

    /**
     * The publication date the page keeps in a {@code data-} attribute ("data-published", "data-publish-date") as an
     * ISO date; null when none does, or when such attributes give different days (a list of teasers, each with its
     * own), or they stand only in comments or the page's furniture.
     */
    static LocalDate dataAttribute(Document doc) {
        if (doc.body() == null) return null;
        LocalDate found = null;
        for (Element e : doc.body().getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (!DATA_PUBLISHED.matcher(a.getKey()).matches()) continue;
                LocalDate d = HtmlDates.parse(a.getValue());
                if (d == null || furniture(e)) continue;
                if (found != null && !found.equals(d)) return null;
                found = d;
            }
        }
        return found;
    }

    /**
     * In a comment thread, a nav, an aside, a footer or a box of other stories; a box so named that holds most of the
     * page is its layout ("sidebar-1" as a news site's main column), not furniture.
     */
    private static boolean furniture(Element e) {
        int page = -1;
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.tagName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("form")) return true;
            if (!FURNITURE.matcher(a.className() + " " + a.id()).find()) continue;
            if (page < 0) {
                Document doc = e.ownerDocument();
                page = doc == null || doc.body() == null ? Integer.MAX_VALUE : doc.body().text().length();
            }
            if (a.text().length() * 2 < page) return true;
        }
        return false;
    }

    /**
     * In the site's header outside the page's main part: a {@code <header>} or a box whose class or id opens with
     * "header" or "top", where portals print today's date (the day the page was saved).
     */
    private static boolean inSiteHeader(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            boolean header = a.tagName().equals("header") || SITE_HEADER.matcher(a.className() + " " + a.id()).find();
            if (header) return a.closest("main, article, [role=main]") == null;
        }
        return false;
    }

    private static LocalDate date(String y, String mo, String d) {
        int year = Integer.parseInt(y);
        if (year < 1990 || year > 2100) return null;
        try {
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
