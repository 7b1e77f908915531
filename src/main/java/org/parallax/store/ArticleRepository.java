package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.RecognitionLanguage;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchPage;

/** Articles, their blocks and the full-text index. Each insert is one transaction: the whole article or nothing. */
public final class ArticleRepository {
    private static final String SUMMARY_COLUMNS = "id, title, outlet, published, published_source, author";

    private final Database db;
    private final List<DeleteHook> deleteHooks = new CopyOnWriteArrayList<>();
    /** Long articles stored before schema 8 whose sections are being written. */
    private final Set<Long> sectioning = ConcurrentHashMap.newKeySet();
    /** Whether the library has schema 8's long_article table (once seen, it stays). */
    private volatile boolean sectionsTable;

    /** Told of each delete inside its transaction, before the row goes, so what is derived from the article goes with it. */
    public interface DeleteHook {
        void deleting(Connection c, long articleId) throws SQLException;
    }

    public ArticleRepository(Database db) {
        this.db = db;
    }

    /** Stores a parsed article with its blocks and search row in one transaction and returns its id. */
    public long insert(ArticleDraft draft, String contentHash, Instant importedAt) {
        return db.write(c -> insert(c, draft, contentHash, importedAt));
    }

    /** Inserts inside a transaction the caller already holds (for batch imports on the writer thread). */
    public long insert(Connection c, ArticleDraft draft, String contentHash, Instant importedAt) throws SQLException {
        ArticleMeta m = draft.meta();
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article (content_hash, title, title_derived, author, outlet, section, url, published,
                    published_source, dateline, source_path, format, language, imported_at, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, contentHash);
            ps.setString(2, m.title());
            ps.setInt(3, m.titleDerived() ? 1 : 0);
            ps.setString(4, m.author());
            ps.setString(5, m.outlet());
            ps.setString(6, m.section());
            ps.setString(7, m.url());
            setDate(ps, 8, m.published());
            ps.setString(9, m.publishedSource().name());
            ps.setString(10, m.dateline());
            ps.setString(11, m.sourcePath());
            ps.setString(12, m.format());
            ps.setString(13, m.language());
            ps.setString(14, importedAt.toString());
            ps.setString(15, draft.text());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeBlocksAndIndex(c, id, draft);
        return id;
    }

