package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.html.BlockWalker.BlockText;
import org.parallax.model.BlockType;

/**
 * The metadata rules found on the seventh set of freshly written pages (src/test/resources/fresh-pages7), pages as
 * users save them: a web archive's capture time in the date tags, a translate proxy's page whose tags keep the original
 * headline, a browser Reader View's credits line, a syndicated copy's "Originally published on ... on <date>", a date
 * with a month's name in any language before "Autor:", and a feed's "The post ... appeared first on" footer. Each with
 * the cases it must leave alone.
 */
class PageMetadataFresh7RulesTest {
    private static final String HEADLINE = "<h1>Glassworks to reopen with 180 jobs after investor steps in</h1>";
    private static final String CAPTURED = "<meta property='article:published_time' content='2037-03-14T10:22:05Z'>";
    private static final String HEADER = "<div id='HEADER'><table><tr><td>webpage capture</td><td>Saved from "
            + "https://www.paper.example/news/glassworks 14 Mar 2037 10:22:05 UTC</td></tr></table></div>";
    private static final String PRINTED = "<div class='date'>05:00, 21 NOV 2036</div>";

    @Test
    void aCaptureTimeAWebArchiveWritesIntoTheDateTagsIsNotThePublicationDate() {
        assertEquals(LocalDate.of(2036, 11, 21),
                read(CAPTURED, HEADER + "<div>" + HEADLINE + PRINTED + PROSE + "</div>").published());
        // a Wayback Machine capture: the time is the 14 digits of its rewritten addresses
        String wayback = "<a href='https://web.archive.org/web/20370214083311/https://www.paper.example/'>Home</a>";
        assertEquals(LocalDate.of(2036, 11, 21), read("<meta property='article:published_time' content='2037-02-14T08:33:11Z'>",
                wayback + "<div>" + HEADLINE + PRINTED + PROSE + "</div>").published());
        // a tag at another time than the capture is the page's own date, captured or not
        assertEquals(LocalDate.of(2036, 11, 20), read("<meta property='article:published_time' content='2036-11-20T18:00:00Z'>",
                HEADER + "<div>" + HEADLINE + PRINTED + PROSE + "</div>").published());
        assertEquals(LocalDate.of(2037, 2, 14), read("<meta property='article:published_time' content='2037-02-14T08:33:11Z'>",
                wayback.replace("20370214083311", "20370301000000") + "<div>" + HEADLINE + PROSE + "</div>").published());
        // a page that is no capture keeps its tag, even when it prints the same time somewhere
        assertEquals(LocalDate.of(2037, 3, 14), read(CAPTURED, "<div id='top'>Updated 14 Mar 2037 10:22:05 UTC</div><div>"
                + HEADLINE + PRINTED + PROSE + "</div>").published());
        assertFalse(SavedCopies.captureTime(Jsoup.parse(HEADER), "2037-03-14"));
        assertTrue(SavedCopies.captureTime(Jsoup.parse(HEADER), "2037-03-14T11:22:05+01:00"));
    }

    @Test
    void aTranslatedPagesTitleIsTheHeadlineItPrintsNotTheOriginalOneInItsTags() {
        String head = "<meta property='og:title' content='München testet fahrerlose Busse'>";
        String h1 = "<h1><font style='vertical-align: inherit;'><font style='vertical-align: inherit;'>Munich tests driverless"
                + " buses</font></font></h1>";
        assertEquals("Munich tests driverless buses", read(head, h1 + PROSE).title());
        // marked as translated on the <html> element only
        var doc = Jsoup.parse("<html class='translated-ltr'><head>" + head + "</head><body><h1>Munich tests driverless "
                + "buses</h1>" + PROSE + "</body></html>", "https://example.org/");
        assertEquals("Munich tests driverless buses", new MetadataExtractor().extract(doc).title());
        // an untranslated page keeps the title of its tags; so does a translated page with two h1s
        assertEquals("München testet fahrerlose Busse", read(head, "<h1>Munich tests driverless buses</h1>" + PROSE).title());
        assertEquals("München testet fahrerlose Busse", read(head, h1 + "<h1>Other</h1>" + PROSE).title());
    }

    @Test
    void aReaderViewsCreditsLineNamesTheWriter() {
        String reader = "<div class='header reader-header'><a class='domain reader-domain' href='https://x.example/'>x.example"
                + "</a><h1 class='reader-title'>A village bakery</h1><div class='credits reader-credits'>Hannah Lindqvist</div>"
                + "</div>";
        assertEquals("Hannah Lindqvist", read("", reader + PROSE).author());
        // an empty credits line (Reader View found no byline) gives no author; a page's own credits box is no byline
        assertNull(read("", reader.replace("Hannah Lindqvist", "") + PROSE).author());
        assertNull(read("", "<h1>A village bakery</h1>" + PROSE + "<div class='credits'>Design: Studio Nord</div>").author());
    }

