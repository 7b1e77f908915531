package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the fifth set of freshly written pages (src/test/resources/fresh-pages5): Drupal's
 * "Submitted by", "Interview by", Dutch "Van onze verslaggever", a reporter's role with no name, a translator beside the
 * writer, a link to the writer's page with no "By", a closing name in bold set to the right, Greek and Dutch short month
 * names, a day-first date in digits, a date only in a data attribute and a headline in an h2 under a logo h1. Each with
 * the cases it must leave alone.
 */
class PageMetadataFresh5RulesTest {
    private static final String HEADLINE = "<h1>Fire district asks voters for a second ambulance</h1>";
    /** A paragraph long enough to be the article's prose (150 characters or more). */
    private static final String LONG_PROSE = "<p>The district now runs one ambulance for about 14,000 residents spread over 90"
            + " square miles, and when it is out on a call the next one comes from Millport, 25 minutes away.</p>";

    private static org.parallax.ingest.html.PageMetadata page(String lang, String head, String body) {
        return new MetadataExtractor().extract(Jsoup.parse("<html lang='" + lang + "'><head>" + head + "</head><body>" + body
                + "</body></html>", "https://example.org/"));
    }

    @Test
    void labelsOfDrupalInterviewsAndDutchReporters() {
        assertEquals("Corinne Vasquez", read("", "<article>" + HEADLINE + "<footer><div class='node__submitted'>Submitted by"
                + " <span>Corinne Vasquez</span> on Tue, 03/14/2034 - 09:12</div></footer>" + PROSE + "</article>").author());
        assertEquals("Lena Park", read("", "<article>" + HEADLINE + "<p class='credit'>Interview by <a href='/c/lp'>Lena Park"
                + "</a></p>" + PROSE + "</article>").author());
        assertEquals("Sanne de Wit", read("", "<article>" + HEADLINE + "<span class='meta'>Van onze verslaggever Sanne de Wit"
                + "</span>" + PROSE + "</article>").author());
        // the interviewee's answers and a Dutch "van" in a sentence give no writer
        assertNull(read("", "<article>" + HEADLINE + "<p><strong>Felix Mwangi:</strong> Because we planted one species.</p>"
                + PROSE + "</article>").author());
        assertNull(read("", "<article>" + HEADLINE + "<p>Van onze lezers kregen we veel reacties.</p>" + PROSE
                + "</article>").author());
    }

    @Test
    void aReportersRoleWithNoNameIsNoAuthor() {
        assertNull(AuthorNames.clean("Staff Reporter"));
        assertNull(AuthorNames.clean("Our Correspondent"));
        assertNull(AuthorNames.clean("Special Correspondent"));
        assertNull(read("", "<article>" + HEADLINE + "<span class='article__author'>Staff Reporter</span>" + PROSE
                + "</article>").author());
        // a name with its role stays the name; a newsroom's credit that names the paper stays as it was
        assertEquals("Jane Roe", AuthorNames.clean("Jane Roe, Staff Writer"));
        assertEquals("Courier Staff", AuthorNames.clean("Courier Staff"));
        assertEquals("Ann Reporter", AuthorNames.clean("Ann Reporter"));
    }

