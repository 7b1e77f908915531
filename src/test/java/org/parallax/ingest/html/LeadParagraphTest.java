package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Where the lead printed beside a story's headline is found, each case from a minimal page. */
class LeadParagraphTest {
    private static final String PROSE = "The council closed the old bridge on Monday after engineers found cracks in two of its"
            + " piers, and traffic now goes round by the ring road.";
    private static final String LEAD = "Tired all day without a reason? The season may be to blame, or one of these three things.";

    private static Element content() {
        return Jsoup.parse("<div><p>" + PROSE + "</p></div>").body().child(0);
    }

    @Test
    void aLeadUnderAnH2HeadlineIsFoundWhenThePagesH1ClosesItsBreadcrumbs() {
        String crumbs = "<div class='crumbs'><div class='wrap'><span><a href='/'>Home</a> » <a href='/health'>Health</a> » <h1>Tired"
                + " all day</h1></span></div></div>";
        Document page = Jsoup.parse("<body>" + crumbs + "<div id='content'><main><header class='entry-header'><h2 class='entry-title'>"
                + "Tired all day</h2><div class='lead'><p>" + LEAD + "</p></div></header><div class='entry-content'><p>" + PROSE
                + "</p></div></main></div></body>");
        Element body = content();
        assertTrue(LeadParagraph.restore(body, page));
        assertEquals(LEAD, body.child(0).text());
    }

    @Test
    void theH2IsNotTriedWhenTheStoryFollowsTheH1WithoutALead() {
        // the first paragraph comes right after the h1: there is no lead, and a later box classed as one is no lead either
        Document page = Jsoup.parse("<body><div class='story'><h1>Tired all day</h1><p>" + PROSE + "</p><h2>More</h2>"
                + "<div class='lead'><p>" + LEAD + "</p></div></div></body>");
        Element body = content();
        assertFalse(LeadParagraph.restore(body, page));
        assertEquals(PROSE, body.text());
    }

    @Test
    void aLongAbstractIsFoundWhenTheStoryIsADivOfLines() {
        // the story is a div of lines that Readability returns as paragraphs; the abstract runs to 800 characters
        String abstractText = "Ahead of the second round the union says the employers have not talked to it at all. ".repeat(9).strip();
        Document page = Jsoup.parse("<body><article><header><h1>No talks</h1><div class='teaser'><i>Berlin.</i><p class='abstract'>"
                + abstractText + "</p></div></header><div class='content'>" + PROSE + "<br><br>" + PROSE.replace("Monday", "Friday")
                + "</div></article></body>");
        Element body = content();
        assertTrue(LeadParagraph.restore(body, page));
        // the teaser box around the abstract is taken, with its place line
        assertEquals("Berlin. " + abstractText, body.child(0).text());
    }

    @Test
    void aParagraphOfProseInItsOwnBoxBetweenHeadlineAndStoryIsTheLeadButADisclosureIsNot() {
        String stage = "<div class='stage'><div class='stage_body'><p>" + LEAD + " We explain when to lease and when to buy.</p></div></div>";
        Document page = Jsoup.parse("<body><article><div class='top'><h1>Lease or buy?</h1></div>" + stage + "</article>"
                + "<article class='basis'><p>" + PROSE + "</p></article></body>");
        Element body = content();
        assertTrue(LeadParagraph.restore(body, page));
        assertEquals(LEAD + " We explain when to lease and when to buy.", body.child(0).text());

        String disclosure = "<section class='editorial-disclosure'><p>This post mentions products of our advertisers, who may pay us"
                + " when you click on links to them.</p></section>";
        Document ad = Jsoup.parse("<body><article><div class='top'><h1>Lease or buy?</h1></div>" + disclosure + "</article>"
                + "<article class='basis'><p>" + PROSE + "</p></article></body>");
        Element other = content();
        assertFalse(LeadParagraph.restore(other, ad));
    }
}
