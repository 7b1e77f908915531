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
 * The metadata rules found on the ninth set of freshly written pages (src/test/resources/fresh-pages9): blogs,
 * releases, live and media pages and their credits. A writer's page under "/profile/" or "/@handle", Dutch "Door" and
 * "text" labels in more languages, a wire's desk title after the names, co-authors linked in the byline, a release's
 * issuer, and a {@code <time>} labelled as the last update. Each with the cases it must leave alone.
 */
class PageMetadataFresh9RulesTest {
    private static final String HEADLINE = "<h1>Council closes the old bridge to cars</h1>";

    @Test
    void aLinkToTheWritersProfileOrHandleNamesTheWriter() {
        assertEquals("Ann Feld", read("", "<article><div class='columnist-box'><img alt='Portrait of Ann Feld'>"
                + "<a href='/profile/ann-feld'>Ann Feld</a><p>Ann Feld writes about money.</p></div>" + HEADLINE + PROSE
                + "</article>").author());
        assertEquals("Ann Feld", read("", "<article>" + HEADLINE + "<div><span data-testid='authorName'><a "
                + "href='https://pubs.example/@annfeld?source=post_page-----3f9c'>Ann Feld</a></span> · 7 min read</div>" + PROSE
                + "</article>").author());
        // a handle or a profile's address that does not spell the name names no writer
        assertNull(read("", "<article>" + HEADLINE + "<div><a href='/@cityhall'>Ann Feld</a></div>" + PROSE
                + "</article>").author());
        assertNull(read("", "<article>" + HEADLINE + "<div><a href='/profile/12345'>Ole Brandt</a></div>" + PROSE
                + "</article>").author());
    }

    @Test
    void dutchDoorAndTextLabelsOfMoreLanguagesOpenABylineLine() {
        assertEquals("Sanne de Vries en Joost Bakker", read("", "<main>" + HEADLINE
                + "<p class='auteurs'>Door Sanne de Vries en Joost Bakker</p>" + PROSE + "</main>").author());
        assertEquals("Lucía Herrera", read("", "<main>" + HEADLINE + "<dl class='article-info'><dd class='creditos'>Texto: Lucía"
                + " Herrera · Fotos: Andrés Molina</dd><dd>Publicado: 19/03/2037</dd></dl>" + PROSE + "</main>").author());
        assertEquals("Giulia Ferretti", read("", "<main>" + HEADLINE + "<p>Testo: Giulia Ferretti | Foto: Marco Sala</p>" + PROSE
                + "</main>").author());
        // "Door" before one word, an English "Door" phrase in lower case, and a sentence are no bylines
        assertNull(read("", "<main>" + HEADLINE + "<p>Door Noord</p>" + PROSE + "</main>").author());
        assertNull(read("", "<main>" + HEADLINE + "<p>Door prizes for Ann Feld</p>" + PROSE + "</main>").author());
        assertNull(read("", "<main>" + HEADLINE + "<p>Door de storm vielen bomen op het spoor bij Assen en Zwolle, meldde"
                + " ProRail dinsdagmiddag aan de pers.</p>" + PROSE + "</main>").author());
    }

    @Test
    void aWiresDeskTitleAfterTheNamesIsNoName() {
        assertEquals("CLAIRE NUNEZ and DEV PATEL", AuthorNames.clean("CLAIRE NUNEZ and DEV PATEL AP Business Writers"));
        assertEquals("AMY LIU", AuthorNames.clean("By AMY LIU Associated Press Writer"));
        assertEquals("Amy Liu", AuthorNames.clean("Amy Liu AP Sports Writer"));
        // the wire alone stays as a wire story's credit; a name that opens with the letters stays whole
        assertEquals("Associated Press", AuthorNames.clean("Associated Press"));
        assertEquals("Apollo Writers", AuthorNames.clean("Apollo Writers"));
        assertEquals("Amy Liu", AuthorNames.clean("Amy Liu"));
    }

