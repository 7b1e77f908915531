package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The title and date rules of issue 18's tenth title and date round (and the eleventh and thirteenth), split from {@link PageMetadataRulesTest} to keep
 * files short: each kind with an invented fragment and its negative cases.
 */
class PageTitleDateRulesTest {
    @Test
    void aDateWithARussianOrUkrainianMonthNameIsRead() {
        assertEquals(LocalDate.of(2016, 8, 15), HtmlDates.find("15 августа 2016, 13:43"));
        assertEquals(LocalDate.of(2021, 5, 3), HtmlDates.find("3 травня 2021"));
        assertEquals(LocalDate.of(2020, 1, 14), HtmlDates.find("14 Gennaio 2020"));
        assertEquals(LocalDate.of(2016, 8, 15), read("", "<p class=rubric>Спорт</p><p class=date>15 августа 2016, 13:43</p>"
                + "<h1>Мост закрыт</h1>" + PROSE).published());
        // a word that is no month's name between a day and a year is no date
        assertNull(HtmlDates.find("15 автобусов 2016"));
    }

    @Test
    void aBylineBoxThatAlsoHoldsARatingDatesThePageByItsOwnLine() {
        String rating = "<div class=rating><span>Brücke gesperrt: wie gut finden Sie diesen Beitrag?</span><span>3.17</span>"
                + "<span>5</span><form><button>Bewerten</button> Bisher 12 Stimmen, Sie können auch abstimmen</form></div>";
        assertEquals(LocalDate.of(2015, 1, 21), read("", "<h1>Brücke gesperrt</h1>" + PROSE + PROSE
                + "<div class=author><a href='/a/ann-feld'>Ann Feld</a>, 21. Jan. 2015" + rating + "</div>").published());
        // the box's own line must still name someone: a date alone there may be another article's
        assertNull(read("", "<h1>Brücke gesperrt</h1>" + PROSE + PROSE + "<div class=author>, 21. Jan. 2015" + rating
                + "</div>").published());
    }

    @Test
    void aSiteNameJoinedToTheHeadlineWithoutSpacesIsCut() {
        String site = "<meta property='og:site_name' content='NEWS WEB EASY'>";
        assertEquals("子どもの法律ができる", read(site + "<title>NEWS WEB EASY|子どもの法律ができる</title>", PROSE).title());
        assertEquals("武汉的声音", TitleChooser.withoutJoinedSite("武汉的声音-新华网", "新华网"));
        // a hyphen after the site's name makes a word ("Spiegel-Affäre"), and without a site name nothing is cut
        assertEquals("Spiegel-Affäre vor Gericht", TitleChooser.withoutJoinedSite("Spiegel-Affäre vor Gericht", "Spiegel"));
        assertEquals("NEWS WEB EASY|子どもの法律ができる", TitleChooser.withoutJoinedSite("NEWS WEB EASY|子どもの法律ができる", null));
    }

    @Test
    void aDatelineNamingTwoPlacesSetApartByABarIsRead() {
        assertEquals(LocalDate.of(2021, 11, 11), read("", "<h1>Preis vergeben</h1><p>Drei Verlage haben den Preis vergeben.</p>"
                + "<p>Bad Homburg | Mainz, 11. November\u00A02021\u00A0</p>" + PROSE).published());
        assertEquals(LocalDate.of(2021, 11, 11), HtmlDates.opening("Bad Homburg | Mainz, 11. November 2021"));
        // a bar with nothing after it, or a long run of words before the date, is no place line
        assertNull(HtmlDates.opening("Bad Homburg | , 11. November 2021"));
        assertNull(HtmlDates.opening("Die drei Verlage in Bad Homburg | Mainz, 11. November 2021"));
    }

