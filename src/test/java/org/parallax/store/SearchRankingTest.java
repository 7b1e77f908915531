package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.ingest.ImportService;
import org.parallax.model.ArticleDraft;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchPage;

/**
 * Search on the 982 real ECB+ news texts: the bounded ranking and the prefix rewrite must give what FTS5's own
 * full ranking and prefix matching give, wherever they promise to.
 */
class SearchRankingTest {
    @TempDir
    static Path dir;
    static Database db;
    static ArticleRepository repo;

    @BeforeAll
    static void fill() {
        db = Database.open(dir.resolve("library.db"));
        repo = new ArticleRepository(db);
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
            ArticleDraft draft = new ArticleDraft(d.article().meta(), d.article().text(), d.article().blocks());
            repo.insert(draft, ImportService.contentHash(draft.text()) + d.name(), Instant.now());
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** Article ids FTS5 itself matches for the query, unranked. */
    private static Set<Long> nativeMatches(String query) {
        return db.read(c -> {
            Set<Long> ids = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM article_fts WHERE article_fts MATCH ?")) {
                ps.setString(1, query);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** The best ids by FTS5's full bm25 ranking over every match. */
    private static List<Long> fullRanking(String query, int limit) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM article_fts WHERE article_fts MATCH ? "
                    + "ORDER BY bm25(article_fts, 5.0, 1.0), rowid DESC LIMIT ?")) {
                ps.setString(1, query);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static Set<Long> ids(List<SearchHit> hits) {
        Set<Long> ids = new TreeSet<>();
        for (SearchHit h : hits) ids.add(h.articleId());
        return ids;
    }

    @Test
    void prefixQueriesMatchExactlyWhatFts5Matches() {
        for (String q : List.of("earth*", "kill*", "police*", "nation*", "rescu*", "announc*", "quak*", "shoot* AND police",
                "hospital OR injur*", "elect* NOT president")) {
            String query = q;
            Set<Long> expected = nativeMatches(query);
            SearchPage page = repo.searchPage(query, 5000, 5000);
            assertFalse(expected.isEmpty(), query);
            assertEquals(expected, ids(page.hits()), query);
            assertFalse(page.moreMatches(), query);
            // every hit's snippet marks at least one match
            for (SearchHit h : page.hits()) assertTrue(h.snippet().indexOf(SearchHit.MARK_START) >= 0, query + " in " + h.articleId());
        }
    }

    /** Every fourth 4-letter prefix of the library's terms, 100 or so: rewritten or not, the same articles match. */
    @Test
    void aSweepOfPrefixesMatchesWhatFts5Matches() {
        List<String> prefixes = db.read(c -> {
            List<String> out = new ArrayList<>();
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.sweep_terms USING fts5vocab(main, article_fts, 'row')");
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT substr(term, 1, 4) FROM temp.sweep_terms "
                        + "WHERE length(term) >= 5 AND term GLOB '[a-z][a-z][a-z][a-z]*' ORDER BY 1")) {
                    int i = 0;
                    while (rs.next()) if (i++ % 4 == 0) out.add(rs.getString(1));
                }
            }
            return out;
        });
        assertTrue(prefixes.size() > 100, prefixes.size() + " prefixes");
        int rewritten = 0;
        for (String p : prefixes) {
            String q = p + "*";
            String r = db.read(c -> PrefixExpansion.rewrite(c, q));
            if (!r.equals(q)) rewritten++;
            assertEquals(nativeMatches(q), nativeMatches(r), q + " -> " + r);
        }
        assertTrue(rewritten > prefixes.size() * 9 / 10, rewritten + " of " + prefixes.size() + " rewritten");
    }

    @Test
    void thePrefixIsStemmedAsFts5StemsItAndItsTermsListed() throws Exception {
        String rewritten = db.read(c -> PrefixExpansion.rewrite(c, "earthquakes*"));
        // porter makes "earthquakes" "earthquak": the rewrite lists the library's terms from there
        assertTrue(rewritten.contains("\"earthquak\""), rewritten);
        assertEquals(nativeMatches("earthquakes*"), nativeMatches(rewritten));
        // phrases, column filters and initial-token queries are left to FTS5
        for (String q : List.of("\"earth* quake\"", "title:earth*", "^earth*", "\"a \"\"b\"\" earth*\"")) {
            assertEquals(q, db.read(c -> PrefixExpansion.rewrite(c, q)), q);
        }
        // a prefix with more terms than MAX_TERMS stays as it is
        assertEquals("s*", db.read(c -> PrefixExpansion.rewrite(c, "s*")));
    }

    @Test
    void withFewerMatchesThanTheWindowTheRankingIsFts5sFullRanking() {
        for (String q : List.of("earthquake", "police", "\"death toll\"", "killed AND injured", "Obama OR Clinton")) {
            List<Long> expected = fullRanking(q, 20);
            SearchPage page = repo.searchPage(q, 20);
            assertTrue(page.ranked() < ArticleRepository.RANK_WINDOW, q + " matches fewer than the window here");
            assertFalse(page.moreMatches());
            assertEquals(expected, page.hits().stream().map(SearchHit::articleId).toList(), q);
        }
    }

