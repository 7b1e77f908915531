package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.html.BlockWalker.BlockText;
import org.parallax.model.BlockType;

/** The line kinds BodyCleaner and the dateline rule handle, each on a page made of that kind of line. */
class BodyCleanerTest {
    private static final String PROSE = "The council voted on Tuesday to close the old bridge to cars, after engineers found"
            + " cracks in two of its piers during the spring inspection.";

    @Test
    void dropsTimeStampsUrlLinesAndTheRepeatedHeadlineAboveTheStoryOnly() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, "Bridge closed to cars"),
                new BlockText(BlockType.PARAGRAPH, "Donnerstag, 31. Mai 2012"),
                new BlockText(BlockType.PARAGRAPH, "https://example.org/bridge"),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Thursday, 5:30 pm"));
        // below the story a time stamp stays, unless it says it is the last update (see the closing record lines)
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed to cars | Example News");
        assertEquals(List.of(PROSE, "Thursday, 5:30 pm"), out.stream().map(BlockText::text).toList());
    }

    @Test
    void aHeadingOrShortLinePrintedTwiceInARowIsReadOnce() {
        String sub = "Engineers found cracks in two piers";
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.HEADING, sub),
                new BlockText(BlockType.HEADING, sub),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Traffic goes round by the ferry"),
                new BlockText(BlockType.PARAGRAPH, "Traffic goes round by the ferry"),
                new BlockText(BlockType.PARAGRAPH, "48 months"),
                new BlockText(BlockType.PARAGRAPH, "48 months"),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "The ferry runs every hour until the bridge opens again."));
        // a table cell and a long paragraph may rightly repeat; a heading or a short line under itself is a twin
        assertEquals(List.of(sub, PROSE, "Traffic goes round by the ferry", "48 months", "48 months", PROSE, PROSE,
                "The ferry runs every hour until the bridge opens again."),
                BodyCleaner.clean(blocks, null).stream().map(BlockText::text).toList());
    }

    @Test
    void theNoteThatTheStoryGoesOnPastAnAdvertisementLeaves() {
        List<BlockText> blocks = new java.util.ArrayList<>();
        List<String> notes = List.of("Story continues below advertisement", "CONTINUA DEPOIS DA PUBLICIDADE",
                "Der Artikel wird nach der Anzeige fortgesetzt", "La suite après la publicité", "Continúa después de la publicidad");
        for (String note : notes) {
            blocks.add(new BlockText(BlockType.PARAGRAPH, PROSE));
            blocks.add(new BlockText(BlockType.PARAGRAPH, note));
        }
        String sentence = "The story continues below the bridge, where the river turns east.";
        blocks.add(new BlockText(BlockType.PARAGRAPH, sentence));
        List<String> out = BodyCleaner.clean(blocks, null).stream().map(BlockText::text).toList();
        for (String note : notes) assertFalse(out.contains(note), note);
        assertTrue(out.contains(sentence));
    }

    @Test
    void aClosingPostedByLineIsARecordOfThePost() {
        for (String line : List.of("Posted by Ann Lee @ 12:00 am", "Gespeichert von annlee am 24. Juli 2017 - 18:55",
                "Erstellt von annlee", "Publié par A. Lee")) {
            List<BlockText> blocks = List.of(new BlockText(BlockType.PARAGRAPH, PROSE), new BlockText(BlockType.PARAGRAPH, line));
            assertEquals(List.of(PROSE), BodyCleaner.clean(blocks, null).stream().map(BlockText::text).toList(), line);
        }
        // a sentence that opens so is the story's
        String sentence = "Written by hand, the letter reached the council a week later.";
        List<BlockText> blocks = List.of(new BlockText(BlockType.PARAGRAPH, PROSE), new BlockText(BlockType.PARAGRAPH, sentence));
        assertEquals(List.of(PROSE, sentence), BodyCleaner.clean(blocks, null).stream().map(BlockText::text).toList());
    }

    @Test
    void aShareOrPrintButtonsLabelIsNoLineOfTheStory() {
        for (String label : List.of("Teilen", "Teilen:", "Drucken", "Diesen Artikel teilen", "Teilen Sie dies mit:", "Share",
                "Share on Facebook", "Print this article", "Partager", "Compartir", "Udostępnij", "| Teilen |")) {
            assertTrue(BodyCleaner.isShareLine(new BlockText(BlockType.PARAGRAPH, label)), label);
        }
        for (String line : List.of("Teilen Sie uns Ihre Meinung mit.", "E-Mail", "Share prices fell on Monday.",
                "Print edition", "Bitte teilen Sie uns Ihre Erfahrungen mit")) {
            assertFalse(BodyCleaner.isShareLine(new BlockText(BlockType.PARAGRAPH, line)), line);
        }
        List<BlockText> blocks = List.of(new BlockText(BlockType.PARAGRAPH, PROSE), new BlockText(BlockType.HEADING, "Teilen"),
                new BlockText(BlockType.PARAGRAPH, PROSE + " Again."));
        assertEquals(List.of(PROSE, PROSE + " Again."), BodyCleaner.clean(blocks, null).stream().map(BlockText::text).toList());
    }

    @Test
    void creditsSetAsHeadingsOrLabelledAsAPhotosSourceAreCaptions() {
        assertTrue(BodyCleaner.isCredit(new BlockText(BlockType.HEADING, "Photo: Ann Lee")));
        assertTrue(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Photo Source: Ann Lee from Pexels.")));
        assertTrue(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Photocredits Studio North: Ann Lee")));
        assertTrue(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Photo (cc) : annlee")));
        // a heading naming an agency at its end is a headline; a sentence about photo sources is story
        assertFalse(BodyCleaner.isCredit(new BlockText(BlockType.HEADING, "Floods in the north (Reuters)")));
        assertFalse(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Photo sources are listed at the end.")));
        assertFalse(BodyCleaner.isCredit(new BlockText(BlockType.HEADING, "Photographing the bridge at night")));
        assertTrue(BodyCleaner.isCredit(new BlockText(BlockType.HEADING, "Copyright / Rights")));
        assertFalse(BodyCleaner.isCredit(new BlockText(BlockType.HEADING, "Copyright reform passes the parliament")));
    }

    @Test
    void illustrationLabelsAndTheEnlargeButtonMakeACaption() {
        assertTrue(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Image illustrative : Lego figures by Ann Lee, CC BY")));
        assertTrue(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Symbolbild: Eine Brücke im Nebel")));
        assertTrue(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Vergrößern Die alte Brücke im Jahr 1911.")));
        // the word inside a sentence, or a sentence about illustrations, is story
        assertFalse(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Vergrößern lässt sich das Bild nicht.")));
        assertFalse(BodyCleaner.isCredit(new BlockText(BlockType.PARAGRAPH, "Illustrations in old books show the bridge.")));
    }

    @Test
    void typesCreditsAsCaptionsAndReadsALongCaptionOnce() {
        String caption = "Engineers inspect the cracked pier of the old bridge on Monday morning";
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Photo: Jane Doe"),
                new BlockText(BlockType.CAPTION, caption),
                new BlockText(BlockType.CAPTION, caption),
                new BlockText(BlockType.PARAGRAPH, "The bridge opened in 1911. (mlharing / iStock.com)"));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed");
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.CAPTION, BlockType.CAPTION, BlockType.CAPTION),
                out.stream().map(BlockText::type).toList());
    }

    @Test
    void aDatelineIsNeitherTheBylineNorCutFromTheText() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><p><span class=\"dateline\">KOBE -</span> "
                + PROSE + " " + PROSE + " " + PROSE + " " + PROSE + "</p></article></body></html>");
        BodyExtractor.Body body = new BodyExtractor().extract(doc, "https://example.org/");
        assertEquals(null, body.bylineElement());
        assertEquals(true, body.content().text().contains("KOBE - The council"), body.content().text());
    }

    @Test
    void anObituarysGuestBookIsItsReadersThreadAndLeavesTheBody() {
        Document doc = Jsoup.parse("<html><body><main><div class=\"obit\"><h1>Margaret Ellen Duffy Obituary</h1><p>" + PROSE
                + " " + PROSE + "</p><p>" + PROSE + "</p></div><section class=\"rp-guestbook\"><h2>Sign the Guest Book</h2>"
                + "<div class=\"rp-entry\"><p>So sorry for your loss. She was my Sunday school teacher.</p></div></section>"
                + "</main></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(false, text.contains("So sorry for your loss"), text);
        assertEquals(true, text.contains("The council voted"), text);
        // a word that only holds "guestbook" inside another word is no guest book
        Document other = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"guestbookish-notes\"><p>" + PROSE
                + " " + PROSE + "</p><p>" + PROSE + "</p></div></article></body></html>");
        assertEquals(true, new BodyExtractor().extract(other, "https://example.org/").content().text().contains("The council voted"));
    }

    @Test
    void readMoreLinesAndALabelledLinkListLeaveTheBody() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><p>" + PROSE + " " + PROSE + "</p>"
                + "<p><strong>Read more:</strong> <a href=\"/a\">Why the old bridge cracked</a></p>"
                + "<p>" + PROSE + " " + PROSE + "</p>"
                + "<p><em>Czytaj też: <a href=\"/b\">Most zamknięty dla samochodów</a></em></p>"
                + "<h2>Mehr zum Thema</h2><ul><li><a href=\"/c\">Brücken in Not</a></li><li><a href=\"/d\">Sanierung</a></li></ul>"
                + "</article></body></html>");
        BodyExtractor.Body body = new BodyExtractor().extract(doc, "https://example.org/");
        String text = body.content().text();
        assertEquals(false, text.contains("Why the old bridge cracked"), text);
        assertEquals(false, text.contains("Most zamknięty"), text);
        assertEquals(false, text.contains("Mehr zum Thema") || text.contains("Brücken in Not"), text);
        assertEquals(true, text.contains("The council voted"), text);
    }

    @Test
    void aRelatedArticlesLabelInAnyOfOurLanguagesTakesItsLinksAlong() {
        for (String label : List.of("Verwandte Artikel:", "Artículos relacionados", "Podobne artykuły")) {
            Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><p>" + PROSE + " " + PROSE + "</p>"
                    + "<p>" + label + "</p><p><a href=\"/c\">Brücken in Not</a></p><p><a href=\"/d\">Die Sanierung beginnt</a></p>"
                    + "<p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p>"
                    + "</article></body></html>");
            String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
            assertEquals(false, text.contains(label) || text.contains("Brücken in Not"), text);
            assertEquals(true, text.contains("The council voted"), text);
        }
    }

    @Test
    void aSentenceThatOpensWithALabelWordButIsNotALinkStays() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><p>" + PROSE + " " + PROSE + "</p>"
                + "<p>Related costs were not <a href=\"/e\">published</a>, the council said on Tuesday evening.</p>"
                + "<p>" + PROSE + " " + PROSE + " " + PROSE + "</p></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(true, text.contains("Related costs were not published"), text);
    }

    @Test
    void theLeadBesideTheHeadlineOpensTheBody() {
        Document doc = Jsoup.parse("<html><body><header class=\"site\"><div class=\"logo\">Example News</div></header>"
                + "<main><article><header class=\"entry__header\"><h1>Bridge closed to cars</h1>"
                + "<p class=\"entry__subtitle\">Engineers found cracks in two piers; the council acted within a day.</p>"
                + "<p class=\"meta\">Published 5 May 2022</p></header>"
                + "<div class=\"entry__body\"><p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p>"
                + "<p>" + PROSE + " " + PROSE + "</p></div></article></main></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(true, text.startsWith("Engineers found cracks in two piers"), text);
        assertEquals(false, text.contains("Published 5 May"), text);
    }

    @Test
    void anAuthorBiographyAndAPaywallPromptLeaveTheBody() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"entry-content\"><p>" + PROSE
                + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p>"
                + "<aside id=\"paywall\" class=\"gate\"><h3>Choose your plan and read on:</h3></aside>"
                + "<div class=\"saboxplugin-wrap\"><div class=\"saboxplugin-desc\"><p>Jane Doe writes about cities and the"
                + " bridges that hold them together; before that she was an engineer for twenty years.</p></div></div>"
                + "</div></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(false, text.contains("Jane Doe writes"), text);
        assertEquals(false, text.contains("Choose your plan"), text);
        assertEquals(true, text.contains("The council voted"), text);
    }

    @Test
    void formulasStayInTheSentencesThatHoldThem() {
        String formula = "<mjx-container class=\"MathJax CtxtMenu_Attached_0\" jax=\"CHTML\"><mjx-math aria-hidden=\"true\">"
                + "<mjx-mi></mjx-mi></mjx-math><mjx-assistive-mml display=\"inline\"><math><mi>a</mi><mo>≠</mo><mn>0</mn>"
                + "</math></mjx-assistive-mml></mjx-container>";
        Document doc = Jsoup.parse("<html><body><article><h1>Quadratic equations</h1><p>" + PROSE + " When " + formula
                + ", there are two solutions. " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(true, text.contains("When a≠0, there are two solutions"), text);
    }

    @Test
    void callsToSubscribeOrFollowLeaveTheEndOfTheBodyOnly() {
        String early = "Readers who subscribe to the council's newsletter were told first, on Monday.";
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, early),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, PROSE + " (BA)"),
                new BlockText(BlockType.PARAGRAPH, "Subscribe now to our eNATION edition for the full story."),
                new BlockText(BlockType.PARAGRAPH, "¿Ya sabías que tenemos canal de Telegram? Únete aquí."));
        List<String> out = BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList();
        assertEquals(List.of(PROSE, early, PROSE, PROSE, PROSE, PROSE + " (BA)"), out);
    }

    @Test
    void aNumberedFigureLabelMakesACaption() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Abbildung 4: klassische Schwachschicht."),
                new BlockText(BlockType.PARAGRAPH, "Figure 2: the cracked pier seen from the river"),
                new BlockText(BlockType.PARAGRAPH, "Figures from the inspection show two cracked piers."));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed");
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.CAPTION, BlockType.CAPTION, BlockType.PARAGRAPH),
                out.stream().map(BlockText::type).toList());
    }

    @Test
    void aLeadInAnArticleHeaderOutsideTheArticleIsFoundToo() {
        Document doc = Jsoup.parse("<html><body><header class=\"c-article-head\"><h1>Bridge closed to cars</h1>"
                + "<h2 class=\"c-article-head__subtitle\">Engineers found cracks in two piers; the council acted at once.</h2>"
                + "</header><article><p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p>"
                + "<p>" + PROSE + " " + PROSE + "</p></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(true, text.startsWith("Engineers found cracks in two piers"), text);
    }

    @Test
    void aCaptionBoxStaysACaptionAfterReadabilityDropsItsClass() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"entry-content\"><p>" + PROSE
                + " " + PROSE + "</p><div class=\"wp-caption alignnone\"><img src=\"pier.jpg\">"
                + "<p class=\"wp-caption-text\">The cracked pier, seen from the river bank</p></div><p>" + PROSE + " " + PROSE
                + "</p><p>" + PROSE + " " + PROSE + "</p></div></article></body></html>");
        BodyExtractor.Body body = new BodyExtractor().extract(doc, "https://example.org/");
        assertEquals("readability", body.method());
        List<BlockText> blocks = BlockWalker.walk(body.content());
        BlockText caption = blocks.stream().filter(b -> b.text().startsWith("The cracked pier")).findFirst().orElseThrow();
        assertEquals(BlockType.CAPTION, caption.type());
    }

    @Test
    void softHyphensLeaveTheText() {
        Document doc = Jsoup.parse("<html><body><p>Die Brü\u00ADcke wird ge\u00ADschlos\u00ADsen.</p></body></html>");
        assertEquals("Die Brücke wird geschlossen.", BlockWalker.walk(doc.body()).get(0).text());
    }

    @Test
    void anAuthorBiographyOfOneParagraphLeavesTheBodyToo() {
        // Readability puts the paragraph in the place of a div that holds only it, so the div's mark must be on it too
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"entry-content\"><p>" + PROSE
                + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p>"
                + "<section class=\"post-author clearfix\"><div class=\"post-author-bio\"><p>Jane Doe studied civil"
                + " engineering before she joined the paper as a trainee in Hamburg.</p></div></section>"
                + "<div class=\"post-author__bio columns\"><p>All posts by Jane Doe about bridges and roads.</p></div>"
                + "</div></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(false, text.contains("Jane Doe studied"), text);
        assertEquals(false, text.contains("All posts by Jane Doe"), text);
        assertEquals(true, text.contains("The council voted"), text);
    }

    @Test
    void anAuthorInfoBoxAtTheEndLeavesTheBody() {
        // "author-info" (and "author_info", "author-info__txt") names the box about the writer, as "author-box" does;
        // "author-information-desk" is another word and stays
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"entry-content\"><p>" + PROSE
                + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p>"
                + "<p class=\"author-informationdesk\">Questions go to the desk on the ground floor of the town hall. " + PROSE
                + "</p>"
                + "<div class=\"author-info author-info--bottom row\"><p>Jane Doe has covered the town council since"
                + " 2015, after ten years as an engineer who inspected bridges and roads in the county.</p>"
                + "<p><span>5 May 2022</span></p></div>"
                + "</div></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(false, text.contains("Jane Doe has covered"), text);
        assertEquals(false, text.contains("5 May 2022"), text);
        assertEquals(true, text.contains("Questions go to the desk"), text);
        assertEquals(true, text.contains("The council voted"), text);
    }

    @Test
    void aRatingWidgetLeavesTheBody() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"entry-content\"><p>" + PROSE
                + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p><span class=\"post-ratings\">(Noch keine"
                + " Bewertungen)</span><div class=\"rating\"><span>Hier können Sie den Artikel bewerten</span></div>"
                + "</div></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(false, text.contains("Bewertungen"), text);
        assertEquals(false, text.contains("bewerten"), text);
    }

    @Test
    void aLegendOrImageDescriptionBoxIsACaption() {
        Document doc = Jsoup.parse("<html><body><div class=\"legend\"><div class=\"content\">The stag beetle lives in"
                + " old oak woods</div></div><p class=\"imagedescription\">AFP / MARCO BERTORELLO</p>"
                + "<div class=\"img-metadata\"><span>Roman Prymula, photo: ČTK</span></div></body></html>");
        assertEquals(List.of(BlockType.CAPTION, BlockType.CAPTION, BlockType.CAPTION),
                BlockWalker.walk(doc.body()).stream().map(BlockText::type).toList());
    }

    @Test
    void aConsentPlaceholderForAnEmbeddedPostLeavesTheBody() {
        String prompt = "Wir respektieren deine Privatsphäre. Wenn du diesen Inhalt lädst, werden Daten an den Anbieter"
                + " übertragen, der damit Cookies setzen und dein Verhalten auf anderen Seiten verfolgen kann. Mehr dazu"
                + " steht in unserer Datenschutzerklärung.";
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"entry-content\"><p>" + PROSE
                + " " + PROSE + "</p><div class=\"third-party-services--placeholder\"><div class=\"content-wrapper\"><p>"
                + prompt + "</p></div></div><div class=\"BorlabsCookie\"><div class=\"_brlbs-content-blocker\"><p>Klicken"
                + " Sie auf den unteren Button, um den Inhalt zu laden.</p></div></div><p>" + PROSE + " " + PROSE
                + "</p><p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p></div></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(false, text.contains("Privatsphäre"), text);
        assertEquals(false, text.contains("Klicken Sie"), text);
        assertEquals(true, text.contains("The council voted"), text);
    }

    @Test
    void aClosingContactBlockAndADanglingAuthorLabelLeaveTheEnd() {
        String early = "Kontakt zur Stadtverwaltung hatten die Anwohner schon im Frühjahr gesucht, ohne Antwort.";
        List<BlockText> release = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, early),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Kontakt:"),
                new BlockText(BlockType.PARAGRAPH, "Jan Koch\nTelefon +49 (0)40 / 49 07 11 06\njan.koch@example.org"),
                new BlockText(BlockType.HEADING, "Ansprechpartnerin zum Thema:"),
                new BlockText(BlockType.PARAGRAPH, "Antonia Thiele"));
        assertEquals(List.of(PROSE, early, PROSE),
                BodyCleaner.clean(release, "Bridge closed").stream().map(BlockText::text).toList());
        List<BlockText> post = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Über den Autor"));
        assertEquals(List.of(PROSE, PROSE), BodyCleaner.clean(post, "Bridge closed").stream().map(BlockText::text).toList());
        // a biography still under its heading stays with it
        List<BlockText> withBio = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.HEADING, "About the author"),
                new BlockText(BlockType.PARAGRAPH, "Jane Doe writes about cities."));
        assertEquals(3, BodyCleaner.clean(withBio, "Bridge closed").size());
    }

    @Test
    void linesAboutThePostLeaveItsTopAndEnd() {
        String prose = PROSE + " " + PROSE;
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, "Kategorie: News"),
                new BlockText(BlockType.PARAGRAPH, prose),
                new BlockText(BlockType.PARAGRAPH, "No comments were made at the hearing, the council said."),
                new BlockText(BlockType.PARAGRAPH, prose),
                new BlockText(BlockType.PARAGRAPH, "This entry was posted in"),
                new BlockText(BlockType.PARAGRAPH, "Bridges"),
                new BlockText(BlockType.PARAGRAPH, "Bookmark the permalink."),
                new BlockText(BlockType.PARAGRAPH, "Keine Kommentare"));
        assertEquals(List.of(prose, "No comments were made at the hearing, the council said.", prose),
                BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList());
    }

    @Test
    void moreReadMoreLabelsAndAnEmbeddedPostLeaveTheBody() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"entry-content\"><p>" + PROSE
                + " " + PROSE + "</p><p>Lea más: <a href=\"/a\">El puente viejo cierra a los coches</a></p><p>" + PROSE
                + " " + PROSE + "</p><p><strong>Schon gelesen?</strong></p><blockquote class=\"wp-embedded-content\">"
                + "<p><a href=\"/b\">Brücken in Not: die Sanierung stockt</a></p></blockquote><p>" + PROSE + " " + PROSE
                + "</p></div></article></body></html>");
        String text = new BodyExtractor().extract(doc, "https://example.org/").content().text();
        assertEquals(false, text.contains("El puente viejo"), text);
        assertEquals(false, text.contains("Schon gelesen"), text);
        assertEquals(false, text.contains("Brücken in Not"), text);
    }

    @Test
    void aHeadingInsideAFigureIsPartOfItsCaption() {
        Document doc = Jsoup.parse("<html><body><p>" + PROSE + "</p><figure class=\"teaserable-layout\"><a href=\"/ice\">"
                + "<img src=\"ice.jpg\"><figcaption><h3>ICE im S-Bahn-Takt</h3></figcaption></a></figure></body></html>");
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.CAPTION),
                BlockWalker.walk(doc.body()).stream().map(BlockText::type).toList());
    }

    @Test
    void aLikeButtonBoxLeavesTheBody() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><div class=\"entry-content\"><p>" + PROSE
                + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p><div class=\"sharedaddy sd-block sd-like\"><h3>Gefällt"
                + " mir:</h3><div class=\"likes-widget-placeholder\">Wird geladen …</div></div></div></article></body></html>");
        BodyExtractor.removeFurniture(doc);
        assertEquals(false, doc.text().contains("Wird geladen"), doc.text());
        assertEquals(true, doc.text().contains("The council voted"), doc.text());
    }

    @Test
    void anAdvertiserDisclosureIsFurnitureHoweverLong() {
        String disclosure = "Many of the credit card offers that appear on the website are from credit card companies from"
                + " which we receive compensation. This compensation may impact how and where products appear on this site,"
                + " including, for example, the order in which they appear.";
        Document doc = Jsoup.parse("<html><body><div class=\"advertiser-disclosure-body\"><p>" + disclosure + "</p></div>"
                + "<article><h1>Bridge closed</h1><section class=\"editorial-disclosure\"><p>" + disclosure + "</p></section>"
                + "<p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p>"
                + "<p>" + PROSE + " " + PROSE + "</p></article></body></html>");
        BodyExtractor.removeFurniture(doc);
        assertEquals(false, doc.text().contains("Many of the credit card offers"), doc.text());
        assertEquals(true, doc.text().contains("The council voted"), doc.text());
    }

    @Test
    void adLabelsAndPointersElsewhereLeaveTheBodyButASentenceAboutAdvertisingStays() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, "*Werbung. Dieser Beitrag enthält Werbung für eine Marke."),
                new BlockText(BlockType.PARAGRAPH, "Werbung im Netz wird teurer"),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "- Anzeige-"),
                new BlockText(BlockType.PARAGRAPH, PROSE + " Again."),
                new BlockText(BlockType.PARAGRAPH, "For the latest stories download the ExampleNews apps for iOS and Android."),
                new BlockText(BlockType.PARAGRAPH, "Weitere Infos unter www.example.org."));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed");
        assertEquals(List.of("Werbung im Netz wird teurer", PROSE, PROSE + " Again."),
                out.stream().map(BlockText::text).toList());
    }

    @Test
    void rubyReadingsLeaveTheTextAndANoscriptHoldingThePageIsKept() {
        Document ruby = Jsoup.parse("<html><body><p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む</p></body></html>");
        BodyExtractor.removeHidden(ruby);
        assertEquals("漢字を読む", ruby.body().text());
        // an unclosed div inside noscript runs on to the end of the page when parsed without scripts
        Document page = Jsoup.parse("<html><body><noscript><div id=\"nojs\"></noscript><div><h1>Bridge closed</h1><p>" + PROSE
                + "</p></div><noscript>Enable scripts</noscript></body></html>");
        BodyExtractor.removeHidden(page);
        assertEquals("Bridge closed " + PROSE, page.body().text());
    }

    @Test
    void aPictureLineMarkedCaptionOnAnInlineElementIsACaption() {
        Document doc = Jsoup.parse("<html><body><div><p>" + PROSE + "</p><div class=\"pic\"><img src=\"a.jpg\">"
                + "<strong class=\"caption\"><span>The old bridge in 1911</span></strong></div>"
                + "<p><span class=\"caption\">inline</span> words of a sentence that goes on</p></div></body></html>");
        BlockWalker.markCaptions(doc.body());
        List<BlockText> blocks = BlockWalker.walk(doc.body());
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.CAPTION, BlockType.PARAGRAPH),
                blocks.stream().map(BlockText::type).toList());
    }

    @Test
    void aLeadMarkedWithSchemaOrgDescriptionBesideTheHeadlineGoesOnTop() {
        String lead = "Ahead of the vote, engineers and the council disagree on what the cracks mean for the bridge.";
        Document page = Jsoup.parse("<html><body><div id=\"page\"><div class=\"head\"><h1>Bridge closed</h1></div><div class=\"article\">"
                + "<div class=\"big\"><h2 class=\"big\" itemprop=\"description\">" + lead + "</h2></div>"
                + "<div class=\"text\"><p>" + PROSE + "</p></div></div></div></body></html>");
        Document content = Jsoup.parse("<div><p>" + PROSE + "</p></div>");
        Element body = content.body().child(0);
        assertEquals(true, LeadParagraph.restore(body, page));
        assertEquals(lead, body.child(0).text());
    }

    @Test
    void anAgencySignOffClosingTheReportLeaves() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "and/or"),
                new BlockText(BlockType.PARAGRAPH, PROSE + " Again."),
                new BlockText(BlockType.PARAGRAPH, "aja/PAP"));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed");
        assertEquals(List.of(PROSE, "and/or", PROSE + " Again."), out.stream().map(BlockText::text).toList());
    }

    @Test
    void entriesOfALiveTickerClassedAsCommentsStayButReaderCommentsGo() {
        Document doc = Jsoup.parse("<html><body><main><h1>Lorient - Nantes</h1><div class=\"live-match\"><div class=\"live-match-comments\">"
                + "<div class=\"live-match-comment\"><div class=\"live-match-comment-body\">Le coup de pied de coin ne donne rien.</div></div>"
                + "</div></div><p>" + PROSE + " " + PROSE + "</p><div id=\"comments\"><div class=\"comment\"><p>Great match, what a goal."
                + "</p></div></div></main></body></html>");
        BodyExtractor.removeFurniture(doc);
        assertEquals(true, doc.text().contains("Le coup de pied de coin"), doc.text());
        assertEquals(false, doc.text().contains("what a goal"), doc.text());
    }

    @Test
    void teasersOfOtherStoriesAndTheirListLabelLeaveButALeadClassedTeaserStays() {
        Document doc = Jsoup.parse("<html><body><main><h1>Bridge closed</h1><p class=\"teaser\">The old bridge closes to cars.</p>"
                + "<p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p><p>" + PROSE + " " + PROSE + "</p>"
                + "<div class=\"gridlist\"><h2>More from the show</h2><div class=\"grid\"><div class=\"teaser ondemand\">"
                + "<a href=\"/other\">Sylt, an island for the rich only</a></div><div class=\"teaser\"><a href=\"/third\">"
                + "Why the ferry is late again</a></div></div></div></main></body></html>");
        BodyExtractor.removeFurniture(doc);
        assertEquals(false, doc.text().contains("Sylt"), doc.text());
        assertEquals(false, doc.text().contains("More from the show"), doc.text());
        assertEquals(true, doc.text().contains("The old bridge closes to cars."), doc.text());
        assertEquals(true, doc.text().contains("The council voted"), doc.text());
    }

    @Test
    void aRelatedBoxOfArticleCardsLeavesEvenWithExcerptsButARelatedWrapperOfTheStoryStays() {
        String card = "<article class=\"card\"><h3><a href=\"/%s\">%s</a></h3><div class=\"excerpt\"><p>" + PROSE
                + " [...]</p></div></article>";
        Document doc = Jsoup.parse("<html><body><div class=\"main\"><h1>Bridge closed</h1><p>" + PROSE + "</p><p>" + PROSE + "</p><p>"
                + PROSE + "</p><p>" + PROSE + "</p></div><div id=\"related_posts\"><h3>Related Posts</h3>" + String.format(card, "a", "Summer sale on the island")
                + String.format(card, "b", "Why the ferry is late again") + "</div></body></html>");
        BodyExtractor.removeFurniture(doc);
        assertFalse(doc.text().contains("Summer sale"), doc.text());
        assertTrue(doc.text().contains("The council voted"), doc.text());
        // one article with a long story under a related-classed wrapper is the story, not a card
        Document story = Jsoup.parse("<html><body><div class=\"related-wrap\"><article><h2><a href=\"/s\">Bridge closed"
                + " for good</a></h2><p>" + PROSE + "</p></article><article><p>" + PROSE + "</p></article></div><p>" + PROSE
                + "</p></body></html>");
        assertFalse(BodyExtractor.teaserCards(story.selectFirst(".related-wrap")));
        BodyExtractor.removeFurniture(story);
        assertTrue(story.text().contains("Bridge closed for good"), story.text());
    }

    @Test
    void nextPostCardsAndPostGridsLeaveWithTheirExcerptsButAStoryNamedNextStays() {
        String longExcerpt = PROSE + " " + PROSE;
        Document doc = Jsoup.parse("<html><body><div class=\"entry\"><h1>Bridge closed</h1><p>" + PROSE + "</p><p>" + PROSE
                + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
                + "<div class=\"nextstory\"><h2><a href=\"/n\">Why the ferry is late again</a></h2><p>" + longExcerpt
                + "</p></div><div class=\"vcex-post-type-grid\"><h2>Diese Themen</h2><a href=\"/g\">Drei neue Entwicklungen</a>"
                + "</div><div class=\"paraType-interesting-articles\"><div class=\"snippet\"><a href=\"/i\">Summer is"
                + " holiday time</a></div></div></body></html>");
        BodyExtractor.removeFurniture(doc);
        assertFalse(doc.text().contains("ferry"), doc.text());
        assertFalse(doc.text().contains("Drei neue"), doc.text());
        assertFalse(doc.text().contains("holiday time"), doc.text());
        assertTrue(doc.text().contains("Bridge closed"), doc.text());
        // "next" alone, or a word that only begins with "story" after it, names no other post
        Document story = Jsoup.parse("<html><body><div class=\"next-storyline\"><p>" + PROSE + "</p></div><p>" + PROSE
                + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></body></html>");
        BodyExtractor.removeFurniture(story);
        assertEquals(5, story.select("p").size(), story.html());
    }

    @Test
    void aShopBoxInTheStoryIsFurnitureButAShopClassedStoryStays() {
        Document doc = Jsoup.parse("<html><body><article><h1>Bridge closed</h1><p>" + PROSE + "</p><p>" + PROSE + "</p><p>"
                + PROSE + "</p><div class=\"paragraph paragraph--type--shop shop-3\"><div class=\"h2\">Tipps aus dem Laden</div>"
                + "<a href=\"/p1\">Garden shears</a><a href=\"/p2\">Watering can</a></div><p>" + PROSE + "</p></article>"
                + "</body></html>");
        BodyExtractor.removeFurniture(doc);
        assertFalse(doc.text().contains("Tipps aus dem Laden"), doc.text());
        assertEquals(4, doc.select("p").size(), doc.html());
        // the whole story under a shop-classed wrapper is more than a quarter of the page and stays
        Document story = Jsoup.parse("<html><body><div class=\"shop\"><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
                + "</body></html>");
        BodyExtractor.removeFurniture(story);
        assertEquals(2, story.select("p").size(), story.html());
    }

    @Test
    void aHeadingWhoseAnchorIdSpellsACaptionWordIsNoCaption() {
        Element h = Jsoup.parse("<h3 id=\"im-fruhjahr-zwei-seminare-grundlegende-techniken\">Im Frühjahr zwei Seminare:"
                + " grundlegende Techniken</h3><div id=\"legend-1\">Photo: the bridge</div>").body();
        assertEquals(false, BlockWalker.isCaptionBox(h.child(0)));
        assertEquals(true, BlockWalker.isCaptionBox(h.child(1)));
    }

    @Test
    void aHeadingLeftAsTheBodysLastLineLeaves() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.HEADING, "The vote"),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.HEADING, "Participating blogs:"));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed");
        assertEquals(List.of("The vote", PROSE), out.stream().map(BlockText::text).toList());
    }

    @Test
    void aLineOfLabelledFieldsWithADateLeavesTheEndButASentenceWithADateStays() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "The bridge reopens on 04/21/2022: engineers say so."),
                new BlockText(BlockType.PARAGRAPH, "News date : 04/21/2022 Category : Press Releases"));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed");
        assertEquals(List.of(PROSE, "The bridge reopens on 04/21/2022: engineers say so."),
                out.stream().map(BlockText::text).toList());
    }

    @Test
    void aSplitPartOfOneLongParagraphComesBackButATeaserSummaryDoesNot() {
        String intro = "<p>" + "In this article we set out how the bridge was built, by whom, and what it cost the town. ".repeat(5)
                + "</p>";
        String story = "<p>" + PROSE + "</p><p>" + PROSE.replace("council", "mayor") + "</p>";
        Document page = Jsoup.parse("<body><div class=wrap><div class='col text'>" + intro + "</div><div class='col text'>"
                + story + "</div></div></body>");
        Document readability = Jsoup.parse("<div id=content>" + story + "</div>");
        assertEquals(1, SplitSections.restore(readability.getElementById("content"), page));
        assertEquals(0, readability.getElementById("content").text().indexOf("In this article"));

        Document teaserPage = Jsoup.parse("<body><div class=wrap><div class='col text'><p>" + PROSE + "</p></div>"
                + "<div class='col text'>" + story + "</div></div></body>");
        Document other = Jsoup.parse("<div id=content>" + story + "</div>");
        assertEquals(0, SplitSections.restore(other.getElementById("content"), teaserPage));
    }

    @Test
    void aLinkLineNearTheEndLeavesButALinkLineAboveAndACitedUrlStay() {
        StringBuilder html = new StringBuilder("<div><p><a href=\"https://example.org/event\">The council's meeting page</a></p>");
        for (int i = 0; i < 10; i++) html.append("<p>").append(PROSE).append("</p>");
        html.append("<p><a href=\"https://example.org/report.pdf\">https://example.org/report.pdf</a></p>")
                .append("<p><a href=\"https://example.org/part-2\">Click here for the second half of the story</a></p>")
                .append("<p><a href=\"https://example.org/guide\">A guide to the region's bridges</a></p><h2>Links</h2>")
                .append("<p><a href=\"https://example.org/2020/old-story\">Why the old bridge cracked in 2019</a></p>")
                .append("<p>&gt;&gt; <a href=\"https://example.org/x\">Bridge fans: the ten best old bridges of the whole region, ranked</a> &lt;&lt;</p></div>");
        Element root = Jsoup.parse(html.toString()).body().child(0);
        // the two link lines and the heading over them, which labels nothing but links
        assertEquals(3, RelatedLinks.remove(root));
        String text = root.text();
        assertEquals(true, text.contains("The council's meeting page") && text.contains("https://example.org/report.pdf"), text);
        assertEquals(true, text.contains("Click here for the second half") && text.contains("A guide to the region"), text);
        assertEquals(false, text.contains("Why the old bridge") || text.contains("Bridge fans"), text);
    }

    @Test
    void aHeadingOverNothingButLinksNearTheEndLeavesWithItsList() {
        String list = "<h3>Also on our site</h3><ul><li>2019-01-14: <a href=\"https://example.org/a\">The old bridge and its"
                + " builders, a look back</a></li><li><a href=\"https://example.org/b\">Ten bridges worth a detour</a></li></ul>";
        assertFalse(afterProse(list).contains("Also on our site") || afterProse(list).contains("Ten bridges"));
        // a heading over prose with a link, over a single link, or over loose text and a link stays
        String prose = "<h3>What comes next</h3><p>The <a href=\"https://example.org/c\">council</a> meets again in May.</p>";
        assertTrue(afterProse(prose).contains("What comes next"));
        String single = "<h3>Elsewhere</h3><p><a href=\"https://example.org/d\">More news from the region</a></p>";
        assertTrue(afterProse(single).contains("Elsewhere"));
        String loose = "<h3>Get started</h3>You need a <a href=\"https://example.org/kit\">kit</a> and "
                + "<a href=\"https://example.org/cable\">a cable</a>.";
        assertTrue(afterProse(loose).contains("Get started You need a kit and a cable."));
        // the same list high up in a body is left to the other rules
        Element top = Jsoup.parse("<div>" + list + ("<p>" + PROSE + "</p>").repeat(8) + "</div>").body().child(0);
        assertEquals(0, RelatedLinks.remove(top));
    }

    /** The text of a body of ten paragraphs of prose and then {@code end}, once the cross-links are removed. */
    private static String afterProse(String end) {
        Element root = Jsoup.parse("<div>" + ("<p>" + PROSE + "</p>").repeat(10) + end + "</div>").body().child(0);
        RelatedLinks.remove(root);
        return root.text();
    }

    @Test
    void aRecordOfThePostSetAsFieldsBetweenBarsLeavesAboveAndAtTheEnd() {
        assertTrue(BodyCleaner.isRecordLine("Views: 1120 | Added by: Ann | Tags: bridges, rivers and.. | Rating: 0.0/0"));
        assertTrue(BodyCleaner.isRecordLine("Friday | 14 June 2019 | 15:49 by Ann Lee in Travel | 0 Comments"));
        // a title with its site, or a sentence among the parts, is no record
        assertFalse(BodyCleaner.isRecordLine("Rivers | Blog | Letters to the council | All clear?"));
        assertFalse(BodyCleaner.isRecordLine("Closed: 14 June 2019 | The bridge was closed to cars. | Open: soon"));
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, "Friday | 14 June 2019 | 15:49 by Ann Lee in Travel | 0 Comments"),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "mayor")),
                new BlockText(BlockType.PARAGRAPH, "Views: 1120 | Added by: Ann | Tags: bridges | Rating: 0.0/0"));
        assertEquals(List.of(PROSE, PROSE.replace("council", "mayor")),
                BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList());
    }

    @Test
    void aClosingAuthorOrUpdateLineLeavesButNotAboveOrInASentence() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, "Updated on 17.01.2021"),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Von: Ann Lee"),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "mayor")),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "city")),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "state")),
                new BlockText(BlockType.PARAGRAPH, "By: the time the bridge closed, the ferry ran twice an hour."),
                new BlockText(BlockType.PARAGRAPH, "Aktualisiert am 17.01.2021."),
                new BlockText(BlockType.PARAGRAPH, "Von: Ann Lee"));
        assertEquals(List.of(PROSE, "Von: Ann Lee", PROSE.replace("council", "mayor"), PROSE.replace("council", "city"),
                        PROSE.replace("council", "state"), "By: the time the bridge closed, the ferry ran twice an hour."),
                BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList());
    }

    @Test
    void loginPromptsDisclaimersPermalinksAndShortAdLinesLeave() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "ANZEIGE - Going out tonight? How about:"),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "mayor")),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "city")),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "state")),
                new BlockText(BlockType.PARAGRAPH, "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion."),
                new BlockText(BlockType.PARAGRAPH, "Permalink https://example.org/p/123"),
                new BlockText(BlockType.PARAGRAPH, "Du musst eingeloggt sein, um Kommentare zu schreiben!"));
        assertEquals(List.of(PROSE, PROSE.replace("council", "mayor"), PROSE.replace("council", "city"),
                        PROSE.replace("council", "state")),
                BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList());
        // an advertisement label opening a long line, or a word of a sentence, stays
        String longAd = "Werbung - " + PROSE;
        List<BlockText> story = List.of(new BlockText(BlockType.PARAGRAPH, PROSE), new BlockText(BlockType.PARAGRAPH, longAd),
                new BlockText(BlockType.PARAGRAPH, "Werbung nervt. Tracking nervt."), new BlockText(BlockType.PARAGRAPH, PROSE));
        assertEquals(4, BodyCleaner.clean(story, "Bridge closed").size());
    }

    @Test
    void aLinkHoldingAHeadlineOrASummaryIsACardAndLeaves() {
        Element root = Jsoup.parse("<div><p>" + PROSE + "</p><a href=\"https://example.org/other\"><h3>Hay for horses</h3>"
                + "<p>Why dusty bales make horses cough, and what helps.</p></a><p>The <a href=\"https://example.org/c\">council"
                + "</a> meets again.</p><a href=\"#part-2\"><h3>Part two</h3></a></div>").body().child(0);
        RelatedLinks.remove(root);
        String text = root.text();
        assertFalse(text.contains("Hay for horses") || text.contains("dusty bales"), text);
        // an inline link in a sentence, and a link to a place on the same page, stay
        assertTrue(text.contains("The council meets again.") && text.contains("Part two"), text);
    }

    @Test
    void aConsentPlaceholdersLabelLeavesButASentenceAboutExternalContentStays() {
        assertTrue(BodyCleaner.isCookieLine(new BlockText(BlockType.PARAGRAPH, "Externer Inhalt")));
        assertTrue(BodyCleaner.isCookieLine(new BlockText(BlockType.PARAGRAPH, "External content:")));
        assertFalse(BodyCleaner.isCookieLine(new BlockText(BlockType.PARAGRAPH, "External content is checked by the editors.")));
    }

    @Test
    void aLineThatOnlyTakesTheReaderBackOrOnToANamedPageLeaves() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Zurück zur Übersicht"),
                new BlockText(BlockType.PARAGRAPH, "Back to the roots: the bridge's first builders."),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "mayor")),
                new BlockText(BlockType.PARAGRAPH, "Next"),
                new BlockText(BlockType.PARAGRAPH, "... weiter zu \"die Wortwahl\""),
                new BlockText(BlockType.PARAGRAPH, "« zurück"));
        List<BlockText> out = BodyCleaner.clean(blocks, "Bridge closed");
        assertEquals(List.of(PROSE, "Back to the roots: the bridge's first builders.", PROSE.replace("council", "mayor"), "Next"),
                out.stream().map(BlockText::text).toList());
    }

    @Test
    void promptsToCommentShareOrGetTheNewsOnYourPhoneLeaveTheEnd() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Du möchtest mitmachen? Dann hinterlasse einfach einen Kommentar!"),
                new BlockText(BlockType.PARAGRAPH, "Möchten Sie den Artikel teilen?"),
                new BlockText(BlockType.PARAGRAPH, "Get the latest news straight to your phone with the Example News app."));
        assertEquals(List.of(PROSE), BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList());
    }

    @Test
    void aLineThatOnlyOffersAFileLeavesButASentenceAboutDownloadsStays() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "Dieses Skript als PDF herunterladen"),
                new BlockText(BlockType.PARAGRAPH, "You can download the inspection report here"),
                new BlockText(BlockType.PARAGRAPH, "Manage your downloads"),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "mayor")),
                new BlockText(BlockType.PARAGRAPH, "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE."));
        assertEquals(List.of(PROSE, "You can download the inspection report here", "Manage your downloads",
                PROSE.replace("council", "mayor")), BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList());
    }

    @Test
    void aSitesCookieNoticeLeavesButASentenceAboutCookiesStays() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, "Zachęcamy do regularnych odwiedzin naszej strony. Informujemy, że korzystamy z cookies."),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, "The bakery sells cookies to the workers on the bridge every morning."));
        assertEquals(List.of(PROSE, "The bakery sells cookies to the workers on the bridge every morning."),
                BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList());
    }

    @Test
    void aListOfSummaryPointsUnderTheHeadlineIsTheLeadButALinkListIsNot() {
        String story = "<p>" + PROSE + "</p><p>" + PROSE.replace("council", "mayor") + "</p>";
        Document page = Jsoup.parse("<body><header><h1>Bridge closed to cars</h1><p></p><p></p><ul><li>Engineers found cracks in"
                + " two piers</li><li>The ferry runs every hour until spring</li></ul></header><div class=story>" + story
                + "</div></body>");
        Element content = Jsoup.parse("<div id=content>" + story + "</div>").getElementById("content");
        assertEquals(true, LeadParagraph.restore(content, page));
        assertEquals(List.of("Engineers found cracks in two piers", "The ferry runs every hour until spring"),
                BlockWalker.walk(content).subList(0, 2).stream().map(BlockText::text).toList());

        Document links = Jsoup.parse("<body><header><h1>Bridge closed to cars</h1><ul><li><a href=/a>Engineers found cracks"
                + " in two piers</a></li><li><a href=/b>The ferry runs every hour until spring</a></li></ul></header>"
                + "<div class=story>" + story + "</div></body>");
        Element other = Jsoup.parse("<div id=content>" + story + "</div>").getElementById("content");
        assertEquals(false, LeadParagraph.restore(other, links));
    }

    @Test
    void aShortSourceLineLeavesTheEndButNotTheTop() {
        List<BlockText> blocks = List.of(
                new BlockText(BlockType.PARAGRAPH, "Quelle: eine Umfrage unter 1000 Pendlern"),
                new BlockText(BlockType.PARAGRAPH, PROSE),
                new BlockText(BlockType.PARAGRAPH, PROSE.replace("council", "mayor")),
                new BlockText(BlockType.PARAGRAPH, "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin"));
        assertEquals(List.of("Quelle: eine Umfrage unter 1000 Pendlern", PROSE, PROSE.replace("council", "mayor")),
                BodyCleaner.clean(blocks, "Bridge closed").stream().map(BlockText::text).toList());
    }
}
