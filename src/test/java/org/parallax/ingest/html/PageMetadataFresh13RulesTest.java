package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the thirteenth set of freshly written pages (src/test/resources/fresh-pages13), news sites
 * in right-to-left and Indic scripts: month names of Urdu, Pashto, Gujarati, Punjabi, Tamil, Malayalam, Marathi, Nepali
 * and Sinhala, a year printed before the month, the Ethiopian calendar, marks of direction around a date and numeric
 * dates in Arabic-Indic digits; byline labels of those scripts, a label and a name in two elements, a place after the
 * name and a staff correspondent's credit. Each with the cases it must leave alone.
 */
class PageMetadataFresh13RulesTest {
    private static final String HEADLINE = "<h1>Council closes the old bridge to cars</h1>";

    @Test
    void bylineLabelsOfRightToLeftAndIndicScripts() {
        assertEquals("ሰላማዊት ታደሰ", AuthorNames.clean("ዘጋቢ፡ ሰላማዊት ታደሰ"));
        assertEquals("ടി. ആർ. ശ്രീജിത്ത്", AuthorNames.clean("എഴുതിയത്: ടി. ആർ. ശ്രീജിത്ത്"));
        assertEquals("عمران اشرف", AuthorNames.clean("رپورٹ: عمران اشرف"));
        // a label's word without its colon may be part of a sentence; it stays
        assertEquals("كتب الرحلات", AuthorNames.clean("كتب الرحلات"));
        assertEquals("محمود عبد الرحمن", read("", HEADLINE + "<div class='writer-box'><span class='writer'>كتب: محمود عبد "
                + "الرحمن</span> <span class='date-time'>السبت، ٧ مارس ٢٠٣٧</span></div>" + PROSE).author());
        assertEquals("احمد شاه مومند", read("", HEADLINE + "<div><span class='news__writer'>لیکوال: احمد شاه مومند</span></div>"
                + PROSE).author());
        // the label in one element and the name in the next
        assertEquals("प्रणव कुलकर्णी", read("", HEADLINE + "<div class='article-by'><span class='lbl'>लेखन :</span> <span "
                + "class='nm'>प्रणव कुलकर्णी</span> <span class='when'>शुक्रवार, १३ मार्च २०३७</span></div>" + PROSE).author());
        // a label alone with a link list after it names nobody
        assertNull(read("", HEADLINE + "<div><span>लेखन :</span> <span><a href='/a'>एक</a> <a href='/b'>दो</a></span></div>"
                + PROSE).author());
    }

    @Test
    void aPlaceAfterTheNameAndAStaffCredit() {
        assertEquals("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ", AuthorNames.clean("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸੰਧੂ, ਲੁਧਿਆਣਾ"));
        assertEquals("ધવલ દેસાઈ", AuthorNames.clean("અહેવાલ: ધવલ દેસાઈ, સુરત"));
        // two names after a comma, and a Latin name and its city, are left to the rules for them
        assertEquals("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ, ਹਰਜੀਤ ਕੌਰ", AuthorNames.clean("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ, ਹਰਜੀਤ ਕੌਰ"));
        assertEquals("Jane Roe, Leeds", ScriptLabels.clean("Jane Roe, Leeds"));
        // a staff correspondent names nobody, with the place or the date run on after it
        assertNull(AuthorNames.clean("নিজস্ব প্রতিবেদক, রাজশাহী প্রকাশ: সোমবার"));
        assertNull(AuthorNames.clean("हमारे संवाददाता"));
        assertNull(AuthorNames.clean("نمائندہ خصوصی"));
        assertNull(read("", HEADLINE + "<div class='author-info'><div class='rpt'>নিজস্ব প্রতিবেদক, রাজশাহী</div></div>"
                + PROSE).author());
        assertEquals("নিজস্ব আলম", AuthorNames.clean("নিজস্ব আলম"));
    }

    @Test
    void monthNamesOfMoreScriptsAndTheYearFirst() {
        assertEquals(LocalDate.of(2037, 3, 16), HtmlDates.find("16 مارچ 2037"));
        assertEquals(LocalDate.of(2037, 3, 18), HtmlDates.find("چهارشنبه ۲۸ کب ۱۴۱۵ (۱۸ مارچ ۲۰۳۷)"));
        assertEquals(LocalDate.of(2037, 3, 16), HtmlDates.find("પ્રકાશિત: ૧૬ માર્ચ, ૨૦૩૭ | સોમવાર"));
        assertEquals(LocalDate.of(2037, 3, 24), HtmlDates.find("24 മാർച്ച് 2037, 04:30 AM IST"));
        assertEquals(LocalDate.of(2037, 8, 5), HtmlDates.find("5 ஆகஸ்ட் 2037"));
        assertEquals(LocalDate.of(2037, 11, 2), HtmlDates.find("२ नोव्हेंबर २०३७"));
        assertEquals(LocalDate.of(2037, 5, 20), HtmlDates.find("20 ਮਈ 2037"));
        // Sinhala prints the year first; so may a Malayalam top bar
        assertEquals(LocalDate.of(2037, 3, 21), HtmlDates.find("2037 මාර්තු 21 සෙනසුරාදා, පෙ.ව. 9:30"));
        assertEquals(LocalDate.of(2037, 4, 2), HtmlDates.find("2037 අප්\u200dරේල් 2"));
        // a month's name with no day is no date; the year first stays unread with an English month, as before
        assertNull(HtmlDates.find("مارچ 2037 میں"));
        assertNull(HtmlDates.find("2037 માર્ચ"));
        assertNull(HtmlDates.find("2037 March 5"));
    }

