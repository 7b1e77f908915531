package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the fourth set of freshly written pages (src/test/resources/fresh-pages4): a paper's or
 * a Romanian newsroom's staff credit giving way to the printed byline, three writers in one byline, "Guest column by",
 * Romanian "de", a class that shortens author to "auth", an agency after the name ("/ TNN", ", ČTK"), a Korean
 * reporter's "기자", "X FOR Y", a title that is only the last breadcrumb, Czech month names and an American page's
 * "Posted: 4/7/2036". Each with the cases it must leave alone.
 */
class PageMetadataFresh4RulesTest {
    private static final String HEADLINE = "<h1>State audit finds $41 million in unpaid tolls went uncollected</h1>";

    @Test
    void aStaffCreditGivesWayToTheWritersTheBylineLists() {
        String staff = "<meta name='author' content='Capitol Ledger Staff'>";
        assertEquals("Ana Ruiz, Tom Becker and Lena Okafor", read(staff, "<article>" + HEADLINE
                + "<p class='story-byline'>By Ana Ruiz, Tom Becker and Lena Okafor</p>" + PROSE + "</article>").author());
        // with no printed byline the staff credit stays, as a newsroom's credit does
        assertEquals("Capitol Ledger Staff", read(staff, "<article>" + HEADLINE + PROSE + "</article>").author());
        // a person whose name ends in another word stays; a role after a comma is no second writer
        assertEquals("Jane Staffield", read("<meta name='author' content='Jane Staffield'>", HEADLINE + PROSE).author());
        assertEquals("Jane Roe", read("<meta name='author' content='Capitol Ledger Staff'>", "<article>" + HEADLINE
                + "<p class='byline'>By Jane Roe, Health Correspondent</p>" + PROSE + "</article>").author());
        assertEquals("Ana Ruiz and Tom Becker", read(staff, "<article>" + HEADLINE
                + "<p class='byline'>By Ana Ruiz and Tom Becker</p>" + PROSE + "</article>").author());
    }

    @Test
    void aGuestColumnsWriterAndARomanianByline() {
        String paper = "<meta property='og:site_name' content='Plainsview Tribune'><meta name='author' content='Plainsview Tribune'>";
        assertEquals("Miriam Osei", read(paper, "<article><h1>Our aquifer can't keep paying for lawns</h1><p class='guest-byline'>"
                + "Guest column by Miriam Osei, a professor of hydrology at Lakeshore State University</p>" + PROSE
                + "</article>").author());
        assertEquals("Lee Ward", AuthorNames.clean("Commentary by Lee Ward"));
        String ro = "<meta name='author' content='Redacția Ziarul Ardealului'>";
        assertEquals("Andreea Mureșan", read(ro, "<article><h1>Primăria mută piața</h1><div class='meta'><span class='author'>de "
                + "<a href='/autor/am'>Andreea Mureșan</a></span> <span>Publicat: 14.10.2036, 09:14</span></div>" + PROSE
                + "</article>").author());
        // one word after "de" is as often a place; a capital "De" opens a surname
        assertEquals("Redacția Ziarul Ardealului", read(ro, "<article><h1>Primăria mută piața</h1><p>de Cluj</p>" + PROSE
                + "</article>").author());
        assertEquals("De Luca", AuthorNames.clean("De Luca"));
    }

    @Test
    void anAuthClassAnAgencyAfterTheNameAndAKoreanReportersTitle() {
        assertEquals("Rohan Deshpande", read("", "<h1 class='hdln'>Metro Line 4 trial run begins on Thane stretch</h1>"
                + "<div class='auth-dtl'><div class='auth-nm'><a href='/author-rd.cms'>Rohan Deshpande</a> / TNN</div>"
                + "<div class='upd-dt'>Updated: Mar 3, 2036, 01:20 IST</div></div>" + PROSE).author());
        // a class that only contains the letters ("oauth-button", "author-less" sites' "authority") names no one
        assertNull(read("", "<h1 class='hdln'>Metro Line 4 trial run begins</h1><div class='oauth-login'>Sign In Now</div>"
                + PROSE).author());
        assertEquals("Kateřina Horáková", AuthorNames.clean("Kateřina Horáková, ČTK"));
        assertEquals("Rohan Deshpande", AuthorNames.clean("Rohan Deshpande / PTI"));
        // the agency alone is the credit of a wire story
        assertEquals("PTI", AuthorNames.clean("PTI"));
        assertEquals("박서연", AuthorNames.clean("박서연 기자"));
        assertEquals("山田太郎", AuthorNames.clean("山田太郎記者"));
        assertNull(AuthorNames.clean("기자"));
    }

