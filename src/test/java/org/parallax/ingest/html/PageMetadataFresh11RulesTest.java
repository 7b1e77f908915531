package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the eleventh set of freshly written pages (src/test/resources/fresh-pages11), the specialist
 * press, where a person named near the top is often not the author: the author of a reviewed book, "Reviewed by", "Report
 * by", a credits line with dashes between its parts, and the outlet as the only JSON-LD author. Each with the cases it
 * must leave alone.
 */
class PageMetadataFresh11RulesTest {
    private static final String REVIEW_LD = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
            + "\"@type\":\"Review\",\"name\":\"The Salt Orchard review\",\"itemReviewed\":{\"@type\":\"Book\",\"name\":"
            + "\"The Salt Orchard\",\"author\":{\"@type\":\"Person\",\"name\":\"Mirela Vance\"}}}</script>";

    @Test
    void theAuthorOfTheReviewedBookDidNotWriteTheReview() {
        assertEquals("Tobias Renner", read(REVIEW_LD, "<h1>The Salt Orchard by Mirela Vance review – a wet summer</h1>"
                + "<div class='meta-line'><span>Reviewed by <a href='/c/tr/'>Tobias Renner</a></span> <span>·</span></div>"
                + PROSE).author());
        // with no reviewer printed, the review has no author rather than the book's
        assertNull(read(REVIEW_LD, "<h1>The Salt Orchard by Mirela Vance review</h1>" + PROSE).author());
        // the review's own author in its JSON-LD still counts
        assertEquals("Jules Abernathy", read("<script type='application/ld+json'>{\"@type\":\"Review\",\"author\":{\"@type\":"
                + "\"Person\",\"name\":\"Jules Abernathy\"},\"itemReviewed\":{\"@type\":\"MusicAlbum\",\"byArtist\":{\"name\":"
                + "\"Corvid Lanes\"}}}</script>", "<h1>Corvid Lanes: Slow Hour</h1>" + PROSE).author());
    }

    @Test
    void reviewedByNamesTheWriterOnlyOnAReview() {
        assertEquals("Tobias Renner", read("", "<h1>Glass Weather review: a winter in the lighthouse</h1>"
                + "<p class='byline'>Reviewed by Tobias Renner | 4 April 2037</p>" + PROSE).author());
        // a medical page's reviewer is not its writer, nor is "Reviewed by" on a page that is no review
        assertNull(read("", "<h1>Iron deficiency without anemia</h1><p>Medically reviewed by Samuel Ochoa, MD</p>" + PROSE)
                .author());
        assertNull(read("", "<h1>Iron deficiency without anemia</h1><p>Reviewed by Samuel Ochoa</p>" + PROSE).author());
        // a review's reviewer named in a related story's box is that story's
        assertNull(read("", "<h1>Glass Weather review</h1>" + PROSE + "<aside class='related'><p>Reviewed by Ann Feld</p></aside>")
                .author());
    }

    @Test
    void reportByNamesTheMatchReporterNotTheGround() {
        assertEquals("Gavin Thorne", read("", "<h1>Hullport Town 2-1 Castlebridge Rovers</h1><div class='byline'><p>Report by"
                + " Gavin Thorne at Hullport Park</p><p>Sat 11 Apr 2037 17:05 BST</p></div>" + PROSE).author());
        // a report named in running text is not a byline
        assertNull(read("", "<h1>Inquiry findings published</h1><p>The report by the Harbour Commission was published.</p>"
                + PROSE).author());
    }

    @Test
    void aCreditsLineWithDashesBetweenItsPartsNamesItsWriter() {
        assertEquals("Laura Pinsky", read("", "<h1>Iron deficiency without anemia</h1><div class='credit'><span>Medically"
                + " reviewed by</span> <a>Samuel Ochoa, MD</a> — <span>Written by</span> <a>Laura Pinsky, RN</a> — <span>Updated"
                + " on</span> <span>April 2, 2037</span></div>" + PROSE).author());
        // in a paragraph of prose, a dash does not open a byline
        assertNull(read("", "<h1>Station history</h1><p>The station was rebuilt in 1902 — by Thomas Greer and his crew — after"
                + " the great storm of that winter had carried away the old slipway.</p>" + PROSE).author());
    }

