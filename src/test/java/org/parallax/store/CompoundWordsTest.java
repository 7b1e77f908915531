package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.model.Progress;
import org.parallax.model.SearchHit;
import org.parallax.testsupport.SharedData;
import org.parallax.testsupport.TestLibrary;

/**
 * Words typed with a hyphen, dots or an apostrophe are searched as the phrase of their parts, on both engines, instead
 * of being refused as bad query syntax.
 */
@Tag("contract")
class CompoundWordsTest {
    @TempDir
    Path dir;

    @Test
    void compoundsAreQuotedAndSyntaxIsLeftAlone() {
        assertEquals("\"counter-terrorism\" dialogue", CompoundWords.quote("counter-terrorism dialogue"));
        assertEquals("(\"U.S.\" OR Pakistan) AND \"Pakistan's\"", CompoundWords.quote("(U.S. OR Pakistan) AND Pakistan's"));
        assertEquals("\"counter-terr\"*", CompoundWords.quote("counter-terr*"));
        assertEquals("\"already-quoted phrase\" visit*", CompoundWords.quote("\"already-quoted phrase\" visit*"));
        assertEquals("title:Pakistan NEAR(a b) ^first", CompoundWords.quote("title:Pakistan NEAR(a b) ^first"));
        assertEquals("a NOT b", CompoundWords.quote("a NOT b"));
        assertEquals("\"9/11\"", CompoundWords.quote("9/11"));
    }

    @Test
    void aHyphenatedWordFindsTheArticlesThatPrintIt() {
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            ctx.imports().importPaths(List.of(SharedData.sample("story1-outlet-a.txt"), SharedData.sample("story1-outlet-b.txt")),
                    Progress.NONE);
            long a = ctx.articles().list().stream().filter(x -> x.title().contains("March 6-7")).findFirst().orElseThrow().id();
            // outlet a prints "counter-terrorism"; outlet b only "counterterrorism", one word, which the phrase does not match
            assertEquals(List.of(a), ids(ctx.articles().search("counter-terrorism", 10)));
            assertEquals(List.of(a), ids(ctx.articles().search("Counter-terrorism AND dialogue", 10)));
            long b = ctx.articles().list().stream().filter(x -> x.id() != a).findFirst().orElseThrow().id();
            assertTrue(ids(ctx.articles().search("Pakistan's", 10)).contains(b), "outlet b prints Pakistan's");
        }
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::articleId).toList();
    }
}
