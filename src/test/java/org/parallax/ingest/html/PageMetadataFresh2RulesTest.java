package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the second set of freshly written pages (src/test/resources/fresh-pages2): a JSON-LD
 * author list that also credits the paper, a newsroom role used as a label, a news agency's bracketed end credit, a
 * newsroom's generic name in the author tag where the page prints an Italian byline ("di ...").
 * Each with the cases it must leave alone.
 */
class PageMetadataFresh2RulesTest {
    private static String ld(String authors) {
        return "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Hospital trust to close maternity unit at night\",\"author\":" + authors + "}</script>";
    }

    @Test
    void aJsonLdAuthorListNamesThePeopleNotThePaperBesideThem() {
        PageMetadata mixed = read(ld("[{\"@type\":\"Person\",\"name\":\"Owen Gracey\"},{\"@type\":\"Person\",\"name\":"
                + "\"Lucia Ferrante\"},{\"@type\":\"NewsMediaOrganization\",\"name\":\"The Northern Courier\"}]"), PROSE);
        assertEquals("Owen Gracey, Lucia Ferrante", mixed.author());
        // the paper alone stays the credit; so do names without a type
        PageMetadata paper = read(ld("[{\"@type\":\"Organization\",\"name\":\"Kellbrook Gazette\"}]"), PROSE);
        assertEquals("Kellbrook Gazette", paper.author());
        PageMetadata untyped = read(ld("[{\"name\":\"Owen Gracey\"},{\"name\":\"Kellbrook Gazette\"}]"), PROSE);
        assertEquals("Owen Gracey, Kellbrook Gazette", untyped.author());
        // a blogger typed as both Person and Organization (Yoast's site owner) is a person
        PageMetadata both = read(ld("[{\"@type\":[\"Person\",\"Organization\"],\"name\":\"Helga Feld\"},"
                + "{\"@type\":\"Person\",\"name\":\"Ole Brandt\"}]"), PROSE);
        assertEquals("Helga Feld, Ole Brandt", both.author());
    }

    @Test
    void aNewsroomRoleWithAColonIsALabel() {
        assertEquals("Alan Pettigrew", AuthorNames.clean("Reporter: Alan Pettigrew"));
        assertEquals("Ana Ruiz", AuthorNames.clean("Corresponsal: Ana Ruiz"));
        // without the colon the word may be part of a name
        assertEquals("Anna Reporter", AuthorNames.clean("Anna Reporter"));
        assertEquals("Correspondent Bank", AuthorNames.clean("Correspondent Bank"));
    }

    @Test
    void anAgencysBracketedEndCreditNamesItsReportersAndWriters() {
        String story = "<h1>Lebanon's parliament approves emergency budget</h1>" + PROSE;
        PageMetadata credit = read("", story + "<p>(Reporting by Karim Haddad in Beirut; Writing by Leila Nassar;"
                + " Editing by Susan Fenwick)</p>");
        assertEquals("Karim Haddad, Leila Nassar", credit.author());
        PageMetadata two = read("", story + "<p>(Reporting by Karim Haddad and Omar Saleh; Editing by Susan Fenwick)</p>");
        assertEquals("Karim Haddad, Omar Saleh", two.author());
        // an editing credit alone, a credit in running text, or a byline already found: no end credit is read
        assertNull(read("", story + "<p>(Editing by Susan Fenwick; Graphics by Ann Lee)</p>").author());
        assertNull(read("", story + "<p>The report, with reporting by Karim Haddad; and others, was cited.</p>").author());
        PageMetadata byline = read("<meta name='author' content='Dana Whitlock'>", story
                + "<p>(Reporting by Karim Haddad; Editing by Susan Fenwick)</p>");
        assertEquals("Dana Whitlock", byline.author());
    }

    @Test
    void aNewsroomsGenericNameGivesWayToThePrintedByline() {
        PageMetadata redazione = read("<meta name='author' content='Redazione'>",
                "<article><h1>Ponte sul Brenta, riapre dopo due anni di lavori</h1><div><span>di Giulia Ferraresi</span>"
                + " <span>Pubblicato il 14 marzo 2033</span></div>" + PROSE + "</article>");
        assertEquals("Giulia Ferraresi", redazione.author());
        // without a printed byline the newsroom stays the credit; a capitalized "Di" opens a surname, not a label
        assertEquals("Redazione", read("<meta name='author' content='Redazione'>", "<article>" + PROSE + "</article>").author());
        assertEquals("Redazione", read("<meta name='author' content='Redazione'>",
                "<article><p><span>Di Maio</span></p>" + PROSE + "</article>").author());
        assertEquals("Staff Sergeant Ann Lee", AuthorNames.clean("Staff Sergeant Ann Lee"));
    }
}
