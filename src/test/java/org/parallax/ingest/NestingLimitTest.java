package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.html.NestingLimit;
import org.parallax.model.ArticleDraft;
import org.parallax.model.BlockType;
import org.parallax.testsupport.SharedData;

/**
 * A page nested past {@link NestingLimit#MAX_DEPTH} keeps its text, with its headings and paragraphs still apart, and
 * real pages are left exactly as they are.
 */
class NestingLimitTest {
    private static final String P1 = "The council met on Tuesday to discuss the budget for the coming year, and the mayor spoke at length.";
    private static final String P2 = "Residents asked about the new bridge, which the engineers now expect to open in the spring of next year.";

    private static String deepPage(int depth) {
        String open = "<div><span>".repeat(depth / 2);
        String close = "</span></div>".repeat(depth / 2);
        return "<html><head><title>Budget night</title></head><body><article>" + open
                + "<h2>Roads and bridges</h2><p>" + P1 + "</p><p>" + P2 + "<br>Second line</p><script>var x = 1;</script>"
                + close + "</article></body></html>";
    }

    @Test
    void aDeepPageKeepsItsHeadingAndParagraphsApart() throws Exception {
        Document doc = Jsoup.parse(deepPage(4_000));
        assertTrue(NestingLimit.depth(doc) > NestingLimit.MAX_DEPTH, "jsoup keeps " + NestingLimit.depth(doc) + " levels");
        assertTrue(NestingLimit.apply(doc));
        assertTrue(NestingLimit.depth(doc) <= NestingLimit.MAX_DEPTH + 3, "depth now " + NestingLimit.depth(doc));

        ArticleDraft d = new HtmlImporter().parse(new SourceFile(Path.of("deep.html"), deepPage(4_000).getBytes(StandardCharsets.UTF_8)));
        List<String> paragraphs = d.blocks().stream().filter(b -> b.type() == BlockType.PARAGRAPH).map(b -> b.textIn(d.text())).toList();
        assertEquals(List.of(P1, P2 + "\nSecond line"), paragraphs);
        assertTrue(d.blocks().stream().anyMatch(b -> b.type() == BlockType.HEADING && b.textIn(d.text()).equals("Roads and bridges")));
        // the same page nested a few levels deep reads the same
        ArticleDraft shallow = new HtmlImporter().parse(new SourceFile(Path.of("shallow.html"), deepPage(6).getBytes(StandardCharsets.UTF_8)));
        assertEquals(shallow.text(), d.text());
        assertEquals(shallow.blocks(), d.blocks());
        assertFalse(d.text().contains("var x"), d.text());
    }

    @Test
    void realPagesAreLeftAsTheyAre() throws Exception {
        try (Stream<Path> pages = Files.walk(SharedData.path("html-pages"))) {
            List<Path> html = pages.filter(p -> p.toString().endsWith(".html")).limit(200).toList();
            assertFalse(html.isEmpty());
            for (Path p : html) {
                Document doc = Jsoup.parse(Files.readString(p, StandardCharsets.ISO_8859_1));
                String before = doc.outerHtml();
                assertFalse(NestingLimit.apply(doc), p.toString());
                assertEquals(before, doc.outerHtml(), p.toString());
            }
        }
    }
}
