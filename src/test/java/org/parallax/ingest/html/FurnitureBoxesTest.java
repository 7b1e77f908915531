package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The furniture check the byline readers share: what always counts (menus, asides, forms), and each parameter in
 * turn (the size rule, an article's own footer, "footer" in names inside an article, a wrapper holding the headline).
 */
class FurnitureBoxesTest {
    private static final Pattern NAMES = Pattern.compile("(?i)comment|related|sidebar|footer");
    private static final String PROSE = "<p>Dozens of flood defence schemes in England that have already been designed and"
            + " approved will be shelved unless the government extends its funding programme beyond next March, councils"
            + " have warned in a letter to the environment secretary.</p>";
    private static final FurnitureBoxes HALF = FurnitureBoxes.of(NAMES, FurnitureBoxes.HALF_PAGE);
    private static final FurnitureBoxes UNDER_2000 = FurnitureBoxes.of(NAMES, 2000);

    private static Element credit(String html) {
        Document doc = Jsoup.parse("<html><body>" + html + "</body></html>");
        return doc.selectFirst("#credit");
    }

    private static String prose(int times) {
        return PROSE.repeat(times);
    }

    @Test
    void menusAsidesAndFormsAreAlwaysFurniture() {
        for (String tag : new String[] {"nav", "aside", "form"}) {
            Element e = credit("<article><h1>Councils warn</h1>" + prose(3) + "<" + tag + "><p id='credit'>By Ana Ruiz</p></"
                    + tag + "></article>");
            assertTrue(HALF.keepingArticleFooters().ignoringFooterNamesInArticles().sparingHeadline().holds(e), tag);
            assertTrue(UNDER_2000.holds(e), tag);
        }
    }

    @Test
    void anUnnamedParagraphOfTheArticleIsNotFurniture() {
        Element e = credit("<article><h1>Councils warn</h1>" + prose(3) + "<p id='credit'>By Ana Ruiz</p></article>");
        assertFalse(HALF.holds(e));
        assertFalse(UNDER_2000.holds(e));
    }

    @Test
    void aNamedBoxCountsWhenSmallerThanHalfThePage() {
        Element small = credit("<article>" + prose(3) + "</article><div class='comments'><p id='credit'>By Ana Ruiz</p></div>");
        assertTrue(HALF.holds(small));
        // a wrapper so named that holds most of the page is its layout
        Element layout = credit("<div class='layout-right-sidebar'><article>" + prose(3) + "<p id='credit'>By Ana Ruiz</p>"
                + "</article></div><p>Contact us</p>");
        assertFalse(HALF.holds(layout));
    }

    @Test
    void aFixedLimitCountsByCharactersNotByThePage() {
        // the same small comment box: under 2,000 characters, furniture whatever the page holds
        Element small = credit("<div class='comments'><p id='credit'>By Ana Ruiz</p></div>");
        assertTrue(UNDER_2000.holds(small));
        assertFalse(HALF.holds(small), "alone on the page, it is the page");
        Element big = credit("<div class='layout-right-sidebar'><article>" + prose(10) + "<p id='credit'>By Ana Ruiz</p>"
                + "</article></div>");
        assertFalse(UNDER_2000.holds(big));
        Element bigButHalf = credit("<div class='related'>" + prose(10) + "<p id='credit'>By Ana Ruiz</p></div>" + prose(25));
        assertFalse(UNDER_2000.holds(bigButHalf));
        assertTrue(HALF.holds(bigButHalf));
    }

    @Test
    void anArticlesOwnFooterIsKeptOnlyWhenAsked() {
        String page = "<article><h1>Councils warn</h1>" + prose(3) + "<footer><p id='credit'>Words by Ana Ruiz</p></footer>"
                + "</article>";
        assertTrue(HALF.holds(credit(page)));
        assertTrue(UNDER_2000.holds(credit(page)));
        assertFalse(HALF.keepingArticleFooters().holds(credit(page)));
        // the page's own footer stays furniture
        Element site = credit("<article>" + prose(3) + "</article><footer><p id='credit'>By continuing to browse</p></footer>");
        assertTrue(HALF.keepingArticleFooters().holds(site));
    }

    @Test
    void footerInANameInsideAnArticleIsIgnoredOnlyWhenAsked() {
        String page = "<article><h1>Councils warn</h1>" + prose(3) + "<div class='entry-footer'><p id='credit'>Words by Ana"
                + " Ruiz</p></div></article>";
        assertTrue(HALF.keepingArticleFooters().holds(credit(page)));
        assertFalse(HALF.keepingArticleFooters().ignoringFooterNamesInArticles().holds(credit(page)));
        // outside an article the name still marks a box
        Element site = credit("<main>" + prose(3) + "</main><div class='site-footer'><p id='credit'>By Ana Ruiz</p></div>");
        assertTrue(HALF.ignoringFooterNamesInArticles().holds(site));
    }

    @Test
    void aNamedWrapperHoldingTheHeadlineIsLayoutOnlyWhenAsked() {
        // menus and a footer make up more than half the page, so the size rule alone calls the column a box
        String page = "<div class='menu'>" + prose(4) + "</div><div class='zen-one-sidebar-second'><h1>Councils warn</h1>"
                + prose(2) + "<p id='credit'>By Ana Ruiz</p></div><div class='bottom'>" + prose(4) + "</div>";
        assertTrue(HALF.holds(credit(page)));
        assertFalse(HALF.sparingHeadline().holds(credit(page)));
        // a small named box beside the headline's column is still furniture
        Element box = credit("<h1>Councils warn</h1>" + prose(4) + "<div class='related'><p id='credit'>By Ana Ruiz</p></div>");
        assertTrue(HALF.sparingHeadline().holds(box));
    }
}
