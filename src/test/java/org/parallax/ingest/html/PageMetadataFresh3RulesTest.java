package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the third set of freshly written pages (src/test/resources/fresh-pages3): a photographer
 * in a JSON-LD author list, a tab title that is only the site's name, a Next.js page's props, bylines labelled "Story
 * by", "Words by", Swedish "Av", Indonesian "Penulis:", Turkish "Haber:", a weekday after the name, an Indonesian
 * newsroom's name in the author tag, a podcast episode's host, a day of update printed before the day of publication,
 * and a URL's day-first date. Each with the cases it must leave alone.
 */
class PageMetadataFresh3RulesTest {
    private static final String HEADLINE = "<h1>Dock workers accept four-year pay deal, ending threat of summer strikes</h1>";

    private static String ld(String authors) {
        return "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"The last shepherds of the Kestrel Fells\",\"author\":" + authors + "}</script>";
    }

    @Test
    void aPhotographerInAJsonLdAuthorListIsNoAuthor() {
        PageMetadata both = read(ld("[{\"@type\":\"Person\",\"name\":\"Eleanor Voss\",\"jobTitle\":\"Rural affairs correspondent\"},"
                + "{\"@type\":\"Person\",\"name\":\"Sam Okafor-Reid\",\"jobTitle\":\"Photographer\"}]"), PROSE);
        assertEquals("Eleanor Voss", both.author());
        // a photographer alone is the credit (a photo story); a photo editor or a job title without the word stays
        PageMetadata alone = read(ld("[{\"@type\":\"Person\",\"name\":\"Sam Okafor-Reid\",\"jobTitle\":\"Staff photographer\"}]"), PROSE);
        assertEquals("Sam Okafor-Reid", alone.author());
        PageMetadata editor = read(ld("[{\"@type\":\"Person\",\"name\":\"Eleanor Voss\"},{\"@type\":\"Person\","
                + "\"name\":\"Ann Lee\",\"jobTitle\":\"Photo editor\"}]"), PROSE);
        assertEquals("Eleanor Voss, Ann Lee", editor.author());
    }

    @Test
    void aTabTitleThatIsOnlyTheSitesNameGivesWayToTheOneHeadline() {
        String home = "<header><a href='/'>Harbourline Daily</a></header>";
        assertEquals("Dock workers accept four-year pay deal, ending threat of summer strikes",
                read("<title>Harbourline Daily</title>", home + HEADLINE + PROSE).title());
        // the logo's alt text names the site as well
        assertEquals("Dock workers accept four-year pay deal, ending threat of summer strikes",
                read("<title>Harbourline Daily</title>", "<a href='https://harbourline.example/'><img alt='Harbourline Daily'"
                        + " src='/logo.png'></a>" + HEADLINE + PROSE).title());
        // a title that is not the home link's text, two h1s, or an h1 that links home: the tab's title stays
        assertEquals("Harbourline Daily", read("<title>Harbourline Daily</title>", "<a href='/'>Home</a>" + HEADLINE + PROSE).title());
        assertEquals("Harbourline Daily", read("<title>Harbourline Daily</title>", home + HEADLINE + "<h1>Sport</h1>" + PROSE).title());
        assertEquals("Harbourline Daily", read("<title>Harbourline Daily</title>", "<h1><a href='/'>Harbourline Daily</a></h1>"
                + "<h1>x</h1>" + PROSE).title());
    }

    private static String nextData(String title) {
        return "<script id='__NEXT_DATA__' type='application/json'>{\"props\":{\"pageProps\":{\"article\":{\"title\":\""
                + title + "\",\"authors\":[{\"name\":\"Priya Raman\",\"role\":\"Business reporter\"},{\"name\":\"Tom Hale\"}]"
                + ",\"publishedAt\":\"2034-05-22T06:30:00.000Z\"}}},\"page\":\"/[slug]\"}</script>";
    }

    @Test
    void aNextJsPagesPropsNameTheWritersOfTheArticleInItsHeadline() {
        assertEquals("Priya Raman, Tom Hale", read("", HEADLINE + "<span class='Meta_name__x1'>Priya Raman</span>" + PROSE
                + nextData("Dock workers accept four-year pay deal, ending threat of summer strikes")).author());
        // props of another article (a teaser, the page's list) or broken JSON name no one
        assertNull(read("", HEADLINE + PROSE + nextData("Fuel duty rise to hit haulage firms hardest")).author());
        assertNull(read("", HEADLINE + PROSE + "<script id='__NEXT_DATA__' type='application/json'>{\"props\":</script>").author());
    }

