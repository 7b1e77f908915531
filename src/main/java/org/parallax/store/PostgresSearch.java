package org.parallax.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.model.NoteHit;
import org.parallax.model.NoteTarget;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchPage;

/**
 * Full-text search of a server library with PostgreSQL's own text search ({@code article_fts} / {@code note_fts},
 * configuration {@code parallax}), answering as {@link ArticleRepository#searchPage} and {@link NoteRepository#search}
 * do on a file: the same query language ({@link TsQuery}), the same ranking window, snippets with the same markers.
 *
 * <p>An article is indexed in sections of at most {@link #SECTION} characters cut at whitespace (a tsvector holds at
 * most 1 MB and word positions up to 16,383); the title, weighted A, is in section 0 only. A one-section article
 * matches when its row matches the query. An article of several sections (listed in {@code long_article}) matches
 * when the query's boolean formula holds over which of its sections match each phrase, as FTS5 evaluates a query
 * over a whole row; a phrase never spans two sections. Every method runs inside the caller's connection.
 */
public final class PostgresSearch {
    /** At most this many characters of body per section; an article with a longer body has several. */
    public static final int SECTION = 32_768;
    /** Title 5 : body 1, as the file library's bm25(article_fts, 5.0, 1.0); weights {D, C, B, A}. */
    static final String WEIGHTS = "{0.2, 0.2, 0.2, 1.0}";
    /** Snippets: about 16 words around the best match, as FTS5's snippet(..., 16). */
    private static final String HEADLINE = "StartSel=\u0002, StopSel=\u0003, MaxWords=16, MinWords=6, ShortWord=0, "
            + "MaxFragments=1, FragmentDelimiter=\"…\"";
    /** A snippet is cut at this many characters (one "word" may be a long run without spaces). */
    private static final int SNIPPET_CAP = 400;
    /**
     * The snippet is looked for first in this many characters of the section, from {@link #SNIPPET_BEFORE} before the
     * first place where the longest lexeme of one of the query's phrases (the positive query is an OR of phrases)
     * appears as text, and kept when its fragment ends at least
     * {@link #SNIPPET_MARGIN} characters inside both cuts (or the cut is the section's own start or end), so the cuts never
     * shape it. ts_headline stems every word it is given (0.3 ms for a 4,000-character body), and the 20 shown hits'
     * whole sections were a quarter of a search's time at 100,000 articles; the whole section is read only when the
     * window holds no such fragment (a lexeme that is not the start of its word, such as "happi", or a title-only match).
     */
    private static final int SNIPPET_WINDOW = 600;
    private static final int SNIPPET_BEFORE = 250;
    private static final int SNIPPET_MARGIN = 20;

    private PostgresSearch() {
    }

