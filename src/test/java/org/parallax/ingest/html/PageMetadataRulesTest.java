package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The metadata rules of issue 18, one kind of page each: titles, authors and dates the page gives in odd ways. */
class PageMetadataRulesTest {
    @Test
    void titleLosesAKickerOrSiteTheHeadlineOnThePageLeavesOut() {
        PageMetadata kicker = read("<meta property='og:title' content='Chronik: Lotte Tobisch ist tot'>",
                "<h1>Lotte Tobisch ist tot</h1>" + PROSE);
        assertEquals("Lotte Tobisch ist tot", kicker.title());
        PageMetadata inside = read("<meta property='og:title' content='Corona-Pandemie - Wie die Menschen sterben'>",
                "<h1><span class=kicker>Corona-Pandemie</span><span>Wie die Menschen sterben</span></h1>" + PROSE);
        assertEquals("Wie die Menschen sterben", inside.title());
        PageMetadata site = read("<meta property='og:title' content='Bridge closed to cars | The Daily Example'>",
                "<h1>Bridge closed to cars</h1>" + PROSE);
        assertEquals("Bridge closed to cars", site.title());
        // a heading that is the site's logo does not make the site name the title
        PageMetadata logo = read("<title>Bridge closed to cars for the summer :: Example PIXNET</title>",
                "<h1>Example PIXNET</h1>" + PROSE);
        assertEquals("Bridge closed to cars for the summer :: Example PIXNET", logo.title());
    }

    @Test
    void titleLosesAPartNamingTheSiteOrItsDomainWithoutAHeading() {
        PageMetadata domain = read("<meta property='og:title' content='Bridge closed to cars - Example.org'>"
                + "<link rel=canonical href='https://www.example.org/bridge'>", PROSE);
        assertEquals("Bridge closed to cars", domain.title());
        PageMetadata named = read("<meta property='og:site_name' content='Daily Example'>"
                + "<meta property='og:title' content='Bridge closed to cars – Daily Example'>", PROSE);
        assertEquals("Bridge closed to cars", named.title());
        // a title whose parts nothing marks as extra stays whole
        PageMetadata whole = read("<meta property='og:title' content='Bridge closed: what drivers need to know'>", PROSE);
        assertEquals("Bridge closed: what drivers need to know", whole.title());
    }

    @Test
    void authorsLoseLabelsAndPlaceholdersAreRefused() {
        assertEquals("Chris Jung", AuthorNames.clean("Veröffentlicht vonChris Jung"));
        assertEquals("Harald Willenbrock", AuthorNames.clean("Text und Interview: Harald Willenbrock"));
        assertEquals("Helge Fahrnberger", AuthorNames.clean("Post author By Helge Fahrnberger"));
        assertEquals("Isabella DiBiase", AuthorNames.clean("Isabella DiBiase am Samstag"));
        assertEquals("Tomas Spahn", AuthorNames.clean("Tomas Spahn Fr"));
        assertEquals("Michael Dougherty", AuthorNames.clean("Michael Dougherty says"));
        assertEquals("Frank Bueltge", AuthorNames.clean("Frank Bueltge - http://bueltge.de"));
        assertEquals("Di Maria", AuthorNames.clean("Di Maria"));
        assertNull(AuthorNames.clean("Name (erforderlich)"));
        assertNull(AuthorNames.clean("Name *"));
        assertNull(AuthorNames.clean("No Author"));
        assertNull(AuthorNames.clean("Follow"));
        assertNull(AuthorNames.clean("Publiziert am"));
        PageMetadata meta = read("<meta name='author' content='admin'><meta property='article:author' content='Ann Lee'>", PROSE);
        assertEquals("Ann Lee", meta.author());
    }