    /**
     * Writes an article's blocks, its search row and (for a long body) its search sections, replacing what the
     * article had: the one place that indexes a text, for a new article and for one extracted again.
     */
    void writeBlocksAndIndex(Connection c, long id, ArticleDraft draft) throws SQLException {
        boolean server = db.engine() == Database.Engine.POSTGRESQL;
        for (String sql : server ? List.of("DELETE FROM block WHERE article_id = ?")
                : List.of("DELETE FROM block WHERE article_id = ?", "DELETE FROM article_fts WHERE rowid = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO block (article_id, seq, type, start_off, end_off) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Block b : draft.blocks()) {
                ps.setLong(1, id);
                ps.setInt(2, seq++);
                ps.setString(3, b.type().name());
                ps.setInt(4, b.start());
                ps.setInt(5, b.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (server) {
            // the server's own text search, in sections (PostgresSearch); long_article lists the multi-section ones
            PostgresSearch.indexArticle(c, id, draft.meta().title(), draft.bodyText());
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, draft.meta().title());
            ps.setString(3, draft.bodyText());
            ps.executeUpdate();
        }
        if (!hasSections(c)) return;
        if (ArticleSections.isLong(draft.bodyText())) {
            ArticleSections.store(c, id, draft.bodyText());
        } else {
            ArticleSections.forget(c, id); // extracted again shorter: no sections left to answer for it
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.VARCHAR);
        else ps.setString(i, d.toString());
    }

    public OptionalLong findByHash(String contentHash) {
        return db.read(c -> findByHash(c, contentHash));
    }

    private static OptionalLong findByHash(Connection c, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE content_hash = ?")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** What {@link #storeUnlessPresent} did: stored the article as {@code id}, or found its text stored as {@code id}. */
    public record Stored(long id, boolean isNew) {
    }

    /**
     * Queues storing an article on the writer thread in one transaction that first looks for its text, and returns at
     * once. Queued writes run in order, so each sees the ones queued before it.
     */
    public Future<Stored> storeUnlessPresent(ArticleDraft draft, String contentHash, Instant importedAt) {
        return db.submitWrite(c -> {
            OptionalLong existing = findByHash(c, contentHash);
            if (existing.isPresent()) return new Stored(existing.getAsLong(), false);
            return new Stored(insert(c, draft, contentHash, importedAt), true);
        });
    }

    public Optional<Article> get(long id) {
        return Optional.ofNullable(get(List.of(id)).get(id));
    }

    /**
     * {@link #get(long)} of several articles: two statements per 500 ids, not two per article (a story placement reads
     * its neighbourhood, a dozen articles or more). An id that no longer exists is left out; the map keeps the ids' order.
     */
    public Map<Long, Article> get(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        if (all.isEmpty()) return Map.of();
        return db.read(c -> {
            Map<Long, Article> rows = new HashMap<>();
            Map<Long, List<Block>> blocks = new HashMap<>();
            for (List<Long> chunk : SqlLists.chunks(all)) {
                String in = " IN (" + SqlLists.marks(chunk.size()) + ")";
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM article WHERE id" + in)) {
                    SqlLists.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong("id");
                            rows.put(id, new Article(id, meta(rs), rs.getString("text"), List.of(), rs.getString("content_hash"),
                                    Instant.parse(rs.getString("imported_at"))));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT article_id, type, start_off, end_off FROM block WHERE article_id" + in + " ORDER BY article_id, seq")) {
                    SqlLists.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            blocks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new Block(StoredEnum.read(BlockType.class, rs.getString(2)), rs.getInt(3), rs.getInt(4)));
                        }
                    }
                }
            }
            Map<Long, Article> out = new LinkedHashMap<>();
            for (long id : all) {
                Article a = rows.get(id);
                if (a != null) out.put(id, new Article(id, a.meta(), a.text(), blocks.getOrDefault(id, List.of()), a.contentHash(), a.importedAt()));
            }
            return out;
        });
    }

    private static ArticleMeta meta(ResultSet rs) throws SQLException {
        return new ArticleMeta(rs.getString("title"), rs.getInt("title_derived") != 0, rs.getString("author"),
                rs.getString("outlet"), rs.getString("section"), rs.getString("url"), date(rs.getString("published")),
                StoredEnum.read(DateSource.class, rs.getString("published_source")), rs.getString("dateline"),
                rs.getString("source_path"), rs.getString("format"), rs.getString("language"));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** All articles, newest publication first, undated last. */
    public List<ArticleSummary> list() {
        return db.read(c -> {
            List<ArticleSummary> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + SUMMARY_COLUMNS
                    + " FROM article ORDER BY published IS NULL, published DESC, id")) {
                while (rs.next()) out.add(summary(rs));
            }
            return out;
        });
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
                StoredEnum.read(DateSource.class, rs.getString(5)), rs.getString(6));
    }

    public int count() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Deletes an article with its blocks and search row; returns false when there was none. */
    public boolean delete(long id) {
        return db.write(c -> {
            for (DeleteHook h : deleteHooks) h.deleting(c, id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Adds a hook run inside each delete's transaction (the story index uses it). */
    public void onDelete(DeleteHook hook) {
        deleteHooks.add(hook);
    }

    /** Sets the publication date and where it came from (for example when the user sets it). */
    public void setPublished(long id, LocalDate date, DateSource source) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE article SET published = ?, published_source = ? WHERE id = ?")) {
                setDate(ps, 1, date);
                ps.setString(2, (date == null ? DateSource.NONE : source).name());
                ps.setLong(3, id);
                if (ps.executeUpdate() == 0) throw new StoreException("There is no article " + id);
            }
            return null;
        });
    }

    /**
     * The language the user said article {@code id} is in for recognition ({@link NlpStateRepository#setRecognitionLanguage}):
     * FROM_TEXT when they said nothing or there is no such article.
     */
    public RecognitionLanguage recognitionLanguage(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT recognise_as FROM article WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    RecognitionLanguage said = rs.next() ? StoredEnum.read(RecognitionLanguage.class, rs.getString(1)) : null;
                    return said == null ? RecognitionLanguage.FROM_TEXT : said;
                }
            }
        });
    }

    /**
     * How many of a query's matches one search ranks at most. bm25 costs about a microsecond per matching article
     * (FTS5 reads each one's column sizes), so a word found in most of a 100,000-article library would take 100 ms to
     * rank in full; beyond this many matches, the most recently imported ones are ranked (FTS5 walks the index newest
     * first and stops), which keeps every query at a few milliseconds. Fewer matches are ranked in full.
     */
    public static final int RANK_WINDOW = 2000;

    /**
     * Full-text search over titles and bodies, best first (bm25, title weighted 5:1), with a snippet per hit.
     *
     * @throws QuerySyntaxException when FTS5 cannot parse the query
     */
    public List<SearchHit> search(String query, int limit) {
        return searchPage(query, limit).hits();
    }

    /**
     * Like {@link #search}, and says whether the query matched more articles than {@link #RANK_WINDOW}, in which case
     * the hits are the best of the newest {@code RANK_WINDOW} matches.
     *
     * @throws QuerySyntaxException when FTS5 cannot parse the query
     */
    public SearchPage searchPage(String query, int limit) {
        return searchPage(query, limit, RANK_WINDOW);
    }

    SearchPage searchPage(String typed, int limit, int window) {
        if (typed == null || typed.isBlank()) return SearchPage.empty();
        String query = CompoundWords.quote(typed);
        if (db.engine() == Database.Engine.POSTGRESQL) return db.read(c -> PostgresSearch.searchPage(c, query, limit, window));
        Set<Long> unsectioned = new HashSet<>();
        SearchPage page = db.read(c -> {
            String match = PrefixExpansion.rewrite(c, query);
            // Step 1: bm25 for at most `window` matches, newest first (FTS5 stops the scan at the LIMIT), and the best
            // `limit` of those, best first. count(*) OVER () says how many were ranked: `window` means there may be more.
            Map<Long, Double> rankOf = new LinkedHashMap<>();
            int ranked = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, r, count(*) OVER () FROM (
                        SELECT rowid AS id, bm25(article_fts, 5.0, 1.0) AS r FROM article_fts
                        WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
                    ORDER BY r, id DESC LIMIT ?""")) {
                ps.setString(1, match);
                ps.setInt(2, window);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rankOf.put(rs.getLong(1), rs.getDouble(2));
                        ranked = rs.getInt(3);
                    }
                }
            }
            // Step 2: title, outlet and snippet for those rows only, in one statement: a prefix query costs its term
            // expansion once per statement. The rowid range lets FTS5 seek; the IN list keeps snippet() to the hits, and
            // its "+" keeps SQLite from handing it to FTS5, which would run the whole query once per listed rowid.
            // A long body (long_article) gets no snippet() here: CASE skips it, and its snippet comes from one section.
            Map<Long, SearchHit> found = new HashMap<>();
            Map<Long, Boolean> longHits = new HashMap<>();
            if (!rankOf.isEmpty()) {
                Set<Long> ids = rankOf.keySet();
                // a library held at an older schema (tests migrate through their own paths) has no long_article
                String longArticles = hasSections(c) ? "long_article" : "(SELECT 0 AS id, 0 AS sectioned WHERE 0)";
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT f.rowid, a.title, a.outlet,
                            CASE WHEN l.id IS NULL THEN snippet(article_fts, -1, char(2), char(3), '…', 16) END, l.sectioned
                        FROM article_fts f CROSS JOIN article a ON a.id = f.rowid LEFT JOIN %s l ON l.id = a.id
                        WHERE article_fts MATCH ? AND f.rowid >= ? AND f.rowid <= ? AND +f.rowid IN (%s)"""
                        .formatted(longArticles, String.join(",", Collections.nCopies(ids.size(), "?"))))) {
                    ps.setString(1, match);
                    ps.setLong(2, Collections.min(ids));
                    ps.setLong(3, Collections.max(ids));
                    int at = 4;
                    for (long id : ids) ps.setLong(at++, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            found.put(id, new SearchHit(id, rs.getString(2), rs.getString(3), rs.getString(4), rankOf.get(id)));
                            int sectioned = rs.getInt(5);
                            if (!rs.wasNull()) longHits.put(id, sectioned != 0);
                        }
                    }
                }
            }
            for (Map.Entry<Long, Boolean> e : longHits.entrySet()) {
                long id = e.getKey();
                SearchHit h = found.get(id);
                String snippet;
                if (e.getValue()) {
                    snippet = ArticleSections.snippet(c, match, id, 16);
                } else {
                    snippet = ArticleSections.opening(c, id);
                    unsectioned.add(id);
                }
                found.put(id, new SearchHit(id, h.title(), h.outlet(), snippet, h.rank()));
            }
            List<SearchHit> out = new ArrayList<>(rankOf.size());
            for (long id : rankOf.keySet()) {
                SearchHit h = found.get(id);
                if (h != null) out.add(h);
            }
            return new SearchPage(out, ranked, ranked >= window, ranked >= window ? matches(c, match) : ranked);
        });
        // a long article stored before schema 8 is sectioned now, off this search, for the next one
        for (long id : unsectioned) {
            if (sectioning.add(id)) db.submitWrite(c -> {
                try {
                    ArticleSections.sectionStored(c, id);
                } finally {
                    sectioning.remove(id);
                }
                return null;
            });
        }
        return page;
    }

    private boolean hasSections(Connection c) throws SQLException {
        if (sectionsTable) return true;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'long_article'");
             ResultSet rs = ps.executeQuery()) {
            sectionsTable = rs.next();
            return sectionsTable;
        }
    }

    /** How many articles a (rewritten) query matches: FTS5 counts its rowids without reading any text. */
    private static int matches(Connection c, String match) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?")) {
            ps.setString(1, match);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
