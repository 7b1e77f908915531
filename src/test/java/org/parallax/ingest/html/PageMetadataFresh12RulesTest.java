package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the twelfth set of freshly written pages (src/test/resources/fresh-pages12), regional
 * papers in other languages: desk credits, labels and roles of more languages, bylines in scripts without capitals,
 * reporters credited inside the story in Taiwan and Japan, the site typed as an Organization author, Indonesian months
 * and "de" in Spanish and Portuguese dates, Republic of China years, a name set apart from the outlet in a byline, and
 * "Baca Juga" cross-links. Each with the cases it must leave alone.
 */
class PageMetadataFresh12RulesTest {
    private static final String HEADLINE = "<h1>Council closes the old bridge to cars</h1>";

    @Test
    void aDeskAfterTheNameIsNotPartOfItAndADeskInTheAuthorTagGivesWayToTheName() {
        assertEquals("Juan Camilo Restrepo Ochoa", AuthorNames.clean("Por: Juan Camilo Restrepo Ochoa - Redacción Medellín"));
        // a name is a name, also one that opens like a desk's word
        assertEquals("Redaksiana Putri", AuthorNames.clean("Redaksiana Putri"));
        assertEquals("Ana Ruiz", AuthorNames.clean("Por Ana Ruiz"));
        // the desk in the author tag gives way to the writer the page prints
        assertEquals("Juan Camilo Restrepo Ochoa", read("<meta name='author' content='Redacción El Antioqueño'>", HEADLINE
                + "<p class='autor'>Por: <a href='/autores/jcr'>Juan Camilo Restrepo Ochoa</a> - Redacción Medellín</p>" + PROSE)
                .author());
        // with no name printed the desk stays, as real pages' gold credits it ("Redaktion", "Redacción Diario ...")
        assertEquals("Redacción El Antioqueño", read("<meta name='author' content='Redacción El Antioqueño'>", HEADLINE
                + "<p class='autor'>Redacción Medellín</p>" + PROSE).author());
    }

    @Test
    void labelsRolesAndPictureCreditsOfMoreLanguages() {
        assertEquals("Ana Roy", AuthorNames.clean("Texte de Ana Roy"));
        assertEquals("Ольга Кузнецова", AuthorNames.clean("Текст: Ольга Кузнецова, фото: Игорь Белов"));
        assertEquals("ณัฐพล แก้วมณี", AuthorNames.clean("ผู้เขียน: ณัฐพล แก้วมณี"));
        assertEquals("Francesca Lorusso", AuthorNames.clean("a cura di Francesca Lorusso"));
        assertEquals("Ana Sofia Carvalho", AuthorNames.clean("Texto de Ana Sofia Carvalho"));
        assertEquals("Martina Gómez", AuthorNames.clean("Martina Gómez Periodista"));
        // one word before the role word may be a name with such a surname; a photo word without a colon stays
        assertEquals("Juan Periodista", AuthorNames.clean("Juan Periodista"));
        assertEquals("Ana Fotos", AuthorNames.clean("Ana Fotos"));
        // a printed "a cura di" beats a JSON-LD person named "Redazione"; "Texto de" beats the site in the author tag
        String ld = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": {\"@type\": \"Person\", "
                + "\"name\": \"Redazione\"}}</script>";
        assertEquals("Francesca Lorusso", read(ld, HEADLINE + "<div><span class='firma'>a cura di Francesca Lorusso</span></div>"
                + PROSE).author());
        assertEquals("Ana Sofia Carvalho", read("<meta name='author' content='Jornal da Invicta'><meta property='og:site_name' "
                + "content='Jornal da Invicta'>", HEADLINE + "<span class='autor'>Texto de <a href='/autor/asc'>Ana Sofia "
                + "Carvalho</a></span>" + PROSE).author());
    }

    @Test
    void bylinesInScriptsWithoutCapitals() {
        assertEquals("이서연", read("", HEADLINE + "<span class='view-writer'>이서연 기자 <a href='mailto:s@x.example'>"
                + "s@x.example</a></span>" + PROSE).author());
        assertEquals("سارا محمدی", read("", HEADLINE + "<span class='news-reporter'>خبرنگار: سارا محمدی</span>" + PROSE).author());
        assertEquals("ณัฐพล แก้วมณี", read("", HEADLINE + "<span class='post-writer'>ผู้เขียน: ณัฐพล แก้วมณี</span>" + PROSE)
                .author());
        // a sentence that names a reporter is no byline
        assertNull(read("", HEADLINE + "<p>이서연 기자가 광주시청에서 보도했다</p>" + PROSE).author());
    }