    @Test
    void datesComeFromAnyJsonLdTheUrlOrThePrintedDateLineAndLastFromTheLastChange() {
        PageMetadata webPage = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\","
                + "\"datePublished\":\"2019-09-17T14:54:31+02:00\"}]}</script>", PROSE);
        assertEquals(LocalDate.of(2019, 9, 17), webPage.published());
        PageMetadata url = read("<link rel=canonical href='https://example.org/2019/04/19/bridge-closed/'>", PROSE);
        assertEquals(LocalDate.of(2019, 4, 19), url.published());
        PageMetadata printed = read("", "<article><h1>Bridge</h1><div class='entry-meta'>Posted on 5. November 2023 by"
                + " Ann</div>" + PROSE + "</article>");
        assertEquals(LocalDate.of(2023, 11, 5), printed.published());
        PageMetadata time = read("", "<article><time datetime='2021-11-02T08:00'>2. November</time>" + PROSE + "</article>");
        assertEquals(LocalDate.of(2021, 11, 2), time.published());
        PageMetadata modified = read("<meta property='article:modified_time' content='2022-01-27T10:00:00Z'>", PROSE);
        assertEquals(LocalDate.of(2022, 1, 27), modified.published());
        // published wins over a printed date and over the last change
        PageMetadata both = read("<meta property='article:published_time' content='2020-04-28'>"
                + "<meta property='article:modified_time' content='2020-04-30'>",
                "<article><span class='date'>30.04.2020</span>" + PROSE + "</article>");
        assertEquals(LocalDate.of(2020, 4, 28), both.published());
    }

    @Test
    void findsDatesInTheFormsPagesPrint() {
        assertEquals(LocalDate.of(2019, 10, 16), HtmlDates.find("Stand: 16.10.2019, 18:15 Uhr"));
        assertEquals(LocalDate.of(2023, 11, 5), HtmlDates.find("5. November 2023"));
        assertEquals(LocalDate.of(2021, 3, 4), HtmlDates.find("Published March 4th, 2021"));
        assertEquals(LocalDate.of(2020, 12, 1), HtmlDates.find("1 décembre 2020"));
        assertEquals(LocalDate.of(2022, 1, 21), HtmlDates.find("2022/01/21"));
        assertNull(HtmlDates.find("Call 030 12.34.5678"));
        assertNull(HtmlDates.find("in 1850 and 31.02.2020"));
        assertEquals(LocalDate.of(2019, 4, 19), HtmlDates.inUrl("https://example.org/news/20190419/bridge"));
        assertNull(HtmlDates.inUrl("https://example.org/item/123456789"));
    }

    @Test
    void authorsNamedByReferenceByLinkPreviewLabelsOrMarkupWinOverTheSiteName() {
        PageMetadata byId = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Bridge\","
                + "\"author\":{\"@id\":\"https://example.org/#/person/1\"}},{\"@type\":\"Person\","
                + "\"@id\":\"https://example.org/#/person/1\",\"name\":\"Ann Lee\"}]}</script>", PROSE);
        assertEquals("Ann Lee", byId.author());
        PageMetadata label = read("<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Ann Lee'>"
                + "<meta name='twitter:label2' content='Lesedauer'><meta name='twitter:data2' content='3 Minuten'>", PROSE);
        assertEquals("Ann Lee", label.author());
        PageMetadata site = read("<meta property='og:site_name' content='Daily Example'><meta name='author' content='Daily Example'>",
                "<h1>Bridge closed</h1><p class='byline'>By <span class='author vcard'><span class='fn'>Ann Lee</span></span>"
                + " - Apr 16, 2015</p>" + PROSE);
        assertEquals("Ann Lee", site.author());
        // the site's name stays when the page marks up no person
        assertEquals("Daily Example", read("<meta property='og:site_name' content='Daily Example'>"
                + "<meta name='author' content='Daily Example'>", PROSE).author());
        PageMetadata prefixed = read("<meta property='og:site_name' content='Daily Example'>"
                + "<meta name='author' content='Daily Example - Ann Lee'>", PROSE);
        assertEquals("Ann Lee", prefixed.author());
        // a comment's author and a "view all posts" link are no article author
        assertNull(read("", "<div class='comments'><a rel='author' href='/u/9'>Bob Commenter</a></div>"
                + "<a rel='author' href='/author/ann'>View all posts</a>" + PROSE).author());
        assertEquals("Luis Holuch", AuthorNames.clean("Über Luis Holuch"));
        assertEquals("Cem Basman", AuthorNames.clean("~ Cem Basman"));
        assertEquals("Günter W. Kienitz", AuthorNames.clean("Günter W. Kienitz at"));
        assertEquals("Steven Salentin", AuthorNames.clean("Steven Salentin Mitglied der Tonight News-Redaktion"));
    }

    @Test
    void datesFromLabelledLinesLinesBesideTheHeadlineAndUtcStampsInThePagesZone() {
        PageMetadata labelled = read("", "<div><h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Peter Maahn</div>" + PROSE);
        assertEquals(LocalDate.of(2021, 11, 3), labelled.published());
        PageMetadata beside = read("", "<div><h1>Bridge closed to cars</h1><p><em>10.11.2021</em></p>" + PROSE + "</div>");
        assertEquals(LocalDate.of(2021, 11, 10), beside.published());
        PageMetadata shortYear = read("", "<h1>Bridge</h1><div class='post-created'>28.01.22</div>" + PROSE);
        assertEquals(LocalDate.of(2022, 1, 28), shortYear.published());
        // a two-digit year is read only in a date line, never in running text
        assertNull(HtmlDates.find("Version 1.2.22 is out"));
        assertEquals(LocalDate.of(2023, 10, 31), HtmlDates.findInDateLine("Von: Björn Jahner | 31.10.23"));
        PageMetadata utc = new MetadataExtractor().extract(Jsoup.parse("<html lang='de'><head><meta property="
                + "'article:published_time' content='2022-11-06T23:00:00.000Z'></head><body>" + PROSE + "</body></html>"));
        assertEquals(LocalDate.of(2022, 11, 7), utc.published(), "a UTC stamp is dated by the day in the page's zone");
        assertEquals(LocalDate.of(2022, 11, 6), read("<meta property='article:published_time' content='2022-11-06T23:00:00Z'>",
                PROSE).published(), "no language, no zone: the date as written");
        // a stamp with the site's own offset is already local
        assertNull(HtmlDates.parseUtcIn("2022-11-06T23:00:00+01:00", HtmlDates.zoneOf("de")));
        assertNull(HtmlDates.zoneOf("en-US"));
    }

    @Test
    void titleTakesTheHeadlinesTypographyAndPostTitlesUnderASiteNameH1() {
        PageMetadata dashes = read("<meta property='og:title' content='Korsetts - Shops, Designer, online kaufen'>",
                "<h1>Korsetts – Shops, Designer, online kaufen</h1>" + PROSE);
        assertEquals("Korsetts – Shops, Designer, online kaufen", dashes.title());
        // a reworded h1 is not taken over the metadata title
        PageMetadata reworded = read("<meta property='og:title' content='Bridge closed to cars for the summer'>",
                "<h1>Summer closure for the old bridge</h1>" + PROSE);
        assertEquals("Bridge closed to cars for the summer", reworded.title());
        PageMetadata blog = read("<title>Muffin Grundrezept : Muffin Rezepte</title>",
                "<h1>Muffin</h1><h2>Muffin Grundrezept</h2>" + PROSE);
        assertEquals("Muffin Grundrezept", blog.title());
    }

    @Test
    void anAuthorPrintedInALabelledLineStandsInWhenTheMetadataNamesNone() {
        PageMetadata von = read("", "<article><h1>Bridge closed</h1><p class='bodytext'>von Claudia Lindner</p>" + PROSE + "</article>");
        assertEquals("Claudia Lindner", von.author());
        PageMetadata meta = read("", "<article><h1>Bridge closed</h1><div class='metainfo'>ein Artikel von <strong>Pamela"
                + " Sladky</strong> | 27.01.2022 - 12:45</div>" + PROSE + "</article>");
        assertEquals("Pamela Sladky", meta.author());
        PageMetadata two = read("", "<article>" + PROSE + "<p>Autoren Jelko Djuren und Jutta Klaukien</p></article>");
        assertEquals("Jelko Djuren und Jutta Klaukien", two.author());
        // the name ends before a month that starts the date run on after it
        PageMetadata month = read("", "<article><p>By Nathan Willis March 25, 2015</p>" + PROSE + "</article>");
        assertEquals("Nathan Willis", month.author());
        // the site's name in the metadata gives way to the printed name
        PageMetadata site = read("<meta property='og:site_name' content='Daily Example'><meta name='author' content='Daily Example'>",
                "<article><p>Von Ann Lee</p>" + PROSE + "</article>");
        assertEquals("Ann Lee", site.author());
        // lines naming different people are a list of teasers; comments are not the article
        assertNull(read("", "<article>" + PROSE + "<ul><li>By Ann Lee</li><li>By Bob Stone</li></ul></article>").author());
        assertNull(read("", "<article>" + PROSE + "<div class='comment-body'><p>von Bob Stone</p></div></article>").author());
    }

    @Test
    void aWebPageObjectsAuthorReferenceNamesTheAuthorWhenNoArticleObjectExists() {
        PageMetadata page = read("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"Bridge\","
                + "\"author\":{\"@id\":\"https://example.org/#/person/1\"}},{\"@type\":[\"Person\"],"
                + "\"@id\":\"https://example.org/#/person/1\",\"name\":\"Kab Niang\"}]}</script>", PROSE);
        assertEquals("Kab Niang", page.author());
    }

    @Test
    void datesFromAPublicationMarkAndFromTheDatelineOfTheFirstParagraph() {
        PageMetadata itemprop = read("", "<article><h2>Bridge</h2>" + PROSE + "<span itemprop='datePublished'>28. Dezember 2022</span>"
                + "</article>");
        assertEquals(LocalDate.of(2022, 12, 28), itemprop.published());
        PageMetadata publication = read("", "<article>" + PROSE + "<div class='publication'>jeudi 13 juin 2019</div></article>");
        assertEquals(LocalDate.of(2019, 6, 13), publication.published());
        PageMetadata dateline = read("", "<article><h2>Bridge</h2><p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige"
                + " Ministerin stellte heute ihre Pläne für die Brücke vor, die seit dem Frühjahr gesperrt ist.</p>" + PROSE + "</article>");
        assertEquals(LocalDate.of(2022, 1, 25), dateline.published());
        assertEquals(LocalDate.of(2022, 11, 29), HtmlDates.opening("29.11.2022 – Mehrfach und vehement hatte die Branche gewarnt"));
        // a date inside a sentence is no dateline
        assertNull(HtmlDates.opening("Im Bundesgesetzblatt des Bundes vom 17. August 2021 wurde das Gesetz verkündet"));
        assertNull(HtmlDates.opening("The council voted on 5 March 2020 to close the bridge"));
    }

    @Test
    void aShortLineOpeningWithADateDatesAPageThatMarksNone() {
        PageMetadata alone = read("", "<div class='box'><div style='color:#aaa'>Apr 7, 2009</div><b>This week's theme</b></div>" + PROSE);
        assertEquals(LocalDate.of(2009, 4, 7), alone.published());
        PageMetadata place = read("", "<div id='main'><span class='metadata'>Bonn, 11.10.2021</span><h2>Bridge</h2>" + PROSE + "</div>");
        assertEquals(LocalDate.of(2021, 10, 11), place.published());
        PageMetadata named = read("", "<h2>Stars <span>06.11.2023 13:30 von Olga</span></h2>" + PROSE);
        assertEquals(LocalDate.of(2023, 11, 6), named.published());
        // a date in a footer or a list of events is not the page's
        assertNull(read("", PROSE + "<footer><p>Copyright 19.12.2019</p></footer>").published());
        assertNull(read("", PROSE + "<ul class='termine'><li>12.01.2022 Konzert</li></ul>").published());
    }

    @Test
    void aLabelWordEndsANameOnlyAsAWholeWordAndATeaserModuleCanHoldTheByline() {
        assertEquals("Ibtisam Mahdi, Ruwaida Kamal Amer", AuthorNames.clean("Ibtisam Mahdi, Ruwaida Kamal Amer"));
        assertEquals("Jan Onno", AuthorNames.clean("Jan Onno"));
        PageMetadata teaser = read("", "<main><div class='module module-imageTeaser topArticle'><div class='metaInfo'>Ein Artikel von"
                + " <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div></div>" + PROSE + "</main>");
        assertEquals("Pamela Sladky", teaser.author());
    }

    @Test
    void anH1sKickerElementIsNoPartOfTheHeadline() {
        PageMetadata kicker = read("<meta property='og:title' content='Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE'>",
                "<h1 class='article-heading'><span class='article-heading__kicker'>Klimaschutz</span><span class='visually-hidden'>: "
                + "</span><span class='article-heading__title'>Bohren, bis es heiß wird</span></h1>" + PROSE);
        assertEquals("Bohren, bis es heiß wird", kicker.title());
        PageMetadata topic = read("<meta property='og:title' content='100. Geburtstag: Margot Friedländer wird 100 Jahre'>",
                "<h1><div class='topic-label'>100. Geburtstag</div> Margot Friedländer wird 100 Jahre</h1>" + PROSE);
        assertEquals("Margot Friedländer wird 100 Jahre", topic.title());
        // the title printed twice: a plain h1, and an h2 that marks the kicker
        PageMetadata twice = read("<meta property='og:title' content='Covid-19: Lässt sich die Ausbreitung kontrollieren?'>",
                "<h1 itemprop=name>Covid-19: Lässt sich die Ausbreitung kontrollieren?</h1><h2><span class='content__kicker'>"
                + "Covid-19</span><span class='sr-only'>: </span> <span>Lässt sich die Ausbreitung kontrollieren?</span></h2>"
                + PROSE);
        assertEquals("Lässt sich die Ausbreitung kontrollieren?", twice.title());
    }

    @Test
    void anElementWhoseClassSaysAuthorNamesTheWriterOverTheSite() {
        PageMetadata site = read("<meta property='og:site_name' content='Daily Example'><meta name='author' content='Daily Example'>",
                "<h1>Bridge closed</h1><h5 class='field field--name-field-term-author'>Christian Mihatsch</h5>" + PROSE);
        assertEquals("Christian Mihatsch", site.author());
        // a comment's author and a long author box are not the writer's name
        assertNull(read("", "<li class='comment byuser comment-author-bob'><p>Bob Stone</p></li>" + PROSE).author());
        assertNull(read("", "<div class='author-bio'>Ann Lee writes about bridges, rivers and the towns between them"
                + " for the paper since 2004</div>" + PROSE).author());
    }

    @Test
    void aBlogArchiveLabelInTheTitleIsDropped() {
        assertEquals("Podcasts in Plex einbinden", read("<meta property='og:title' content='Blog Archiv » Podcasts in Plex einbinden'>",
                PROSE).title());
        assertEquals("Weitere Digitalisierung der Schweizer Kinos", read("<title>Time 4 talks » Blog Archiv » Weitere"
                + " Digitalisierung der Schweizer Kinos</title>", PROSE).title());
    }

    @Test
    void aBodySplitIntoSiblingPartsKeepsThePartBeforeTheChosenOne() {
        String part1 = "<p>" + "The first part of the story sets out how the bridge was built and by whom. ".repeat(2)
                + "</p><p>" + "Its engineers were proud of the piers they had sunk into the river bed. ".repeat(2) + "</p>";
        Document page = Jsoup.parse("<body><div class=wrap><div class=top><section class='part'>" + part1
                + "</section></div><section class='part'>" + PROSE + PROSE.replace("council", "mayor") + "</section>"
                + "<section class='part'><p>" + "A box after the story that the template fills with other things. ".repeat(3)
                + "</p><p>" + "More of the same box, a second long paragraph of promotion for the site. ".repeat(2)
                + "</p></section></div></body>");
        Document chosen = Jsoup.parse("<div id=content>" + PROSE + PROSE.replace("council", "mayor") + "</div>");
        Document readability = chosen.clone();
        int added = SplitSections.restore(readability.getElementById("content"), page);
        assertEquals(1, added);
        String text = readability.getElementById("content").text();
        assertEquals(0, text.indexOf("The first part"));
        assertEquals(-1, text.indexOf("A box after"));
    }

    private static final String LONG_PROSE = "<p>The council voted on Tuesday to close the old bridge to cars, after engineers found"
            + " cracks in two of its piers during the spring inspection. Buses and bicycles may still cross it until the repairs"
            + " begin in the autumn.</p>";

    @Test
    void aBylineInsideALayoutWrapperNamedForItsSidebarIsRead() {
        String byline = "<p><em>Text von Christian Seiler Illustration von Markus Roost</em></p>";
        assertEquals("Christian Seiler", read("", "<div class='layoutTwoColumnsRightSidebar'>" + byline + LONG_PROSE + LONG_PROSE
                + "</div><div class=nav>Home</div>").author());
        // a sidebar box beside the article still is one
        assertNull(read("", "<div class=main>" + LONG_PROSE + LONG_PROSE + "</div><div class=sidebar>" + byline + "</div>").author());
    }

    @Test
    void aSignatureClosingTheArticleNamesItsWriter() {
        assertEquals("Stefan Wasmer", read("", "<h1>Bridge closed</h1><div>" + LONG_PROSE + "<p><b><i>Stefan Wasmer</i></b></p></div>")
                .author());
        assertEquals("Denis Clerc", read("", "<div>" + LONG_PROSE + "<p align=right><em>Denis Clerc</em></p><p>(1) A note on the"
                + " figures.</p></div>").author());
        // a bold line followed by more text is a subheading
        assertNull(read("", "<div>" + LONG_PROSE + "<p><b>Erste Prognosen</b></p>" + LONG_PROSE + "</div>").author());
    }

    @Test
    void aDescriptionOpeningWithABylineNamesTheWriterAnEditorsCreditDoesNot() {
        assertEquals("Kenneth Surin", read("<meta name='description' content='   by Kenneth Surin   Deleuze and Guattari oppose"
                + " micropolitics'>", "<p><span itemprop=author>Revised Edition Edited by Adrian Parr</span></p>" + PROSE).author());
        // a description that only mentions someone, and one naming a company, give nothing
        assertNull(read("<meta name='description' content='Bypass surgery for Anna Weber, told by her nurse.'>", PROSE).author());
        assertNull(read("<meta name='description' content='Von Example Media GmbH: alles zum Umzug'>", PROSE).author());
    }

    @Test
    void aFirstNameOverADateClosingTheArticleSignsIt() {
        assertEquals("Benni", read("", "<article>" + LONG_PROSE + "<p>So long.</p><p>Benni<br> 10. September 2017</p></article>")
                .author());
        // a name over a date with more after it is an event or a list entry, and a word over no date signs nothing
        assertNull(read("", "<article>" + LONG_PROSE + "<p>Konzert<br>10. September 2017</p><p>Karten an der Kasse.</p></article>")
                .author());
        assertNull(read("", "<article>" + LONG_PROSE + "<p>Benni<br>Berlin</p></article>").author());
    }

    @Test
    void aCopyrightLineInTheFooterNamesAPersonalSitesWriter() {
        assertEquals("Johannes Wolf", read("", LONG_PROSE + "<div class=copyrights-area><p>(c) Johannes Wolf • Weitere Rechte"
                + " siehe Impressum</p></div>").author());
        assertEquals("Gregory Szorc", read("", LONG_PROSE + "<div id=footer><p>Copyright (c) 2012- Gregory Szorc. All rights"
                + " reserved.</p></div>").author());
        // a company, and a photo credit inside the article, are no writer
        assertNull(read("", LONG_PROSE + "<footer><p>© 2023 WWB Holdings, LLC. All rights reserved.</p></footer>").author());
        assertNull(read("", "<figure><img src=a.jpg><figcaption><span>© Kurt Wessel</span></figcaption></figure>" + LONG_PROSE)
                .author());
    }

    @Test
    void aCopyrightLineBrokenByBreaksIsReadLineByLine() {
        assertEquals("Martin Weber", read("", LONG_PROSE + "<div id=credits><p><small>(<a href=/cc>Creative Commons-Lizenz</a>)"
                + " 2006-2008 by Martin Weber <br> Hosted by <a href=/h>Net-Housting</a> - Theme by <a href=/t>Kubrick</a>"
                + "</small></p></div>").author());
    }

    @Test
    void aLabelledLineInsideABoxOfLinesNamesTheWriterBehindAJobTitle() {
        assertEquals("Sebastian Einbock", read("", "<article>" + LONG_PROSE + "<div>Quelle: Urteil des Gerichts vom 3. Mai, Az. 12 K"
                + " 345/21, veröffentlicht auf der Homepage des Gerichts<br><br>Symbolgrafik: © Butch - stock.adobe.com<br><br>"
                + "Autor: <a href=/ra>Rechtsanwalt</a> Sebastian Einbock</div></article>").author());
        // a line of its own wins over a book's authors in a box of lines
        assertEquals("Pamela Sladky", read("", "<main><div class=metaInfo>Ein Artikel von <strong>Pamela Sladky</strong> |"
                + " 27.01.2022</div>" + LONG_PROSE + "<p><b>Setz dich in Bewegung</b><br>Funktionelles Bewegungstraining für"
                + " Reiter mit Übungen für einen besseren Sitz und mehr<br>von Josef Kastner, Marieke Hübner und Imke Schlömer<br>192"
                + " Seiten</p></main>").author());
    }

    @Test
    void anInstitutionInTheMetadataGivesWayToThePersonThePagePrints() {
        PageMetadata m = read("<meta name=author content='Hanns-Seidel-Stiftung e.V.'>", "<div itemprop=articleBody></div>"
                + LONG_PROSE + "<p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>");
        assertEquals("Uta Staschewski", m.author());
        // a person in the metadata stays
        assertEquals("Ann Lee", read("<meta name=author content='Ann Lee'>", LONG_PROSE + "<p>Von Claudia Lindner</p>").author());
    }

    @Test
    void aPressReleaseWithoutAuthorIsCreditedToItsContact() {
        assertEquals("Dr. Tim Loppe", read("", LONG_PROSE + "<p><strong>Pressekontakt</strong><br>Dr. Tim Loppe<br>Pressesprecher"
                + " naturstrom AG<br>Tel.: 0211 77900 363</p>").author());
        assertEquals("Jan Koch", read("", LONG_PROSE + "<div>Kontakt:</div><p><span style='font-weight: bold;'>Jan Koch<br></span>"
                + "Telefon +49 (0)40 / 49 07 11 06<br><a href='mailto:jan.koch@example.org'>jan.koch@example.org</a></p>").author());
        // a contact menu or a department without a phone or address is no person
        assertNull(read("", LONG_PROSE + "<div>Kontakt</div><p>Häufige Fragen</p><p>Impressum</p>").author());
    }

    @Test
    void aWordPressPostIsCreditedToTheLoginThatMarksItsAuthorsComments() {
        String comments = "<ol class=commentlist><li class='comment byuser comment-author-reader even'>Nice post.</li>"
                + "<li class='comment byuser comment-author-jancak bypostauthor odd'>Thank you!</li></ol>";
        assertEquals("jancak", read("", LONG_PROSE + comments).author());
        assertNull(read("", LONG_PROSE + comments.replace("jancak", "admin")).author());
    }

    @Test
    void aCommentsDateIsNotTheArticles() {
        assertEquals(LocalDate.of(2022, 11, 29), read("", "<div class=article>" + LONG_PROSE + "<p>29.11.2022 – Mehrfach und"
                + " vehement hatte die Branche gewarnt, dass die Abschöpfung die Anlagen treffen werde.</p></div>"
                + "<div class=comments><div class=comment><span class=comment-date>02.12.2022 15:57</span><p>Gut so.</p></div>"
                + "</div>").published());
    }

    @Test
    void aTitleThatNamesNoPageGivesWayToTheOneH1() {
        assertEquals("Time to say goodbye.", read("<title>Home</title>", "<h1>Time to say goodbye.</h1>" + PROSE).title());
        assertEquals("The strategic Think & Do Tank", read("<meta property='og:title' content='About Us - Shabka'>"
                + "<meta property='og:site_name' content='Shabka'>", "<h1>The strategic Think & Do Tank</h1>" + PROSE).title());
        // a page with several h1s keeps its title
        assertEquals("Home", read("<title>Home</title>", "<h1>One</h1><h1>Two</h1>" + PROSE).title());
    }

    @Test
    void aShortHeadlineAfterAKickersColonIsNoLogo() {
        assertEquals("Kaeser verarscht Neubauer", read("<meta property='og:title' content='Siemens und die Kohlemine Adani: Kaeser"
                + " verarscht Neubauer'>", "<h1>Kaeser verarscht Neubauer</h1>" + PROSE).title());
    }

    @Test
    void aTitleLosesTheSitesDomainWithItsTaglineAfterIt() {
        assertEquals("Bielersee-Winterhechte", read("<meta property='og:title' content='Bielersee-Winterhechte | petri-heil.ch |"
                + " Dein Schweizer Fischereimagazin'><meta property='og:url' content='https://www.petri-heil.ch/de/hechte'>", PROSE)
                .title());
    }

    @Test
    void aThemesCreditInTheAuthorTagIsNoAuthor() {
        assertNull(read("<meta name=author content='Peter Amende und Fuchsy designed'>", PROSE).author());
    }

    @Test
    void aCreditsBoxWithTheLabelAndTheNameInTwoElementsNamesTheWriter() {
        assertEquals("SVEN MICHAELSEN", read("", PROSE + "<div class=credits><div class=credit><div class=label> Interview </div>"
                + "<div class=text> SVEN MICHAELSEN </div></div><div class=credit><div class=label>Fotos</div><div class=text>"
                + "Anna Lee</div></div></div>").author());
        // different people behind writer labels name no one
        assertNull(read("", PROSE + "<div><span>Text</span><span>Ann Lee</span></div><div><span>Text</span><span>Bo Berg</span>"
                + "</div>").author());
    }

    @Test
    void aDateOnlyInAScriptsStateIsRead() {
        assertEquals(LocalDate.of(2016, 11, 4), read("", LONG_PROSE + "<script type='application/json'>{\"publishedDate\":"
                + "\"2016-11-04T20:37:27Z\",\"updatedDate\":\"2016-11-04T20:39:47Z\"}</script>").published());
        // app state listing other articles with different dates gives none
        assertNull(read("", LONG_PROSE + "<script>var s={items:[{\"datePublished\":\"2020-01-02\"},{\"datePublished\":"
                + "\"2020-03-04\"}]};</script>").published());
    }

    @Test
    void aLastEditedLineDatesAPageThatGivesNoOtherDate() {
        assertEquals(LocalDate.of(2019, 11, 10), read("", LONG_PROSE + "<p id=pageinfo>BeginnersGuide/Download (last edited"
                + " 2019-11-10 13:28:18 by MatsWichmann)</p>").published());
        // the same footer line giving the publication day too is read for that
        assertEquals(LocalDate.of(2023, 11, 1), read("", LONG_PROSE + "<p class=footer>Letzte Änderung: 31.10.2023 - 14:49:39<br>"
                + "Erschienen am: 01.11.2023<br> Lesungen: 61</p>").published());
    }

    @Test
    void aDateBesideAPostTitleInAnH2IsReadWhenThePageHasNoH1() {
        assertEquals(LocalDate.of(2020, 1, 13), read("", "<div class=blog_post><h2 class=blog_post_title><a href='/p' rel=bookmark>"
                + "Mercurial's Journey to Python 3</a></h2><small>January 13, 2020 at 08:45 AM | categories: Python, Mercurial"
                + " | 12 Comments so far</small>" + LONG_PROSE + "</div>").published());
    }

    @Test
    void aTabTitleGivesWayToTheOneH1NamingTheSameSubjectInOtherWords() {
        // no metadata title: the <title> is written for the site's navigation, the h1 is the page's headline
        assertEquals("Chorgeschichte", read("<title>Geschichte - St. Georgs Chorknaben Ulm</title>", "<h1>Chorgeschichte</h1>"
                + PROSE).title());
        // an h1 on another subject, an h1 the title holds whole, and an og:title stay as they were
        assertEquals("Base URL test", read("<title>Base URL test</title>", "<h1>Lorem</h1>" + PROSE).title());
        assertEquals("LWN.net Weekly Edition for March 26, 2015 [LWN.net]", read("<title>LWN.net Weekly Edition for March 26, 2015"
                + " [LWN.net]</title>", "<h1>LWN.net Weekly Edition for March 26, 2015</h1>" + PROSE).title());
        assertEquals("Geschichte des Chors", read("<meta property='og:title' content='Geschichte des Chors'>",
                "<h1>Chorgeschichte</h1>" + PROSE).title());
        // an h1 that is the site's name the tab title ends with is the logo
        assertEquals("Offshore-Windenergie – Sauberer Strom vom Meer", read("<title>Offshore-Windenergie – Sauberer Strom vom Meer"
                + " | Stiftung OFFSHORE-WINDENERGIE</title>", "<h1><a href='/'>Stiftung Offshore Windenergie</a></h1>" + PROSE).title());
        // without an h1, the first h2 is read the same way
        assertEquals("Bootsdienst Ausbildung", read("<title>Feuerwehr Oldenburg - Ausbildung</title>", "<h2>Bootsdienst Ausbildung</h2>"
                + PROSE).title());
    }

    @Test
    void aBylineAfterThePostsDateIsRead() {
        assertEquals("Adi Tzlil", read("", "<h1>Items We Never Knew We Wanted</h1><div class=meta>Posted on September 21, 2020"
                + "  by Adi Tzlil</div>" + PROSE).author());
        assertEquals("Peter Maahn", read("", "<h1>Der lange Weg zum Strom</h1><div class=info><h5>Datum: </h5>03.11.2021<br>"
                + "<h5>Autor: </h5>Peter Maahn/SP-X</div>" + PROSE).author());
    }

    @Test
    void aBylineBetweenSeparatorsOfAMetaLineIsRead() {
        assertEquals("Cara Stiles", read("", "<h1>Woman Sees a Car Stop</h1><div class=meta><span>yas!</span> | By <span>Cara"
                + " Stiles</span> | <time>April 13, 2020</time></div>" + PROSE).author());
        // a line that is no byline stays one
        assertNull(read("", "<h1>Woman Sees a Car Stop</h1><div class=nav>Home | News | Sport</div>" + PROSE).author());
    }

    @Test
    void aSidebarLayoutHoldingTheHeadlineIsNoBoxBesideTheArticle() {
        // menus and footers make up most of the page, so the layout wrapper holds less than half its text
        String menus = "<div class=menu>" + "<p>Actualité juridique, jurisprudence et doctrine pour les avocats et les juristes</p>"
                .repeat(12) + "</div>";
        String layout = "<div class='panel-display one-sidebar-second'><h1>Libre cours : Raoult, les nazis et moi</h1>"
                + "<div class=signature><span class=contributor>Par <a href='/m'>Matthieu Hy</a></span> le 07 Mai 2020</div>"
                + PROSE + "<div class=comment><div class=submitted>par JPA le 7 mai 2020 - 12:38.</div><p>Bravo.</p></div></div>";
        assertEquals("Matthieu Hy", read("", menus + layout + menus).author());
        // a sidebar without the headline stays a box beside the article
        assertNull(read("", menus + "<h1>Libre cours</h1>" + PROSE + "<div class=sidebar><div>Par Anne Lee</div></div>" + menus)
                .author());
    }

    @Test
    void aFirstNameAloneInTheMetadataGivesWayToTheFullNameTheBylinePrints() {
        assertEquals("Nils Pickert", read("<meta name=author content='Nils'>", "<h1>Das Patriarchat als Kulturtechnik</h1>"
                + "<p><strong>Eine Kolumne von Nils Pickert</strong></p>" + PROSE).author());
        // another person's byline does not replace the metadata's name
        assertEquals("Nils", read("<meta name=author content='Nils'>", "<h1>Das Patriarchat</h1><p>von Anna Weber</p>" + PROSE)
                .author());
    }

    @Test
    void theWritersAnotherSourceListsBesideTheFirstAreKept() {
        String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Single an Weihnachten\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Sadhbh O'Sullivan\"},"
                + "\"creator\":[\"Sadhbh O'Sullivan\",\"Elisabeth Kochan\"]}</script>";
        assertEquals("Sadhbh O'Sullivan, Elisabeth Kochan", read(ld, PROSE).author());
        // a list that does not hold the first writer names others (a site's team): the first stays
        assertEquals("Sadhbh O'Sullivan", read(ld.replace("[\"Sadhbh O'Sullivan\",", "[\"Anna Lee\","), PROSE).author());
    }

    @Test
    void anAsOfLineUnderTheHeadlineDatesThePage() {
        String ld = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Deutsche Waffen\","
                + "\"datePublished\":\"2023-11-06T18:19+01:00\"}</script>";
        assertEquals(LocalDate.of(2023, 11, 7), read(ld, "<h1 class=is-aural>Willkommen</h1><nav>Start</nav>"
                + "<h1>Deutsche Waffen</h1><p class=stand><span>Stand: </span>07.11.2023, 07:30 Uhr</p>" + PROSE).published());
        // a "Stand" date elsewhere (a source's retrieval day in the references) leaves the metadata's day
        assertEquals(LocalDate.of(2023, 11, 6), read(ld, "<h1>Deutsche Waffen</h1>" + PROSE
                + "<ul><li>EMA: Paxlovid (Stand: 27.1.2022)</li></ul>").published());
    }

    @Test
    void aMetaLineMarkedWithAnUnderscoreAndAWikisLastEditDateThePage() {
        assertEquals(LocalDate.of(2011, 11, 22), read("", "<h1>Malaga</h1>" + PROSE + PROSE + "<div class=post_meta><span>⋅</span> November 22, 2011"
                + " <span>⋅</span> Email this post ⋅ Diese Seite ausdrucken ⋅ Kommentieren</div>").published());
        assertEquals(LocalDate.of(2020, 1, 29), read("", "<h1>HE:Kassel/Stammtisch</h1>" + PROSE + PROSE + PROSE + "<div id=footer><ul>"
                + "<li id=footer-info-lastmod> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul></div>")
                .published());
    }

    @Test
    void aTitleLosesTheTemplatesWordsAroundTheH1() {
        assertEquals("Roasted Chicken with Oriental Rice", read("<title>Roasted Chicken with Oriental Rice Recipe | Nestlé Family ME"
                + "</title>", "<h1>Roasted Chicken with Oriental Rice</h1>" + PROSE).title());
        assertEquals("Sequilho com Chocolate Amargo", read("<meta property='og:title' content='Receita de Sequilho com Chocolate"
                + " Amargo | CyberCook'><meta property='og:site_name' content='CyberCook'>", "<h1>Sequilho com Chocolate Amargo</h1>"
                + PROSE).title());
        // a bracketed part is no template word: Readability keeps "[LWN.net]"
        assertEquals("LWN.net Weekly Edition for March 26, 2015 [LWN.net]", read("<meta property='og:title' content='LWN.net Weekly"
                + " Edition for March 26, 2015 [LWN.net]'>", "<h1>LWN.net Weekly Edition for March 26, 2015</h1>" + PROSE).title());
    }

    @Test
    void aTitleLosesADatePartAndTheSitesNameInBrackets() {
        assertEquals("Dorothea Wierer darf noch jubeln", read("<meta property='og:title' content='23.01.2022 - Dorothea Wierer darf"
                + " noch jubeln - Biathlon Antholz'><meta property='og:site_name' content='Biathlon Antholz'>", PROSE).title());
        assertEquals("»Kein Geld mehr für die Miete«", read("<meta property='og:title' content='»Kein Geld mehr für die Miete«"
                + " (neues deutschland)'><link rel=canonical href='https://www.neues-deutschland.de/artikel/1.html'>", PROSE).title());
        // brackets naming something else stay
        assertEquals("Die Haubenfahrzeuge (Teil 49)", read("<meta property='og:title' content='Die Haubenfahrzeuge (Teil 49)'>",
                PROSE).title());
    }

    @Test
    void aMetaTitleCutAtAnUnescapedQuoteIsReadFromTheTab() {
        // the site wrote content="... de "incapacitado"": the attribute ends at the second quote
        assertEquals("Senador califica a Biden de \"incapacitado\"", read("<meta property='og:title' content=\"Senador califica a"
                + " Biden de \"incapacitado\"\"><title>Senador califica a Biden de \"incapacitado\"</title>", PROSE).title());
        // a tab title that goes on with the site's name after a separator is no cut title
        assertEquals("3 verrückte Orte in Berlin", read("<meta property='og:title' content='3 verrückte Orte in Berlin'>"
                + "<title>3 verrückte Orte in Berlin « BLOG OFF!</title>", PROSE).title());
    }

    @Test
    void aDateLineMayOpenWithTheSourceAndABracket() {
        assertEquals(LocalDate.of(2012, 6, 4), read("", "<h1>Theatre tour ends</h1>" + PROSE + PROSE + PROSE
                + "<table><tr><td><font>Xinhuanet Hebei ( 2012-06-04 09:20:26 )</font></td></tr></table>").published());
    }

    @Test
    void twoSeparatorsInARowGoWithTheSitesName() {
        assertEquals("Jens Weber", read("<title>mediaarchitecture.de // » Jens Weber</title><link rel=canonical"
                + " href='http://mediaarchitecture.de/jens-weber/'>", PROSE).title());
    }

    @Test
    void aLineCreditingTheWritingNamesTheWriterOverTheUploader() {
        String head = "<meta name=author content='Paul Soldan'>";
        assertEquals("Eugen Zentner", read(head, "<h1>Interview mit Sonja Silberhorn</h1><article><p><em>Ein Interview von <strong>"
                + "Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p>" + PROSE + "</article>").author());
        // "von ... mit ..." without the credit words is a history line, not a byline
        assertEquals("Paul Soldan", read(head, "<h1>Unsere Geschichte</h1><article><p>Von PUBLIC VOICE mit osAlliance zur ALLMENDA"
                + "</p>" + PROSE + "</article>").author());
    }

    @Test
    void aDateLineThatGoesOnToANameNamesTheWriter() {
        assertEquals("Mara Feld", read("", "<h1>Wie Pflanzen trinken</h1><p class=meta>11.12.2019 - Mara Feld</p>" + PROSE)
                .author());
        assertEquals("Ole Brandt", read("", "<small>04.02.2022 | 13:10 Uhr | Ole Brandt</small><h1>Neue Regeln</h1>" + PROSE)
                .author());
        assertEquals("Ina Roth", read("", "<h1>Neue Regeln</h1><div>05.02.2020 <span>- Redaktion: Ina Roth (Sprecherin des"
                + " Vereins)</span></div>" + PROSE).author());
        // a company after the date is no writer; dated teasers naming different people name none
        assertNull(read("", "<h1>Neue Regeln</h1><p>11.12.2019 - Muster Verlag GmbH</p>" + PROSE).author());
        assertNull(read("", "<h1>Archiv</h1><ul><li>11.12.2019 - Mara Feld</li><li>12.12.2019 - Ole Brandt</li></ul>" + PROSE)
                .author());
        // a list of dated entries: an event's band and venue are no writer
        assertNull(read("", "<h1>Konzerte im November</h1>" + PROSE + "<p>02.11.2022 - Placebo - Stadthalle</p><p>03.11.2022 -"
                + " Ole Brandt</p><p>04.11.2022 - Dame - Gasometer</p>").author());
    }

    @Test
    void aTitleMovedIntoTheBodyByWarningsBeforeTheMarkupIsTheTabTitle() {
        Document page = Jsoup.parse("<b>Strict Standards</b>: Redefining a constructor in <b>/www/db.php</b> on line 56<br>"
                + "<html><head><title>Malaga im Winter</title></head><body>" + PROSE + "</body></html>", "https://example.org/");
        assertEquals("Malaga im Winter", new MetadataExtractor().extract(page).title());
        // a drawing's title is no page title
        assertEquals("", MetadataExtractor.tab(Jsoup.parse("<p>Text</p><svg><title>Pfeil</title></svg>")));
    }

    @Test
    void aBylineThatRunsOnIntoItsDateDatesThePage() {
        assertEquals(LocalDate.of(2015, 1, 21), read("", "<h1>Keynes und die Schulden</h1>" + PROSE + "<div class=author><a href='/a/'>"
                + "Mara Feld</a>, 21. Jan. 2015</div>").published());
        assertEquals(LocalDate.of(2010, 12, 29), read("", "<h1>Neuigkeiten</h1>" + PROSE + "<div class='left author'>Author: <a>"
                + "<b>Ole2man</b></a> am 29.12.2010, 13:36 Uhr</div>").published());
        // a teaser list's author slot holding only another article's date is passed over for the article's dateline
        assertEquals(LocalDate.of(2022, 1, 24), read("", "<h1>Messe abgesagt</h1><p>24.01.2022 – Die Messe findet nicht statt.</p>"
                + PROSE + "<ul><li><h3>Orcas auf Jagd</h3><span class=t-author>09.10.2021</span></li></ul>").published());
        // and so is a comment's byline
        assertEquals(LocalDate.of(2022, 1, 24), read("", "<h1>Messe abgesagt</h1><p>24.01.2022 – Die Messe findet nicht statt.</p>"
                + PROSE + PROSE + "<div class=comments><div class=comment-author>Ole Brandt, 3. Mai 2020</div><p>Danke!</p></div>")
                .published());
    }

    @Test
    void aLineBreakEndsTheNameOfAByline() {
        assertEquals("Mara Feld und Ole Brandt", read("", "<h1>Streit ums Feuerholz</h1><p>Von <strong>Mara Feld</strong> und <strong>"
                + "Ole Brandt</strong><br><span id=more></span><br> Kakuma /Kenia</p>" + PROSE).author());
        // a label on its own line before the name is still read with it
        assertEquals("Mara Feld", read("", "<h1>Streit ums Feuerholz</h1><p>Text:<br>Mara Feld</p>" + PROSE).author());
    }

    @Test
    void aLoginStandsForTheNameThePagePrints() {
        assertEquals("Mara K. Feld", read("<meta name=author content='mara.feld'>", "<h1>Die Wahl ist entschieden</h1>" + PROSE
                + "<p>Die Politik bleibt spannend. (Mara K. Feld)</p>").author());
        assertEquals("Ole Brandt", read("<meta name=author content='ole_brandt'>", "<h1>Tischdecke nähen</h1>" + PROSE
                + "<script>var user = {\"display_name\": \"Ole  Brandt\"};</script>").author());
        // a login the page names no one by stays as it is; so does a domain
        assertEquals("mara.feld", read("<meta name=author content='mara.feld'>", "<h1>Die Wahl</h1>" + PROSE).author());
        assertEquals("kath.net", read("<meta name=author content='kath.net'>", "<h1>Die Wahl</h1>" + PROSE).author());
    }

    @Test
    void aWikisLastEditorNamesAPageThatNamesNoWriter() {
        assertEquals("OleBrandt", read("", "<h1>Download</h1>" + PROSE + "<p id=pageinfo>Guide/Download (last edited 2019-11-10"
                + " 13:28:18 by <span title='OleBrandt @ host'><a href='/OleBrandt'>OleBrandt</a></span>)</p>").author());
        // a writer the page names otherwise stands; a last change without a name names no one
        assertEquals("Mara Feld", read("", "<h1>Download</h1><p>von Mara Feld</p>" + PROSE + "<p>(last edited 2019-11-10 by OleBrandt)"
                + "</p>").author());
        assertNull(read("", "<h1>Download</h1>" + PROSE + "<p>Diese Seite wurde zuletzt am 10. November 2019 geändert.</p>").author());
    }

    @Test
    void aDateLineMayWriteBarsBetweenDayMonthAndYear() {
        assertEquals(LocalDate.of(2022, 1, 26), read("", "<h1>Hechte im Winter</h1><div class=subline><table><tr><td>26 | 01 | 2022 </td>"
                + "<td>Schweiz | Praxis</td></tr></table></div>" + PROSE).published());
        // numbers in a table's cells are no date
        assertNull(read("", "<h1>Ergebnisse</h1>" + PROSE + "<table><tr><td>3 | 1 | 4</td></tr></table>").published());
    }

    @Test
    void aSignatureMayFollowABookBoxAfterTheProse() {
        String prose = "<p>" + "Ein Buch über die Geschichte eines Landes, das seine Anfänge neu erzählt. ".repeat(4) + "</p>";
        assertEquals("Mara Feld", read("", "<h1>Buch der Woche</h1>" + prose + "<p><strong>Ole Brandt (Hrsg.)<br>Eine neue Geschichte"
                + "</strong><br>Blessing, 816 Seiten</p><p class=clearfix><strong>Mara Feld</strong></p>").author());
        // a bold name after two short paragraphs is no signature
        assertNull(read("", "<h1>Buch der Woche</h1>" + prose + "<p>Blessing, 816 Seiten</p><p>Preis: 28 Euro</p>"
                + "<p><strong>Mara Feld</strong></p>").author());
    }

    @Test
    void aLineNamingTheSiteGivesWayToTheWriterTheArticleCredits() {
        String head = "<meta property='og:site_name' content='The Bridge Post'><meta name=author content='The Bridge Post'>";
        String body = "<article><h1>Bridge closed</h1><div class=meta>By <a rel=author href='/a'>The Bridge Post</a> - January 17,"
                + " 2020</div><p><em>Written by: <a href='/x'>Mara Feld</a></em></p>" + PROSE + "</article>";
        assertEquals("Mara Feld", read(head, body).author());
        // without the writer's line, the site stays the author; a one-word label takes no colon ("Por: ...")
        assertEquals("The Bridge Post", read(head, body.replace("<p><em>Written by: <a href='/x'>Mara Feld</a></em></p>", ""))
                .author());
        assertNull(read("", "<h1>Bridge closed</h1><p>Por: Mara Feld</p>" + PROSE).author());
    }

    @Test
    void aNameMayHoldTwoParticlesAndTheTabsLastPartNamesTheSite() {
        // the site named only at the end of the tab's title ("... : Home : Bridge & Hire") is no writer
        String head = "<title>Bridge closed : Home : Bridge &amp; Hire</title><meta name=author content='Bridge &amp; Hire'>";
        assertEquals("Ana de la Cruz", read(head, "<h1>Bridge closed</h1><div class=wrote_by>By <a href='/r/ana'>Ana de la Cruz"
                + "</a></div>" + PROSE).author());
        assertEquals("Piet van der Berg", read(head, "<h1>Bridge closed</h1><div>By Piet van der Berg</div>" + PROSE).author());
        // an author that is not the tab's last part stays
        assertEquals("Bridge & Hire", read("<title>Bridge closed</title><meta name=author content='Bridge &amp; Hire'>",
                "<h1>Bridge closed</h1><div>By Ana de la Cruz</div>" + PROSE).author());
    }

    @Test
    void aBlogPostsCreditAndALabelOverItsNameAreBylines() {
        assertEquals("Mara Feld", read("", "<h1>Vegetarisch leben</h1><p><strong>Vegetarisch leben</strong></p>"
                + "<p>Blog Beitrag von Mara Feld</p>" + PROSE).author());
        assertEquals("Mara Feld", read("", "<h1>Vegetarisch leben</h1><p>Gastartikel von Mara Feld</p>" + PROSE).author());
        // "Beitrag von" alone opens a forum's post, not a byline
        assertNull(read("", "<h1>Vegetarisch leben</h1><p>Beitrag von Mara Feld</p>" + PROSE).author());
        String prose = "<p>" + "Die Windgeschwindigkeit beeinflusst die Leistung mit der dritten Potenz. ".repeat(3) + "</p>";
        assertEquals("Ole Brandt", read("", "<h1>Windkraft</h1><div class=info>" + prose + "<br><a href='/mail'><b>Von:</b>"
                + "<br><br> Ole Brandt</a></div>").author());
        // a label over a line that is no name gives nothing
        assertNull(read("", "<h1>Windkraft</h1><div class=info>" + prose + "<br><a href='/mail'><b>Von:</b>"
                + "<br><br> unserer Redaktion in Berlin</a></div>").author());
    }

    @Test
    void aLoginOfInitialsStandsForTheNameThePagePrintsWithThem() {
        String licence = "<div class=licence>Ein Tagebuch von <a href='/'>Mara Feld</a> steht unter einer freien Lizenz.</div>";
        assertEquals("Mara Feld", read("<meta name=author content='MF'>", "<h1>Wieder da</h1>" + PROSE + licence).author());
        // words in running text are no name; two printed names with those letters leave the login
        assertEquals("MF", read("<meta name=author content='MF'>", "<h1>Wieder da</h1><p>Mit Meinem Freund am See.</p>"
                + PROSE).author());
        assertEquals("MF", read("<meta name=author content='MF'>", "<h1>Wieder da</h1>" + PROSE + licence
                + "<p><a href='/m'>Max Frisch</a></p>").author());
    }

    @Test
    void aTitleIsInOneCanonicalForm() {
        // U+09DC is written as U+09A1 U+09BC in the canonical form; a composed "é" stays composed
        assertEquals("\u09AC\u09BE\u09A1\u09BC\u09BF", read("<meta property='og:title' content='\u09AC\u09BE\u09DC\u09BF'>",
                PROSE).title());
        assertEquals("Caf\u00E9", read("<meta property='og:title' content='Cafe\u0301'>", PROSE).title());
    }

    @Test
    void theAnalyticsAuthorTagNamesTheWriterOverThePaper() {
        assertEquals("Mara Feld", read("<meta property='cXenseParse:author' content='Mara Feld'>"
                + "<meta name=author content='Example Zeitung'>", "<h1>Wohnungssuche</h1>" + PROSE).author());
        assertEquals("Example Zeitung", read("<meta name=author content='Example Zeitung'>",
                "<h1>Wohnungssuche</h1>" + PROSE).author());
    }

    @Test
    void aFrenchLabelMayTakeASpaceBeforeItsColon() {
        String head = "<meta name=author content='Radio Example (www.example.com)'>";
        assertEquals("Mara Feld", read(head, "<h1>Les terres</h1>" + PROSE + "<div class=longText><p>Auteur : Mara Feld </p>"
                + "<p>Edition : O. Brandt</p></div>").author());
        assertEquals("Radio Example (www.example.com)", read(head, "<h1>Les terres</h1>" + PROSE).author());
    }

    @Test
    void softHyphensInABylineAreNotPrinted() {
        assertEquals("Matthias Brandt", read("<meta name=author content='Example Verlag GmbH'>",
                "<h1>Thema</h1><p><strong>Von Mat\u00ADthi\u00ADas Brandt</strong></p>" + PROSE).author());
    }

    @Test
    void anInstitutionCreditedGivesWayToTheAuthorPropertyOfACreditsBox() {
        String head = "<meta name=author content='Bayerische Landesanstalt f\u00FCr Wald - LWF'>";
        String box = "<div class=footer-box><p><strong>Autoren</strong><br><span itemprop=author>Ole Brandt</span></p></div>";
        assertEquals("Ole Brandt", read(head, "<h1>Holzhandel</h1>" + PROSE + box).author());
        // a person credited in the metadata keeps the credit
        assertEquals("Mara Feld", read("<meta name=author content='Mara Feld'>", "<h1>Holzhandel</h1>" + PROSE + box)
                .author());
        assertTrue(PageBylines.organisation("Bundesministerium f\u00FCr Verkehr"));
        assertFalse(PageBylines.organisation("Mara Feld"));
    }

    @Test
    void aPersonThePageOnlyHidesGivesWayToThePrintedByline() {
        String head = "<meta name=author content='Ann Lee'>";
        String byline = "<p><strong>Von Claudia Lindner</strong></p>";
        assertEquals("Claudia Lindner", read(head, "<h1>Thema</h1><span class='vcard rich-snippet-hidden'><a rel=author>Ann Lee"
                + "</a></span>" + byline + PROSE).author());
        assertEquals("Claudia Lindner", read(head, "<h1>Thema</h1><span style='display: none'>Ann Lee</span>" + byline + PROSE)
                .author());
        // shown, or written nowhere in the page, the person in the metadata stays
        assertEquals("Ann Lee", read(head, "<h1>Thema</h1><span class=vcard>Ann Lee</span>" + byline + PROSE).author());
        assertEquals("Ann Lee", read(head, "<h1>Thema</h1>" + byline + PROSE).author());
    }

    @Test
    void aPhraseOpeningWithALowercaseWordIsNoName() {
        assertNull(AuthorNames.clean("deinen Hochzeitsbloggern"));
        assertNull(AuthorNames.clean("agentur GmbH"));
        assertNull(AuthorNames.clean("Auteur :"));
        assertEquals("Samuel Brandt", read("<meta name=author content='deinen Hochzeitsbloggern'>", "<h1>Geheimtipp</h1>" + PROSE
                + "<p><em>Autor: <a href='/s'>Samuel Brandt</a></em></p>").author());
        // a login, a name with a particle and a lowercase name stay
        assertEquals("rasos", AuthorNames.clean("rasos"));
        assertEquals("van Gogh", AuthorNames.clean("van Gogh"));
        assertEquals("bell hooks", AuthorNames.clean("bell hooks"));
    }

    @Test
    void anAuthorsLabelWithItsColonMayHaveABracketedNoteAfterTheName() {
        assertEquals("Samuel Brandt", read("", "<h1>Geheimtipp</h1>" + PROSE + "<p><em>Autor: <a href='/s'>Samuel Brandt </a>"
                + "(Sponsored Post), Redner bei example.com</em></p>").author());
        // without the colon, "von ... (" is running text
        assertNull(read("", "<h1>Geheimtipp</h1>" + PROSE + "<p>von Open Source Software (OSS) ein</p>")
                .author());
    }

    @Test
    void aBlogThemesNoteAboutThePostDatesAPageThatPrintsNoOtherDate() {
        String note = "<div id=sidebar><h2>Über diesen Artikel</h2><p><a href='/p' rel=bookmark>Brücke</a> wurde am"
                + " <nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr> Uhr gepostet und unter <a href='/c'>Stadt</a>"
                + " abgelegt.</p></div>";
        assertEquals(LocalDate.of(2010, 5, 19), read("", "<h1>Brücke gesperrt</h1>" + PROSE + note).published());
        assertEquals(LocalDate.of(2010, 5, 19), read("", "<h1>Bridge closed</h1>" + PROSE + "<p class=meta>This entry was"
                + " posted on Wednesday, May 19th, 2010 at 11:03 pm and is filed under Town.</p>").published());
        // a sentence of the article that says when something else happened is no note about the post
        assertNull(read("", "<h1>Brücke gesperrt</h1>" + PROSE + PROSE + "<p>Die Brücke wurde am 19. Mai 1990 eröffnet.</p>")
                .published());
        // nor is a reader's comment
        assertNull(read("", "<h1>Brücke gesperrt</h1>" + PROSE + PROSE + "<div class=comments><p>Mein Beitrag wurde am"
                + " 19. Mai 2010 veröffentlicht.</p></div>").published());
    }

    @Test
    void articleElementsThatAreCardsOfOtherStoriesDoNotDateThePage() {
        String cards = "<section><article><h3>Frost in the hills</h3><p class=date>2023-11-03</p></article>"
                + "<article><h3>Snow on the pass</h3><p class=date>2023-11-06</p></article></section>";
        String page = "<div><h1>Bridge closed to cars</h1><p class=date>Written: 2023-11-07 15:03</p>" + PROSE + "</div>";
        assertEquals(LocalDate.of(2023, 11, 7), read("", "<header><h1>Logo</h1></header>" + page + cards).published());
        // one article element holds the article even when the headline stands before it
        assertEquals(LocalDate.of(2023, 11, 3), read("", "<h1>Bridge closed to cars</h1><p class=date>Written:"
                + " 2023-11-07</p><article><p class=date>2023-11-03</p>" + PROSE + "</article>").published());
    }

    @Test
    void anH1ThatLabelsTheSectionLeavesTheHeadlineToTheH2() {
        String headline = "Neue Karten für Skitouren im ganzen Land";
        String og = "<meta property='og:title' content='bergblatt.ch - Outdoornews - " + headline + "'>";
        assertEquals(headline, read(og, "<h1>OutdoorNews | Eintrag</h1><h2>" + headline + "</h2>" + PROSE).title());
        // an h1 that is a headline of its own keeps the h2s out
        assertEquals("bergblatt.ch - Outdoornews - " + headline, read(og, "<h1>Winter kommt früh | Eintrag</h1><h2>"
                + headline + "</h2>" + PROSE).title());
    }

    @Test
    void aKickerJoinedByASpaceIsCutWhenTheTabTitleSetsItApart() {
        String ld = "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\":"
                + " \"Verkehr/Stadt Die Brücke bleibt zu\"}</script>";
        assertEquals("Die Brücke bleibt zu", read(ld + "<title>Blog: Verkehr/Stadt ǀ Die Brücke bleibt zu — Blatt</title>",
                "<h1>Die Brücke bleibt zu</h1>" + PROSE).title());
        // without the tab's separator the words before the headline stay
        assertEquals("Verkehr/Stadt Die Brücke bleibt zu", read(ld + "<title>Verkehr/Stadt Die Brücke bleibt zu — Blatt"
                + "</title>", "<h1>Die Brücke bleibt zu</h1>" + PROSE).title());
    }

    @Test
    void aBracketedIssueAfterTheHeadlineIsCutWhenTheHeadingLeavesItOut() {
        String og = "<meta property='og:title' content='Der alte Hafen (2021/5)'>";
        assertEquals("Der alte Hafen", read(og, "<h2>Der alte Hafen</h2>" + PROSE).title());
        // a heading that keeps the brackets, or none that prints the rest, leaves the title whole
        assertEquals("Der alte Hafen (2021/5)", read(og, "<h2>Der alte Hafen (2021/5)</h2>" + PROSE).title());
        assertEquals("Der alte Hafen (2021/5)", read(og, "<h1>Hafenchronik der Stadt</h1><h2>Der alte Hafen</h2>" + PROSE)
                .title());
    }

    @Test
    void aKickerIsCutWhenTheTabTitleHasAnotherBeforeTheSameHeadline() {
        String og = "<meta property='og:title' content='Hoch hinaus?: Der neue Turm am Hafen'>";
        assertEquals("Der neue Turm am Hafen", read(og + "<title>hafenblatt | Vorschau: Der neue Turm am Hafen</title>",
                PROSE).title());
        // the tab with the same kicker confirms nothing
        assertEquals("Hoch hinaus?: Der neue Turm am Hafen", read(og + "<title>hafenblatt | Hoch hinaus?: Der neue Turm am"
                + " Hafen</title>", PROSE).title());
    }

    @Test
    void anAuthorTagRepeatingThePublisherTagGivesWayToTheTableCellByline() {
        String head = "<meta name=author content='Example Illustrierte'><meta name='DC.publisher' content='Example Illustrierte'>";
        String line = "<table><tr><td>26 | 01 | 2022</td><td class=cat>Praxis</td><td><b>Text & Fotos:</b> Jonas Feld </td></tr>"
                + "</table>";
        assertEquals("Jonas Feld", read(head, "<h1>Winterhechte</h1>" + line + PROSE).author());
        // without a printed byline the tag stays; an author tag that is no publisher's keeps its person
        assertEquals("Example Illustrierte", read(head, "<h1>Winterhechte</h1>" + PROSE).author());
        assertEquals("Ann Lee", read("<meta name=author content='Ann Lee'><meta name='DC.publisher' content='Example Verlag'>",
                "<h1>Winterhechte</h1>" + line + PROSE).author());
        assertTrue(MetadataExtractor.publisher(Jsoup.parse(head), "Example Illustrierte"));
        assertFalse(MetadataExtractor.publisher(Jsoup.parse(head), "Ann Lee"));
    }

    @Test
    void aLowerCaseLoginInTheAuthorTagGivesWayToTheFullNameALinePrints() {
        String line = "<div class=author><p>Autor <span>Jonas Feld:</span></p></div>";
        assertEquals("Jonas Feld", read("<meta name=author content='jonas-f'>", "<h1>Thema</h1>" + line + PROSE).author());
        assertEquals("Jonas Feld", read("<meta name=author content='wpadmin'>", "<h1>Thema</h1>" + line + PROSE).author());
        // without a printed line the login stays, and a capitalized display name is no login
        assertEquals("jonas-f", read("<meta name=author content='jonas-f'>", "<h1>Thema</h1>" + PROSE).author());
        assertEquals("Ann Lee", read("<meta name=author content='Ann Lee'>", "<h1>Thema</h1>" + line + PROSE).author());
    }

    @Test
    void anAssociationCreditedGivesWayToThePersonWhoSignsTheStatementWithAnOffice() {
        String head = "<meta name=author content='Example Union e.V.'>";
        String body = "<h1>Zum Fest</h1><div>" + PROSE + "<p>Ein gesegnetes Fest.</p><p>Ann FELD<br>Example-Bundesvorsitzende</p></div>";
        assertEquals("Ann FELD", read(head, body).author());
        // a name over a line that names no office is no signature
        assertEquals("Example Union e.V.", read(head, body.replace("Example-Bundesvorsitzende", "Weitere Artikel"))
                .author());
        // nor a name followed by more of the article
        assertEquals("Example Union e.V.", read(head, body.replace("</div>", PROSE + "</div>")).author());
    }

    @Test
    void aPersonalSiteNamedAfterItsOwnerWithAnAcademicTitleIsWrittenByTheOwner() {
        assertEquals("Ann Feld", MetadataExtractor.personOverSite(Jsoup.parse("<p>Text</p>"), null, "Dr. Ann Feld",
                "https://www.ann-feld.net/zeit/"));
        // a brand's name spelling its domain is no person, nor is a titled name on another domain
        assertNull(MetadataExtractor.personOverSite(Jsoup.parse("<p>Text</p>"), null, "Example Commons",
                "https://examplecommons.org/about"));
        assertNull(MetadataExtractor.personOverSite(Jsoup.parse("<p>Text</p>"), null, "Dr. Ann Feld",
                "https://www.example.net/zeit/"));
    }

    @Test
    void aForumOrCmsUsernameNamesThePostsAccountWhenNothingElseNamesAWriter() {
        assertEquals("jfeld7", read("", "<h1>Sommercamp</h1>" + PROSE + "<div class=submitted>Gespeichert von <span class=username>"
                + "jfeld7</span> am 24. Juli 2017</div>").author());
        // a reply's username in a comment thread and a furniture phrase are no post's account
        assertNull(read("", "<h1>Sommercamp</h1>" + PROSE + "<div class=comments><p>" + PROSE + PROSE + PROSE
                + "</p><span class=username>jfeld7</span></div>" + PROSE + PROSE + PROSE + PROSE).author());
        assertNull(read("", "<h1>Sommercamp</h1>" + PROSE + "<span class=username>Anmelden oder registrieren</span>").author());
    }

    @Test
    void aLoginWithDigitsAfterAnAuthorsLabelIsTheWholeLogin() {
        assertEquals("Jo3feld", read("", "<h1>Neuigkeiten</h1>" + PROSE + "<div class='left author'>Author: <a href='/p'><b>Jo3feld"
                + "</b></a> am 29.12.2010, 13:36 Uhr</div>").author());
        // without a label's colon a word with digits is no login ("von A4 am ...")
        assertNull(read("", "<h1>Neuigkeiten</h1>" + PROSE + "<p>von A4 am Montag</p>").author());
    }
}
