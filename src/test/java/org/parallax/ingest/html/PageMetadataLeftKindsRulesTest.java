package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The kinds the thirteenth to fifteenth sets of fresh pages left, each with pages it must leave alone. */
class PageMetadataLeftKindsRulesTest {
    private static PageMetadata page(String lang, String head, String body) {
        return new MetadataExtractor().extract(Jsoup.parse("<html lang='" + lang + "'><head>" + head + "</head><body>" + body
                + "</body></html>", "https://example.org/"));
    }

    private static final String POSTED = "<h1>Folk festival returns to the harbour with forty acts</h1>"
            + "<div class='meta'><span class='posted'>Published 10/03/2037</span></div>";

    @Test
    void aCommonwealthEnglishPageWhoseOtherDatesRunDayFirstReadsItsDigitsDayFirst() {
        String weekend = "<p>The festival runs over the weekend of 21 and 22 March, with forty acts on three stages.</p>";
        assertEquals(LocalDate.of(2037, 3, 10), page("en-GB", "", POSTED + weekend + PROSE).published());
        // the region from the site's locale when the page says only "en"; a date that can only be read day first
        String slashed = "<p>Entries close on 23/03/2037, the organisers said.</p>";
        assertEquals(LocalDate.of(2037, 3, 10), page("en", "<meta property='og:locale' content='en_AU'>",
                POSTED + slashed + PROSE).published());
        assertEquals(LocalDate.of(2037, 3, 10), page("en-IN", "", POSTED + "<p>On 3rd of March the council met.</p>" + PROSE)
                .published());
    }

    @Test
    void withoutThePagesOwnEvidenceOrOnAnAmericanPageNoDayFirstDateIsRead() {
        String weekend = "<p>The festival runs over the weekend of 21 and 22 March, with forty acts on three stages.</p>";
        // no other date on the page: the region alone does not settle the order
        assertNull(page("en-GB", "", POSTED + PROSE).published());
        // the page's other dates run both ways
        assertNull(page("en-GB", "", POSTED + weekend + "<p>Tickets go on sale March 12.</p>" + PROSE).published());
        assertNull(page("en-GB", "", POSTED + weekend + "<p>Entries close 03/23/2037.</p>" + PROSE).published());
        // American English reads the digits month first whatever the other dates say (an earlier rule)
        assertEquals(LocalDate.of(2037, 10, 3), page("en-US", "", POSTED + weekend + PROSE).published());
        // English of no region and a region that writes the month first keep the digits unread
        assertNull(page("en", "", POSTED + weekend + PROSE).published());
        assertNull(page("en-CA", "", POSTED + weekend + PROSE).published());
        // an unmarked line is not read either
        assertNull(page("en-GB", "", "<h1>Folk festival returns to the harbour with forty acts</h1><p>10/03/2037</p>"
                + weekend + PROSE).published());
    }

    @Test
    void turkicCapitalsOfMonthNames() {
        assertEquals(LocalDate.of(2038, 6, 12), HtmlDates.find("12 İyun 2038"));
        assertEquals(LocalDate.of(2038, 6, 12), HtmlDates.find("12 İYUN 2038"));
        assertEquals(LocalDate.of(2038, 7, 1), HtmlDates.find("1 İYUL 2038, 09:15"));
        assertEquals(LocalDate.of(2038, 7, 20), HtmlDates.find("20-İyul, 2038"));
        // a word that is no month in either case is no date
        assertNull(HtmlDates.find("12 İyunx 2038"));
        assertNull(HtmlDates.find("12 İSTANBUL 2038"));
    }

    private static final String ARABIC = "<article><h1>الشارقة تطلق أول محطة لتحلية المياه بالطاقة الشمسية</h1>"
            + "<div class='meta'><span class='source'>%s</span> <span class='time'>10 مارس 2037</span></div>"
            + "<p>الشارقة - وام: دشنت هيئة كهرباء ومياه وغاز الشارقة اليوم أول محطة لتحلية مياه البحر تعمل بالطاقة الشمسية.</p>"
            + "<p>وتبلغ الطاقة الإنتاجية للمحطة ١٥ مليون جالون يوميًا، وتكفي لتزويد نحو ستين ألف منزل بالمياه.</p></article>";

