package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the seventeenth set of freshly written pages (src/test/resources/fresh-pages17), kinds of
 * pages the earlier sets lacked: JSON-LD dates of a product or a data set, the dates of a life over an obituary, the
 * section or a role in the author tag, a column's author box, a single letter's signature, an automated recap and a
 * text-only edition's headline. Each with the cases it must leave alone.
 */
class PageMetadataFresh17RulesTest {
    @Test
    void aProductsOrADataSetsDateIsNotThePages() {
        String products = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\","
                + "\"itemListElement\":[{\"@type\":\"ListItem\",\"item\":{\"@type\":\"Product\",\"name\":\"Drill\",\"review\":"
                + "{\"@type\":\"Review\",\"datePublished\":\"2036-11-02\"}}}]}</script>";
        assertEquals(LocalDate.of(2037, 3, 17), read(products, "<article><h1>The best drills, tested</h1><div class='guide-date'>"
                + "Updated Mar 17, 2037</div>" + PROSE + "</article>").published());
        String dataset = "<script type='application/ld+json'>{\"@type\":\"Dataset\",\"datePublished\":\"2037-03-13\"}</script>";
        assertEquals(LocalDate.of(2037, 3, 18), read(dataset, "<article><h1>Poll: parents back a shorter week</h1>"
                + "<p class='date'>March 18, 2037</p>" + PROSE + "</article>").published());
        assertTrue(DescribedItems.thing(MetadataExtractor.Json.MAPPER.createObjectNode().put("@type", "Product")));
        // a page's own object, and a review that is the page itself, keep their dates
        assertFalse(DescribedItems.thing(MetadataExtractor.Json.MAPPER.createObjectNode().put("@type", "Review")));
        assertEquals(LocalDate.of(2037, 3, 13), read("<script type='application/ld+json'>{\"@type\":\"WebPage\",\"datePublished\":"
                + "\"2037-03-13\"}</script>", "<h1>Poll: parents back a shorter week</h1>" + PROSE).published());
    }

    @Test
    void theDatesOfALifeAreNotThePublicationDay() {
        String life = "<p class='life-dates'><time datetime='1951-06-14'>June 14, 1951</time> – <time datetime='2037-03-02'>"
                + "March 2, 2037</time></p>";
        assertEquals(LocalDate.of(2037, 3, 5), read("", "<article><h1>Edith Marlow dies at 85</h1>" + life
                + "<p class='byline'>By Grant Aldous</p><p class='published'>Published March 5, 2037</p>" + PROSE + "</article>")
                .published());
        assertTrue(DateSpans.span("June 14, 1951 – March 2, 2037"));
        assertTrue(DateSpans.span("14 June 1951 - 2 March 2037"));
        // a labelled line with two dates, and one date, are no span
        assertFalse(DateSpans.span("Published March 5, 2037 - Updated March 6, 2037"));
        assertFalse(DateSpans.span("March 5, 2037"));
        assertFalse(DateSpans.end(Jsoup.parse("<p>Posted <time datetime='2037-03-05'>March 5, 2037</time></p>").selectFirst("time")));
    }

    @Test
    void theSectionOrARoleInTheAuthorTagIsNoWriter() {
        String nav = "<nav><a href='/news'>News</a><a href='/opinion'>Opinion</a></nav>";
        assertTrue(SectionCredits.section(Jsoup.parse(nav), "Opinion"));
        assertFalse(SectionCredits.section(Jsoup.parse(nav), "Rosa Delgado"));
        assertNull(read("<meta name='author' content='Opinion'>", nav + "<article><h1>Empty flats above shops</h1>" + PROSE
                + "</article>").author());
        assertTrue(SectionCredits.role("Corrections and clarifications column editor"));
        assertTrue(SectionCredits.role("Readers' editor"));
        assertFalse(SectionCredits.role("Maria Editor"));
        assertFalse(SectionCredits.role("Dale Henning"));
        assertNull(read("<meta name='author' content='Corrections and clarifications column editor'>",
                "<h1>Corrections and clarifications</h1>" + PROSE).author());
    }

