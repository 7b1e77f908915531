package org.parallax.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.ingest.TextAssembler;
import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.BlockType;
import org.parallax.ui.TestArticles;

class ReaderDocumentTest {

    private static Article article(ArticleDraft d) {
        return new Article(1, d.meta(), d.text(), d.blocks(), "hash", Instant.EPOCH);
    }

    private static ArticleMeta meta(String title) {
        return new ArticleMeta(title, false, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void leavesOutHeaderLinesRelatedLinksAndTheRepeatedTitle() {
        ReaderDocument doc = ReaderDocument.of(article(TestArticles.harbourA()));
        assertFalse(doc.text().contains("Home | World"), doc.text());
        assertFalse(doc.text().contains("Ferry strike ends"), doc.text());
        assertFalse(doc.text().contains("Minister opens new harbour bridge"), doc.text());
        // the byline names the author the header line already shows
        assertTrue(doc.text().startsWith("PORT ELLING, 4 March — Transport minister"), doc.text());
        assertEquals(List.of("Ferry strike ends after two weeks", "Old town traffic plan approved"), doc.relatedLinks());
    }

    @Test
    void keepsABylineTheHeaderCannotShow() {
        ArticleDraft d = new TextAssembler().add(BlockType.BYLINE, "By our correspondent").add(BlockType.PARAGRAPH, "Body.")
                .build(meta("Story"));
        assertEquals("By our correspondent\n\nBody.", ReaderDocument.of(article(d)).text());
    }

    @Test
    void keepsTheArticlesOwnSeparatorBetweenADatelineAndItsParagraph() {
        ReaderDocument doc = ReaderDocument.of(article(TestArticles.harbourA()));
        ReaderDocument.Segment dateline = doc.segments().get(0);
        ReaderDocument.Segment para = doc.segments().get(1);
        assertEquals(BlockType.DATELINE, dateline.type());
        assertEquals(BlockType.PARAGRAPH, para.type());
        assertEquals(" ", doc.text().substring(dateline.displayEnd(), para.displayStart()));
    }

    @Test
    void everyShownCharacterMapsBackToTheSameArticleCharacter() {
        Article a = article(TestArticles.harbourA());
        ReaderDocument doc = ReaderDocument.of(a);
        int checked = 0;
        for (ReaderDocument.Segment s : doc.segments()) {
            for (int i = s.articleStart(); i < s.articleEnd(); i++) {
                int d = doc.toDisplay(i);
                assertEquals(a.text().charAt(i), doc.text().charAt(d), "article offset " + i);
                assertEquals(i, doc.toArticle(d));
                checked++;
            }
        }
        assertTrue(checked > 300);
    }

    @Test
    void aMentionKeepsItsTextThroughTheMap() {
        Article a = article(TestArticles.harbourA());
        ReaderDocument doc = ReaderDocument.of(a);
        int start = a.text().indexOf("Tomas Berg");
        ReaderDocument.Range r = doc.displayRange(start, start + "Tomas Berg".length());
        assertEquals("Tomas Berg", doc.text().substring(r.start(), r.end()));
    }

    @Test
    void hiddenTextHasNoDisplayOffset() {
        Article a = article(TestArticles.harbourA());
        ReaderDocument doc = ReaderDocument.of(a);
        int related = a.text().indexOf("Ferry strike");
        assertEquals(-1, doc.toDisplay(related));
        assertTrue(doc.displayRange(related, related + 5).isEmpty());
        assertEquals(-1, doc.toDisplay(a.text().indexOf("Home | World")));
    }

    @Test
    void aRangeAcrossAHiddenBlockKeepsItsShownEnds() {
        TextAssembler t = new TextAssembler().add(BlockType.TITLE, "Other title")
                .add(BlockType.PARAGRAPH, "First part.")
                .add(BlockType.BOILERPLATE, "Advertisement")
                .add(BlockType.PARAGRAPH, "Second part.");
        Article a = article(t.build(meta("Headline")));
        ReaderDocument doc = ReaderDocument.of(a);
        assertEquals("Other title\n\nFirst part.\n\nSecond part.", doc.text());
        ReaderDocument.Range r = doc.displayRange(a.text().indexOf("part."), a.text().indexOf("Second") + 6);
        assertEquals("part.\n\nSecond", doc.text().substring(r.start(), r.end()));
    }

    @Test
    void aSeparatorPositionMapsToTheNextShownBlock() {
        TextAssembler t = new TextAssembler().add(BlockType.PARAGRAPH, "One.").add(BlockType.PARAGRAPH, "Two.");
        Article a = article(t.build(meta("T")));
        ReaderDocument doc = ReaderDocument.of(a);
        assertEquals(a.text().indexOf("Two."), doc.toArticle(doc.text().indexOf("Two.") - 1));
        assertEquals(a.text().length(), doc.toArticle(doc.text().length() + 10));
    }

    @Test
    void eachSegmentCarriesItsBlockStyleClass() {
        ReaderDocument doc = ReaderDocument.of(article(TestArticles.harbourA()));
        List<String> classes = doc.segments().stream().map(ReaderDocument.Segment::styleClass).toList();
        assertEquals(List.of("block-dateline", "block-paragraph", "block-paragraph", "block-caption",
                "block-heading", "block-paragraph", "block-paragraph"), classes);
    }

    @Test
    void anArticleWithoutBlocksShowsAllItsText() {
        Article a = new Article(3, meta("T"), "Just text.", List.of(), "h", Instant.EPOCH);
        ReaderDocument doc = ReaderDocument.of(a);
        assertEquals("Just text.", doc.text());
        assertEquals(5, doc.toDisplay(5));
    }
}