    @Test
    void anArabicCreditLineNamingOnlyTheAgencyIsTheAuthor() {
        assertEquals("وام", page("ar", "", String.format(ARABIC, "المصدر: وام")).author());
        assertEquals("أ ف ب", page("ar", "", String.format(ARABIC, "المصدر : أ ف ب")).author());
        assertEquals("رويترز", page("ar", "", String.format(ARABIC, "مصدر: رويترز")).author());
    }

    @Test
    void aSourceThatIsNoAgencyADatelineOrAFooterNamesNoAuthor() {
        // a ministry is a source, not the wire that wrote the story
        assertNull(page("ar", "", String.format(ARABIC, "المصدر: وزارة الصحة")).author());
        // only the dateline credits the wire ("الشارقة - وام:"), as "NEW DELHI (PTI)" names no author
        assertNull(page("ar", "", String.format(ARABIC, "")).author());
        // a footer's or a list's source line
        assertNull(page("ar", "", String.format(ARABIC, "") + "<footer><p>المصدر: وام</p></footer>").author());
        assertNull(page("ar", "", String.format(ARABIC, "") + "<ul><li>المصدر: وام</li></ul>").author());
        // a line that goes on past the agency's name
        assertNull(page("ar", "", String.format(ARABIC, "المصدر: وام والصحف المحلية")).author());
    }

    private static final String SINHALA = "<article><h1>මහනුවර නගරයට නව බස් නැවතුම්පොළක්</h1><div class='news-meta'>"
            + "<span class='news-by'>%s</span> <span class='news-date'>2037 මාර්තු 21</span></div>"
            + "<p>ගෙටඹේ ප්‍රදේශයේ නව බස් නැවතුම්පොළක් ඉදිකිරීමේ කටයුතු මහනුවර මහ නගර සභාව විසින් ආරම්භ කර ඇත.</p></article>";

    @Test
    void aBareNameInABylineElementInAScriptOfSouthAsia() {
        assertEquals("කේ. ඒ. නිමල් ප්‍රියන්ත", page("si", "", String.format(SINHALA, "කේ. ඒ. නිමල් ප්‍රියන්ත")).author());
        assertEquals("राहुल शर्मा", page("hi", "", "<article><h1>जयपुर में नई बस सेवा शुरू होगी अगले महीने</h1>"
                + "<div class='byline'>राहुल  शर्मा</div><p>जयपुर नगर निगम ने शहर में नई बस सेवा शुरू करने का फैसला किया है।</p></article>")
                .author());
        assertEquals("ச. கார்த்திகேயன்", page("ta", "", "<article><h1>மதுரையில் புதிய தடுப்பணை</h1><p class='author-name'>"
                + "ச. கார்த்திகேயன்</p><p>மதுரை வைகை ஆற்றில் புதிய தடுப்பணை கட்டும் பணிகள் தொடங்கின.</p></article>").author());
    }

    @Test
    void oneWordADeskADigitAnotherScriptOrFurnitureIsNoBareName() {
        // a place alone, a desk, a team, a number, five words
        assertNull(page("si", "", String.format(SINHALA, "මහනුවර")).author());
        assertNull(page("si", "", String.format(SINHALA, "පුවත් අංශය")).author());
        assertNull(page("hi", "", String.format(SINHALA, "डिजिटल डेस्क")).author());
        assertNull(page("si", "", String.format(SINHALA, "නිමල් ප්‍රියන්ත 2037")).author());
        assertNull(page("si", "", String.format(SINHALA, "මහනුවර නගරයට නව බස් නැවතුම්පොළක්")).author());
        // words of two scripts, and lower-case Latin words, which the rules for capitalised names judge
        assertNull(page("si", "", String.format(SINHALA, "නිමල් Priyantha")).author());
        assertNull(page("si", "", String.format(SINHALA, "nimal priyantha")).author());
        // a footer's credit, and two elements naming different people (a list of teasers)
        assertNull(page("si", "", String.format(SINHALA, "") + "<footer><span class='byline'>නිමල් ප්‍රියන්ත</span></footer>")
                .author());
        assertNull(page("si", "", String.format(SINHALA, "නිමල් ප්‍රියන්ත") + "<div class='byline'>සුනිල් පෙරේරා</div>").author());
    }
}