    @Test
    void aColumnsAuthorBoxNamesItsWriter() {
        String box = "<div class='author-bio'><img src='/r.jpg' alt='Rosa Delgado'><p><strong>Rosa Delgado</strong> writes about"
                + " housing every other Wednesday.</p></div>";
        assertEquals("Rosa Delgado", read("", "<article><h1>Empty flats above shops</h1>" + PROSE + box + "</article>").author());
        // or a "More from" list of the same writer's columns, where the box shows no head shot
        assertEquals("Rosa Delgado", AuthorBoxes.writer(Jsoup.parse("<div class='author-bio'><p>Rosa Delgado writes about housing."
                + "</p></div><h3>More from Rosa Delgado</h3>")));
        // a box opening with no verb of the writer's, a box with neither head shot nor list, and two boxes naming
        // different people give nothing
        assertNull(AuthorBoxes.writer(Jsoup.parse("<div class='author-bio'><p>Follow us on social media</p></div>")));
        assertNull(AuthorBoxes.writer(Jsoup.parse("<div class='author-bio'><p>Rosa Delgado writes about housing.</p></div>")));
        assertNull(AuthorBoxes.writer(Jsoup.parse(box + "<div class='author-box'><img src='/t.jpg' alt='Tom Reed'><p>Tom Reed is a"
                + " housing lawyer.</p></div>")));
    }

    @Test
    void aSingleLetterIsByTheReaderWhoSignsIt() {
        String head = "<script type='application/ld+json'>{\"@type\":\"OpinionNewsArticle\",\"headline\":\"The bypass\",\"author\":"
                + "{\"@type\":\"Organization\",\"name\":\"Eastfold Echo\"},\"publisher\":{\"@type\":\"Organization\",\"name\":"
                + "\"Eastfold Echo\"}}</script>";
        String letter = "<article class='letter'><p class='kicker'>Letters to the editor</p><h1>The bypass</h1>" + PROSE
                + "<p class='signature'><strong>Margaret Hollis</strong><br>Eastfold</p></article>";
        assertEquals("Margaret Hollis", read(head, letter).author());
        // a letters page of several signed letters has no one writer
        String page = "<article class='article letters-page'><p class='kicker'>Letters</p><h1>Your letters</h1>" + PROSE
                + "<p class='signature'>Ann Lowe<br>Dunmore</p>" + PROSE + "<p class='signature'>Ray Peel<br>Hatton</p></article>";
        assertNull(LetterSigners.signer(Jsoup.parse(page)));
        // a paragraph with a line break on a page that is no letter is no signature
        assertNull(LetterSigners.signer(Jsoup.parse("<article><h1>Story</h1><p>Ann Lowe<br>Dunmore</p></article>")));
    }

    @Test
    void anAutomatedRecapHasNoWriter() {
        String head = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Hornets edge Pilots\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Statline Automated Sports\"}}</script>";
        String note = "<p><em>This recap was generated automatically from the league's game data.</em></p>";
        assertNull(read(head, "<h1>Hornets edge Pilots</h1>" + PROSE + note).author());
        // without the note, or with the name printed in a byline, the credit stays
        assertEquals("Statline Automated Sports", read(head, "<h1>Hornets edge Pilots</h1>" + PROSE).author());
        assertFalse(AutomatedStories.unsigned(Jsoup.parse("<p>By Dana Reyes</p>" + note), "Dana Reyes"));
        // a story about software that generates text is no automated story
        assertFalse(AutomatedStories.unsigned(Jsoup.parse("<p>The tool generates summaries automatically for clerks.</p>"),
                "Dana Reyes"));
    }

    @Test
    void aTextOnlyEditionsHeadlineIsItsMarkedH2() {
        String body = "<header><a href='/'>NNR Lite</a></header><article><h2 class='headline'>Rail union and operator reach"
                + " deal</h2>" + PROSE + "</article>";
        assertEquals("Rail union and operator reach deal", read("<title>NNR Lite</title>", body).title());
        // a page with an h1, or a tab's title that is not the link home's text, keeps its title
        assertNull(NoH1Headline.over(Jsoup.parse("<h1>Rail deal</h1>" + body), "NNR Lite"));
        assertNull(NoH1Headline.over(Jsoup.parse(body), "Rail union and operator reach deal"));
    }
}
