package org.parallax.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleImage;

/**
 * What was fetched for articles imported from links (migration V009): the page as served, its requested, final and
 * canonical URLs, the fetch time, and the article's content images. An article, its snapshot and its images are
 * stored in one transaction; the canonical URL is unique, so a page already in the library is found again by it.
 * Re-extraction from a snapshot ({@link #rewrite}) lives in {@link ArticleRewrite}.
 */
public final class SnapshotRepository {
    private final Database db;
    private final ArticleRepository articles;

    /** One article's snapshot; {@code html} is the body as served (uncompressed here, gzip-compressed in the table). */
    public record Snapshot(long articleId, String requestedUrl, String finalUrl, String canonicalUrl, Instant fetchedAt,
                           int status, String contentType, String charset, byte[] html) {
    }

    public SnapshotRepository(Database db, ArticleRepository articles) {
        this.db = db;
        this.articles = articles;
    }

    /** The article whose snapshot was requested from, ended at, or is canonically {@code url}. */
    public OptionalLong findByUrl(String url) {
        return db.read(c -> findByUrl(c, url));
    }

    private static OptionalLong findByUrl(Connection c, String url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM web_snapshot WHERE canonical_url = ? "
                + "UNION ALL SELECT article_id FROM web_snapshot WHERE requested_url = ? "
                + "UNION ALL SELECT article_id FROM web_snapshot WHERE final_url = ? LIMIT 1")) {
            ps.setString(1, url);
            ps.setString(2, url);
            ps.setString(3, url);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** The article with this canonical URL or this text, if the library has one. */
    public OptionalLong findExisting(String canonicalUrl, String contentHash) {
        return db.read(c -> findExisting(c, canonicalUrl, contentHash));
    }

    private static OptionalLong findExisting(Connection c, String canonicalUrl, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM web_snapshot WHERE canonical_url = ? "
                + "UNION ALL SELECT id FROM article WHERE content_hash = ? LIMIT 1")) {
            ps.setString(1, canonicalUrl);
            ps.setString(2, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Queues storing a fetched article with its snapshot and images in one transaction that first looks for its
     * canonical URL and its text; returns at once. Like {@link ArticleRepository#storeUnlessPresent}.
     */
    public Future<ArticleRepository.Stored> storeUnlessPresent(ArticleDraft draft, String contentHash, Instant importedAt,
                                                               Snapshot snapshot, List<ArticleImage> images) {
        byte[] gz = gzip(snapshot.html());
        return db.submitWrite(c -> {
            OptionalLong existing = findExisting(c, snapshot.canonicalUrl(), contentHash);
            if (existing.isPresent()) return new ArticleRepository.Stored(existing.getAsLong(), false);
            long id = articles.insert(c, draft, contentHash, importedAt);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO web_snapshot (article_id, requested_url, final_url, canonical_url, fetched_at, status,
                        content_type, charset, html_gzip) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, id);
                ps.setString(2, snapshot.requestedUrl());
                ps.setString(3, snapshot.finalUrl());
                ps.setString(4, snapshot.canonicalUrl());
                ps.setString(5, snapshot.fetchedAt().toString());
                ps.setInt(6, snapshot.status());
                ps.setString(7, snapshot.contentType());
                ps.setString(8, snapshot.charset());
                ps.setBytes(9, gz);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article_image (article_id, seq, url, caption, mime, bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (ArticleImage img : images) {
                    ps.setLong(1, id);
                    ps.setInt(2, seq++);
                    ps.setString(3, img.url());
                    ps.setString(4, img.caption());
                    ps.setString(5, img.mime());
                    ps.setBytes(6, img.bytes());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new ArticleRepository.Stored(id, true);
        });
    }

    public Optional<Snapshot> get(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT requested_url, final_url, canonical_url, fetched_at, status, content_type, charset, html_gzip
                    FROM web_snapshot WHERE article_id = ?""")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new Snapshot(articleId, rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.parse(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getString(7),
                            gunzip(rs.getBytes(8))));
                }
            }
        });
    }

    /** The ids of the articles that have a snapshot, in id order. */
    public List<Long> articleIds() {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT article_id FROM web_snapshot ORDER BY article_id")) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        });
    }

    /** An article's stored images in page order, with their bytes; empty for an article without any. */
    public List<ArticleImage> images(long articleId) {
        return db.read(c -> {
            List<ArticleImage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, url, caption, mime, bytes FROM article_image WHERE article_id = ? ORDER BY seq")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ArticleImage(articleId, rs.getInt(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getBytes(5)));
                    }
                }
            }
            return out;
        });
    }

    /** The URLs of an article's stored images (without their bytes), in page order. */
    public List<String> imageUrls(long articleId) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT url FROM article_image WHERE article_id = ? ORDER BY seq")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Adds images to an article that is already stored, after the ones it has, in one transaction; an image whose URL
     * the article already has (stored before, or earlier in {@code images}) is passed over, so running this twice with
     * the same images adds them once. Returns the images added; nothing is added to an article that no longer exists.
     */
    public List<ArticleImage> addImages(long articleId, List<ArticleImage> images) {
        if (images.isEmpty()) return List.of();
        return db.write(c -> {
            List<ArticleImage> added = new ArrayList<>();
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
                exists.setLong(1, articleId);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) return added;
                }
            }
            Set<String> have = new HashSet<>();
            int seq = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, url FROM article_image WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seq = Math.max(seq, rs.getInt(1) + 1);
                        have.add(rs.getString(2));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article_image (article_id, seq, url, caption, mime, bytes) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ArticleImage img : images) {
                    if (!have.add(img.url())) continue;
                    ps.setLong(1, articleId);
                    ps.setInt(2, seq);
                    ps.setString(3, img.url());
                    ps.setString(4, img.caption());
                    ps.setString(5, img.mime());
                    ps.setBytes(6, img.bytes());
                    ps.executeUpdate();
                    added.add(new ArticleImage(articleId, seq++, img.url(), img.caption(), img.mime(), img.bytes()));
                }
            }
            return added;
        });
    }

    /**
     * Replaces an article's text, title and blocks with a new extraction of its snapshot in one transaction, keeping
     * its id; see {@link ArticleRewrite} for what happens to what hangs off the old text. {@code before} runs inside the
     * transaction when the text changes (the story index forgets the article, to place it again at its next question).
     */
    public ArticleRewrite.Outcome rewrite(long articleId, ArticleDraft draft, String contentHash, ArticleRepository.DeleteHook before) {
        return db.write(c -> ArticleRewrite.apply(c, articles, articleId, draft, contentHash, before));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StoreException("A stored web snapshot is damaged: " + e.getMessage(), e);
        }
    }
}