    @Test
    void beyondTheWindowTheBestOfTheNewestMatchesAreShown() {
        String q = "said";
        Set<Long> all = nativeMatches(q);
        assertTrue(all.size() > 300, "a word most articles use");
        SearchPage page = repo.searchPage(q, 10, 100);
        assertTrue(page.moreMatches());
        assertEquals(100, page.ranked());
        assertEquals(10, page.hits().size());
        // the 100 newest matches are the 100 highest ids
        long cutoff = all.stream().sorted((a, b) -> Long.compare(b, a)).skip(99).findFirst().orElseThrow();
        for (SearchHit h : page.hits()) assertTrue(h.articleId() >= cutoff, h.articleId() + " is among the newest 100");
        // and they are ranked: the full ranking over all matches is a different list
        assertNotEquals(fullRanking(q, 10), page.hits().stream().map(SearchHit::articleId).toList());
        List<Double> ranks = page.hits().stream().map(SearchHit::rank).toList();
        for (int i = 1; i < ranks.size(); i++) assertTrue(ranks.get(i - 1) <= ranks.get(i), "best first");
    }

    /** The examples: words and prefixes together, prefixes in NEAR; each matches what FTS5 matches. */
    @Test
    void prefixesBesideWordsAndInsideNearAreAccepted() {
        for (String q : List.of("police kill*", "earth* quake", "NEAR(earth* quak*)", "NEAR(polic* shoot*, 5)",
                "hospital injur* NOT dead", "title:earthquake indones*", "kill* OR shoot* police")) {
            Set<Long> expected = nativeMatches(q);
            assertFalse(expected.isEmpty(), q);
            assertEquals(expected, ids(repo.searchPage(q, 5000, 5000).hits()), q);
        }
        // written with explicit ANDs where a prefix beside a word was expanded
        String r = db.read(c -> PrefixExpansion.rewrite(c, "police kill*"));
        assertTrue(r.startsWith("(police AND (\"kill\""), r);
    }

    /**
     * Queries drawn from FTS5's grammar (phrases, prefixes, +, ^, column filters, NEAR, parentheses, AND/OR/NOT,
     * implicit AND) and some broken ones: the library accepts exactly what FTS5 accepts and matches what it matches
     * (words such as {@code counter-terrorism}, which it quotes first, aside: CompoundWordsTest).
     */
    @Test
    void everyQueryFts5AcceptsMatchesTheSameAndEveryOtherIsRefused() {
        java.util.Random random = new java.util.Random(14);
        int accepted = 0;
        int refused = 0;
        int rewritten = 0;
        for (int i = 0; i < 400; i++) {
            String q = randomExpr(random, 0);
            if (random.nextInt(12) == 0) q = q + List.of(")", " AND", " (", "\"", " :", " -x").get(random.nextInt(6));
            Set<Long> expected;
            try {
                expected = nativeMatches(q);
            } catch (QuerySyntaxException e) {
                String query = q;
                assertThrows(QuerySyntaxException.class, () -> repo.searchPage(query, 5000, 5000), q);
                refused++;
                continue;
            }
            String query = q;
            if (!db.read(c -> PrefixExpansion.rewrite(c, query)).equals(q)) rewritten++;
            assertEquals(expected, ids(repo.searchPage(q, 5000, 5000).hits()), q);
            accepted++;
        }
        assertTrue(accepted > 250 && refused > 20 && rewritten > 100, accepted + " accepted, " + refused + " refused, "
                + rewritten + " rewritten");
    }

    private static final List<String> WORDS = List.of("police", "earthquake", "killed", "hospital", "Obama", "fire", "said");
    private static final List<String> PREFIXES = List.of("earth", "kill", "polic", "hosp", "injur", "elect", "shoot", "quak");

    private static String randomPhrase(java.util.Random r) {
        String p = switch (r.nextInt(6)) {
            case 0, 1 -> WORDS.get(r.nextInt(WORDS.size()));
            case 2, 3 -> PREFIXES.get(r.nextInt(PREFIXES.size())) + (r.nextBoolean() ? "*" : " *");
            case 4 -> "\"" + WORDS.get(r.nextInt(WORDS.size())) + " " + WORDS.get(r.nextInt(WORDS.size())) + "\"";
            default -> "\"" + PREFIXES.get(r.nextInt(PREFIXES.size())) + "\"*";
        };
        return r.nextInt(8) == 0 ? p + " + " + PREFIXES.get(r.nextInt(PREFIXES.size())) + "*" : p;
    }

    private static String randomNearset(java.util.Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "^" + randomPhrase(r);
            case 1 -> "NEAR(" + randomPhrase(r) + " " + randomPhrase(r) + (r.nextBoolean() ? ", " + r.nextInt(20) : "") + ")";
            case 2 -> List.of("title:", "-title: ", "{title body} : ", "-{body}:").get(r.nextInt(4)) + randomPhrase(r);
            default -> randomPhrase(r);
        };
    }

    private static String randomExpr(java.util.Random r, int depth) {
        int shape = depth > 2 ? 0 : r.nextInt(6);
        return switch (shape) {
            case 0 -> randomNearset(r);
            case 1 -> randomNearset(r) + " " + randomNearset(r) + (r.nextBoolean() ? " " + randomNearset(r) : "");
            case 2 -> randomExpr(r, depth + 1) + List.of(" AND ", " OR ", " NOT ").get(r.nextInt(3)) + randomExpr(r, depth + 1);
            case 3 -> "(" + randomExpr(r, depth + 1) + ")";
            case 4 -> (r.nextBoolean() ? "title:" : "-{title}:") + " (" + randomExpr(r, depth + 1) + ")";
            default -> randomExpr(r, depth + 1) + " " + randomExpr(r, depth + 1);
        };
    }
}