    @Test
    void bylinesLabelledWithWhatTheWriterMadeOrInSwedishIndonesianAndTurkish() {
        String site = "<meta property='og:site_name' content='Prairie Sentinel'><meta name='author' content='Prairie Sentinel'>";
        assertEquals("Carl Jensen", read(site, "<h1>County fair cancels demolition derby</h1><div class='info'><span>Story by"
                + " Carl Jensen</span> <span>Tuesday, July 11, 2034</span></div>" + PROSE).author());
        assertEquals("Hannah Lisle", read("", "<h1>Inside the oyster hatchery</h1><p class='credits'>Words by Hannah Lisle |"
                + " Photos by Ade Okonkwo</p>" + PROSE).author());
        assertEquals("Johan Lindqvist", AuthorNames.clean("Av Johan Lindqvist"));
        assertEquals("Mehmet Yıldırım", AuthorNames.clean("Haber: Mehmet Yıldırım"));
        assertEquals("Dewi Lestari", AuthorNames.clean("Oleh: Dewi Lestari"));
        assertEquals("Dewi Lestari", AuthorNames.clean("oleh Dewi Lestari"));
        // "Oleh" with a capital and no colon is a first name; "Haber" without a colon may be a surname
        assertEquals("Oleh Petrenko", AuthorNames.clean("Oleh Petrenko"));
        assertEquals("Fritz Haber", AuthorNames.clean("Fritz Haber"));
        assertEquals("Haber Klein", AuthorNames.clean("Haber Klein"));
        // a weekday after the name ends it, as a month's name does
        assertEquals("Carl Jensen", read("", "<h1>County fair cancels demolition derby</h1><p>By Carl Jensen Tuesday, July 11,"
                + " 2034</p>" + PROSE).author());
    }

    @Test
    void anIndonesianNewsroomInTheAuthorTagGivesWayToThePrintedWriter() {
        assertTrue(AuthorNames.newsroom("Redaksi Kabar Tambakrejo"));
        assertTrue(AuthorNames.newsroom("Redaksi"));
        assertFalse(AuthorNames.newsroom("Dewi Redaksi"));
        String head = "<meta property='og:site_name' content='Kabar Tambakrejo'><meta name='author' content='Redaksi Kabar Tambakrejo'>";
        assertEquals("Dewi Lestari", read(head, "<main><h1>Pemkot Tambakrejo Larang Truk Tambang Melintas</h1><div>Penulis:"
                + " <a href='/penulis/dewi'>Dewi Lestari</a> | Editor: <a href='/penulis/budi'>Budi Santoso</a></div>" + PROSE
                + "</main>").author());
        // without a printed writer the newsroom stays the credit
        assertEquals("Redaksi Kabar Tambakrejo", read(head, "<main><h1>Pemkot Tambakrejo Larang Truk Tambang Melintas</h1>"
                + PROSE + "</main>").author());
    }

    @Test
    void aPodcastEpisodesHostIsItsAuthor() {
        String episode = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"PodcastEpisode\","
                + "\"name\":\"Why the bridge inspectors quit\",\"datePublished\":\"2034-04-11\"}</script>";
        String hosts = "<h1>Why the bridge inspectors quit</h1><div class='hosts'>Hosted by <a href='/p/dana'>Dana Okoye</a>"
                + " · Produced by Marcus Tillery</div>" + PROSE + "<footer><p>Lakeshore Public Media</p></footer>";
        assertEquals("Dana Okoye", read(episode, hosts).author());
        // on a page that is no episode, or in a footer, "Hosted by" names a web host or a venue
        assertNull(read("", hosts).author());
        assertNull(read(episode, "<h1>Why the bridge inspectors quit</h1>" + PROSE + "<footer><p>Hosted by GitHub Pages</p>"
                + "</footer>").author());
    }

    @Test
    void theDayOfAnUpdatePrintedFirstGivesWayToTheDayOfPublication() {
        assertEquals(LocalDate.of(2034, 10, 16), read("", "<h1>Rail line to Port Kembla closed</h1><div class='story__byline'>"
                + "<span>Liam Castellano</span><p class='ts'>Updated 18 October 2034, 4:55pm</p><p class='ts'>First published"
                + " 16 October 2034, 9:20pm</p></div>" + PROSE).published());
        assertEquals(LocalDate.of(2034, 1, 21), read("", "<h1>Kıyı yolunda heyelan</h1><div class='news-info'><span"
                + " class='updated'>Güncelleme: 22.01.2034 - 17:05</span> <span class='published'>Yayınlanma: 21.01.2034 -"
                + " 08:40</span></div>" + PROSE).published());
        // an update's day alone still dates the page; publication printed first stays first
        assertEquals(LocalDate.of(2034, 10, 18), read("", "<h1>Rail line to Port Kembla closed</h1><p class='date'>Updated"
                + " 18 October 2034</p>" + PROSE).published());
        assertEquals(LocalDate.of(2034, 10, 16), read("", "<h1>Rail line to Port Kembla closed</h1><p class='date'>Published"
                + " 16 October 2034. Updated 18 October 2034</p>" + PROSE).published());
    }

    @Test
    void aUrlsDayFirstDateIsReadWhenItsOrderIsPlain() {
        assertEquals(LocalDate.of(2035, 11, 21), HtmlDates.inUrl("https://www.islandvoice.example/news/21-11-2035/ferry"));
        assertEquals(LocalDate.of(2035, 7, 3), HtmlDates.inUrl("https://www.islandvoice.example/news/2035/07/03/ferry"));
        // "03-07-2035" may be March or July; a number that is no day or a date inside a slug is not read
        assertNull(HtmlDates.inUrl("https://www.islandvoice.example/news/03-07-2035/ferry"));
        assertNull(HtmlDates.inUrl("https://www.islandvoice.example/news/41-11-2035/ferry"));
        assertNull(HtmlDates.inUrl("https://www.islandvoice.example/news/ferry-21-11-2035-timetable"));
    }
}
