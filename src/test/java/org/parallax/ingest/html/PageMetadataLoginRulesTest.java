package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The author rules of issue 18's eleventh metadata round (logins, ad labels, personal blogs), split from
 * {@link PageMetadataRulesTest} to keep files short: each kind with an invented fragment and its negative cases.
 */
class PageMetadataLoginRulesTest {
    @Test
    void aLoginInTheMetadataGivesWayToTheWholeNameThePageMarksUpAsTheAuthor() {
        String head = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Thema\","
                + " \"creator\": \"JF4711\"}</script>";
        String card = "<span class='author vcard'><span class='author-name fn'>Jonas Feld</span></span>";
        assertEquals("Jonas Feld", read(head, "<h1>Thema</h1>" + card + PROSE).author());
        assertEquals("Jonas Feld", read("<meta name=author content='jfeld'>", "<h1>Thema</h1>" + card + PROSE).author());
        // a marked-up name that is no whole name leaves the login, and a display name with no digit is no login
        assertEquals("JF4711", read(head, "<h1>Thema</h1>" + card.replace("Jonas Feld", "Jonas") + PROSE).author());
        assertEquals("Ann Lee", read("<meta name=author content='Ann Lee'>", "<h1>Thema</h1>" + card + PROSE).author());
        assertFalse(MetadataExtractor.login("Feld"));
        assertTrue(MetadataExtractor.login("CC7567"));
    }

    @Test
    void aLoginLinkedToItsProfileAfterAByLabelNamesThePostsAccount() {
        assertEquals("Jo3feld", read("", "<h1>Tomaten</h1>" + PROSE + "<div class=userbox><span>von <span class=name><a href='"
                + "https://www.example.de/user/Jo3feld.html'>Jo3feld</a></span></span></div>").author());
        assertEquals("annfeld", read("", "<h1>Kapitel 1</h1><div><a href='/fiction/1'><h2>Melas</h2></a><span> by </span><h3>"
                + "<a href='/profile/142450'>annfeld</a></h3></div>" + PROSE).author());
        // a link to a page that is no profile, a name with no label before it, and a display name are no such login
        assertNull(read("", "<h1>Tomaten</h1>" + PROSE + "<p>von <a href='/rezepte/jo3feld.html'>Jo3feld</a></p>").author());
        assertNull(read("", "<h1>Tomaten</h1>" + PROSE + "<p>Profil: <a href='/user/Jo3feld.html'>Jo3feld</a></p>").author());
        assertNull(PageBylines.profileLogin(Jsoup.parse("<p>by <a href='/user/7'>Ann Feld</a></p>")));
        assertEquals("feld", PageBylines.profileLogin(Jsoup.parse("<p>by <a href='/user/7'>feld</a></p>")));
    }

    @Test
    void anAdvertisingLabelIsNoName() {
        assertNull(AuthorNames.clean("Gesponserte Inhalte"));
        assertNull(AuthorNames.clean("Sponsored content"));
        assertEquals("Ann Werber", AuthorNames.clean("Ann Werber"));
        // the label over a forum's sponsored box leaves the post's account to the login linked after "von"
        assertEquals("jfeld", read("", "<h1>Regeln</h1><div class=postprofile><div class=author><a href='#'>Gesponserte"
                + " Inhalte</a></div></div>" + PROSE + "<p>von <a href='/u1'>jfeld</a></p>").author());
    }

    @Test
    void aLoginLinkedToItsProfileInAUserBadgeNamesThePostsAccount() {
        assertEquals("ann.feld", read("", "<div class='user-badge'><a href='/members/127862'><img alt='ann.feld' src='a.jpg'>"
                + "<div class='side-name'>ann.feld</div></a></div><h1>Wohnen mit Grün</h1>" + PROSE).author());
        // the same link in a box named for something else names no writer
        assertNull(read("", "<div class='teaser-box'><a href='/members/127862'><div>ann.feld</div></a></div><h1>Wohnen mit Grün"
                + "</h1>" + PROSE).author());
    }