    @Test
    void theDateTheArticleElementPrintsIsFoundApartFromThePagesOtherDates() {
        String header = "<header><h1><a href='/'>Radio</a></h1><span class=site-date>Mittwoch, 26.02.2020</span></header>";
        String events = "<aside><ul><li><span class=datum>29.02.2020 18:00 Uhr</span> Weinprobe</li></ul></aside>";
        assertEquals(LocalDate.of(2022, 1, 21), PageDates.inArticle(Jsoup.parse(header + "<article><h2>Brücke gesperrt</h2>"
                + "<p class=meta><time datetime='2022-01-21'>21.01.2022 - 13:30</time></p>" + PROSE + "</article>" + events)));
        assertEquals(LocalDate.of(2022, 1, 27), PageDates.inArticle(Jsoup.parse("<main><h1>Brücke gesperrt</h1>"
                + "<span class=date>27.01.2022</span>" + PROSE + "</main>")));
        // the site's header and an events list outside the article date nothing, nor does a page with no article element
        assertNull(PageDates.inArticle(Jsoup.parse(header + "<article><h2>Brücke gesperrt</h2>" + PROSE + "</article>" + events)));
        assertNull(PageDates.inArticle(Jsoup.parse(header + "<div><h2>Brücke gesperrt</h2>" + PROSE + "</div>" + events)));
    }

    @Test
    void aGenericDateTagGivesWayToTheDateTheArticlePrints() {
        String article = "<article><h1>Brücke gesperrt</h1><p class=meta><time datetime='2022-01-21'>21.01.2022</time></p>"
                + PROSE + "</article>";
        // the generic tag holds the day the page was saved; the article prints its own day
        assertEquals(LocalDate.of(2022, 1, 21), read("<meta name=date content='2022-1-26'>", article).published());
        assertEquals(LocalDate.of(2022, 1, 21), read("<meta name='DC.date' content='2022-01-26'>", article).published());
        // a specific published tag is kept, and a generic tag stands where the article prints no date
        assertEquals(LocalDate.of(2022, 1, 26), read("<meta property='article:published_time' content='2022-01-26'>", article)
                .published());
        assertEquals(LocalDate.of(2022, 1, 26), read("<meta name=date content='2022-1-26'>", "<article><h1>Brücke gesperrt</h1>"
                + PROSE + "</article>").published());
    }

    @Test
    void aGenericDateTagGivesWayToTheDateTheMicrodataMarksAsPublished() {
        String header = "<div class=news-header><h1>Brücke gesperrt</h1><time itemprop=datePublished datetime='2022-01-27'>"
                + "27.01.2022</time></div>";
        String body = "<div itemprop=articleBody>" + PROSE + "</div>";
        // the article body prints no date; the header before it marks the published day
        assertEquals(LocalDate.of(2022, 1, 27), read("<meta name=date content='2022-01-21T15:38:44+01:00'>", header + body)
                .published());
        // two marked days that differ (a list of cards) say nothing, and the generic tag stands
        String cards = "<ul><li><time itemprop=datePublished datetime='2022-01-27'>27.01.2022</time></li>"
                + "<li><time itemprop=datePublished datetime='2022-01-12'>12.01.2022</time></li></ul>";
        assertEquals(LocalDate.of(2022, 1, 21), read("<meta name=date content='2022-01-21T15:38:44+01:00'>",
                "<h1>Brücke gesperrt</h1>" + body + cards).published());
        assertNull(PageDates.inArticle(Jsoup.parse("<h1>Brücke gesperrt</h1>" + body + cards)));
    }

    @Test
    void aScriptsPublicationDateKeyWithoutUnderscoreIsRead() {
        String state = "<script>window.__STATE__={\"page\":{\"createdAt\":\"2022-01-30T15:58:43+01:00\","
                + "\"publicationDate\":\"2022-01-31T14:27:32+01:00\",\"plannedLiveDate\":null}}</script>";
        assertEquals(LocalDate.of(2022, 1, 31), PageDates.inScripts(Jsoup.parse("<h1>Brücke gesperrt</h1>" + PROSE + state)));
        // a creation or update day alone is no publication date
        assertNull(PageDates.inScripts(Jsoup.parse("<h1>Brücke gesperrt</h1>" + PROSE
                + "<script>var s={\"createdAt\":\"2022-01-30T15:58:43+01:00\"};</script>")));
    }