    @Test
    void aWriterForAPublication() {
        assertEquals("HARRIET COLE", AuthorNames.clean("HARRIET COLE FOR THE DAILY BEACON"));
        assertEquals("Jane Roe", AuthorNames.clean("By Jane Roe for MailOnline"));
        // one word before "for" is no full name; a lower-case word after it is no publication
        assertEquals("Kids for Peace", AuthorNames.clean("Kids for Peace"));
        assertEquals("Jane Roe for now", AuthorNames.clean("Jane Roe for now"));
    }

    @Test
    void aTitleThatIsOnlyTheLastCrumbGivesWayToTheOneHeadline() {
        String h1 = "<h1>Cedar Point bridge to close for eight months while deck is replaced</h1>";
        String crumbs = "<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/news/'>News</a></li>"
                + "<li class='active'>Bridge closure</li></ol>";
        assertEquals("Cedar Point bridge to close for eight months while deck is replaced",
                read("<title>Bridge closure | Lakeview Post</title><meta property='og:site_name' content='Lakeview Post'>",
                        crumbs + h1 + PROSE).title());
        String ld = "<script type='application/ld+json'>{\"@type\":\"BreadcrumbList\",\"itemListElement\":[{\"position\":1,"
                + "\"name\":\"Home\"},{\"position\":2,\"name\":\"Bridge closure\"}]}</script>";
        assertEquals("Cedar Point bridge to close for eight months while deck is replaced",
                read("<title>Bridge closure</title>" + ld, h1 + PROSE).title());
        // a title that is no crumb, or two h1s: the title stays
        assertEquals("Bridge works", read("<title>Bridge works</title>", crumbs + h1 + PROSE).title());
        assertEquals("Bridge closure", read("<title>Bridge closure</title>", crumbs + h1 + "<h1>Sport</h1>" + PROSE).title());
        // an h1 holding the crumb is the headline with a kicker before it: the title stays
        assertEquals("Bridge closure", read("<title>Bridge closure</title>", crumbs + "<h1>Road works Bridge closure</h1>" + PROSE).title());
    }

    @Test
    void czechMonthNamesInADateLine() {
        assertEquals(LocalDate.of(2035, 6, 12), read("", "<article><h1>Kraj zavře most</h1><div class='datum'>"
                + "12. června 2035 14:05, aktualizováno 13. 6. 8:10</div>" + PROSE + "</article>").published());
        assertEquals(LocalDate.of(2034, 9, 3), HtmlDates.find("3. září 2034"));
        assertEquals(LocalDate.of(2034, 12, 24), HtmlDates.find("24. prosince 2034"));
        // a word that is no month leaves the line undated
        assertNull(HtmlDates.find("12. června"));
    }

    @Test
    void anAmericanPagesNumericPostedDateIsReadMonthFirst() {
        String line = "<h1>School board delays vote on four-day week</h1><div class='article-info'><span class='posted'>"
                + "Posted: 4/7/2036 5:12 PM</span></div>" + PROSE;
        Document us = Jsoup.parse("<html lang='en-US'><head></head><body>" + line + "</body></html>",
                "https://example.org/");
        assertEquals(LocalDate.of(2036, 4, 7), new MetadataExtractor().extract(us).published());
        // British English, or no language, may print the day first: no date is read
        Document gb = Jsoup.parse("<html lang='en-GB'><head></head><body>" + line + "</body></html>",
                "https://example.org/");
        assertNull(new MetadataExtractor().extract(gb).published());
        assertNull(read("", line).published());
        // a number that is no calendar date
        Document odd = Jsoup.parse("<html lang='en-US'><body><h1>x</h1><p>Posted: 13/45/2036</p>"
                + PROSE + "</body></html>", "https://example.org/");
        assertNull(new MetadataExtractor().extract(odd).published());
    }
}
