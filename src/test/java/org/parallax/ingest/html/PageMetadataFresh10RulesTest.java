package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the tenth set of freshly written pages (src/test/resources/fresh-pages10), English-language
 * papers outside the US and UK: desk credits, a role after a slash, "All Rights Reserved", Joomla's "createdby", a city
 * after the name, a role on a line of its own, an outlet as the JSON-LD author, and dates in digits with hyphens. Each
 * with the cases it must leave alone.
 */
class PageMetadataFresh10RulesTest {
    private static final String HEADLINE = "<h1>Council closes the old bridge to cars</h1>";

    @Test
    void aDeskABureauOrANewsServiceIsNoPersonsName() {
        assertNull(AuthorNames.clean("Web Desk"));
        assertNull(AuthorNames.clean("News Desk"));
        assertNull(AuthorNames.clean("By Online Desk"));
        assertNull(AuthorNames.clean("From Our Bureau"));
        assertNull(AuthorNames.clean("Express News Service"));
        assertNull(AuthorNames.clean("All Rights Reserved"));
        // a name that holds such a word is still a name
        assertEquals("Ananya Deskmukh", AuthorNames.clean("Ananya Deskmukh"));
        assertEquals("Jane Service", AuthorNames.clean("By Jane Service"));
        assertNull(read("", HEADLINE + "<div class='post-meta'><span class='meta-author'><a class='author-name'>Web Desk</a>"
                + "</span></div>" + PROSE).author());
    }

    @Test
    void aRoleAfterASlashIsNotPartOfTheName() {
        assertEquals("Carlene Davis", AuthorNames.clean("Carlene Davis/Staff Reporter"));
        assertEquals("Carlene Davis", AuthorNames.clean("Carlene Davis / Gleaner Writer"));
        // a slash before an agency or another name keeps what is not a role
        assertEquals("Javier Ruiz", AuthorNames.clean("Javier Ruiz / EFE"));
        assertEquals("Ann Feld/Bo Lind", AuthorNames.clean("Ann Feld/Bo Lind"));
    }

    @Test
    void theCopyrightLineOfAThemeIsNoAuthor() {
        assertNull(read("", HEADLINE + PROSE + "<footer><p class='copyright'>© Copyright 2037, All Rights Reserved</p></footer>")
                .author());
    }

    @Test
    void joomlasCreatedByNamesTheWriter() {
        assertEquals("Kwabena Asante-Mensah", read("", HEADLINE + "<div class='article-info'><span class='createdby' title="
                + "'Written by: Kwabena Asante-Mensah'>Kwabena Asante-Mensah</span></div>" + PROSE).author());
        // a class that only holds "createdby" inside another word is not Joomla's
        assertNull(read("", HEADLINE + "<div class='notcreatedbyme'>Kwabena Asante-Mensah</div>" + PROSE).author());
    }

    @Test
    void aCityAfterTheNameAndARoleOnItsOwnLineAreNotTheWriter() {
        assertEquals("Rezaul Karim Chowdhury", read("<meta name='author' content='The Dhaka Dispatch'>"
                + "<meta property='og:site_name' content='The Dhaka Dispatch'>", HEADLINE + "<div class='author-name'><a href="
                + "'/author/rkc'>Rezaul Karim Chowdhury</a>, Chattogram</div>" + PROSE).author());
        assertEquals("Wanjiku Mwangi", AuthorNames.readerCase(read("", HEADLINE + "<div class='article-authors'>"
                + "<p class='article-authors_authors'>By WANJIKU MWANGI</p><p class='article-authors_role'>Senior Transport "
                + "Writer</p></div>" + PROSE).author(), "en"));
        // two writers after a comma are two writers, not a writer and a city
        assertNull(read("", HEADLINE + "<div class='author-name'>Ann Feld, Bo Lind</div>" + PROSE).author());
        // a role alone names nobody
        assertNull(read("", HEADLINE + "<p class='author-role'>Senior Transport Writer</p>" + PROSE).author());
    }

    @Test
    void anOutletAsTheJsonLdAuthorGivesWayToThePrintedByline() {
        String ld = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Council closes the old "
                + "bridge to cars\", \"author\": {\"@type\": \"Organization\", \"name\": \"Rift Valley Nation\"}}</script>";
        assertEquals("Wanjiku Mwangi", read(ld, HEADLINE + "<p class='byline'>By Wanjiku Mwangi</p>" + PROSE).author());
        // with no printed byline the outlet stays
        assertEquals("Rift Valley Nation", read(ld, HEADLINE + PROSE).author());
        // a person in JSON-LD is kept over a byline elsewhere on the page
        String person = ld.replace("Organization", "Person").replace("Rift Valley Nation", "Amani Otieno");
        assertEquals("Amani Otieno", read(person, HEADLINE + "<p class='byline'>By Wanjiku Mwangi</p>" + PROSE).author());
        assertEquals(false, OutletCredits.organisation(Jsoup.parse("<script type='application/ld+json'>{\"author\": [{\"@type\": "
                + "\"Person\", \"name\": \"Ann Feld\"}, {\"@type\": \"Organization\", \"name\": \"Ledger\"}]}</script>"), "Ledger"));
    }

    @Test
    void aDateInDigitsWithHyphensIsReadDayFirst() {
        String en = "<html lang='en'><body>" + HEADLINE + "<div class='single-meta'><span class='post-date'>%s</span></div>"
                + PROSE + "</body></html>";
        assertEquals(LocalDate.of(2037, 3, 9), MarkedDates.dashed(Jsoup.parse(String.format(en, "09-03-2037"))));
        assertEquals(LocalDate.of(2037, 3, 14), MarkedDates.dashed(Jsoup.parse(String.format(en, "Published: 14-03-2037 08:30 PM"))));
        // the second number past twelve is the day
        assertEquals(LocalDate.of(2037, 3, 14), MarkedDates.dashed(Jsoup.parse(String.format(en, "03-14-2037"))));
        // an American page's date both ways possible is not read; neither is one in no date element, nor a phone number
        assertNull(MarkedDates.dashed(Jsoup.parse(String.format(en, "09-03-2037").replace("lang='en'", "lang='en-US'"))));
        assertNull(MarkedDates.dashed(Jsoup.parse("<html lang='en'><body><p>Call 09-03-2037 now</p></body></html>")));
        assertNull(MarkedDates.dashed(Jsoup.parse(String.format(en, "021-09-03-2037"))));
        assertNull(MarkedDates.dashed(Jsoup.parse(String.format(en, "31-02-2037"))));
    }
}
