package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.testsupport.FreshNews;
import org.parallax.testsupport.TestLibrary;

/**
 * Holds the entities figure on the second set of freshly written news (src/test/resources/fresh-news/entities2, one
 * publisher's season of sixteen articles; performance.md "Entities in a one-publisher season"), scored as
 * {@link FreshNewsEntitiesTest} scores the first set: conflated entities (holding mentions of two or more gold chains),
 * misplaced mentions, split chains. Rows of a chain named "NOT ..." are words that must not be entities (the degree
 * "BA", "Apple growers", "Orange juice", "Jobs"): each one recognised counts as a false entity. The ceilings are
 * today's counts: a rise fails.
 */
@Tag("contract")
class FreshNewsEntities2Test {
    /** Today's counts (after the fixes of the second entities round). */
    private static final int CONFLATED_CEILING = 1; // 2 before the seventh entities round
    private static final int MISPLACED_CEILING = 1; // 5 before the seventh entities round
    private static final int SPLIT_CEILING = 3; // 7 before the seventh entities round, 4 before the fifteenth
    private static final int FALSE_ENTITY_CEILING = 0;

    @TempDir
    static java.nio.file.Path dir;
    static AppContext ctx;
    static Map<String, Article> byName = new HashMap<>();

    @BeforeAll
    static void importAndRecognise() {
        ctx = TestLibrary.context(dir.resolve("library.db"));
        byName.putAll(FreshNews.importAndRecognise(ctx, "entities2", 16));
    }

    @AfterAll
    static void close() {
        if (ctx != null) ctx.close();
    }

    @Test
    void oneSeasonOfFreshNewsHoldsTodaysFigure() throws IOException {
        EntityChains.Score s = EntityChains.score(ctx, byName, "entities2", "Fresh-news entities, one season (entities2/expected.tsv)");
        System.out.println(s.report());
        List<String> failures = EntityChains.failures(s, CONFLATED_CEILING, MISPLACED_CEILING, SPLIT_CEILING);
        if (s.falseEntities().size() > FALSE_ENTITY_CEILING) failures.add("false entities " + s.falseEntities());
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }
}