    @Test
    void ethiopianDatesAreTheGregorianDayTheyName() {
        assertEquals(LocalDate.of(2023, 9, 12), EthiopianDates.toGregorian(2016, 1, 1));
        assertEquals(LocalDate.of(2023, 9, 11), EthiopianDates.toGregorian(2015, 13, 6));
        assertEquals(LocalDate.of(2037, 3, 2), EthiopianDates.toGregorian(2029, 6, 23));
        // Pagume has six days only in the year before a Gregorian leap year; no month has a 31st
        assertNull(EthiopianDates.toGregorian(2016, 13, 6));
        assertNull(EthiopianDates.toGregorian(2029, 7, 31));
        assertEquals(LocalDate.of(2037, 3, 13), HtmlDates.find("ዓርብ መጋቢት 4 ቀን 2029 ዓ.ም"));
        assertEquals(LocalDate.of(2037, 3, 13), HtmlDates.find("4 መጋቢት 2029"));
        // a number of birr after a month's name is no year of the era
        assertNull(HtmlDates.find("መጋቢት 4 ለ 420 ሚሊዮን ብር"));
        assertEquals("ለግንባታው 420 ሚሊዮን ብር", WorldDates.prepare("ለግንባታው 420 ሚሊዮን ብር"));
    }

    @Test
    void marksOfDirectionAndNumericDatesInArabicIndicDigits() {
        assertEquals(LocalDate.of(2037, 3, 17), HtmlDates.find("\u200E١٧/٠٣/٢٠٣٧\u200E - ١١:٠٥"));
        assertEquals(LocalDate.of(2037, 3, 8), HtmlDates.find("۸/۳/۲۰۳۷"));
        assertEquals(LocalDate.of(2037, 3, 18), HtmlDates.find("\u200F۱۸ مارچ ۲۰۳۷\u200F"));
        // no month 17, and a fraction or a score with no year, are left alone; ASCII digits keep their own rules
        assertNull(HtmlDates.find("٠٣/١٧/٢٠٣٧"));
        assertEquals("3/4", WorldDates.prepare("٣/٤"));
        assertNull(HtmlDates.find("03/17/2037 ١"));
    }

    @Test
    void hindiAndMarathiPublicationLabels() {
        // the update printed first, then the day of first publication, each in a line of its own
        String meta = "<div class='art-meta'><p class='by'>द्वारा <a href='/author/ks'>Kavita Sharma</a> | <span class='upd'>"
                + "अपडेट किया गया: १९ मार्च २०३७, ११:०५ AM</span></p><p class='first-pub'>पहली बार प्रकाशित: १८ मार्च २०३७, "
                + "०९:४० PM</p></div>";
        assertEquals(LocalDate.of(2037, 3, 18), read("", HEADLINE + meta + PROSE).published());
        assertEquals(LocalDate.of(2037, 3, 12), read("", HEADLINE + "<p class='x'>प्रसिद्धी : शुक्रवार, १२ मार्च २०३७</p>"
                + PROSE).published());
        // an update's line first is passed over for the labelled day of publication after it
        assertEquals(LocalDate.of(2037, 3, 12), read("", HEADLINE + "<p class='x'>अपडेट किया गया: १९ मार्च २०३७</p>"
                + "<p class='y'>प्रकाशित: १२ मार्च २०३७</p>" + PROSE).published());
    }

    @Test
    void aUtcTimeIsTheDayOfTheZoneOfALanguageSpokenInOneZone() {
        String ld = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": "
                + "\"2037-03-23T23:00:00Z\"}</script>";
        assertEquals(ZoneId.of("Asia/Kolkata"), HtmlDates.zoneOf("ml"));
        assertEquals(LocalDate.of(2037, 3, 24), HtmlDates.parseUtcIn("2037-03-23T23:00:00Z", HtmlDates.zoneOf("ml")));
        assertEquals(LocalDate.of(2037, 3, 24), HtmlDates.parseUtcIn("2037-03-23T23:00:00Z", HtmlDates.zoneOf("he-IL")));
        // before midnight there the day stays; Bengali, Urdu and English name no one zone
        assertEquals(LocalDate.of(2037, 3, 23), HtmlDates.parseUtcIn("2037-03-23T18:00:00Z", HtmlDates.zoneOf("hi")));
        assertNull(HtmlDates.zoneOf("bn"));
        assertNull(HtmlDates.zoneOf("ur"));
        assertNull(HtmlDates.zoneOf("en"));
        assertEquals(LocalDate.of(2037, 3, 23), HtmlDates.parse("2037-03-23T23:00:00Z"));
        // a page that names no language keeps the UTC day
        assertEquals(LocalDate.of(2037, 3, 23), read(ld, HEADLINE + PROSE).published());
    }
}
