package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Long bodies in bounded sections (migration V008), so a search hit's snippet costs the same whatever the article's
 * size: FTS5's {@code snippet()} reads and scores the whole row, which takes minutes for a 19 MB article and a common
 * word. {@code article_fts} still finds and ranks every article; for a long one the snippet comes from its first
 * section that matches the query. Sections end at whitespace, so no word is cut.
 */
final class ArticleSections {
    /** Bodies longer than this many characters are sectioned (the migration's threshold too). */
    static final int LONG_BODY = 32_768;
    /** About this many characters per section. */
    static final int SECTION = 8_192;
    /** Section rowids are {@code articleId * SPAN + n}; an article has at most SPAN sections (far above 20 MB). */
    static final long SPAN = 1L << 20;
    /** Characters of a long body shown when no section matches the query alone (its terms are in different ones). */
    private static final int FALLBACK = 160;

    private ArticleSections() {
    }

    static boolean isLong(String body) {
        return body != null && body.length() > LONG_BODY;
    }

    /** Writes the sections of a long body and marks the article sectioned, inside the caller's transaction. */
    static void store(Connection c, long articleId, String body) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_section_fts WHERE rowid BETWEEN ? AND ?")) {
            del.setLong(1, articleId * SPAN);
            del.setLong(2, articleId * SPAN + SPAN - 1);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_section_fts (rowid, title, body) VALUES (?, '', ?)")) {
            long n = 0;
            for (int start = 0; start < body.length() && n < SPAN; n++) {
                int end = end(body, start);
                ps.setLong(1, articleId * SPAN + n);
                ps.setString(2, body.substring(start, end));
                ps.addBatch();
                start = end;
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO long_article (id, sectioned) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET sectioned = 1")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    /** Removes an article's sections and its {@code long_article} row, inside the caller's transaction. */
    static void forget(Connection c, long articleId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM article_section_fts WHERE rowid BETWEEN ? AND ?")) {
            del.setLong(1, articleId * SPAN);
            del.setLong(2, articleId * SPAN + SPAN - 1);
            del.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM long_article WHERE id = ?")) {
            del.setLong(1, articleId);
            del.executeUpdate();
        }
    }

    /** Sections an article listed in {@code long_article} but not sectioned yet (one stored before schema 8). */
    static void sectionStored(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT f.body FROM long_article l JOIN article_fts f ON f.rowid = l.id WHERE l.id = ? AND l.sectioned = 0""")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) store(c, articleId, rs.getString(1));
            }
        }
    }

    /** Where the section starting at {@code start} ends: at whitespace at or after {@code SECTION} characters. */
    static int end(String body, int start) {
        int target = start + SECTION;
        if (target >= body.length()) return body.length();
        int limit = Math.min(body.length(), target + 1024);
        for (int i = target; i < limit; i++) {
            if (Character.isWhitespace(body.charAt(i))) return i;
        }
        return target; // a run of 1,000 characters without a space: cut there
    }

    /**
     * The snippet of a sectioned article: FTS5's snippet of its first section matching {@code match}, or the start
     * of its body when no section matches alone.
     */
    static String snippet(Connection c, String match, long articleId, int tokens) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT snippet(article_section_fts, 1, char(2), char(3), '…', ?) FROM article_section_fts
                WHERE article_section_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT 1""")) {
            ps.setInt(1, tokens);
            ps.setString(2, match);
            ps.setLong(3, articleId * SPAN);
            ps.setLong(4, articleId * SPAN + SPAN - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return rs.getString(1);
            }
        }
        return opening(c, articleId);
    }

    /** The first words of an article's indexed body (from its first section when it has them), cut at a space. */
    static String opening(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT substr(body, 1, ?) FROM article_section_fts WHERE rowid = ?
                UNION ALL SELECT substr(body, 1, ?) FROM article_fts WHERE rowid = ? LIMIT 1""")) {
            ps.setInt(1, FALLBACK + 1);
            ps.setLong(2, articleId * SPAN);
            ps.setInt(3, FALLBACK + 1);
            ps.setLong(4, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) return "";
                String s = rs.getString(1);
                if (s.length() <= FALLBACK) return s;
                int cut = s.lastIndexOf(' ', FALLBACK);
                return s.substring(0, cut > 0 ? cut : FALLBACK) + "…";
            }
        }
    }
}
