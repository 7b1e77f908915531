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
 * The metadata rules found on the sixteenth set of freshly written pages (src/test/resources/fresh-pages16), pages whose
 * metadata is mostly in machine markup: a microdata Person holding a job title, RDFa Lite and Drupal RDFa, Dublin Core's
 * day of issue and a publisher's team as its creator, a report's {@code citation_*} tags, a Next.js article's
 * {@code publishedAt}, and the account that posted a story named as its author. Each with the cases it must leave alone.
 */
class PageMetadataFresh16RulesTest {
    @Test
    void aMicrodataPersonGivesItsNameNotItsJobTitle() {
        String byline = "<div itemprop='author' itemscope itemtype='https://schema.org/Person'><a href='/staff/do' itemprop='url'>"
                + "<span itemprop='name'>Denise Okafor</span></a><div itemprop='jobTitle'>Township reporter</div></div>";
        assertEquals("Denise Okafor", read("", "<div itemscope itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>"
                + "Township approves solar array</h1>" + byline + PROSE + "</div>").author());
        // an author property without a name inside still gives its whole text
        assertEquals("Denise Okafor", read("", "<h1>Township approves solar array</h1><span itemprop='author' itemscope"
                + " itemtype='https://schema.org/Person'>Denise Okafor</span>" + PROSE).author());
    }

    @Test
    void rdfaLiteNamesTheAuthorPerson() {
        assertEquals("Harriet Ashdown", read("", "<article vocab='https://schema.org/' typeof='NewsArticle'><h1 property='headline'>"
                + "Allotment list falls</h1><span property='author' typeof='Person'><span property='name'>Harriet Ashdown</span>"
                + "</span>" + PROSE + "</article>").author());
        // another property's name (the publisher's) is not the author
        assertNull(read("", "<article vocab='https://schema.org/' typeof='NewsArticle'><h1 property='headline'>Allotment list"
                + " falls</h1><span property='publisher' typeof='Organization'><span property='name'>Greystoke Gazette</span>"
                + "</span>" + PROSE + "</article>").author());
    }

    @Test
    void drupalRdfaGivesTheNodesDayNotTheComments() {
        String node = "<div typeof='sioc:Item foaf:Document'><h1 property='dc:title'>Museum reopens gallery</h1><span property="
                + "'dc:date dc:created' content='2037-02-18T14:05:00+00:00'>Wed, 18/02/2037 - 14:05</span>" + PROSE + "</div>";
        String comment = "<div class='comment' typeof='sioc:Post sioct:Comment'><span property='dc:date dc:created'"
                + " content='2037-02-19T08:40:00+00:00'>Thu</span></div>";
        assertEquals("2037-02-18T14:05:00+00:00", RdfaDates.created(Jsoup.parse(node + comment)));
        assertEquals(LocalDate.of(2037, 2, 18), read("", node + comment).published());
        // a comment's date alone, and a property that is no date of creation or issue, give nothing
        assertNull(RdfaDates.created(Jsoup.parse("<h1>Museum reopens gallery</h1>" + comment)));
        assertNull(RdfaDates.created(Jsoup.parse("<span property='dc:modified' content='2037-02-20'>x</span>")));
    }

    @Test
    void dublinCoresDayOfIssueBeatsItsLastChange() {
        String head = "<meta name='DC.date.issued' content='2037-01-27'><meta name='DC.date.modified' content='2037-02-02'>";
        assertEquals(LocalDate.of(2037, 1, 27), read(head, "<h1>Councils told to publish flood plans</h1>" + PROSE
                + "<p class='updated'>Last updated 2 February 2037</p>").published());
        assertEquals(LocalDate.of(2037, 1, 27), read("<meta name='dcterms.issued' content='2037-01-27'>",
                "<h1>Councils told to publish flood plans</h1>" + PROSE).published());
    }

    @Test
    void aTeamOfThePublisherIsNoAuthor() {
        String head = "<meta name='DC.publisher' content='Department for Rural Resilience'>";
        assertNull(read(head + "<meta name='DC.creator' content='Department for Rural Resilience, Flood Resilience Team'>",
                "<h1>Councils told to publish flood plans</h1>" + PROSE).author());
        assertTrue(PublisherUnits.unit(Jsoup.parse(head), "Department for Rural Resilience - Press Office"));
        // a person named after the publisher, the publisher with no unit, or another organisation's team stay
        assertFalse(PublisherUnits.unit(Jsoup.parse(head), "Department for Rural Resilience, Anna Lindqvist"));
        assertFalse(PublisherUnits.unit(Jsoup.parse(head), "Department for Rural Resilience"));
        assertFalse(PublisherUnits.unit(Jsoup.parse(head), "Coastal Trust, Flood Team"));
    }

