package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the fourteenth set of freshly written pages (src/test/resources/fresh-pages14), pages full
 * of dates and titles that are not the article's: today's date in a strip above the masthead, an event's box beside the
 * headline, a Unix time in a data attribute, an aggregator's source box, a section's name in the h1, a tab's title that is
 * the site's name with "The", "Compiled by" and a byline element named "by". Each with the cases it must leave alone.
 */
class PageMetadataFresh14RulesTest {
    private static final String MASTHEAD = "<header><a href='/'>The Westmoor Post</a><nav><a href='/news/'>News</a>"
            + " <a href='/business/'>Business</a></nav></header>";

    @Test
    void todaysDateInAStripAboveTheMastheadIsNotTheArticles() {
        String strip = "<div class='topbar'><span class='topbar__date'>Monday, 9 March 2037</span> <a href='/subscribe/'>"
                + "Subscribe</a></div>";
        String story = "<main><article><h1>Bus depot to close as routes move</h1><div class='meta'><span>By Helen Marsh</span>"
                + " <span class='when'>Fri 6 Mar 2037 14.20 GMT</span></div>" + PROSE + "</article></main>";
        assertEquals(LocalDate.of(2037, 3, 6), read("", strip + MASTHEAD + story).published());
        Document doc = Jsoup.parse(strip + MASTHEAD + story);
        assertTrue(SiteStrips.aboveMasthead(doc.selectFirst(".topbar__date")));
        // a date line before the headline with no masthead after it, or inside the article, is the article's own
        Document flat = Jsoup.parse("<div class='date'>6 March 2037</div><h1>Bus depot to close</h1>" + PROSE);
        assertFalse(SiteStrips.aboveMasthead(flat.selectFirst(".date")));
        assertFalse(SiteStrips.aboveMasthead(doc.selectFirst(".when")));
        assertEquals(LocalDate.of(2037, 3, 6), read("", "<div class='date'>6 March 2037</div><h1>Bus depot to close as routes"
                + " move</h1>" + PROSE).published());
    }

    @Test
    void anEventsBoxBesideTheHeadlineGivesTheEventsDay() {
        String box = "<div class='wo-eventbox'>SAT 21 MAR 2037 Hullport Harbour</div>";
        assertNull(read("", "<main>" + box + "<h1>Folk festival returns to the harbour</h1>" + PROSE + "</main>").published());
        // the same line in a box not marked as an event's is the article's date line
        assertEquals(LocalDate.of(2037, 3, 21), read("", "<main><div class='kicker'>SAT 21 MAR 2037 Hullport Harbour</div>"
                + "<h1>Folk festival returns to the harbour</h1>" + PROSE + "</main>").published());
    }

    @Test
    void aUnixTimeInTheArticlesDateLine() {
        String more = "<section><a href='/x'>Budget hearings set</a> <span data-epoch='2120548500'>9 hours ago</span></section>";
        assertEquals(LocalDate.of(2037, 3, 10), EpochDates.inArticle(Jsoup.parse("<article><h1>Road surface test</h1><span "
                + "data-epoch='2120301000'>3 days ago</span>" + PROSE + "</article>" + more)));
        assertEquals(LocalDate.of(2037, 3, 10), EpochDates.inArticle(Jsoup.parse("<article><h1>Road surface test</h1><span "
                + "data-timestamp='2120301000000'>3 days ago</span></article>")));
        // the list of other stories beside the article, no article, times on two days, a number that is no time: nothing
        assertNull(EpochDates.inArticle(Jsoup.parse("<h1>Road surface test</h1>" + PROSE + more)));
        assertNull(EpochDates.inArticle(Jsoup.parse("<article><h1>Road surface test</h1><span data-epoch='2120301000'></span>"
                + "<span data-epoch='2120548500'></span></article>")));
        assertNull(EpochDates.inArticle(Jsoup.parse("<article><h1>Road surface test</h1><span data-ts='12345'></span></article>")));
    }

    @Test
    void anAggregatorsSourceBoxGivesTheFirstOutletsDay() {
        String head = "<meta property='article:published_time' content='2037-03-04T02:15:00Z'>";
        assertEquals(LocalDate.of(2037, 3, 3), read(head, "<div class='source'><img src='/l.png' alt='The Westmoor Courier'>"
                + " <span>The Westmoor Courier</span> <span>First published 3 March 2037</span></div><h1>Wildfire team trains"
                + " volunteers</h1>" + PROSE).published());
        // a box whose logo names another outlet than its text, and a line with no logo, leave the tags' day
        assertEquals(LocalDate.of(2037, 3, 4), read(head, "<div class='source'><img src='/l.png' alt='Share'> <span>The Westmoor"
                + " Courier</span> <span>First published 3 March 2037</span></div><h1>Wildfire team trains volunteers</h1>"
                + PROSE).published());
    }

    @Test
    void anH1ThatIsTheSectionsNameGivesWayToTheArticlesH2() {
        String head = "<title>Business - The Westmoor Post</title>";
        String body = MASTHEAD + "<main><h1>Business</h1><article><h2>Carlow creamery wins contract to supply supermarkets</h2>"
                + PROSE + "</article><section><h2>More Business</h2></section></main>";
        assertEquals("Carlow creamery wins contract to supply supermarkets", read(head, body).title());
        // an h1 that is no menu link stays the title
        assertEquals("Business", read(head, body.replace(">Business</a>", ">Money</a>")).title());
    }

    @Test
    void aTabTitleThatIsTheSitesNameWithTheGivesWayToTheH1() {
        String body = "<header><a href='/'>Hullport Herald</a></header><article><h1>Lifeboat crew rescue two walkers</h1>"
                + PROSE + "</article>";
        assertEquals("Lifeboat crew rescue two walkers", read("<title>The Hullport Herald</title>", body).title());
        // a tab title that is more than the logo's name with "The" is the title
        assertEquals("The Hullport Herald Awards", read("<title>The Hullport Herald Awards</title>", body).title());
    }

    @Test
    void compiledByAndAByElementNameTheWriter() {
        assertEquals("Fiona Gale", AuthorNames.clean("Compiled by Fiona Gale"));
        assertEquals("Dana Whitcombe", read("", "<article><h1>Folk festival returns to the harbour</h1><div><span "
                + "class='wo-article__by'>Dana Whitcombe</span></div>" + PROSE + "</article>").author());
        // a "sort by" control is no byline
        assertNull(read("", "<article><h1>Folk festival returns to the harbour</h1><div><span class='sort-by'>Newest first"
                + "</span></div>" + PROSE + "</article>").author());
    }
}
