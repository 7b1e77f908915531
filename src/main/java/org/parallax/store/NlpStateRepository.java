package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;

/**
 * The NLP queue's state per article. Pending is derived, never stored as a list: an article is pending when it has
 * no state, when its state was computed by another pipeline version or with another document date than the
 * article's publication date now, or when it was explicitly marked PENDING. So articles left at exit are found again.
 */
public final class NlpStateRepository {
    private final Database db;

    public NlpStateRepository(Database db) {
        this.db = db;
    }

    /** Ids of the articles the pipeline {@code version} still has to process, oldest first. */
    public List<Long> pending(String version) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT a.id FROM article a LEFT JOIN nlp_state s ON s.article_id = a.id
                    WHERE s.article_id IS NULL OR s.status = 'PENDING' OR s.pipeline_version <> ?
                       OR s.doc_date IS NOT a.published
                    ORDER BY a.id""")) {
                ps.setString(1, version);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    public Optional<NlpState> get(long articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pipeline_version, text_hash, doc_date, status, error, "
                    + "doc_date_missing FROM nlp_state WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    String d = rs.getString(3);
                    return Optional.of(new NlpState(articleId, rs.getString(1), rs.getString(2),
                            d == null ? null : LocalDate.parse(d), StoredEnum.read(NlpStatus.class, rs.getString(4)), rs.getString(5),
                            rs.getInt(6) != 0));
                }
            }
        });
    }

    /** Records the outcome of processing one article (inside the caller's transaction). */
    public void save(Connection c, NlpState s, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO nlp_state (article_id, pipeline_version, "
                + "text_hash, doc_date, doc_date_missing, status, error, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, s.articleId());
            ps.setString(2, s.pipelineVersion());
            ps.setString(3, s.textHash());
            ps.setString(4, s.docDate() == null ? null : s.docDate().toString());
            ps.setInt(5, s.docDateMissing() ? 1 : 0);
            ps.setString(6, s.status().name());
            ps.setString(7, s.error());
            ps.setString(8, at.toString());
            ps.executeUpdate();
        }
    }

    public void save(NlpState s, Instant at) {
        db.write(c -> {
            save(c, s, at);
            return null;
        });
    }

    /** Puts an article back in the queue (for example after the user asked to re-run it). */
    public void markPending(long articleId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_state SET status = 'PENDING' WHERE article_id = ?")) {
                ps.setLong(1, articleId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Articles processed without a document date, whose relative dates stay unresolved until the user sets one. */
    public List<Long> missingDocDate() {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT article_id FROM nlp_state WHERE doc_date_missing = 1 ORDER BY article_id")) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        });
    }

    /** How many articles are in each state; articles never processed are not counted here. */
    public Map<NlpStatus, Integer> counts() {
        return db.read(c -> {
            Map<NlpStatus, Integer> out = new EnumMap<>(NlpStatus.class);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status, count(*) FROM nlp_state GROUP BY status")) {
                while (rs.next()) out.put(StoredEnum.read(NlpStatus.class, rs.getString(1)), rs.getInt(2));
            }
            return out;
        });
    }
}
