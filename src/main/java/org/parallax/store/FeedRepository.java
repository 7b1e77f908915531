package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Feed subscriptions (migration V010) and the entries each feed has shown. An entry is known by its guid when it has
 * one, else by its link, so an entry whose link changes is still the entry already seen; the article it became is
 * kept beside it and unread entries (imported, not yet read) give a feed's unread count.
 */
public final class FeedRepository {
    private static final String COLUMNS = "f.id, f.url, f.title, f.site_url, f.etag, f.last_modified, f.refreshed_at, f.last_error, "
            + "(SELECT COUNT(*) FROM feed_entry e WHERE e.feed_id = f.id AND e.article_id IS NOT NULL AND e.read_at IS NULL)";

    /** One subscription as stored; every field but {@code id} and {@code url} may be null ({@code unread} is a count). */
    public record Feed(long id, String url, String title, String siteUrl, String etag, String lastModified,
                       Instant refreshedAt, String lastError, int unread) {
    }

    /** The keys of the entries a feed has shown: guids (with the link last seen), and the links of entries without one. */
    public record Seen(Map<String, String> guids, Set<String> links) {
        /** Whether an entry with this guid (or, without one, this link) was seen before. */
        public boolean contains(String guid, String link) {
            return guid != null ? guids.containsKey(guid) : link != null && links.contains(link);
        }
    }

    private final Database db;

    public FeedRepository(Database db) {
        this.db = db;
    }

    /** Subscribes to {@code url}; a URL already subscribed keeps its row, which is returned. */
    public Feed add(String url, String title, String siteUrl, Instant at) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO feed (url, title, site_url, added_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING")) {
                ps.setString(1, url);
                ps.setString(2, title);
                ps.setString(3, siteUrl);
                ps.setString(4, at.toString());
                ps.executeUpdate();
            }
            return query(c, "WHERE f.url = ?", url).get(0);
        });
    }

    public Optional<Feed> findByUrl(String url) {
        return db.read(c -> query(c, "WHERE f.url = ?", url).stream().findFirst());
    }

    public Optional<Feed> get(long id) {
        return db.read(c -> query(c, "WHERE f.id = ?", id).stream().findFirst());
    }

    /** Every subscription, in the order added. */
    public List<Feed> list() {
        return db.read(c -> query(c, "ORDER BY f.id"));
    }

    /** Unsubscribes; the articles its entries became stay in the library. False when there was no such feed. */
    public boolean remove(long id) {
        return db.write(c -> update(c, "DELETE FROM feed WHERE id = ?", id) > 0);
    }

    /** A fetch that worked (304 included): the feed's validators and names as now known, and no error. */
    public void refreshed(long id, String title, String siteUrl, String etag, String lastModified, Instant at) {
        db.write(c -> update(c, "UPDATE feed SET title = COALESCE(?, title), site_url = COALESCE(?, site_url), etag = ?, "
                + "last_modified = ?, refreshed_at = ?, last_error = NULL WHERE id = ?", title, siteUrl, etag, lastModified, at.toString(), id));
    }

    /** A fetch or parse that failed: the one-line reason is kept until a refresh works. */
    public void failed(long id, String error, Instant at) {
        db.write(c -> update(c, "UPDATE feed SET last_error = ?, refreshed_at = ? WHERE id = ?", error, at.toString(), id));
    }

    public Seen seen(long feedId) {
        return db.read(c -> {
            Map<String, String> guids = new HashMap<>();
            Set<String> links = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT guid, link FROM feed_entry WHERE feed_id = ?")) {
                ps.setLong(1, feedId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString(1) != null) guids.put(rs.getString(1), rs.getString(2));
                        else links.add(rs.getString(2));
                    }
                }
            }
            return new Seen(guids, links);
        });
    }

    /**
     * Records an entry as seen with the article it became (null when none); seen again under the same guid, its link
     * is brought up to date and the first article kept.
     */
    public void markSeen(long feedId, String guid, String link, Long articleId, Instant at) {
        if (guid == null && link == null) throw new IllegalArgumentException("an entry needs a guid or a link");
        db.write(c -> update(c, guid != null
                ? "INSERT INTO feed_entry (feed_id, guid, link, article_id, first_seen) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (feed_id, guid) WHERE guid IS NOT NULL DO UPDATE SET link = excluded.link, "
                        + "article_id = COALESCE(feed_entry.article_id, excluded.article_id)"
                : "INSERT INTO feed_entry (feed_id, guid, link, article_id, first_seen) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (feed_id, link) WHERE guid IS NULL DO UPDATE SET "
                        + "article_id = COALESCE(feed_entry.article_id, excluded.article_id)",
                feedId, guid, link, articleId, at.toString()));
    }

    /** Brings the link of an entry seen before (known by its guid) up to date. */
    public void relink(long feedId, String guid, String link) {
        db.write(c -> update(c, "UPDATE feed_entry SET link = ? WHERE feed_id = ? AND guid = ?", link, feedId, guid));
    }

    /** How many entries of the feed were recorded, imported or not. */
    public int entryCount(long feedId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM feed_entry WHERE feed_id = ?")) {
                ps.setLong(1, feedId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** The ids of the articles a feed's entries became, newest entry first (the window filters its list by them). */
    public List<Long> articleIds(long feedId) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM feed_entry WHERE feed_id = ? "
                    + "AND article_id IS NOT NULL ORDER BY first_seen DESC, id DESC")) {
                ps.setLong(1, feedId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /**
     * Marks every unread entry that became {@code articleId} as read at {@code at} (the article was opened); returns how
     * many entries that were unread are now read, 0 when the article came from no feed or was read before.
     */
    public int markRead(long articleId, Instant at) {
        return db.write(c -> update(c, "UPDATE feed_entry SET read_at = ? WHERE article_id = ? AND read_at IS NULL",
                at.toString(), articleId));
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            return ps.executeUpdate();
        }
    }

    private static List<Feed> query(Connection c, String tail, Object... args) throws SQLException {
        List<Feed> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM feed f " + tail)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String refreshed = rs.getString(7);
                    out.add(new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), refreshed == null ? null : Instant.parse(refreshed), rs.getString(8), rs.getInt(9)));
                }
            }
        }
        return out;
    }
}
