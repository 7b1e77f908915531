package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.TextQuote;

/**
 * Puts a new extraction of an article in place of the old one, keeping its id, inside the caller's transaction. What
 * was found automatically in the old text goes (recognised mentions, their events) and the article is queued for
 * recognition again; what the user made is found again by its quote, as {@code reanchor} does: passage notes move to
 * their quote or are kept as orphaned, hand-made and rejected marks and hand-made events' sentences move or go, and a
 * date the user set is kept.
 */
public final class ArticleRewrite {
    /**
     * What a rewrite did: whether the text changed, the notes found again and orphaned, the marks moved and dropped;
     * {@code duplicateOf} is the other article that already has exactly the new text (nothing was changed then).
     */
    public record Outcome(boolean changed, int notesAnchored, int notesOrphaned, int marksMoved, int marksDropped,
                          Long duplicateOf) {
    }

    private ArticleRewrite() {
    }

    static Outcome apply(Connection c, ArticleRepository articles, long id, ArticleDraft draft, String hash,
            ArticleRepository.DeleteHook before) throws SQLException {
        String oldText;
        String oldHash;
        String oldTitle;
        String source;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT text, content_hash, title, published_source FROM article WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new StoreException("There is no article " + id + ".");
                oldText = rs.getString(1);
                oldHash = rs.getString(2);
                oldTitle = rs.getString(3);
                source = rs.getString(4);
            }
        }
        String newText = draft.text();
        if (hash.equals(oldHash) && oldText.equals(newText) && oldTitle.equals(draft.meta().title())
                && sameBlocks(c, id, draft.blocks())) {
            return new Outcome(false, 0, 0, 0, 0, null);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE content_hash = ? AND id <> ?")) {
            ps.setString(1, hash);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) return new Outcome(false, 0, 0, 0, 0, rs.getLong(1));
            }
        }
        before.deleting(c, id);
        updateArticle(c, id, draft, hash, "USER".equals(source));
        articles.writeBlocksAndIndex(c, id, draft);
        int[] marks = moveMarks(c, id, oldText, newText, draft.blocks());
        int[] notes = moveNotes(c, id, newText);
        moveEventSources(c, id, newText);
        moveRejectedSuggestions(c, id, oldText, newText);
        try (PreparedStatement ps = c.prepareStatement("UPDATE nlp_state SET status = 'PENDING', attempts = 0, "
                + "failure_kind = NULL, failure_reason = NULL, retry_after = NULL WHERE article_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return new Outcome(true, notes[0], notes[1], marks[0], marks[1], null);
    }

    private static boolean sameBlocks(Connection c, long id, List<Block> blocks) throws SQLException {
        List<Block> old = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT type, start_off, end_off FROM block WHERE article_id = ? ORDER BY seq")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) old.add(new Block(StoredEnum.read(BlockType.class, rs.getString(1)), rs.getInt(2), rs.getInt(3)));
            }
        }
        return old.equals(blocks);
    }

    private static void updateArticle(Connection c, long id, ArticleDraft draft, String hash, boolean userDate) throws SQLException {
        ArticleMeta m = draft.meta();
        String dates = userDate ? "" : ", published = ?, published_source = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET content_hash = ?, title = ?, title_derived = ?, "
                + "author = ?, outlet = ?, section = ?, url = ?, language = ?, text = ?" + dates + " WHERE id = ?")) {
            int i = 1;
            ps.setString(i++, hash);
            ps.setString(i++, m.title());
            ps.setInt(i++, m.titleDerived() ? 1 : 0);
            ps.setString(i++, m.author());
            ps.setString(i++, m.outlet());
            ps.setString(i++, m.section());
            ps.setString(i++, m.url());
            ps.setString(i++, m.language());
            ps.setString(i++, draft.text());
            if (!userDate) {
                ps.setString(i++, m.published() == null ? null : m.published().toString());
                ps.setString(i++, m.publishedSource().name());
            }
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    /** Drops the recognised mentions (recognition runs again) and moves hand-made and rejected ones by their quote. */
    private static int[] moveMarks(Connection c, long id, String oldText, String newText, List<Block> blocks) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM mention WHERE article_id = ? AND origin = 'AUTO' AND rejected = 0")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        record Mark(long id, int start, int end, String text) {
        }
        List<Mark> marks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, start_off, end_off, text FROM mention WHERE article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) marks.add(new Mark(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
            }
        }
        int moved = 0;
        int dropped = 0;
        for (Mark m : marks) {
            int[] at = relocate(oldText, m.start(), m.end(), newText);
            if (at != null && newText.substring(at[0], at[1]).equals(m.text())) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE mention SET start_off = ?, end_off = ?, block_type = ? WHERE id = ?")) {
                    ps.setInt(1, at[0]);
                    ps.setInt(2, at[1]);
                    Optional<Block> b = Block.at(blocks, at[0]);
                    ps.setString(3, b.map(x -> x.type().name()).orElse(null));
                    ps.setLong(4, m.id());
                    ps.executeUpdate();
                }
                moved++;
            } else {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM mention WHERE id = ?")) {
                    ps.setLong(1, m.id());
                    ps.executeUpdate();
                }
                dropped++;
            }
        }
        return new int[] {moved, dropped};
    }

    /** Where {@code [start, end)} of the old text is in the new one, found by its quote and context; null when gone. */
    private static int[] relocate(String oldText, int start, int end, String newText) {
        if (start < 0 || end > oldText.length() || start >= end) return null;
        return TextQuote.of(oldText, start, end).locate(newText);
    }

    private static int[] moveNotes(Connection c, long id, String newText) throws SQLException {
        record Passage(long id, int start, int end, String quote, String prefix, String suffix) {
        }
        List<Passage> notes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, start_off, end_off, quote, prefix, suffix FROM note "
                + "WHERE article_id = ? AND target = 'PASSAGE' AND quote IS NOT NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notes.add(new Passage(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        int anchored = 0;
        int orphaned = 0;
        for (Passage n : notes) {
            int[] at = new TextQuote(n.quote(), n.prefix(), n.suffix(), n.start(), n.end()).locate(newText);
            if (at == null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE note SET orphaned = 1 WHERE id = ?")) {
                    ps.setLong(1, n.id());
                    ps.executeUpdate();
                }
                orphaned++;
            } else {
                TextQuote q = TextQuote.of(newText, at[0], at[1]);
                try (PreparedStatement ps = c.prepareStatement("UPDATE note SET start_off = ?, end_off = ?, quote = ?, "
                        + "prefix = ?, suffix = ?, orphaned = 0 WHERE id = ?")) {
                    ps.setInt(1, at[0]);
                    ps.setInt(2, at[1]);
                    ps.setString(3, q.exact());
                    ps.setString(4, q.prefix());
                    ps.setString(5, q.suffix());
                    ps.setLong(6, n.id());
                    ps.executeUpdate();
                }
                anchored++;
            }
        }
        return new int[] {anchored, orphaned};
    }

    /** Recognised events lose this article as a source (recognition finds them again); hand-made ones follow their sentence. */
    private static void moveEventSources(Connection c, long id, String newText) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_source WHERE article_id = ? "
                + "AND event_id IN (SELECT id FROM event WHERE origin = 'AUTO')")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        record Source(long eventId, int start, String sentence) {
        }
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event_id, sentence_start, sentence_text FROM event_source WHERE article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sources.add(new Source(rs.getLong(1), rs.getInt(2), rs.getString(3)));
            }
        }
        for (Source s : sources) {
            int at = s.sentence().isEmpty() ? -1 : nearest(newText, s.sentence(), s.start());
            String sql = at < 0 ? "DELETE FROM event_source WHERE event_id = ? AND article_id = ? AND sentence_start = ?"
                    : "UPDATE event_source SET sentence_start = ?, sentence_end = ? WHERE event_id = ? AND article_id = ? AND sentence_start = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (at >= 0) {
                    ps.setInt(i++, at);
                    ps.setInt(i++, at + s.sentence().length());
                }
                ps.setLong(i++, s.eventId());
                ps.setLong(i++, id);
                ps.setInt(i, s.start());
                ps.executeUpdate();
            }
        }
    }

    private static void moveRejectedSuggestions(Connection c, long id, String oldText, String newText) throws SQLException {
        record Rejected(int start, int end, String label) {
        }
        List<Rejected> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start_off, end_off, label FROM suggestion_rejected WHERE article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new Rejected(rs.getInt(1), rs.getInt(2), rs.getString(3)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM suggestion_rejected WHERE article_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO suggestion_rejected (article_id, start_off, end_off, label) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Rejected r : rows) {
                int[] at = relocate(oldText, r.start(), r.end(), newText);
                if (at == null) continue;
                ps.setLong(1, id);
                ps.setInt(2, at[0]);
                ps.setInt(3, at[1]);
                ps.setString(4, r.label());
                ps.executeUpdate();
            }
        }
    }

    /** The occurrence of {@code s} in {@code text} nearest to {@code near}, or -1. */
    private static int nearest(String text, String s, int near) {
        int best = -1;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
        }
        return best;
    }
}