    @Test
    void coAuthorsLinkedInTheBylineJoinTheOneTheAuthorTagNames() {
        String meta = "<meta name='author' content='Priya Raman'>";
        assertEquals("Priya Raman, Tom Adeyemi", read(meta, "<article>" + HEADLINE + "<div class='post-meta'><div>"
                + "<a href='/@priyaraman'>Priya Raman</a></div><div> and </div><div><a href='/@tomadeyemi'>Tom Adeyemi</a></div>"
                + "<div>Mar 12, 2037</div></div>" + PROSE + "</article>").author());
        assertEquals("Priya Raman, Tom Adeyemi, Lena Ortiz", read(meta, "<article>" + HEADLINE + "<p>By <a href='/a'>Priya"
                + " Raman</a>, <a href='/b'>Tom Adeyemi</a>, and <a href='/c'>Lena Ortiz</a></p>" + PROSE + "</article>").author());
        // names in a sentence, links that leave out the tagged author, and a related box change nothing
        assertEquals("Priya Raman", read(meta, "<article>" + HEADLINE + "<p>Priya Raman and Tom Adeyemi met the mayor.</p>"
                + PROSE + "</article>").author());
        assertEquals("Priya Raman", read(meta, "<article>" + HEADLINE + "<p><a href='/b'>Tom Adeyemi</a> and <a href='/c'>Lena"
                + " Ortiz</a></p>" + PROSE + "</article>").author());
        assertEquals("Priya Raman", read(meta, "<article>" + HEADLINE + PROSE + "<div class='related'><p><a href='/a'>Priya"
                + " Raman</a> and <a href='/b'>Tom Adeyemi</a></p></div></article>").author());
    }

    @Test
    void aPressReleasesIssuerIsNoAuthor() {
        assertNull(read("<meta name='author' content='Office of the Governor'>", "<main><div>FOR IMMEDIATE RELEASE</div>"
                + "<div>March 16, 2037</div>" + HEADLINE + PROSE + "</main>").author());
        assertNull(read("<meta name='author' content='Ministère de la Transition des mobilités'>", "<main><p class='fr-tag'>"
                + "Communiqué de presse</p>" + HEADLINE + PROSE + "</main>").author());
        assertNull(read("<meta property='og:url' content='https://www.globewire.example/news-release/2037/03/03/2891144/x.html'>"
                + "<meta name='author' content='GlobeWire'>", "<main>" + HEADLINE + "<p>Source: Harbor Tide Energy Inc.</p>"
                + PROSE + "</main>").author());
        // a person credited on a release stays; an office credited on a page that is no release stays
        assertEquals("Dana Pruitt", read("<meta name='author' content='Dana Pruitt'>", "<main><div>Press release</div>"
                + HEADLINE + PROSE + "</main>").author());
        assertEquals("Office of the Governor", read("<meta name='author' content='Office of the Governor'>", "<main>"
                + HEADLINE + PROSE + "<p>The governor's office issued a press release on Monday about the bridge.</p></main>")
                .author());
        assertTrue(ReleaseIssuers.issuer("GlobeWire", "GlobeWire News Room"));
        assertFalse(ReleaseIssuers.issuer("Dana Pruitt", "Harbor Tide Energy"));
        assertFalse(ReleaseIssuers.release(Jsoup.parse("<nav><a>Press release</a></nav><p>Text</p>"), "https://x.example/news/1"));
    }

    @Test
    void aTimeLabelledAsTheLastUpdateGivesWayToThePrintedPublicationDay() {
        assertEquals(LocalDate.of(2037, 3, 10), read("", "<article>" + HEADLINE + "<div class='story__timestamps'><span "
                + "class='story__published'>Published 9:02 AM EDT, Tue March 10, 2037</span> <span class='story__updated'>"
                + "Updated <time datetime='2037-03-11T15:40:00-04:00'>3 hours ago</time></span></div>" + PROSE + "</article>")
                .published());
        // the update is the only date printed: most pages change on the day they appear
        assertEquals(LocalDate.of(2037, 3, 11), read("", "<article>" + HEADLINE + "<span>Updated <time "
                + "datetime='2037-03-11T15:40:00-04:00'>3 hours ago</time></span>" + PROSE + "</article>").published());
        // a <time> after another label ("Started") is read as before
        assertEquals(LocalDate.of(2037, 1, 21), read("", "<article>" + HEADLINE + "<p>Started <time "
                + "datetime='2037-01-21T05:48:00-06:00'>5:48 a.m.</time> · Last updated <time datetime='2037-01-22T08:15:00-06:00'>"
                + "8:15 a.m.</time></p>" + PROSE + "</article>").published());
    }
}
