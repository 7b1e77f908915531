package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.parallax.testsupport.SharedData;

/**
 * The same page always extracts to the same text. jsoup 1.21 cached each element's child list behind a weak reference
 * that moving a node left stale (jsoup issue 2391): Readability then saw old children or fresh ones depending on whether
 * a garbage collection had cleared the cache in between, so nytimes-4's chart labels came and went between runs, a
 * re-import of the same file stored a second copy, and a server-restart test failed one CI run in many.
 */
class HtmlExtractionDeterminismTest {
    @Test
    void anElementsChildListFollowsANodeMovedUnderIt() {
        Document doc = Jsoup.parseBodyFragment("<div>Lorem ipsum dolor sit amet.</div>");
        Element div = doc.selectFirst("div");
        div.children(); // cached now
        TextNode text = (TextNode) div.childNode(0);
        Element p = doc.createElement("p");
        text.replaceWith(p);
        p.appendChild(text);
        assertEquals(1, div.childrenSize(), "the cached child list still misses the new <p>");
        assertEquals(p, div.child(0));
    }

    @Test
    void aPageExtractsToTheSameTextAfterCollections() throws Exception {
        Path page = SharedData.path("html-pages/mozilla-readability-test-pages/nytimes-4/source.html");
        SourceFile src = new SourceFile(page, Files.readAllBytes(page));
        String first = new HtmlImporter().parse(src).text();
        for (int i = 0; i < 3; i++) {
            System.gc();
            assertEquals(first, new HtmlImporter().parse(src).text(), "run " + i);
        }
    }
}