    @Test
    void aReportsCitationTagsGiveItsWritersAndDay() {
        String head = "<meta name='citation_title' content='Paying for the Last Mile'><meta name='citation_author'"
                + " content='Okonjo, Ruth'><meta name='citation_author' content='Baptiste, Marc'>"
                + "<meta name='citation_publication_date' content='2037/03/05'>";
        var m = read(head, "<h1>Paying for the Last Mile</h1><p class='date'>March 2037</p>" + PROSE);
        assertEquals("Ruth Okonjo, Marc Baptiste", m.author());
        assertEquals(LocalDate.of(2037, 3, 5), m.published());
        assertEquals("Anna van der Berg", ScholarTags.given("van der Berg, Anna"));
        assertEquals("J. Marc Baptiste", ScholarTags.given("Baptiste, J. Marc"));
        // a list of two people, a name already in order, a company with a comma stay as they are
        assertEquals("Anna Smith, Tom Jones", ScholarTags.given("Anna Smith, Tom Jones"));
        assertEquals("Ruth Okonjo", ScholarTags.given("Ruth Okonjo"));
        assertEquals("Acme Media, Inc.", ScholarTags.given("Acme Media, Inc."));
        assertNull(ScholarTags.publicationDate(Jsoup.parse("<meta name='citation_title' content='A'><h1>A</h1>"
                + "<meta name='citation_publication_date' content='2037'>")));
        // a news story about a paper: the tags carry the paper's authors and day, not the page's title
        var story = read("<meta name='citation_author' content='Akande, Ruth'><meta name='citation_publication_date'"
                + " content='2037/03/25'>", "<h1>Seagrass stores carbon for centuries</h1>" + PROSE);
        assertNull(story.author());
        assertNull(story.published());
    }

    @Test
    void aNextJsArticlesPublishedAtNotItsDraftsOrARelatedStorys() {
        String data = "<script id='__NEXT_DATA__' type='application/json'>{\"props\":{\"pageProps\":{\"article\":{\"title\":"
                + "\"Inside the race to rebuild the pier\",\"createdAt\":\"2037-02-12T10:14:22.000Z\",\"publishedAt\":"
                + "\"2037-02-27T16:05:00.000Z\",\"updatedAt\":\"2037-03-02T09:41:07.000Z\"},\"related\":[{\"title\":\"Why"
                + " seaside towns lose buses\",\"publishedAt\":\"2037-01-09T08:00:00.000Z\"}]}}}</script>";
        assertEquals(LocalDate.of(2037, 2, 27), read("", "<h1>Inside the race to rebuild the pier</h1>" + PROSE + data)
                .published());
        // no object titled like the h1 (only the related story's): no date from the props
        assertNull(NextData.published(Jsoup.parse("<h1>Another headline</h1>" + data)));
    }

    @Test
    void theAccountThatPostedTheStoryGivesWayToTheByline() {
        String head = "<meta name='author' content='Daniel Kim'>";
        String story = "<article><h1>School to get new science block</h1><p class='byline'>By <strong>Sophie Laurent</strong>"
                + " | March 2, 2037</p>" + PROSE;
        assertEquals("Sophie Laurent", read(head, story + "<p class='posted'>Posted by Daniel Kim, web producer</p></article>")
                .author());
        // the author printed as the writer somewhere, or printed nowhere as a producer, stays
        assertEquals("Daniel Kim", read(head, story + "<p class='bio'>Daniel Kim covers schools.</p></article>").author());
        assertFalse(ProducerCredits.producerOnly(Jsoup.parse(story + "<p>Daniel Kim covers schools.</p>"), "Daniel Kim"));
        assertEquals("Daniel Kim", read(head, "<article><h1>School to get new science block</h1><p class='byline'>By Daniel Kim"
                + "</p>" + PROSE + "<p>Posted by Daniel Kim, web producer</p></article>").author());
    }
}
