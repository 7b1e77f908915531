package org.parallax.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.parallax.app.AppContext;
import org.parallax.ingest.ImportService;
import org.parallax.ingest.TextAssembler;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.store.ArticleRepository;

/** Two versions of one story for UI tests, inserted straight into a repository (the importers are elsewhere). */
public final class TestArticles {
    private TestArticles() {
    }

    public static ArticleDraft harbourA() {
        TextAssembler t = new TextAssembler()
                .add(BlockType.BOILERPLATE, "Home | World | Business | Sport")
                .add(BlockType.TITLE, "Minister opens new harbour bridge in Port Elling")
                .add(BlockType.BYLINE, "By Maria Keller")
                .add(BlockType.DATELINE, "PORT ELLING, 4 March —")
                .addSameLine(BlockType.PARAGRAPH, "Transport minister Anna Lindqvist opened the long-delayed harbour "
                        + "bridge on Saturday, three years after construction began and well over budget.")
                .add(BlockType.PARAGRAPH, "Speaking to a crowd of several hundred residents, Lindqvist said the "
                        + "bridge would cut the commute between the old town and the ferry terminal by twenty minutes.")
                .add(BlockType.CAPTION, "The bridge seen from the ferry terminal on Saturday morning.")
                .add(BlockType.HEADING, "Costs questioned")
                .add(BlockType.PARAGRAPH, "The opposition leader, Tomas Berg, called the ceremony a distraction from "
                        + "a budget overrun of 40 million euros and asked the national audit office to investigate.")
                .add(BlockType.PARAGRAPH, "Harbour Authority chairman Jens Holm said the final costs would be "
                        + "published in April, together with the bridge's first traffic figures.")
                .add(BlockType.RELATED, "Ferry strike ends after two weeks\nOld town traffic plan approved");
        return t.build(new ArticleMeta("Minister opens new harbour bridge in Port Elling", false, "Maria Keller",
                "The Coastal Herald", "News", "https://herald.example/bridge", LocalDate.of(2023, 3, 4),
                DateSource.PAGE_METADATA, "PORT ELLING, 4 March", null, "html", "en"));
    }

    public static ArticleDraft harbourB() {
        TextAssembler t = new TextAssembler()
                .add(BlockType.TITLE, "Bridge opening marred by protest over costs")
                .add(BlockType.PARAGRAPH, "Protesters gathered on Saturday as the transport minister cut the ribbon "
                        + "on Port Elling's harbour bridge, a project that ran two years late.")
                .add(BlockType.PARAGRAPH, "Opposition leader Tomas Berg told reporters the overrun showed the "
                        + "government could not manage large projects.");
        return t.build(new ArticleMeta("Bridge opening marred by protest over costs", false, null,
                "Northern Daily", null, null, null, DateSource.NONE, null, null, "plaintext", "en"));
    }

    public static long insert(ArticleRepository repo, ArticleDraft d) {
        return repo.insert(d, ImportService.contentHash(d.text()), Instant.parse("2024-01-01T00:00:00Z"));
    }

    /** Fills a library file with the two test articles: {@code TestArticles path/to/library.db}. */
    public static void main(String[] args) {
        try (AppContext c = AppContext.open(Path.of(args[0]))) {
            insert(c.articles(), harbourA());
            insert(c.articles(), harbourB());
        }
    }
}
