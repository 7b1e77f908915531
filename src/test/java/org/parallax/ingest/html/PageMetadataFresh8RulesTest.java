package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the eighth set of freshly written pages (src/test/resources/fresh-pages8), twenty
 * languages: dates in other scripts' digits, month names and calendars (Hindi, Bengali, Persian with the Solar Hijri
 * calendar, Thai with the Buddhist era, Chinese year-month-day signs, Swahili and Malay months), and byline labels of
 * Russian, Serbian, Hindi, Hebrew, Thai, Swahili and Chinese. Each with the cases it must leave alone.
 */
class PageMetadataFresh8RulesTest {
    private static final String HEADLINE = "<h1>Council closes the old bridge to cars</h1>";

    @Test
    void datesInOtherScriptsDigitsAndMonthNamesAreRead() {
        assertEquals(LocalDate.of(2036, 9, 20), HtmlDates.find("प्रकाशित: 20 सितंबर 2036, 06:45 PM IST"));
        assertEquals(LocalDate.of(2036, 10, 12), HtmlDates.find("প্রকাশ: ১২ অক্টোবর ২০৩৬, ০৯: ৩০"));
        assertEquals(LocalDate.of(2036, 6, 8), HtmlDates.find("2036年06月08日 10:32"));
        assertEquals(LocalDate.of(2036, 8, 19), HtmlDates.find("2036년 8월 19일 09:12"));
        assertEquals(LocalDate.of(2036, 7, 4), HtmlDates.find("Imechapishwa: Julai 4, 2036"));
        assertEquals(LocalDate.of(2036, 8, 18), HtmlDates.find("Diterbitkan pada: 18 Ogos 2036 10:35 PG"));
        assertEquals(LocalDate.of(2035, 12, 2), HtmlDates.find("2 Disember 2035"));
        assertEquals(LocalDate.of(2036, 5, 3), HtmlDates.find("۳ مه ۲۰۳۶"));
        // a month's name inside a longer word is no month ("مه" in "مهر" is the Solar Hijri month Mehr, with no year here)
        assertNull(HtmlDates.find("۳ مهربانی ۲۰۳۶"));
        // a Hindi month with no year, a day with no month
        assertNull(HtmlDates.find("20 सितंबर को बैठक होगी"));
        assertNull(HtmlDates.find("১২ জন ২০৩৬"));
    }

    @Test
    void aThaiBuddhistEraYearAndASolarHijriDateAreGregorianDays() {
        assertEquals(LocalDate.of(2036, 11, 15), HtmlDates.find("15 พ.ย. 2579 09:30 น."));
        assertEquals(LocalDate.of(2036, 1, 2), HtmlDates.find("2 มกราคม 2579"));
        // a Gregorian year beside a Thai month stays as it is
        assertEquals(LocalDate.of(2036, 11, 15), HtmlDates.find("15 พ.ย. 2036"));
        assertEquals(LocalDate.of(2036, 1, 11), HtmlDates.find("تاریخ انتشار: ۲۱ دی ۱۴۱۴ ساعت ۱۰:۳۰"));
        assertEquals(LocalDate.of(2024, 3, 20), WorldDates.fromSolarHijri(1403, 1, 1));
        assertEquals(LocalDate.of(2025, 3, 20), WorldDates.fromSolarHijri(1403, 12, 30));
        assertEquals(LocalDate.of(2023, 9, 23), WorldDates.fromSolarHijri(1402, 7, 1));
        // Esfand of a common year has 29 days; the 31st of Mehr does not exist; a Hijri year alone is no date
        assertNull(WorldDates.fromSolarHijri(1402, 7, 31));
        assertNull(HtmlDates.find("سال ۱۴۱۴"));
        assertNull(HtmlDates.find("۲۱ دی"));
    }

    @Test
    void bylineLabelsOfMoreLanguagesAreNotPartOfTheName() {
        assertEquals("Дмитрий Соколов", AuthorNames.clean("Автор: Дмитрий Соколов"));
        assertEquals("Милан Петровић", AuthorNames.clean("Аутор: Милан Петровић"));
        assertEquals("प्रिया शर्मा", AuthorNames.clean("लेखक: प्रिया शर्मा"));
        assertEquals("נועה לוי", AuthorNames.clean("מאת נועה לוי"));
        assertEquals("สมชาย ใจดี", AuthorNames.clean("โดย สมชาย ใจดี"));
        assertEquals("Amina Mwakyusa", AuthorNames.clean("Na Amina Mwakyusa"));
        // "Na" before one name is a name of its own (a Korean surname), and lower-case "na" is Swahili "and"
        assertEquals("Na Yeon", AuthorNames.clean("Na Yeon"));
        assertEquals("Amina na Juma Mussa", AuthorNames.clean("Amina na Juma Mussa"));
        assertEquals("Дмитрий Соколов", read("", HEADLINE + "<div class='news-meta'>Аутор: <strong>Дмитрий Соколов</strong>"
                + " | Објављено: 09. 06. 2036.</div>" + PROSE).author());
    }

    @Test
    void aBylineInAScriptWithoutCapitalsNamesTheWriter() {
        assertEquals("王丽华", read("", HEADLINE + "<div><span>2036年06月08日</span> <span>来源：杭州新闻网</span> "
                + "<span>作者：王丽华</span></div>" + PROSE + "<p>责任编辑：李强</p>").author());
        assertEquals("สมชาย ใจดี", read("", HEADLINE + "<div><span class='writer'>โดย สมชาย ใจดี</span></div>" + PROSE).author());
        // the editor in charge is still the one person a page credits when it names no writer
        assertEquals("李强", read("", HEADLINE + PROSE + "<p>责任编辑：李强</p>").author());
        // a role before the name ("记者王敬照", reporter Wang Jingzhao) is not read as a name of five characters
        assertNull(read("", HEADLINE + "<table><tr><td><font>作者： 记者王敬照</font></td></tr></table>" + PROSE).author());
        // a label inside running text, or in the page's footer, names no writer
        assertNull(read("", HEADLINE + PROSE + "<p>โดย สมชาย ใจดี กล่าวว่า สะพานนี้จะช่วยลดปัญหาการจราจร 2579</p>").author());
        assertNull(read("", HEADLINE + PROSE + "<footer><p>作者：王丽华</p></footer>").author());
    }

    @Test
    void anItalianPublicationLabelMarksTheDateLine() {
        String lines = "<p class='sommario'>Approvato il piano: da 180 a 360 chilometri</p><div class='firma'>di Giulia Ferretti"
                + "</div><div class='data'>Pubblicato il 3 aprile 2036 alle 09:45 · Ultimo aggiornamento: 4 aprile 2036</div>";
        assertEquals(LocalDate.of(2036, 4, 3), read("", "<div>" + HEADLINE + lines + PROSE + "</div>").published());
        // a date in running text after the word, far from the headline, is not the page's date
        assertNull(read("", "<div>" + HEADLINE + "<p class='sommario'>Approvato il piano</p><div class='firma'>di Giulia "
                + "Ferretti</div>" + PROSE + PROSE + "<p>Il bando fu pubblicato sulla Gazzetta Ufficiale e il cantiere, dopo "
                + "lunghi ritardi e ricorsi al TAR, aprirà forse il 3 aprile 2036 secondo il Comune di Bologna e la Regione "
                + "Emilia-Romagna, che ne finanzia metà.</p></div>").published());
    }
}
