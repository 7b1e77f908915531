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
 * Holds the entities figure on the third set of freshly written news (src/test/resources/fresh-news/entities3, a mixed
 * library of fourteen articles: places sharing a name, people named like places or companies, clubs and cities, names
 * written surname first, particles and titles, acronyms with two meanings; performance.md "Entities in a mixed library,
 * held out"), scored as {@link FreshNewsEntities2Test} scores the second set, plus wrong display names (an entity not
 * named by its majority chain's name, titles aside) and wrong types (an entity whose type is not its majority chain's).
 * Scoring: conflated entities (holding mentions of two or more gold chains), misplaced mentions (outside an entity's
 * majority chain), split chains; rows of a chain named "NOT ..." are words that must not be entities (a role "PM", the
 * verb "Will", the month "May", "Rose growers", "Who", a savings account's "IRA"), each one recognised a false entity.
 * The ceilings are today's counts: a rise fails.
 */
@Tag("contract")
class FreshNewsEntities3Test {
    /** Today's counts, after the fixes of the third and fourth entities rounds (held out, engine revision 14: 13, 19, 20, 1, 25, 7). */
    private static final int CONFLATED_CEILING = 8;
    private static final int MISPLACED_CEILING = 12;
    private static final int SPLIT_CEILING = 5;
    private static final int FALSE_ENTITY_CEILING = 0;
    private static final int WRONG_NAME_CEILING = 6;
    private static final int WRONG_TYPE_CEILING = 5;

    @TempDir
    static java.nio.file.Path dir;
    static AppContext ctx;
    static Map<String, Article> byName = new HashMap<>();

    @BeforeAll
    static void importAndRecognise() {
        ctx = TestLibrary.context(dir.resolve("library.db"));
        byName.putAll(FreshNews.importAndRecognise(ctx, "entities3", 14));
    }

    @AfterAll
    static void close() {
        if (ctx != null) ctx.close();
    }

    @Test
    void aMixedLibraryOfFreshNewsHoldsTodaysFigure() throws IOException {
        EntityChains.Score s = EntityChains.score(ctx, byName, "entities3", "Fresh-news entities, mixed library (entities3/expected.tsv)");
        System.out.println(s.report());
        List<String> failures = EntityChains.failures(s, CONFLATED_CEILING, MISPLACED_CEILING, SPLIT_CEILING);
        if (s.falseEntities().size() > FALSE_ENTITY_CEILING) failures.add("false entities " + s.falseEntities());
        if (s.wrongNames() > WRONG_NAME_CEILING) failures.add("wrong names " + s.wrongNames() + " > " + WRONG_NAME_CEILING);
        if (s.wrongTypes() > WRONG_TYPE_CEILING) failures.add("wrong types " + s.wrongTypes() + " > " + WRONG_TYPE_CEILING);
        assertTrue(failures.isEmpty(), failures + "\n" + s.report());
    }
}