    @Test
    void aMetadataTitleThatIsTheTabsSectionPathGivesWayToTheHeadlineTheTabAddsAndTheH1Prints() {
        String head = "<title>www.amt.example: Der Präsident  /  Reden / Rede vor dem Landtag über die Brücken am Fluss im Norden</title>"
                + "<meta property=og:title content='www.amt.example: Der Präsident / Reden'>";
        String h1 = "<h1 class=skip>Navigation und Service</h1><h1>Rede vor dem Landtag über die Brücken am Fluss im Norden</h1>";
        assertEquals("Rede vor dem Landtag über die Brücken am Fluss im Norden", read(head, h1 + PROSE).title());
        // no h1 prints what the tab title adds: the metadata title stands
        assertEquals("www.amt.example: Der Präsident / Reden", read(head, "<h1>Navigation und Service</h1>" + PROSE).title());
    }

    @Test
    void theSiteHeadersClockDoesNotDateTheArticle() {
        String clock = "<div id=headerContainer><a href='/'><img alt=Logo></a><span id=clock>Donnerstag, 16. Februar 2012</span></div>";
        String box = "<div id=nav><ul><li>Politik</li><li>Sport</li></ul></div><div class=content><h1>Brücke gesperrt</h1>"
                + PROSE + PROSE + "<div class=boxHeader><span>14. Februar 2012</span></div>" + PROSE + "</div>";
        assertEquals(LocalDate.of(2012, 2, 14), PageDates.visible(Jsoup.parse(clock + box)));
        assertEquals(LocalDate.of(2012, 2, 14), PageDates.visible(Jsoup.parse("<header><span>Donnerstag, 16. Februar 2012</span>"
                + "</header>" + box)));
        // a header that holds the headline prints the article's own date
        assertEquals(LocalDate.of(2012, 2, 16), PageDates.visible(Jsoup.parse("<header class=site-header><h1>Brücke gesperrt</h1>"
                + "<span>Donnerstag, 16. Februar 2012</span></header>" + PROSE)));
    }

    @Test
    void aUtcStampIsDatedByThePagesOwnDayWhenThePagePrintsTheSameInstantInItsZone() {
        String head = "<meta property='article:published_time' content='2023-11-09T05:30:59Z'>";
        String printed = "<h1>Council closes bridge</h1><time datetime='2023-11-08 23:30:59'>November 8, 2023 at 11:30 p.m.</time>";
        assertEquals(LocalDate.of(2023, 11, 8), read(head, printed + PROSE).published());
        // another minute or second is another instant (an update's time): the stamp's own day stands
        assertEquals(LocalDate.of(2023, 11, 9), read(head, "<h1>Council closes bridge</h1>"
                + "<time datetime='2023-11-08 23:31:02'>November 8, 2023</time>" + PROSE).published());
        // a printed time with the page's own offset at the same instant gives its day too (a Guatemalan paper's
        // "21 de abril de 2022 a las 22:04h" for 04:04:54 UTC the 22nd); another instant, or none printed, leaves the
        // stamp's day
        assertEquals(LocalDate.of(2023, 11, 8), read(head, "<h1>Council closes bridge</h1>"
                + "<time datetime='2023-11-08T23:30:59-06:00'>November 8, 2023</time>" + PROSE).published());
        assertEquals(LocalDate.of(2023, 11, 9), read(head, "<h1>Council closes bridge</h1>"
                + "<time datetime='2023-11-08T22:30:59-06:00'>November 8, 2023</time>" + PROSE).published());
        assertEquals(LocalDate.of(2023, 11, 9), read(head, "<h1>Council closes bridge</h1>" + PROSE).published());
    }