    @Test
    void theOutletAsTheOnlyJsonLdAuthorIsNoAuthor() {
        String ld = "<meta property='og:site_name' content='The Westbury Standard'><script type='application/ld+json'>"
                + "{\"@type\":\"OpinionNewsArticle\",\"headline\":\"Letters\",\"author\":{\"@type\":\"Organization\",\"name\":"
                + "\"The Westbury Standard\"}}</script>";
        assertNull(read(ld, "<h1>Letters: The library cuts will cost more than they save</h1>" + PROSE
                + "<p class='signature'>Loretta Gaines, Harper Mills</p>").author());
        // the byline the page prints still wins over the outlet
        assertEquals("Gavin Thorne", read(ld, "<h1>Town win</h1><p>Report by Gavin Thorne at Hullport Park</p>" + PROSE)
                .author());
        // an outlet named as a plain string is left as it is
        assertEquals("The Westbury Standard", read("<meta property='og:site_name' content='The Westbury Standard'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":\"The Westbury Standard\"}"
                + "</script>", "<h1>Letters</h1>" + PROSE).author());
    }

    @Test
    void aGuestColumnsClosingItalicLineNamesItsWriter() {
        String column = "<article><h1>The port plan forgets the people who fish these waters</h1>" + PROSE
                + "<p>Fenmoor can have a port and a fleet.</p>";
        assertEquals("Dana Whitlock", read("", column + "<p><em>Dana Whitlock is chair of the Fenmoor Inshore Fishermen's"
                + " Association.</em></p></article>").author());
        // a line only partly in italics, a quotation, or a line that is no writer's bio names nobody
        assertNull(read("", column + "<p>Dana Whitlock is chair of the <em>Fenmoor Inshore Fishermen's Association</em>.</p>"
                + "</article>").author());
        assertNull(read("", column + "<blockquote><p><em>Harlan Ossery is wrong about the port.</em></p></blockquote></article>")
                .author());
        assertNull(read("", column + "<p><em>This article was corrected on 15 April.</em></p></article>").author());
        // an italic bio at the top of the article, far from its end, is not the closing line
        assertNull(read("", "<article><h1>Port plan</h1><p><em>Dana Whitlock is chair of the association.</em></p>" + PROSE
                + PROSE + PROSE + PROSE + "</article>").author());
    }

    @Test
    void anObituaryPlatformsTitleAndPublicationLine() {
        var page = read("<title>Margaret Ellen Duffy Obituary (1941 - 2037) - Harwick, OH - Harwick Courier</title>"
                + "<meta property='og:title' content='Margaret Ellen Duffy Obituary (1941 - 2037) - Harwick, OH - Harwick Courier'>",
                "<h1>Margaret Ellen Duffy Obituary</h1><p>August 19, 1941 – April 1, 2037</p>" + PROSE
                + "<p>Published by Harwick Courier on Apr. 5, 2037.</p>");
        assertEquals("Margaret Ellen Duffy Obituary", page.title());
        assertEquals(LocalDate.of(2037, 4, 5), page.published());
        // a headline with years in brackets that the h1 does not end before stays whole
        assertEquals("The bridge (1902 - 2037) and what comes next", read("<meta property='og:title' content='The bridge"
                + " (1902 - 2037) and what comes next'>", "<h1>The bridge</h1>" + PROSE).title());
        // "Published by" in running text or in a guest book gives no date
        assertNull(ObituaryPages.published(org.jsoup.Jsoup.parse("<p>Published by the council on the first day of the"
                + " inquiry, the report runs to 400 pages.</p><div class='guestbook'><p>Published by Ann Lee on Apr. 6, 2037</p>"
                + "</div>")));
    }

    @Test
    void thePaperThatPublishedAnObituaryIsNotItsAuthor() {
        String line = "<h1>Margaret Ellen Duffy Obituary</h1>" + PROSE + "<p>Published by Harwick Courier on Apr. 5, 2037.</p>";
        assertNull(read("<title>Margaret Ellen Duffy Obituary (1941 - 2037) - Harwick, OH - Harwick Courier</title>", line)
                .author());
        // a writer's "Published by" line, on a page whose tab names the site, still names the writer
        assertEquals("Harwick Courier", read("<title>Margaret Ellen Duffy Obituary - Remembrance Pages</title>", line).author());
    }

    @Test
    void aNewslettersColophonNamesItsWriter() {
        String head = "<meta property='og:site_name' content='The Ledger Line'>";
        String issue = "<h1>The Ledger Line #142: Why small ports are buying cranes again</h1>" + PROSE + "<p>Oren</p>";
        assertEquals("Oren Blackwood", read(head, issue + "<footer><p>The Ledger Line is written by Oren Blackwood. Powered by"
                + " Postbox.</p></footer>").author());
        // a sentence about another publication, or on a site without a name, names nobody
        assertNull(read(head, issue + "<p>The Harbour Review is written by Ann Feld.</p>").author());
        assertNull(read("", issue + "<p>The Ledger Line is written by Oren Blackwood.</p>").author());
    }
}