    @Test
    void aSyndicatedCopyIsDatedByTheDayTheStoryFirstAppeared() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Heat pump rebates run out\",\"datePublished\":\"2036-02-27T14:48:31.000Z\"}</script>";
        String note = "<p class='origin'>Originally published on Midlands Energy Report on February 26, 2036.</p>";
        assertEquals(LocalDate.of(2036, 2, 26), read(ld, "<h1>Heat pump rebates run out</h1>" + PROSE + note).published());
        assertEquals(LocalDate.of(2024, 5, 3), read(ld, "<h1>Heat pump rebates run out</h1>" + PROSE
                + "<p>This article was originally published in The Conversation on 3 May 2024.</p>").published());
        // a note without a date, or a sentence of the story that mentions an earlier publication, changes nothing
        assertEquals(LocalDate.of(2036, 2, 27), read(ld, "<h1>Heat pump rebates run out</h1>" + PROSE
                + "<p>Originally published on Midlands Energy Report.</p>").published());
        assertEquals(LocalDate.of(2036, 2, 27), read(ld, "<h1>Heat pump rebates run out</h1>" + PROSE
                + "<p>The study, originally published in Nature on 4 March 2031, found that heat pumps cut bills by a third "
                + "in cold climates.</p>").published());
    }

    @Test
    void aDateWithAMonthNameInAnyLanguageMayPrecedeTheAuthorLabel() {
        assertEquals("Tomáš Novotný", read("", "<h1>Brno otevře první linku tramvaje</h1><p class='print-info'>12. května"
                + " 2036 14:20 &nbsp; Autor: Tomáš Novotný</p>" + PROSE).author());
        assertEquals("Ole Brandt", read("", "<h1>Headline</h1><p>3. März 2036 Autor: Ole Brandt</p>" + PROSE).author());
    }

    @Test
    void aFeedsAppearedFirstOnFooterIsNoPartOfTheBody() {
        BlockText post = new BlockText(BlockType.PARAGRAPH, "The post Coastal towns brace for king tides appeared first on "
                + "Gulf Shore Journal.");
        assertTrue(BodyCleaner.isPostLine(post));
        List<BlockText> body = BodyCleaner.clean(List.of(
                new BlockText(BlockType.PARAGRAPH, "Residents of three coastal towns are filling sandbags ahead of this "
                        + "week's king tides, the highest of the year, as repairs to a sea wall remain behind schedule."),
                new BlockText(BlockType.PARAGRAPH, "Officials said they would close low-lying roads at high tide."), post),
                "Coastal towns brace for king tides");
        assertEquals(2, body.size());
        // a sentence of a story about a blog post is not the footer
        assertFalse(BodyCleaner.isPostLine(new BlockText(BlockType.PARAGRAPH, "The post, which appeared on Monday, was "
                + "deleted an hour later.")));
    }

    @Test
    void aSavingToolsPropertiesListGivesTheAuthorAndTheDayOfPublication() {
        String list = "<ul><li>Original article: <a href='https://paper.example/a'>paper.example</a></li><li>Author(s): Priya "
                + "Desai, Martin Cole</li><li>Published on: 09/07/2036</li><li>Saved on: 11/07/2036 22:48</li></ul>";
        assertEquals("Priya Desai, Martin Cole", read("", "<h1>Rail strike called off</h1>" + list + PROSE).author());
        assertNull(read("", "<h1>Rail strike called off</h1>" + list + PROSE).published());
        String table = "<table><tr><td>source</td><td>https://paper.example/b</td></tr><tr><td>author</td><td>[[Owen Maddox]]"
                + "</td></tr><tr><td>published</td><td>2036-08-04</td></tr><tr><td>created</td><td>2036-08-19</td></tr></table>";
        assertEquals("Owen Maddox", read("", "<h1>Bins</h1>" + table + PROSE).author());
        assertEquals(LocalDate.of(2036, 8, 4), read("", "<h1>Bins</h1>" + table + PROSE).published());
        // a list without the address it was saved from is the page's own (a fact box), and a saved-on date is no publication
        assertNull(SavedCopies.propertyAuthor(Jsoup.parse("<h1>Bins</h1><ul><li>Author: Ann Lee</li><li>Tags: x</li>"
                + "<li>Title: y</li></ul>" + PROSE)));
        assertEquals("Ann Lee", SavedCopies.propertyAuthor(Jsoup.parse("<ul><li>Author: Ann Lee</li><li>Tags: x</li>"
                + "<li>Source: https://paper.example/c</li></ul>")));
        assertNull(read("", "<h1>Bins</h1>" + list.replace("<li>Published on: 09/07/2036</li>", "") + PROSE).published());
        // digits that could be day or month both are read day first only in wallabag's export, which writes them so
        assertEquals(LocalDate.of(2036, 7, 9), read("<meta name='generator' content='wallabag 2.9.1'>",
                "<h1>Rail strike called off</h1>" + list + PROSE).published());
        assertEquals(LocalDate.of(2036, 7, 19), read("", "<h1>Rail strike</h1>" + list.replace("09/07", "19/07") + PROSE)
                .published());
    }

    @Test
    void aNameBesideANewsroomRoleUnderTheHeadlineIsTheWriter() {
        String line = "<div><span style='font-weight:bold'>Chris Fenwick</span> <span>Business Reporter</span></div>";
        assertEquals("Chris Fenwick", read("", HEADLINE + line + PROSE).author());
        // a role alone, a name with no role, or a third part is nothing of the kind
        assertNull(read("", HEADLINE + "<div><span>Business Desk</span> <span>Business Reporter</span></div>" + PROSE).author());
        assertNull(read("", HEADLINE + "<div><span>Chris Fenwick</span> <span>Newcastle</span></div>" + PROSE).author());
        assertNull(read("", HEADLINE + "<div><span>Share</span> <span>Chris Fenwick</span> <span>Business Reporter</span>"
                + "</div>" + PROSE).author());
    }
}