    @Test
    void aReporterCreditedInsideTheStoryInTaiwanAndJapan() {
        assertEquals("林志豪", ReporterCredits.of(Jsoup.parse("<article><p>〔記者林志豪／台中報導〕台中捷運藍線18日動工。</p>"
                + "</article>")));
        assertEquals("王小明, 陳美玲", ReporterCredits.of(Jsoup.parse("<article><p>【記者王小明、陳美玲/台北報導】市府今天宣布。</p>"
                + "</article>")));
        assertEquals("佐々木悠斗", ReporterCredits.of(Jsoup.parse("<html lang='ja'><body><article><p>市は7日、公表した。</p>"
                + "<p>不安視する声も上がっている。（佐々木悠斗）</p></article></body></html>")));
        assertEquals("佐々木悠斗", ReporterCredits.of(Jsoup.parse("<html lang='ja'><body><article><p>声も上がっている。"
                + "（仙台総局・佐々木悠斗）</p></article></body></html>")));
        // a wire's credit, a Chinese page's closing brackets and "記者" inside a sentence name no reporter
        assertNull(ReporterCredits.of(Jsoup.parse("<html lang='ja'><body><article><p>発表した。（共同）</p></article></body></html>")));
        assertNull(ReporterCredits.of(Jsoup.parse("<html lang='zh'><body><article><p>市府今天宣布。（林志豪）</p></article></body></html>")));
        assertNull(ReporterCredits.of(Jsoup.parse("<article><p>市長在記者會上表示，藍線將在2043年通車。</p></article>")));
    }

    @Test
    void theSiteTypedAsAnOrganizationAuthorIsNoWriter() {
        String ld = "<meta property='og:site_name' content='La Gazette de Meuse'><script type='application/ld+json'>{\"@type\": "
                + "\"NewsArticle\", \"author\": {\"@type\": \"Organization\", \"name\": \"%s\"}}</script>";
        assertNull(read(String.format(ld, "La Gazette de Meuse"), HEADLINE + "<span class='signature'>Par la rédaction</span>"
                + PROSE).author());
        // a wire typed as an Organization is the credit of a wire story
        assertEquals("Agencia EFE", read(String.format(ld, "Agencia EFE"), HEADLINE + PROSE).author());
    }

    @Test
    void datesWithDeInSpanishAndPortugueseAndIndonesianMonths() {
        assertEquals(LocalDate.of(2037, 3, 9), HtmlDates.find("Publicado el 9 de marzo de 2037 - 07:45 a. m."));
        assertEquals(LocalDate.of(2037, 8, 2), HtmlDates.find("2 de agosto del 2037"));
        assertEquals(LocalDate.of(2037, 3, 19), HtmlDates.find("Kamis, 19 Maret 2037 | 14:20 WIB"));
        assertEquals(LocalDate.of(2037, 8, 17), HtmlDates.find("Senin, 17 Agustus 2037"));
        // "de" with no month name, and a month name with no year, are no date
        assertNull(HtmlDates.find("9 de los 12 votos de 2037"));
        assertNull(HtmlDates.find("Kamis, 19 Maret"));
    }

    @Test
    void aRepublicOfChinaYearIsReadAsTheGregorianOne() {
        assertEquals(LocalDate.of(2037, 3, 18), HtmlDates.find("126年3月18日 14:22"));
        assertEquals(LocalDate.of(2037, 3, 18), HtmlDates.find("民國126年03月18日"));
        assertEquals(LocalDate.of(2037, 3, 18), HtmlDates.find("2037年3月18日"));
        // a year of one or two digits is an age or a count, not a date
        assertNull(HtmlDates.find("他任職12年3月18日退休"));
    }

    @Test
    void aNameSetApartFromTheOutletInTheBylineAndBacaJugaLinks() {
        Document doc = Jsoup.parse("<html><body><article>" + HEADLINE + "<div class='story-byline'><span class='byline-name'>"
                + "Marie-Ève Lapointe</span><span class='byline-org'>La Tribune de l'Estrie</span></div>" + PROSE + PROSE
                + "<p><strong>Baca Juga:</strong> <a href='/a'>Jalan Tunjungan Jadi Car Free Night Setiap Sabtu</a></p>"
                + PROSE + "</article></body></html>", "https://example.org/");
        BodyExtractor.Body body = new BodyExtractor().extract(doc, "https://example.org/");
        assertEquals("Marie-Ève Lapointe", body.bylineName());
        assertEquals(false, body.content().text().contains("Car Free Night"));
        // a byline with no element marked as the name gives none
        assertNull(new BodyExtractor().extract(Jsoup.parse("<html><body><article>" + HEADLINE + "<div class='story-byline'>"
                + "<span>Marie-Ève Lapointe</span></div>" + PROSE + "</article></body></html>"), "https://example.org/").bylineName());
    }
}
