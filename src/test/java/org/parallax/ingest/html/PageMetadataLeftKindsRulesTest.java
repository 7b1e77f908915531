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
}
