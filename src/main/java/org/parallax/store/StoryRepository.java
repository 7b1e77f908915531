package org.parallax.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stored story index (schema 5): each indexed article's story and topic, the scored pairs inside stories, each
 * article's candidate keywords and the library's term counts. Only SQL: what goes in is decided by the app's
 * StoryService. Methods taking a {@link Connection} run inside the caller's transaction.
 */
public final class StoryRepository {

    /** One indexed article with the story and topic it is in, each named by its lowest article id. */
    public record Member(long articleId, long storyId, long topicId) {
    }

    /** Two articles of one story ({@code a < b}) and their similarity. */
    public record Pair(long a, long b, double similarity) {
    }

    private final Database db;

    public StoryRepository(Database db) {
        this.db = db;
    }

    /** Whether the index covers the library (false after a migration of a library that had articles). */
    public boolean built() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT built FROM story_state WHERE id = 1")) {
                return rs.next() && rs.getInt(1) != 0;
            }
        });
    }

    /** Empties the index and marks it unbuilt, inside the caller's transaction (a rebuild fills it again). */
    public void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM story_pair");
            s.execute("DELETE FROM story_key");
            s.execute("DELETE FROM story_member");
            s.execute("DELETE FROM story_term");
            s.execute("UPDATE story_state SET built = 0");
        }
    }

    public void setBuilt(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE story_state SET built = 1");
        }
    }

    /** How many articles the index holds. */
    public int documents(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM story_member")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The library's articles the index does not hold yet (imported since the last story question), by id. */
    public List<Long> unplaced() {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT a.id FROM article a WHERE NOT EXISTS (SELECT 1 FROM story_member m WHERE m.article_id = a.id) "
                            + "ORDER BY a.id")) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        });
    }

    /**
     * Whether the index holds every article of the library: a cheap check for each story question (two counts; every
     * member row belongs to an article and each article has at most one), before {@link #unplaced()} lists the rest.
     */
    public boolean holdsEveryArticle() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT CASE WHEN (SELECT count(*) FROM article) = (SELECT count(*) FROM story_member) THEN 1 ELSE 0 END")) {
                return rs.next() && rs.getInt(1) != 0;
            }
        });
    }

    public boolean indexed(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM story_member WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** How many indexed articles hold each of {@code terms}; terms no article holds are left out. */
    public Map<String, Integer> frequencies(Connection c, Collection<String> terms) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        List<String> all = new ArrayList<>(terms);
        for (List<String> chunk : SqlLists.chunks(all)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT term, df FROM story_term WHERE term IN (" + SqlLists.marks(chunk.size()) + ")")) {
                SqlLists.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** Adds {@code delta} to the count of each term (an article indexed: +1, forgotten: -1); counts of 0 go. */
    public void countTerms(Connection c, Collection<String> terms, int delta) throws SQLException {
        Map<String, Integer> deltas = new HashMap<>();
        for (String t : terms) deltas.merge(t, delta, Integer::sum);
        countTerms(c, deltas);
    }

    /**
     * Adds each term's delta to its count (articles indexed add, forgotten ones take away); counts of 0 go. A batch of
     * placed articles counts its terms in one call, so a term shared by several of them is written once. On a server
     * the whole map is one statement with array parameters: row by row it was about 180 statements per recognised
     * article, a third of a team server's work for each.
     */
    public void countTerms(Connection c, Map<String, Integer> deltas) throws SQLException {
        Map<String, Integer> sorted = new TreeMap<>(deltas); // one row per term, in one order for every writer
        sorted.values().removeIf(d -> d == 0);
        if (sorted.isEmpty()) return;
        String upsert = " ON CONFLICT (term) DO UPDATE SET df = story_term.df + excluded.df";
        if (db.engine() == Database.Engine.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_term (term, df) SELECT * FROM unnest(?::text[], ?::int[])" + upsert)) {
                ps.setArray(1, c.createArrayOf("text", sorted.keySet().toArray()));
                ps.setArray(2, c.createArrayOf("integer", sorted.values().toArray()));
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_term (term, df) VALUES (?, ?)" + upsert)) {
                for (Map.Entry<String, Integer> e : sorted.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setInt(2, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (sorted.values().stream().anyMatch(d -> d < 0)) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM story_term WHERE df <= 0");
            }
        }
    }

    /** Sets the counts of a whole library at once (a rebuild, after {@link #clear}). */
    public void setTermCounts(Connection c, Map<String, Integer> counts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_term (term, df) VALUES (?, ?)")) {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Replaces the candidate keywords of each of {@code articleIds} ({@code keys} in the same order), writing only what
     * changed. A placement rewrites the keys of every article of its neighbourhood (about eight for each new article),
     * and most of them come out as they were: deleting and inserting them all was about 260 rows an article, half of a
     * team server's work per recognised article. Articles deleted meanwhile get no keys.
     */
    public void setKeys(Connection c, List<Long> articleIds, List<? extends Collection<String>> keys) throws SQLException {
        Map<Long, Set<String>> old = new HashMap<>();
        for (List<Long> chunk : SqlLists.chunks(articleIds)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT article_id, term FROM story_key WHERE article_id IN (" + SqlLists.marks(chunk.size()) + ")")) {
                SqlLists.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) old.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<String> delTerms = new ArrayList<>();
        List<Long> delIds = new ArrayList<>();
        List<String> insTerms = new ArrayList<>();
        List<Long> insIds = new ArrayList<>();
        for (int i = 0; i < articleIds.size(); i++) {
            long id = articleIds.get(i);
            Set<String> had = old.getOrDefault(id, Set.of());
            Set<String> want = new HashSet<>(keys.get(i));
            for (String k : had) {
                if (want.contains(k)) continue;
                delTerms.add(k);
                delIds.add(id);
            }
            for (String k : want) {
                if (had.contains(k)) continue;
                insTerms.add(k);
                insIds.add(id);
            }
        }
        if (db.engine() == Database.Engine.POSTGRESQL) {
            // one statement each way, not one per key (see countTerms)
            try (PreparedStatement del = c.prepareStatement("DELETE FROM story_key k USING unnest(?::text[], ?::bigint[]) AS u(term, article_id) "
                    + "WHERE k.term = u.term AND k.article_id = u.article_id");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO story_key (term, article_id) SELECT u.term, u.article_id "
                         + "FROM unnest(?::text[], ?::bigint[]) AS u(term, article_id) WHERE EXISTS (SELECT 1 FROM article WHERE id = u.article_id)")) {
                pairs(c, del, delTerms, delIds);
                pairs(c, ins, insTerms, insIds);
            }
            return;
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM story_key WHERE term = ? AND article_id = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO story_key (term, article_id) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM article WHERE id = ?)")) {
            for (int i = 0; i < delTerms.size(); i++) {
                del.setString(1, delTerms.get(i));
                del.setLong(2, delIds.get(i));
                del.addBatch();
            }
            for (int i = 0; i < insTerms.size(); i++) {
                ins.setString(1, insTerms.get(i));
                ins.setLong(2, insIds.get(i));
                ins.setLong(3, insIds.get(i));
                ins.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    /** Runs a (term, article) array statement on a server, unless there is nothing to write. */
    private static void pairs(Connection c, PreparedStatement ps, List<String> terms, List<Long> ids) throws SQLException {
        if (terms.isEmpty()) return;
        ps.setArray(1, c.createArrayOf("text", terms.toArray()));
        ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
        ps.executeUpdate();
    }

    /**
     * The indexed articles (other than {@code except}) with at least {@code least} keywords among {@code terms}, most
     * shared first, at most {@code max}. Keywords held by more than {@code cap} articles carry no story and are not
     * counted.
     */
    public List<Long> candidates(Collection<String> terms, long except, int least, int cap, int max) {
        return db.read(c -> {
            List<String> rare = new ArrayList<>();
            List<String> all = new ArrayList<>(terms);
            for (List<String> chunk : SqlLists.chunks(all)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT term, count(*) FROM story_key WHERE term IN ("
                        + SqlLists.marks(chunk.size()) + ") GROUP BY term")) {
                    SqlLists.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) if (rs.getInt(2) <= cap) rare.add(rs.getString(1));
                    }
                }
            }
            if (rare.size() < least) return List.<Long>of();
            Map<Long, Integer> shared = new HashMap<>();
            for (List<String> chunk : SqlLists.chunks(rare)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM story_key WHERE term IN (" + SqlLists.marks(chunk.size()) + ")")) {
                    SqlLists.bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) shared.merge(rs.getLong(1), 1, Integer::sum);
                    }
                }
            }
            shared.remove(except);
            return shared.entrySet().stream().filter(e -> e.getValue() >= least)
                    .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(max).map(Map.Entry::getKey).toList();
        });
    }

    /** The articles of the stories of {@code articleIds} (themselves included when indexed), ascending. */
    public List<Long> storyMates(Collection<Long> articleIds) {
        return db.read(c -> storyMates(c, articleIds));
    }

    public List<Long> storyMates(Connection c, Collection<Long> articleIds) throws SQLException {
        List<Long> out = new ArrayList<>();
        List<Long> all = new ArrayList<>(articleIds);
        for (List<Long> chunk : SqlLists.chunks(all)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM story_member WHERE story_id IN "
                    + "(SELECT story_id FROM story_member WHERE article_id IN (" + SqlLists.marks(chunk.size()) + ")) ORDER BY article_id")) {
                SqlLists.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
        }
        return out.stream().distinct().sorted().toList();
    }

    /**
     * The articles of the other stories in the thread (topic) of {@code articleId}, ascending: follow-ups and related
     * events, not versions of its own story. Empty when it is not indexed or its thread is its story alone.
     */
    public List<Long> threadMates(long articleId) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT m.article_id FROM story_member m JOIN story_member me "
                    + "ON me.article_id = ? AND m.topic_id = me.topic_id AND m.story_id <> me.story_id ORDER BY m.article_id")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /**
     * Stores where each of {@code articles} now is ({@code placed}: article id to its story and topic) and the pairs
     * among them, replacing their old pairs. Articles deleted meanwhile are skipped.
     */
    public void place(Connection c, Collection<Member> placed, Collection<Long> articles, Collection<Pair> pairs) throws SQLException {
        if (db.engine() == Database.Engine.POSTGRESQL) {
            placeAtOnce(c, placed, articles, pairs);
            return;
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM story_pair WHERE a = ? OR b = ?")) {
            for (long id : articles) {
                del.setLong(1, id);
                del.setLong(2, id);
                del.addBatch();
            }
            del.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_member (article_id, story_id, topic_id) "
                + "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM article WHERE id = ?) "
                + "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, topic_id = excluded.topic_id")) {
            for (Member m : placed) {
                ps.setLong(1, m.articleId());
                ps.setLong(2, m.storyId());
                ps.setLong(3, m.topicId());
                ps.setLong(4, m.articleId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_pair (a, b, similarity) SELECT ?, ?, ? "
                + "WHERE EXISTS (SELECT 1 FROM article WHERE id = ?) AND EXISTS (SELECT 1 FROM article WHERE id = ?) "
                + "ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity")) {
            for (Pair p : pairs) {
                ps.setLong(1, p.a());
                ps.setLong(2, p.b());
                ps.setDouble(3, p.similarity());
                ps.setLong(4, p.a());
                ps.setLong(5, p.b());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * {@link #place} on a server: three statements with array parameters, not one per article and pair (a placement
     * rewrites its neighbourhood, about eight articles per new one). A later member or pair of the same key wins, as
     * in the batches on a file.
     */
    private static void placeAtOnce(Connection c, Collection<Member> placed, Collection<Long> articles, Collection<Pair> pairs)
            throws SQLException {
        if (!articles.isEmpty()) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM story_pair WHERE a = ANY (?::bigint[]) OR b = ANY (?::bigint[])")) {
                Array ids = c.createArrayOf("bigint", new LinkedHashSet<>(articles).toArray());
                del.setArray(1, ids);
                del.setArray(2, ids);
                del.executeUpdate();
            }
        }
        Map<Long, Member> members = new LinkedHashMap<>();
        for (Member m : placed) members.put(m.articleId(), m);
        if (!members.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_member (article_id, story_id, topic_id) "
                    + "SELECT u.a, u.s, u.t FROM unnest(?::bigint[], ?::bigint[], ?::bigint[]) AS u(a, s, t) "
                    + "WHERE EXISTS (SELECT 1 FROM article WHERE id = u.a) "
                    + "ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, topic_id = excluded.topic_id")) {
                ps.setArray(1, c.createArrayOf("bigint", members.values().stream().map(Member::articleId).toArray()));
                ps.setArray(2, c.createArrayOf("bigint", members.values().stream().map(Member::storyId).toArray()));
                ps.setArray(3, c.createArrayOf("bigint", members.values().stream().map(Member::topicId).toArray()));
                ps.executeUpdate();
            }
        }
        Map<List<Long>, Pair> unique = new LinkedHashMap<>();
        for (Pair p : pairs) unique.put(List.of(p.a(), p.b()), p);
        if (unique.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story_pair (a, b, similarity) "
                + "SELECT u.a, u.b, u.s FROM unnest(?::bigint[], ?::bigint[], ?::float8[]) AS u(a, b, s) "
                + "WHERE EXISTS (SELECT 1 FROM article WHERE id = u.a) AND EXISTS (SELECT 1 FROM article WHERE id = u.b) "
                + "ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity")) {
            ps.setArray(1, c.createArrayOf("bigint", unique.values().stream().map(Pair::a).toArray()));
            ps.setArray(2, c.createArrayOf("bigint", unique.values().stream().map(Pair::b).toArray()));
            ps.setArray(3, c.createArrayOf("float8", unique.values().stream().map(Pair::similarity).toArray()));
            ps.executeUpdate();
        }
    }

    /** Removes an article from the index (its place, pairs and keywords); term counts are the caller's. */
    public void forget(Connection c, long articleId) throws SQLException {
        for (String sql : List.of("DELETE FROM story_pair WHERE a = ? OR b = ?", "DELETE FROM story_key WHERE article_id = ?",
                "DELETE FROM story_member WHERE article_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, articleId);
                if (sql.contains(" OR ")) ps.setLong(2, articleId);
                ps.executeUpdate();
            }
        }
    }

    /** Every indexed article with its story and topic. */
    public List<Member> members() {
        return db.read(c -> {
            List<Member> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT article_id, story_id, topic_id FROM story_member")) {
                while (rs.next()) out.add(new Member(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
            }
            return out;
        });
    }

    /** Every stored pair, best first. */
    public List<Pair> pairs() {
        return db.read(c -> {
            List<Pair> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT a, b, similarity FROM story_pair ORDER BY similarity DESC, a, b")) {
                while (rs.next()) out.add(new Pair(rs.getLong(1), rs.getLong(2), rs.getDouble(3)));
            }
            return out;
        });
    }

    /** The stored pairs of one article. */
    public List<Pair> pairsOf(long articleId) {
        return db.read(c -> {
            List<Pair> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a, b, similarity FROM story_pair WHERE a = ? OR b = ?")) {
                ps.setLong(1, articleId);
                ps.setLong(2, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Pair(rs.getLong(1), rs.getLong(2), rs.getDouble(3)));
                }
            }
            return out;
        });
    }
}
