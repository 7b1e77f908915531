package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;

class NlpStateRepositoryTest {
    @TempDir
    Path dir;
    private Database db;
    private ArticleRepository articles;
    private NlpStateRepository states;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
        states = new NlpStateRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long article(String text, LocalDate published) {
        ArticleMeta meta = new ArticleMeta(text, false, null, null, null, null, published, null, null, null, "plaintext", "en");
        return articles.insert(new ArticleDraft(meta, text, List.of(new Block(BlockType.PARAGRAPH, 0, text.length()))), text, Instant.EPOCH);
    }

    private void done(long id, String version, LocalDate docDate) {
        states.save(new NlpState(id, version, "h", docDate, NlpStatus.DONE, null, docDate == null), Instant.EPOCH);
    }

    @Test
    void pendingIsDerivedFromVersionAndDocumentDate() {
        LocalDate d = LocalDate.of(2023, 3, 4);
        long a = article("dated", d);
        long b = article("undated", null);
        long c = article("never processed", d);
        done(a, "v1", d);
        done(b, "v1", null);
        assertEquals(List.of(c), states.pending("v1"));
        assertEquals(List.of(a, b, c), states.pending("v2"), "an upgrade re-runs old articles");

        articles.setPublished(b, d, DateSource.USER);
        assertEquals(List.of(b, c), states.pending("v1"), "a date set later makes the article pending");
        articles.setPublished(a, null, DateSource.NONE);
        assertEquals(List.of(a, b, c), states.pending("v1"));
    }

    @Test
    void failedArticlesWaitUntilMarkedPending() {
        long a = article("x", null);
        states.save(new NlpState(a, "v1", "h", null, NlpStatus.FAILED, "boom", true), Instant.EPOCH);
        assertTrue(states.pending("v1").isEmpty());
        assertEquals("boom", states.get(a).orElseThrow().error());
        states.markPending(a);
        assertEquals(List.of(a), states.pending("v1"));
        assertEquals(1, states.counts().get(NlpStatus.PENDING));
    }

    @Test
    void stateGoesWithItsArticle() {
        long a = article("x", null);
        done(a, "v1", null);
        articles.delete(a);
        assertTrue(states.get(a).isEmpty());
    }
}