    /** Writes an article's search sections (replacing what it had) inside the caller's transaction. */
    public static void indexArticle(Connection c, long id, String title, String body) throws SQLException {
        deleteArticle(c, id);
        List<String> sections = sections(body == null ? "" : body);
        // section 0's pair lexemes (V001's parallax_pairs) and pair buckets (V016's parallax_buckets) for phrases, taken
        // from its own tsvector
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article_fts (article_id, section, title, body, tsv, pairs, buckets)
                SELECT x.a, x.s, x.t, x.b, x.v, CASE WHEN x.s = 0 THEN parallax_pairs(x.v) END,
                    CASE WHEN x.s = 0 THEN parallax_buckets(x.v) END
                FROM (SELECT CAST(? AS bigint) AS a, CAST(? AS integer) AS s, CAST(? AS text) AS t, CAST(? AS text) AS b,
                    setweight(to_tsvector('parallax', ?), 'A') || to_tsvector('parallax', ?) AS v) x""")) {
            for (int n = 0; n < sections.size(); n++) {
                String t = n == 0 && title != null ? title : "";
                ps.setLong(1, id);
                ps.setInt(2, n);
                ps.setString(3, t);
                ps.setString(4, sections.get(n));
                ps.setString(5, TsQuery.wordsOnly(t));
                ps.setString(6, TsQuery.wordsOnly(sections.get(n)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (sections.size() > 1) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO long_article (id, sectioned) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET sectioned = 1")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    /** Removes an article's search sections and its {@code long_article} row, inside the caller's transaction. */
    public static void deleteArticle(Connection c, long id) throws SQLException {
        for (String sql : List.of("DELETE FROM article_fts WHERE article_id = ?", "DELETE FROM long_article WHERE id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    /** A body cut into sections of at most {@link #SECTION} characters, each ending before whitespace where it can. */
    static List<String> sections(String body) {
        List<String> out = new ArrayList<>();
        int start = 0;
        do {
            int end = Math.min(body.length(), start + SECTION);
            if (end < body.length()) {
                int cut = end;
                while (cut > start + SECTION / 2 && !Character.isWhitespace(body.charAt(cut))) cut--;
                if (cut > start + SECTION / 2) end = cut;
                else if (Character.isLowSurrogate(body.charAt(end))) end--; // no space in 16k characters: never split a pair
            }
            out.add(body.substring(start, end));
            start = end;
        } while (start < body.length());
        return out;
    }

    /** The best hits, best first. @throws QuerySyntaxException when the query cannot be read */
    public static List<SearchHit> search(Connection c, String query, int limit) throws SQLException {
        return searchPage(c, query, limit).hits();
    }

    /** As {@link ArticleRepository#searchPage}: the best of at most {@link ArticleRepository#RANK_WINDOW} newest matches. */
    public static SearchPage searchPage(Connection c, String query, int limit) throws SQLException {
        return searchPage(c, query, limit, ArticleRepository.RANK_WINDOW);
    }

    static SearchPage searchPage(Connection c, String query, int limit, int window) throws SQLException {
        if (query == null || query.isBlank()) return SearchPage.empty();
        TsQuery tq = TsQuery.parse(query);
        return inSearchTransaction(c, con -> rankedPage(con, tq, limit, window));
    }

    /**
     * Runs one search's statements in one transaction (one snapshot for the count, the window, the ranking and the
     * snippets) in which the planner may not read {@code article_fts} whole. Its cost model counts a sequential scan's
     * table pages but not the TOAST each row's tsvector is read from, so for a word in a fifth of the articles or more
     * it picked the scan: 0.4-0.5 s at 100,000 articles against 12-90 ms from the GIN index. Just-in-time compilation is
     * off because the disabled scan's cost would otherwise start it (15-50 ms of compiling for a query of 10). Inside a
     * caller's own transaction the statements run as they are.
     */
    private static <T> T inSearchTransaction(Connection c, SqlWork<T> work) throws SQLException {
        if (!c.getAutoCommit()) return work.run(c);
        c.setAutoCommit(false);
        try {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SET LOCAL enable_seqscan = off; SET LOCAL jit = off");
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static SearchPage rankedPage(Connection c, TsQuery tq, int limit, int window) throws SQLException {
        Matches m = new Matches(c, tq);
        if (m.none) return SearchPage.empty();
        // Step 1: how many match, and the newest `window` of them, as FTS5 walks its index newest first (Matches.find)
        Found n = m.find(c, window);
        List<Long> ids = n.newest();
        if (ids.isEmpty()) return SearchPage.empty();
        int ranked = ids.size();
        // Step 2, in one statement: rank those by their best section against the phrases that count (not those after
        // NOT), best first and the newer of two equal, and take the snippets of the best `limit` from those sections
        String positive = tq.positiveText();
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                WITH q AS (SELECT x.q, ARRAY(SELECT replace((SELECT m[1] FROM regexp_matches(o, '''((?:[^'']|'''')+)''', 'g') m
                            ORDER BY length(m[1]) DESC LIMIT 1), '''''', '''') FROM regexp_split_to_table(CAST(x.q AS text), ' \\| ') o) AS lex
                      FROM (SELECT to_tsquery('parallax', ?) AS q) x),
                r AS (SELECT f.article_id, f.section, ts_rank(CAST(? AS real[]), f.tsv, q.q, 1) AS rk
                      FROM article_fts f, q WHERE f.article_id = ANY (?)),
                b AS (SELECT DISTINCT ON (article_id) article_id, section, rk FROM r ORDER BY article_id, rk DESC, section),
                t AS (SELECT * FROM b ORDER BY rk DESC, article_id DESC LIMIT ?)
                SELECT a.id, a.title, a.outlet, f.body, coalesce(w.h, ts_headline('parallax', f.body, q.q, ?)),
                    ts_headline('parallax', coalesce(a.title, ''), q.q, ?), t.rk
                FROM t JOIN article_fts f ON f.article_id = t.article_id AND f.section = t.section
                JOIN article a ON a.id = t.article_id, q,
                LATERAL (SELECT greatest(1, min(nullif(strpos(lower(f.body), l), 0)) - ?) AS s FROM unnest(q.lex) l) s,
                LATERAL (SELECT y.x, y.h, strpos(y.x, replace(replace(y.h, chr(2), ''), chr(3), '')) AS at,
                        length(replace(replace(y.h, chr(2), ''), chr(3), '')) AS len
                    FROM (SELECT substr(f.body, s.s, ?) AS x, ts_headline('parallax', substr(f.body, s.s, ?), q.q, ?) AS h
                        OFFSET 0) y) v, -- OFFSET 0: the headline is made once, not once in each use of it
                LATERAL (SELECT CASE WHEN strpos(v.h, chr(2)) > 0 AND v.at > 0 AND (s.s = 1 OR v.at > ?)
                        AND (s.s + length(v.x) > length(f.body) OR v.at + v.len < length(v.x) - ?) THEN v.h END AS h) w
                ORDER BY t.rk DESC, t.article_id DESC""")) {
            ps.setString(1, positive);
            ps.setString(2, WEIGHTS);
            ps.setArray(3, c.createArrayOf("bigint", ids.toArray()));
            ps.setInt(4, limit);
            ps.setString(5, HEADLINE);
            ps.setString(6, "StartSel=\u0002, StopSel=\u0003, HighlightAll=true");
            ps.setInt(7, SNIPPET_BEFORE);
            ps.setInt(8, SNIPPET_WINDOW);
            ps.setInt(9, SNIPPET_WINDOW);
            ps.setString(10, HEADLINE);
            ps.setInt(11, SNIPPET_MARGIN);
            ps.setInt(12, SNIPPET_MARGIN);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String snippet = snippet(rs.getString(4), rs.getString(5));
                    String title = rs.getString(6);
                    // as FTS5's snippet(-1) takes the column with the match: a hit on the title alone shows the title
                    if (snippet.indexOf(SearchHit.MARK_START) < 0 && title != null && title.indexOf(SearchHit.MARK_START) >= 0) {
                        snippet = cap(title);
                    }
                    hits.add(new SearchHit(id, rs.getString(2), rs.getString(3), snippet, -rs.getDouble(7)));
                }
            }
        }
        return new SearchPage(hits, ranked, ranked >= window, n.total());
    }

    /** ts_headline's fragment with FTS5's '…' where it starts after the section's start or ends before its end. */
    static String snippet(String body, String headline) {
        if (headline == null || headline.isBlank()) return "";
        String plain = headline.replace(String.valueOf(SearchHit.MARK_START), "").replace(String.valueOf(SearchHit.MARK_END), "").strip();
        String b = body.strip();
        String h = cap(headline.strip());
        int k = Math.min(plain.length(), 24);
        if (!b.startsWith(plain.substring(0, k))) h = "…" + h;
        if (!b.endsWith(plain.substring(plain.length() - k))) h = h + "…";
        return h;
    }

    private static String cap(String s) {
        if (s.length() <= SNIPPET_CAP) return s;
        String cut = s.substring(0, SNIPPET_CAP);
        int open = cut.lastIndexOf(SearchHit.MARK_START);
        if (open > cut.lastIndexOf(SearchHit.MARK_END)) cut = cut + SearchHit.MARK_END; // close a mark the cut left open
        return cut + "…";
    }

    /** How many articles the query matches. @throws QuerySyntaxException when the query cannot be read */
    public static int count(Connection c, String query) throws SQLException {
        if (query == null || query.isBlank()) return 0;
        TsQuery tq = TsQuery.parse(query);
        return inSearchTransaction(c, con -> {
            Matches m = new Matches(con, tq);
            return m.none ? 0 : m.find(con, 0).total();
        });
    }

    /** How many articles match ({@code total}), and the newest of them asked for, newest first. */
    private record Found(int total, List<Long> newest) {
    }

    /** Every article the query matches (unranked), for checks against the file library. */
    static Set<Long> matches(Connection c, String query) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        Matches m = new Matches(c, TsQuery.parse(query));
        if (m.none) return out;
        try (PreparedStatement ps = c.prepareStatement(m.sql)) {
            m.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /** The server's plan for counting a query's matches and taking the newest (EXPLAIN), for tests of which index serves it. */
    static String plan(Connection c, String query) throws SQLException {
        return inSearchTransaction(c, con -> {
            Matches m = new Matches(con, TsQuery.parse(query));
            StringBuilder out = new StringBuilder();
            try (PreparedStatement ps = m.prepareFind(con, "EXPLAIN ", ArticleRepository.RANK_WINDOW)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.append(rs.getString(1)).append('\n');
                }
            }
            return out.toString();
        });
    }

    /**
     * The notes not in the trash that match, best first, as {@link NoteRepository#search}.
     *
     * @throws QuerySyntaxException when the query cannot be read
     */
    public static List<NoteHit> searchNotes(Connection c, String query, int limit) throws SQLException {
        if (query == null || query.isBlank()) return List.of();
        String q = TsQuery.parse(query, TsQuery.NOTE_COLUMNS).text();
        List<NoteHit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT n.id, n.target, n.article_id, n.entity_id, left(n.text, ?) AS body,
                    ts_headline('parallax', left(n.text, ?), q.q, ?), ts_rank_cd(f.tsv, q.q, 1) AS r
                FROM note_fts f JOIN note n ON n.id = f.note_id, (SELECT to_tsquery('parallax', ?) AS q) q
                WHERE f.tsv @@ q.q AND n.deleted_at IS NULL
                ORDER BY r DESC, n.id LIMIT ?""")) {
            ps.setInt(1, SECTION);
            ps.setInt(2, SECTION);
            ps.setString(3, HEADLINE);
            ps.setString(4, q);
            ps.setInt(5, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NoteHit(rs.getLong(1), StoredEnum.read(NoteTarget.class, rs.getString(2)), longOrNull(rs, 3),
                            longOrNull(rs, 4), snippet(rs.getString(5), rs.getString(6)), -rs.getDouble(7)));
                }
            }
        }
        return out;
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    /**
     * The SQL listing the ids of the matching articles: one-section articles whose row matches the whole query, and
     * sectioned ones (few) for which the query holds over their sections phrase by phrase. Phrases that
     * {@code to_tsquery} reduces to nothing (stop words only) drop out of the formula as they drop out of the tsquery.
     * A phrase of two frequent words is matched on a one-section row by its pair lexeme ({@code pairs}, see V001's
     * {@code parallax_pairs}), which says exactly what the phrase says on {@code tsv} without reading the row; any other
     * phrase takes its frequent pairs and the buckets of its other pairs ({@code buckets}, V016's {@code parallax_buckets})
     * as a filter before {@code tsv} is tested, so only the few rows holding all of them are read.
     */
    private static final class Matches {
        /** The test of the whole query on a row; "section = 0" is a literal in each query, so the partial GIN indexes serve it. */
        private static final String TSV = "f.tsv @@ to_tsquery('parallax', ?)";
        /** The tests of a row's frequent pairs and of its pair buckets, each answered by its own partial GIN index. */
        private static final String PAIRS = "f.pairs @@ CAST(? AS tsquery)";
        private static final String BUCKETS = "f.buckets @> CAST(? AS smallint[])";
        /** A tsquery phrase of plain lexemes, as to_tsquery prints it: 'a' <-> 'b' [<-> 'c' ...]. */
        private static final java.util.regex.Pattern CHAIN = java.util.regex.Pattern.compile("'[^'\\\\]+'( <-> '[^'\\\\]+')+");
        final String sql;
        final boolean none;
        /** The test of a one-section row ({@code f}), and its parameters. */
        private final String cond;
        private final List<String> condParams = new ArrayList<>();
        /** The formula over one sectioned article {@code l}, null when none, and its parameters. */
        private final String formula;
        private final List<String> params = new ArrayList<>();

        Matches(Connection c, TsQuery tq) throws SQLException {
            List<TsQuery.Phrase> phrases = tq.phrases();
            String[] texts = new String[phrases.size()];
            for (int i = 0; i < texts.length; i++) texts[i] = TsQuery.render(phrases.get(i));
            Set<String> empty = new java.util.HashSet<>();
            Map<String, String> chains = new HashMap<>(); // phrase text -> its tsvector of positions 1..n, to find its pairs
            boolean whole;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT x.t, numnode(to_tsquery('parallax', x.t)), CAST(to_tsquery('parallax', x.t) AS text) FROM unnest(?) AS x(t)
                    UNION ALL SELECT NULL, numnode(to_tsquery('parallax', ?)), NULL""")) {
                Array a = c.createArrayOf("text", texts);
                ps.setArray(1, a);
                ps.setString(2, tq.text());
                whole = true;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String t = rs.getString(1);
                        boolean dropped = rs.getInt(2) == 0;
                        if (t == null) whole = !dropped;
                        else if (dropped) empty.add(t);
                        else if (CHAIN.matcher(rs.getString(3)).matches()) chains.put(t, positions(rs.getString(3)));
                    }
                }
            }
            none = !whole;
            String query = tq.text();
            Map<String, PhrasePairs> pairs = pairs(c, phrases, chains);
            if (pairs.isEmpty()) {
                cond = TSV;
                condParams.add(query);
            } else {
                String f = rowFormula(tq.root(), empty, pairs, false);
                cond = f == null ? "false" : f;
            }
            formula = formula(tq.root(), empty);
            sql = whole() + (formula == null ? "" : "\nUNION ALL SELECT l.id FROM long_article l WHERE " + formula);
        }

        /** 'a' <-> 'b' <-> 'c' as the tsvector 'a':1 'b':2 'c':3 (a lexeme in several places keeps them all). */
        private static String positions(String chain) {
            String[] lex = chain.split(" <-> ");
            Map<String, List<Integer>> at = new java.util.LinkedHashMap<>();
            for (int i = 0; i < lex.length; i++) at.computeIfAbsent(lex[i], k -> new ArrayList<>()).add(i + 1);
            StringBuilder sb = new StringBuilder();
            at.forEach((l, ps) -> {
                sb.append(sb.isEmpty() ? "" : " ").append(l).append(':'); // l is quoted as to_tsquery printed it
                for (int i = 0; i < ps.size(); i++) sb.append(i > 0 ? "," : "").append(ps.get(i));
            });
            return sb.toString();
        }

        /** A phrase's frequent pairs as pair lexemes (none: empty) and its other pairs' buckets as smallint[] text (none: null). */
        private record PhrasePairs(List<String> pairs, String buckets) {
        }

        /** The pairs and buckets of each unweighted, unprefixed phrase (by phrase text), by the indexes' own functions. */
        private static Map<String, PhrasePairs> pairs(Connection c, List<TsQuery.Phrase> phrases, Map<String, String> chains)
                throws SQLException {
            List<String> keys = new ArrayList<>();
            for (TsQuery.Phrase p : phrases) {
                String t = TsQuery.render(p);
                if (p.weights() == null && !p.prefix() && chains.containsKey(t) && !keys.contains(t)) keys.add(t);
            }
            Map<String, PhrasePairs> out = new HashMap<>();
            if (keys.isEmpty()) return out;
            String[] vs = new String[keys.size()];
            for (int i = 0; i < vs.length; i++) vs[i] = chains.get(keys.get(i));
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT x.i, tsvector_to_array(parallax_pairs(CAST(x.v AS tsvector))),
                        CAST(nullif(parallax_buckets(CAST(x.v AS tsvector)), '{}') AS text)
                    FROM unnest(?) WITH ORDINALITY AS x(v, i)""")) {
                ps.setArray(1, c.createArrayOf("text", vs));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> ls = new ArrayList<>();
                        for (Object o : (Object[]) rs.getArray(2).getArray()) ls.add((String) o);
                        String buckets = rs.getString(3);
                        if (!ls.isEmpty() || buckets != null) out.put(keys.get(rs.getInt(1) - 1), new PhrasePairs(ls, buckets));
                    }
                }
            }
            return out;
        }

        /** The one-section matches ({@link #cond}'s parameters first); more conditions on {@code f} may be appended. */
        private String whole() {
            return "SELECT f.article_id AS id FROM article_fts f\nWHERE (" + cond + ") AND f.section = 0\n"
                    + "  AND NOT EXISTS (SELECT 1 FROM long_article l WHERE l.id = f.article_id)";
        }

        private int bindCond(PreparedStatement ps, int from) throws SQLException {
            int at = from;
            for (String p : condParams) ps.setString(at++, p);
            return at;
        }

        /**
         * How many articles match and the newest {@code window} of them, in one statement and one pass over the
         * matches: the partial GIN indexes list them, the server reads each match's key from its table page (few pages
         * since V014 keeps the rows narrow and V015 packs them in article order), counts them and keeps the newest. It
         * never walks the primary key in order, which would read each row's tsvector from TOAST.
         */
        Found find(Connection c, int window) throws SQLException {
            List<Long> out = new ArrayList<>();
            int total;
            try (PreparedStatement ps = prepareFind(c, "", window)) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                    Array newest = rs.getArray(2);
                    if (newest != null) for (Object id : (Object[]) newest.getArray()) out.add(((Number) id).longValue());
                }
            }
            return new Found(total, out);
        }

        /** {@link #find}'s statement (after {@code prefix}, such as "EXPLAIN "), bound: the count and the newest {@code window}. */
        PreparedStatement prepareFind(Connection c, String prefix, int window) throws SQLException {
            PreparedStatement ps = c.prepareStatement(prefix + "SELECT count(*), (array_agg(m.id ORDER BY m.id DESC))[1:?]\nFROM ("
                    + sql + ") m");
            try {
                ps.setInt(1, Math.max(window, 0));
                bind(ps, 2);
                return ps;
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        }

        /**
         * The query over one one-section row {@code f}, phrase by phrase as {@link #formula}: a phrase of two frequent
         * words tests its pair lexeme alone (exact); any other phrase with pairs tests its frequent pairs and its buckets
         * first, then {@code tsv}; a phrase after NOT ({@code negated}) is tested on {@code tsv} alone, on the rows the
         * rest keeps. Null when every phrase dropped out.
         */
        private String rowFormula(TsQuery.Node n, Set<String> empty, Map<String, PhrasePairs> pairs, boolean negated) {
            if (n instanceof TsQuery.Phrase p) {
                String t = TsQuery.render(p);
                if (empty.contains(t)) return null;
                PhrasePairs pp = negated ? null : pairs.get(t);
                List<String> tests = new ArrayList<>();
                if (pp != null && !pp.pairs().isEmpty()) {
                    List<String> quoted = new ArrayList<>();
                    for (String l : pp.pairs()) quoted.add("'" + l + "'");
                    condParams.add(String.join(" & ", quoted));
                    tests.add(PAIRS);
                    if (p.tokens().size() == 2 && pp.pairs().size() == 1 && pp.buckets() == null) return PAIRS; // exact
                }
                if (pp != null && pp.buckets() != null) {
                    condParams.add(pp.buckets());
                    tests.add(BUCKETS);
                }
                condParams.add(t);
                tests.add(TSV);
                return tests.size() == 1 ? TSV : "(" + String.join(" AND ", tests) + ")";
            }
            TsQuery.Op o = (TsQuery.Op) n;
            String left = rowFormula(o.left(), empty, pairs, negated);
            String right = rowFormula(o.right(), empty, pairs, negated || o.op() == '!');
            return combine(o, left, right);
        }

        private static String combine(TsQuery.Op o, String left, String right) {
            if (right == null) return left;
            if (left == null) return o.op() == '!' ? "NOT " + right : right; // as to_tsquery: 'the & !cat' is '!cat'
            return "(" + left + switch (o.op()) {
                case '&' -> " AND ";
                case '|' -> " OR ";
                default -> " AND NOT ";
            } + right + ")";
        }

        /** The formula over one sectioned article {@code l}; null when every phrase dropped out. */
        private String formula(TsQuery.Node n, Set<String> empty) {
            if (n instanceof TsQuery.Phrase p) {
                String t = TsQuery.render(p);
                if (empty.contains(t)) return null;
                params.add(t);
                return "EXISTS (SELECT 1 FROM article_fts s WHERE s.article_id = l.id AND s.tsv @@ to_tsquery('parallax', ?))";
            }
            TsQuery.Op o = (TsQuery.Op) n;
            return combine(o, formula(o.left(), empty), formula(o.right(), empty));
        }

        int bind(PreparedStatement ps, int from) throws SQLException {
            int at = bindCond(ps, from);
            for (String p : params) ps.setString(at++, p);
            return at;
        }
    }
}