    @Test
    void aTranslatorIsDroppedFromTheAuthors() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                + "\"headline\":\"x\",\"author\":[{\"@type\":\"Person\",\"name\":\"Lucía Ferreyra\"},"
                + "{\"@type\":\"Person\",\"name\":\"Mark Ellison\"}]}</script>";
        assertEquals("Lucía Ferreyra", read(ld, "<article>" + HEADLINE + "<p>By Lucía Ferreyra</p><p>Translated from the"
                + " Spanish by Mark Ellison</p>" + PROSE + "</article>").author());
        assertEquals("Lucía Ferreyra", read(ld, "<article>" + HEADLINE + "<p>Traducido por Mark Ellison</p>" + PROSE
                + "</article>").author());
        // two writers and no translator's credit: both stay; a sole writer who also translated stays
        assertEquals("Lucía Ferreyra, Mark Ellison", read(ld, "<article>" + HEADLINE + PROSE + "</article>").author());
        assertEquals("Mark Ellison", read("<meta name='author' content='Mark Ellison'>", "<article>" + HEADLINE
                + "<p>Translated by Mark Ellison</p>" + PROSE + "</article>").author());
    }

    @Test
    void aLinkToTheWritersPageThatSpellsTheName() {
        String credit = "<div class='credit'><a href='/staff/tomas-arguello'><img alt='Tomás Argüello'></a>"
                + "<a class='credit-name' href='/staff/tomas-arguello'>Tomás Argüello</a></div>";
        assertEquals("Tomás Argüello", read("", "<main>" + HEADLINE + credit + LONG_PROSE + "</main>").author());
        assertEquals("Rachel Ibarra", read("", "<article><a href='/opinion/columnists/rachel-ibarra'>Rachel Ibarra</a>"
                + HEADLINE + LONG_PROSE + "</article>").author());
        // a link whose address does not spell the name (a login), one after the prose (another story's card), one in a
        // menu, and links naming two people give no writer
        assertNull(read("", "<main>" + HEADLINE + "<a href='/author/ljazdzewski/'>Leszek Jażdżewski</a>" + LONG_PROSE
                + "</main>").author());
        assertNull(read("", "<main>" + HEADLINE + LONG_PROSE + "<div class='card'><a href='/author/tomasz-kasprowicz/'>"
                + "Tomasz Kasprowicz</a></div></main>").author());
        assertNull(read("", "<main><nav><a href='/staff/ann-lee'>Ann Lee</a></nav>" + HEADLINE + LONG_PROSE
                + "</main>").author());
        assertNull(read("", "<main>" + HEADLINE + "<a href='/staff/ann-lee'>Ann Lee</a> <a href='/staff/bo-kim'>Bo Kim</a>"
                + LONG_PROSE + "</main>").author());
        // a section's page under a writers' folder is no name ("/staff/" listing)
        assertNull(read("", "<main>" + HEADLINE + "<a href='/staff/'>Our Staff</a>" + LONG_PROSE + "</main>").author());
    }

    @Test
    void aClosingNameInBoldSetToTheRight() {
        assertEquals("Trần Minh Khoa", read("", "<article class='fck_detail'>" + PROSE + PROSE
                + "<p style='text-align:right;'><strong>Trần Minh Khoa</strong></p></article>").author());
        // a closing line in bold that is not set to the right, or that is a sentence, gives no writer
        assertNull(read("", "<article>" + PROSE + "<p><strong>Trần Minh Khoa</strong></p></article>").author());
        assertNull(read("", "<article>" + PROSE + "<p style='text-align:right'><strong>Read more stories</strong> here</p>"
                + "</article>").author());
        assertNull(read("", "<article>" + PROSE + "<p style='text-align:right'><strong>Photo: 2036</strong></p>"
                + "</article>").author());
    }

    @Test
    void greekAndDutchMonthNames() {
        assertEquals(LocalDate.of(2036, 5, 15), HtmlDates.find("Πέμπτη, 15 Μαΐου 2036, 09:40"));
        assertEquals(LocalDate.of(2036, 5, 15), HtmlDates.find("15 ΜΑΪΟΥ 2036"));
        assertEquals(LocalDate.of(2035, 9, 2), HtmlDates.find("2 Σεπτεμβρίου 2035"));
        assertEquals(LocalDate.of(2036, 2, 1), HtmlDates.find("1 Φεβρουαρίου 2036"));
        assertEquals(LocalDate.of(2036, 3, 7), HtmlDates.find("vr 7 mrt. 2036, 16:48"));
        // a Greek word that is no month, and a Latin word without its accents that is no month, are no date
        assertNull(HtmlDates.find("15 Μαΐστρος 2036"));
        assertNull(HtmlDates.find("15 mart 2036x"));
    }

    @Test
    void aDayFirstDateInDigitsOnAPageWhoseLanguageWritesTheDayFirst() {
        String line = "<h1>Campinas vai plantar 20 mil árvores</h1><p class='data'><time>12/03/2036 08h15</time></p>" + PROSE;
        assertEquals(LocalDate.of(2036, 3, 12), page("pt-BR", "", line).published());
        assertEquals(LocalDate.of(2036, 5, 15), page("vi", "", "<main><div class='header-content'><span class='date'>Thứ năm,"
                + " 15/5/2036, 07:30 (GMT+7)</span></div><h1>Đà Nẵng mở thêm tuyến xe buýt điện</h1>" + PROSE + "</main>")
                .published());
        // English (month first in America), a language that writes the year first, no language: no date is read
        assertNull(page("en", "", line).published());
        assertNull(page("en-GB", "", line).published());
        assertNull(page("ja", "", line).published());
        assertNull(read("", line).published());
        // an unmarked line, today's date in the site's header, and a number that is no date are not read either
        assertNull(page("pt-BR", "", "<h1>Campinas vai plantar 20 mil árvores</h1><p>12/03/2036</p>" + PROSE).published());
        assertNull(page("vi", "", "<header class='header'><span class='date'>Thứ hai, 7/12/2026</span></header>"
                + "<main><h1>Đà Nẵng mở thêm tuyến xe buýt điện</h1>" + PROSE + "</main>").published());
        assertNull(page("pt-BR", "", "<h1>x y z w</h1><span class='date'>31/13/2036</span>" + PROSE).published());
    }

    @Test
    void aDateOnlyInADataAttribute() {
        assertEquals(LocalDate.of(2035, 4, 22), read("", "<article data-post-id='88213' data-published='2035-04-22T07:30:00-05:00'>"
                + HEADLINE + "<span>Published 3 days ago</span>" + PROSE + "</article>").published());
        assertEquals(LocalDate.of(2035, 4, 22), read("", "<div data-publish-date='2035-04-22'>" + HEADLINE + PROSE
                + "</div>").published());
        // teasers with days of their own, a comment's attribute, and an attribute that is no date give no date
        assertNull(read("", HEADLINE + PROSE + "<div class='cards'><div data-published='2035-04-20'>a</div>"
                + "<div data-published='2035-04-21'>b</div></div>").published());
        assertNull(read("", HEADLINE + PROSE + "<div class='comments'><div data-published='2035-04-20'>a</div></div>")
                .published());
        assertNull(read("", "<article data-published='yes'>" + HEADLINE + PROSE + "</article>").published());
        assertNull(read("", "<article data-publisher='2035-04-22'>" + HEADLINE + PROSE + "</article>").published());
    }

    @Test
    void aHeadlineInAnH2UnderALogoH1() {
        String top = "<div id='top'><h1 class='logo'><a href='/'><img src='/logo.gif' alt='The Valley Courier'></a></h1></div>";
        assertEquals("County fair will move to August after heat complaints", read("<title>The Valley Courier - News</title>",
                top + "<h2 class='newstitle'>County fair will move to August after heat complaints</h2>" + PROSE).title());
        // an h1 with text, an h2 not marked as a title, two marked h2s, or a tab title that is not the site's name stay
        assertEquals("The Valley Courier - News", read("<title>The Valley Courier - News</title>", top
                + "<h2>County fair will move to August after heat complaints</h2>" + PROSE).title());
        assertEquals("The Valley Courier - News", read("<title>The Valley Courier - News</title>", top
                + "<h2 class='title'>County fair will move to August</h2><h2 class='title'>School board race draws five</h2>"
                + PROSE).title());
        assertEquals("County fair moves to August", read("<title>County fair moves to August</title>", top
                + "<h2 class='newstitle'>Other headline of the day here</h2>" + PROSE).title());
        assertEquals("Fair news today", read("<title>The Valley Courier - News</title>", "<h1>Fair news today</h1>"
                + "<h2 class='newstitle'>County fair will move to August after heat complaints</h2>" + PROSE).title());
    }
}
