package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the prefix terms of a full-text query ({@code plet*}) into the library's own terms that start with them
 * ({@code ("pleten" OR "pleti" OR ...)}), when there are few enough. FTS5 without a prefix index answers a prefix term
 * by merging the doclists of every such term, and does it again for bm25's term statistics and for each snippet
 * statement: 10 ms or more per merge at 100,000 articles. An OR of the terms matches exactly the same articles, is
 * read incrementally, and gives each term its own weight in the ranking.
 *
 * <p>Only prefix terms that are a whole phrase are rewritten, as {@link FtsQuery} says where an expression may stand
 * in their place (not inside a phrase or NEAR, not after a column filter or {@code ^}). The
 * prefix is first put through the index's own tokenizer (porter stemming, case and diacritics folded, as FTS5 does
 * with a query's prefix), and the rewrite is skipped when that gives other than one term, when more than
 * {@link #MAX_TERMS} terms start with it, or when some term cannot be spelled as a query word (see
 * {@link #spellings}).
 */
final class PrefixExpansion {
    static final int MAX_TERMS = 256;

    private static final String TOKENIZE = "porter unicode61 remove_diacritics 2";

    private PrefixExpansion() {
    }

    static String rewrite(Connection c, String query) throws SQLException {
        if (query.indexOf('*') < 0) return query;
        boolean[] prepared = {false};
        return FtsQuery.rewrite(query, prefix -> {
            if (!prepared[0]) {
                prepare(c);
                prepared[0] = true;
            }
            return expand(c, prefix);
        });
    }

    /** Per-connection helpers in the temp schema: a scratch table with the index's tokenizer, and vocabularies. */
    private static void prepare(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.prefix_scratch USING fts5(t, tokenize = '" + TOKENIZE + "')");
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.prefix_scratch_terms USING fts5vocab(temp, prefix_scratch, 'instance')");
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_terms USING fts5vocab(main, article_fts, 'row')");
        }
    }

    /** The terms of {@code text} as the index's tokenizer makes them, one per token, in text order. */
    private static List<String> tokenize(Connection c, String text) throws SQLException {
        List<String> terms = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM temp.prefix_scratch");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.prefix_scratch (t) VALUES (?)")) {
            ps.setString(1, text);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT term FROM temp.prefix_scratch_terms ORDER BY offset")) {
            while (rs.next()) terms.add(rs.getString(1));
        }
        return terms;
    }

    /** {@code ("a" OR "b" ...)} for the library's terms starting with the prefix, or null to leave it to FTS5. */
    private static String expand(Connection c, String prefix) throws SQLException {
        List<String> stem = tokenize(c, prefix);
        if (stem.size() != 1) return null;
        String p = stem.get(0);
        List<String> terms = new ArrayList<>();
        // char(1114111) is U+10FFFF, the highest code point: every term starting with p sorts before p || it
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT term FROM temp.article_terms WHERE term >= ?1 AND term < ?1 || char(1114111) LIMIT ?2")) {
            ps.setString(1, p);
            ps.setInt(2, MAX_TERMS + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) terms.add(rs.getString(1));
            }
        }
        if (terms.isEmpty() || terms.size() > MAX_TERMS) return null;
        List<String> words = spellings(c, terms);
        if (words == null) return null;
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sb.append(" OR ");
            sb.append('"').append(words.get(i).replace("\"", "\"\"")).append('"');
        }
        return sb.append(')').toString();
    }

    /**
     * A query word for each index term: the term itself where the tokenizer gives it back unchanged, else the term
     * with an "e" added (porter is not idempotent: "hamnes" stems to "hamn", but "hamnese" stems to "hamnes"); null
     * when some term has neither.
     */
    private static List<String> spellings(Connection c, List<String> terms) throws SQLException {
        List<String> words = new ArrayList<>(terms);
        List<String> stems = tokenize(c, String.join(" ", terms));
        if (stems.size() != terms.size()) return null;
        List<Integer> odd = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) if (!stems.get(i).equals(terms.get(i))) odd.add(i);
        if (odd.isEmpty()) return words;
        List<String> tries = new ArrayList<>();
        for (int i : odd) tries.add(terms.get(i) + "e");
        List<String> tried = tokenize(c, String.join(" ", tries));
        if (tried.size() != tries.size()) return null;
        for (int k = 0; k < odd.size(); k++) {
            int i = odd.get(k);
            if (!tried.get(k).equals(terms.get(i))) return null;
            words.set(i, tries.get(k));
        }
        return words;
    }
}
