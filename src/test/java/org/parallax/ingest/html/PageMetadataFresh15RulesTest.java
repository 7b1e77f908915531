package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the fifteenth set of freshly written pages (src/test/resources/fresh-pages15), twenty
 * languages no earlier set had: month names in the forms a day takes, the year printed first, months in Roman numerals,
 * byline labels with their colon, and a Catalan name joining two surnames with "i". Each with the cases it must leave
 * alone.
 */
class PageMetadataFresh15RulesTest {
    private static LocalDate day(int month, int d) {
        return LocalDate.of(2038, month, d);
    }

    @Test
    void monthNamesOfMoreLanguagesInTheFormsADayTakes() {
        assertEquals(day(3, 8), HtmlDates.find("Avaldatud 8. märtsil 2038 kell 10.15"));
        assertEquals(day(3, 15), HtmlDates.find("Objavljeno: 15. ožujka 2038. u 9:15"));
        assertEquals(day(3, 13), HtmlDates.find("Публикувано: 13 март 2038 г., 16:20"));
        assertEquals(day(3, 14), HtmlDates.find("14 მარტი 2038, 11:40"));
        assertEquals(day(3, 17), HtmlDates.find("17 մարտի 2038թ., 18:05"));
        assertEquals(day(3, 19), HtmlDates.find("Marso 19, 2038 - 3:45 PM"));
        assertEquals(day(3, 21), HtmlDates.find("21 Mart 2038 16:40 (UTC +04:00)"));
        assertEquals(day(3, 25), HtmlDates.find("25 Maart 2038, 07:00"));
        assertEquals(day(3, 20), HtmlDates.find("Publicat el 20 de març de 2038 a les 10:20"));
        assertEquals(day(10, 3), HtmlDates.find("Publicat el 3 d'octubre de 2038"));
        assertEquals(day(6, 2), HtmlDates.find("2. lipnja 2038."));
        assertEquals(day(11, 30), HtmlDates.find("30 ноември 2038"));
        // "listopad" is October in Croatian and November in Czech and Polish: no month is read from it
        assertNull(HtmlDates.find("12. listopada 2038."));
        // a word of a month's table that is no date, and a month with no day
        assertNull(HtmlDates.find("The 3 mail servers were replaced in 2038."));
        assertNull(HtmlDates.find("Publicēts martā, 2038"));
    }

    @Test
    void theYearPrintedFirst() {
        assertEquals(day(3, 11), HtmlDates.find("Publicēts: 2038. gada 11. martā, 08:40"));
        assertEquals(day(3, 10), HtmlDates.find("2038 m. kovo 10 d. 12:05"));
        assertEquals(day(3, 18), HtmlDates.find("2038 жылғы 18 наурыз, 09:30"));
        assertEquals(day(3, 24), HtmlDates.find("2038-yil 24-mart, 10:05"));
        assertEquals(day(3, 5), HtmlDates.find("Argitaratua: 2038ko martxoaren 5a, 09:30"));
        assertEquals(day(3, 7), HtmlDates.find("2038. március 7. 10:20"));
        assertEquals(day(3, 26), HtmlDates.find("Нийтэлсэн: 2038 оны 3 сарын 26, 14:20"));
        assertEquals(day(3, 7), HtmlDates.find("Cập nhật ngày 7 tháng 3 năm 2038"));
        // no month, a month that does not exist, a day that does not
        assertNull(HtmlDates.find("2038 m. 10 d."));
        assertNull(HtmlDates.find("2038 оны 13 сарын 26"));
        assertNull(HtmlDates.find("2038. gada 32. martā"));
    }

    @Test
    void aMonthInRomanNumerals() {
        assertEquals(day(3, 12), HtmlDates.find("Zverejnené: 12. III. 2038, 07:30"));
        assertEquals(day(3, 7), HtmlDates.find("7. III 2038"));
        assertEquals(day(12, 1), HtmlDates.find("1. XII. 2038"));
        // a king's or a war's numeral with no day before it, and a day that does not exist
        assertNull(HtmlDates.find("Henry VIII. 2038 edition"));
        assertNull(HtmlDates.find("World War II. 2038"));
        assertNull(HtmlDates.find("32. III. 2038"));
    }

    @Test
    void bylineLabelsOfMoreLanguagesWithTheirColon() {
        String h1 = "<h1>Osijek dobiva novu biciklističku stazu</h1>";
        assertEquals("Ivana Horvat", read("", "<article>" + h1 + "<div class='meta'>Piše: <strong>Ivana Horvat</strong></div>"
                + PROSE + "</article>").author());
        assertEquals("Līga Ozola", read("", "<article>" + h1 + "<div class='meta'><span class='credits'>Teksts: Līga Ozola, foto:"
                + " Andris Kalniņš</span></div>" + PROSE + "</article>").author());
        assertEquals("Guðrún Helgadóttir", read("", "<article>" + h1 + "<div class='x'><span class='label'>Höfundur:</span> <a"
                + " href='/h/g'>Guðrún Helgadóttir</a></div>" + PROSE + "</article>").author());
        assertEquals("Б.Батболд", read("", "<article>" + h1 + "<p><span>Сурвалжлагч: Б.Батболд</span></p>" + PROSE
                + "</article>").author());
        assertEquals("Արմեն Սարգսյան", AuthorNames.clean("Հեղինակ՝ Արմեն Սարգսյան"));
        assertEquals("Айгерім Сейітқызы", AuthorNames.clean("Авторы: Айгерім Сейітқызы"));
        assertEquals("Nina Kranjc", AuthorNames.clean("Avtorica: Nina Kranjc"));
        // no colon, a phrase in lower case, digits, a label in the footer, two different names: no writer
        assertNull(MoreBylineLabels.named(Jsoup.parse("<article><p>Piše Ivana Horvat o biciklima</p></article>")));
        assertNull(MoreBylineLabels.named(Jsoup.parse("<article><p>Autorius: pirmasis žingsnis</p></article>")));
        assertNull(MoreBylineLabels.named(Jsoup.parse("<article><p>Muallif: 3 ta maqola</p></article>")));
        assertNull(MoreBylineLabels.named(Jsoup.parse("<article><p>x</p></article><footer>Piše: Marko Babić</footer>")));
        assertNull(MoreBylineLabels.named(Jsoup.parse("<article><p>Piše: Ivana Horvat</p><p>Piše: Marko Babić</p></article>")));
        assertNull(MoreBylineLabels.name("Europa"));
    }

    @Test
    void aCatalanNameJoinsItsTwoSurnamesWithI() {
        String h1 = "<h1>Figueres tancarà el centre als cotxes</h1>";
        assertEquals("Marta Vidal i Soler", read("", "<article>" + h1 + "<div><span class='autor'>Marta Vidal i Soler</span>"
                + " <span class='lloc'>Figueres</span></div>" + PROSE + "</article>").author());
        // two names joined by "i" (Polish "and") are not one person's
        assertNotEquals("Anna Nowak i Jan Kowalski", read("", "<article>" + h1 + "<div><span class='autor'>Anna Nowak i Jan"
                + " Kowalski</span></div>" + PROSE + "</article>").author());
    }
}
