package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Furniture named by component attributes, an aside that is only a link, and a box asking readers for money (found on
 * the sixth set of freshly written pages), with the boxes that must stay.
 */
class FurnitureMarksTest {
    private static final String PROSE = "<p>Dozens of flood defence schemes in England that have already been designed and"
            + " approved will be shelved unless the government extends its funding programme beyond next March, councils"
            + " have warned in a letter to the environment secretary.</p>";

    private static String cleaned(String article) {
        Document doc = Jsoup.parse("<html><body><main><article><h1>Councils warn of a cliff edge</h1>" + article + PROSE
                + PROSE + PROSE + "</article></main></body></html>");
        BodyExtractor.removeFurniture(doc);
        return doc.body().text();
    }

    @Test
    void aBoxNamedInAComponentAttributeIsFurniture() {
        String related = "<section data-component='related-content'><h2>More on this story</h2><ul><li><a href='/a'>Ferry"
                + " passengers stranded for nine hours</a></li></ul></section>";
        assertFalse(cleaned(related).contains("Ferry passengers stranded"));
        // a text block is named too, and stays
        String text = "<div data-component='text-block'><p>Celtic Strait Ferries admitted breaching safety rules.</p></div>";
        assertTrue(cleaned(text).contains("Celtic Strait Ferries admitted"));
        assertTrue(FurnitureMarks.words(Jsoup.parse("<div class='a' id='b' data-gu-name='rich-link'></div>")
                .selectFirst("div")).contains("rich-link"));
    }

    @Test
    void anAsideThatIsOnlyALinkIsFurniture() {
        String link = "<aside data-gu-name='rich-link'><a href='/x'>River Wye farmers count cost of third flood in a year</a>"
                + "</aside>";
        assertFalse(cleaned(link).contains("River Wye farmers"));
        // a pull quote, or a fact box with text beside its link, stays
        String quote = "<aside class='pullquote'><p>We have engineers' drawings and contractors ready</p></aside>";
        assertTrue(cleaned(quote).contains("engineers' drawings"));
        String facts = "<aside class='factbox'><p>42,000 homes would be protected. <a href='/m'>Map</a></p></aside>";
        assertTrue(cleaned(facts).contains("42,000 homes"));
    }

    @Test
    void aBoxAskingForSupportIsFurnitureUnlessItHoldsProse() {
        String ask = "<div class='article__support'><p>A Hírpont független újság. Ha fontosnak tartod a munkánkat, támogass"
                + " minket!</p><a href='/tamogatas'>Támogatom</a></div>";
        assertFalse(cleaned(ask).contains("támogass minket"));
        // a long paragraph in such a box is kept, as in any box whose class names furniture
        String story = "<div class='support'>" + PROSE.replace("Dozens", "Hundreds") + "</div>";
        assertTrue(cleaned(story).contains("Hundreds of flood defence schemes"));
        // a class that only contains the word ("supporters-list") is not named by it
        String list = "<div class='supporters'><p>The supporters' club met on Friday.</p></div>";
        assertTrue(cleaned(list).contains("supporters' club"));
    }
}