    @Test
    void aBlogTitledWithItsOwnersInitialAndSurnameOnAHostSpellingThemIsWrittenByTheOwner() {
        assertEquals("A.Feldmann", PageBylines.initialOwner("A.Feldmann", "https://afeldma.example.com/2015/09/post/"));
        assertEquals("A.Feldmann", MetadataExtractor.personOverSite(Jsoup.parse("<p>Text</p>"), null, "A.Feldmann",
                "https://afeldmann.example.net/post"));
        // a host that spells another name, a name without an initial, and too short a label are no such site
        assertNull(PageBylines.initialOwner("A.Feldmann", "https://www.example.com/post"));
        assertNull(PageBylines.initialOwner("Feldmann", "https://feldmann.example.com/post"));
        assertNull(PageBylines.initialOwner("A.Feldmann", "https://afeld.example.com/post"));
    }

    @Test
    void aFirstNameBylineIsCompletedByTheAuthorsArchiveHeading() {
        String byline = "<p class=meta>Von <span class='author vcard'><a class='url fn n' href='/author/ann/'>Ann</a></span></p>";
        String heading = "<aside><h3>MEHR VON ANN FELDMANN</h3></aside>";
        assertEquals("ANN FELDMANN", read("", "<h1>Einmal zahlen</h1>" + byline + PROSE + heading).author());
        // without the heading, or with a heading for someone else, the first name stays
        assertEquals("Ann", read("", "<h1>Einmal zahlen</h1>" + byline + PROSE).author());
        assertEquals("Ann", read("", "<h1>Einmal zahlen</h1>" + byline + PROSE + heading.replace("ANN", "JO")).author());
        // two different whole names for the same first name leave it alone
        assertEquals("Ann", PageBylines.moreFrom(Jsoup.parse("<h3>Mehr von Ann Feld</h3><h3>More from Ann Berg</h3>"), "Ann"));
    }

    @Test
    void anEditorsCreditAfterTheWritersBylineEndsTheWritersName() {
        assertEquals("Ann Feld", read("", "<section><h1>Thema</h1><p class='byline author'>Written by Ann Feld<br>"
                + "Edited by Ole Brandt</p>" + PROSE + "</section>").author());
        assertEquals("Ann Feld", read("", "<h1>Thema</h1><p>Geschrieben von Ann Feld übersetzt von Ole Brandt</p>" + PROSE).author());
        // with no role's credit after it, a name running on into other words is no byline
        assertNull(read("", "<h1>Thema</h1><p>Written by Ann Feld Jonas Lee Ole Brandt here</p>" + PROSE).author());
    }

    @Test
    void anOrganisationInTheAuthorTagGivesWayToTheOneContactPersonABoxNamesWithAnOffice() {
        String agency = "<meta name=author content='Web Werk GmbH www.webwerk.example'>";
        String box = "<div class=ansprechpartner><ul><li><a href='/p/1'><strong>Ann Feld</strong></a>"
                + "<div class=funktion>Stellvertretende Pressesprecherin</div></li></ul></div>";
        assertEquals("Ann Feld", read(agency, "<h1>Thema</h1>" + PROSE + box).author());
        // two people in the box, or a name with no office, leave the tag
        String two = box.replace("</ul>", "<li><strong>Ole Brandt</strong><div>Pressesprecher</div></li></ul>");
        assertEquals("Web Werk GmbH www.webwerk.example", read(agency, "<h1>Thema</h1>" + PROSE + two).author());
        assertEquals("Web Werk GmbH www.webwerk.example", read(agency, "<h1>Thema</h1>" + PROSE
                + box.replace("Stellvertretende Pressesprecherin", "Telefon 0721 123")).author());
    }

    @Test
    void aChinesePagesResponsibleEditorIsItsCreditedAuthor() {
        String body = "<h1>大桥关闭</h1><p>市议会周二投票决定关闭旧桥，工程师在春季检查中发现两个桥墩出现裂缝。</p>";
        assertEquals("李明", read("", body + "<div><span><a href='#'>【纠错】</a> 责任编辑： \n李明 </span></div>").author());
        assertEquals("李明", read("", body + "<div class=editor>[责任编辑:李明]</div>").author());
        // a login in Latin letters, or two different editors, is no credit this reads
        assertNull(read("", body + "<div>[责任编辑：mingli]</div>").author());
        assertNull(read("", body + "<p>责任编辑：李明说，大桥将于明年重新开放。</p>").author());
        assertNull(read("", body + "<p>责任编辑：李明</p><p>责任编辑：王芳</p>").author());
    }
}
