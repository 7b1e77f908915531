package org.parallax.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
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

    private PostgresSearch() {
    }

    /** Writes an article's search sections (replacing what it had) inside the caller's transaction. */
    public static void indexArticle(Connection c, long id, String title, String body) throws SQLException {
        deleteArticle(c, id);
        List<String> sections = sections(body == null ? "" : body);
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article_fts (article_id, section, title, body, tsv) VALUES (?, ?, ?, ?,
                    setweight(to_tsvector('parallax', ?), 'A') || to_tsvector('parallax', ?))""")) {
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
        Matches m = new Matches(c, tq);
        if (m.none) return SearchPage.empty();
        // Step 1: how many match, and the newest `window` of them, as FTS5 walks its index newest first (Matches.find)
        Found n = m.find(c, window);
        List<Long> ids = n.newest();
        if (ids.isEmpty()) return SearchPage.empty();
        int ranked = ids.size();
        // Step 2: rank those by their best section against the phrases that count (not those after NOT)
        String positive = tq.positiveText();
        Map<Long, double[]> best = new HashMap<>(); // id -> {rank, section}
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT f.article_id, f.section, ts_rank(CAST(? AS real[]), f.tsv, q.q, 1)
                FROM article_fts f, (SELECT to_tsquery('parallax', ?) AS q) q
                WHERE f.article_id = ANY (?)""")) {
            ps.setString(1, WEIGHTS);
            ps.setString(2, positive);
            ps.setArray(3, c.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double r = rs.getDouble(3);
                    double[] b = best.computeIfAbsent(rs.getLong(1), k -> new double[] {-1, 0});
                    if (r > b[0]) {
                        b[0] = r;
                        b[1] = rs.getInt(2);
                    }
                }
            }
        }
        List<Long> top = new ArrayList<>(ids);
        top.sort(Comparator.comparingDouble((Long id) -> -best.getOrDefault(id, new double[] {0, 0})[0])
                .thenComparing(Comparator.reverseOrder()));
        if (top.size() > limit) top = new ArrayList<>(top.subList(0, limit));
        List<SearchHit> hits = snippets(c, top, best, positive);
        return new SearchPage(hits, ranked, ranked >= window, n.total());
    }

    /** Title, outlet and a snippet from the best section of each hit, in the given order. */
    private static List<SearchHit> snippets(Connection c, List<Long> top, Map<Long, double[]> best, String positive)
            throws SQLException {
        if (top.isEmpty()) return List.of();
        Integer[] secs = new Integer[top.size()];
        for (int i = 0; i < secs.length; i++) secs[i] = (int) best.getOrDefault(top.get(i), new double[] {0, 0})[1];
        Map<Long, SearchHit> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT a.id, a.title, a.outlet, f.body, ts_headline('parallax', f.body, q.q, ?),
                    ts_headline('parallax', coalesce(a.title, ''), q.q, ?)
                FROM unnest(?, ?) AS h(id, sec) JOIN article_fts f ON f.article_id = h.id AND f.section = h.sec
                JOIN article a ON a.id = f.article_id, (SELECT to_tsquery('parallax', ?) AS q) q""")) {
            ps.setString(1, HEADLINE);
            ps.setString(2, "StartSel=\u0002, StopSel=\u0003, HighlightAll=true");
            ps.setArray(3, c.createArrayOf("bigint", top.toArray()));
            ps.setArray(4, c.createArrayOf("integer", secs));
            ps.setString(5, positive);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String snippet = snippet(rs.getString(4), rs.getString(5));
                    String title = rs.getString(6);
                    // as FTS5's snippet(-1) takes the column with the match: a hit on the title alone shows the title
                    if (snippet.indexOf(SearchHit.MARK_START) < 0 && title != null && title.indexOf(SearchHit.MARK_START) >= 0) {
                        snippet = cap(title);
                    }
                    found.put(id, new SearchHit(id, rs.getString(2), rs.getString(3), snippet, -best.getOrDefault(id, new double[] {0, 0})[0]));
                }
            }
        }
        List<SearchHit> out = new ArrayList<>(top.size());
        for (long id : top) if (found.containsKey(id)) out.add(found.get(id));
        return out;
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
        Matches m = new Matches(c, TsQuery.parse(query));
        return m.none ? 0 : m.find(c, 0).total();
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
     */
    private static final class Matches {
        /** The matching one-section articles; "section = 0" as a literal, so the partial GIN index serves it. */
        private static final String WHOLE = """
                SELECT f.article_id AS id FROM article_fts f
                WHERE f.tsv @@ to_tsquery('parallax', ?) AND f.section = 0
                  AND NOT EXISTS (SELECT 1 FROM long_article l WHERE l.id = f.article_id)""";
        /** tsquery text the GIN index answers only with a recheck of each row: phrase operators, weight letters. */
        private static final java.util.regex.Pattern RECHECKED = java.util.regex.Pattern.compile("<|':\\*?[A-D]");
        final String sql;
        final List<String> params = new ArrayList<>();
        final boolean none;
        private final String query;
        private final String formula;

        Matches(Connection c, TsQuery tq) throws SQLException {
            List<TsQuery.Phrase> phrases = tq.phrases();
            String[] texts = new String[phrases.size()];
            for (int i = 0; i < texts.length; i++) texts[i] = TsQuery.render(phrases.get(i));
            Set<String> empty = new java.util.HashSet<>();
            boolean whole;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT x.t, numnode(to_tsquery('parallax', x.t)) FROM unnest(?) AS x(t)
                    UNION ALL SELECT NULL, numnode(to_tsquery('parallax', ?))""")) {
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
                    }
                }
            }
            none = !whole;
            query = tq.text();
            params.add(query); // the first statement's one parameter, then the formula's in order
            formula = formula(tq.root(), empty);
            StringBuilder sb = new StringBuilder(WHOLE);
            if (formula != null) sb.append("\nUNION ALL SELECT l.id FROM long_article l WHERE ").append(formula);
            sql = sb.toString();
        }

        /**
         * How many articles match and the newest {@code window} of them. The count of one-section matches is taken
         * from the partial GIN index with no column of the row asked for, so the server skips reading rows on pages it
         * knows to be all visible; the long articles' section 0 rows are taken off it, and the long articles (few) are
         * matched over their sections. The newest come from the id range where, at the library's density of matches,
         * about 1.2 times {@code window} lie (widened until it holds them): the range is a filter on the index's
         * matches ({@code + 0}), never an ordered walk of the primary key, which would read each row's tsvector.
         */
        Found find(Connection c, int window) throws SQLException {
            if (RECHECKED.matcher(query).find()) return findInOnePass(c, window);
            int whole;
            long maxId;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT (SELECT count(*) FROM article_fts f WHERE f.section = 0 AND f.tsv @@ to_tsquery('parallax', ?))
                        - (SELECT count(*) FROM long_article l JOIN article_fts f ON f.article_id = l.id AND f.section = 0
                           WHERE f.tsv @@ to_tsquery('parallax', ?)),
                        (SELECT coalesce(max(article_id), 0) FROM article_fts)""")) {
                ps.setString(1, query);
                ps.setString(2, query);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    whole = rs.getInt(1);
                    maxId = rs.getLong(2);
                }
            }
            List<Long> longIds = new ArrayList<>();
            if (formula != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT l.id FROM long_article l WHERE " + formula)) {
                    for (int i = 1; i < params.size(); i++) ps.setString(i, params.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) longIds.add(rs.getLong(1));
                    }
                }
            }
            int total = whole + longIds.size();
            if (window <= 0 || total == 0) return new Found(total, List.of());
            long span = total <= window ? maxId : (long) Math.ceil(window * 1.2 * maxId / Math.max(1, whole)) + 64;
            while (true) {
                long lower = Math.max(0, maxId - span);
                List<Long> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("WITH m AS MATERIALIZED (" + WHOLE + " AND f.article_id + 0 > ?)\n"
                        + "SELECT id FROM m ORDER BY id DESC LIMIT ?")) {
                    ps.setString(1, query);
                    ps.setLong(2, lower);
                    ps.setInt(3, window);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(rs.getLong(1));
                    }
                }
                for (long id : longIds) if (id > lower) out.add(id);
                if (out.size() >= window || lower == 0) {
                    out.sort(Comparator.reverseOrder());
                    return new Found(total, out.size() > window ? new ArrayList<>(out.subList(0, window)) : out);
                }
                span *= 2;
            }
        }

        /**
         * As {@link #find}, for a query the index cannot answer alone (a phrase, or a word limited to the title or the
         * body): the server tests each candidate row's tsvector, so the count and the newest are taken in one pass.
         */
        private Found findInOnePass(Connection c, int window) throws SQLException {
            int total;
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("WITH m AS MATERIALIZED (" + WHOLE + ")\n"
                    + "SELECT (SELECT count(*) FROM m), ARRAY(SELECT id FROM m ORDER BY id DESC LIMIT ?)")) {
                ps.setString(1, query);
                ps.setInt(2, Math.max(window, 0));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                    for (Object id : (Object[]) rs.getArray(2).getArray()) out.add(((Number) id).longValue());
                }
            }
            if (formula != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT l.id FROM long_article l WHERE " + formula)) {
                    for (int i = 1; i < params.size(); i++) ps.setString(i, params.get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getLong(1));
                            total++;
                        }
                    }
                }
            }
            out.sort(Comparator.reverseOrder());
            return new Found(total, out.size() > window ? new ArrayList<>(out.subList(0, Math.max(window, 0))) : out);
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
            String left = formula(o.left(), empty);
            String right = formula(o.right(), empty);
            if (right == null) return left;
            if (left == null) return o.op() == '!' ? "NOT " + right : right; // as to_tsquery: 'the & !cat' is '!cat'
            return "(" + left + switch (o.op()) {
                case '&' -> " AND ";
                case '|' -> " OR ";
                default -> " AND NOT ";
            } + right + ")";
        }

        int bind(PreparedStatement ps, int from) throws SQLException {
            int at = from;
            for (String p : params) ps.setString(at++, p);
            return at;
        }
    }
}