    @Test
    void aGmtStampIsDatedByThePagesOwnDayWhenADateLinePrintsTheSameMinuteInItsZone() {
        String head = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Council closes bridge\","
                + " \"datePublished\": \"Wed, 04 May 2022 02:41:00 GMT\"}</script>";
        assertEquals(LocalDate.of(2022, 5, 3), read(head, "<h1>Council closes bridge</h1><span>3/5/2022 22:41</span>" + PROSE).published());
        assertEquals(LocalDate.of(2022, 5, 3), read(head, "<h1>Council closes bridge</h1><p>May 3, 2022 10:41 PM</p>" + PROSE).published());
        // another minute, or the time without the local day beside it, leaves the stamp's day
        assertEquals(LocalDate.of(2022, 5, 4), read(head, "<h1>Council closes bridge</h1><span>3/5/2022 22:45</span>" + PROSE).published());
        assertEquals(LocalDate.of(2022, 5, 4), read(head, "<h1>Council closes bridge</h1><span>Updated 22:41</span>" + PROSE).published());
    }

    @Test
    void anH1sHeadlineAfterItsKickerWinsOverATitleThatShortensIt() {
        String h1 = "<h1><span class=label>Brückenstreit</span><span class=invisible>: </span><span class=headline>Rat sperrt alte"
                + " Brücke für Autos</span></h1>";
        assertEquals("Rat sperrt alte Brücke für Autos", read("<meta property=og:title content='Brückenstreit: Rat sperrt alte"
                + " Brücke'>", h1 + PROSE).title());
        // the tab title's parts serve when no metadata gives a title
        assertEquals("Kostenloser Check für alte Brücken", read("<title>Initiative Brückenbau - kostenloser Check | Stadtblatt"
                + "</title>", "<h1><span class=small>Initiative Brückenbau</span> Kostenloser Check für alte Brücken</h1>"
                + PROSE).title());
        // a title that goes on with other words than the headline's, or with one word only, stands
        assertEquals("Brückenstreit: Der Rat entscheidet", read("<meta property=og:title content='Brückenstreit: Der Rat"
                + " entscheidet'>", h1 + PROSE).title());
        assertEquals("Brückenstreit: Rat", read("<meta property=og:title content='Brückenstreit: Rat'>", h1 + PROSE).title());
    }

    @Test
    void aSectionNameAsTheMetadataTitleGivesWayToTheHeadlineTheTabAndTheH1Print() {
        String site = "<meta property=og:site_name content=Stadtblatt><meta property=og:title content='Pressemitteilungen'>";
        String h1 = "<h1>Rat sperrt die alte Brücke für Autos</h1>" + PROSE;
        assertEquals("Rat sperrt die alte Brücke für Autos", read(site + "<title>Stadtblatt: Rat sperrt die alte Brücke für"
                + " Autos</title>", h1).title());
        // the tab's other part must be the site's name, and an h1 must print the headline
        assertEquals("Pressemitteilungen", read(site + "<title>Medien: Rat sperrt die alte Brücke für Autos</title>", h1).title());
        assertEquals("Pressemitteilungen", read(site + "<title>Stadtblatt: Rat sperrt die alte Brücke für Autos</title>",
                "<h1>Pressemitteilungen</h1>" + PROSE).title());
    }

    @Test
    void aForumsClockLineDoesNotDateThePost() {
        String post = "<h1>Was ist Freie Software</h1><div class=post><p class=author>Beitrag von <a href='/u/5'>r23</a> »"
                + " 21.01.2009, 05:42</p>" + PROSE + "</div>";
        assertEquals(LocalDate.of(2009, 1, 21), read("", "<p class='responsive-center time'>Aktuelle Zeit: 14.10.2020, 12:18</p>"
                + post).published());
        assertEquals(LocalDate.of(2009, 1, 21), read("", "<div class=time>It is currently 14.10.2020, 12:18</div>" + post).published());
        // a time-marked line without the clock's label still dates the page
        assertEquals(LocalDate.of(2020, 10, 14), read("", "<p class=time>14.10.2020, 12:18</p>" + post).published());
    }
}
