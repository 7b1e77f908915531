package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.compare.Comparison;
import org.parallax.ingest.ImportResult;
import org.parallax.model.Progress;

/**
 * One similarity figure for two articles (src/site/markdown/compare.md): the reader's "Other versions" list shows,
 * rounded, the similarity the comparison of the same two articles gives, on the real sample pair in a real library.
 */
@Tag("contract")
class OneSimilarityFigureTest {
    @TempDir
    Path dir;

    @Test
    void otherVersionsShowTheComparisonSimilarity() throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        Path samples = Path.of(System.getProperty("parallax.sharedData", "../shared/data")).resolve("samples");
        Files.copy(samples.resolve("story1-outlet-a.txt"), files.resolve("a-outlet-a.txt"));
        Files.copy(samples.resolve("story1-outlet-b.txt"), files.resolve("a-outlet-b.txt"));
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            List<Long> ids = ctx.imports().importPaths(List.of(files), Progress.NONE).results().stream()
                    .map(ImportResult::articleId).toList();
            List<StoryService.Version> versions = ctx.stories().otherVersions(ids.get(0));
            assertFalse(versions.isEmpty(), "the sample pair is one story");
            Comparison c = ctx.compare().compare(ids.get(0), ids.get(1)).orElseThrow().comparison();
            assertEquals(ids.get(1), versions.get(0).article().id());
            assertEquals(Math.round(c.similarity() * 1000) / 1000.0, versions.get(0).similarity(), 1e-9);
            Comparison back = ctx.compare().compare(ids.get(1), ids.get(0)).orElseThrow().comparison();
            assertEquals(c.similarity(), back.similarity(), 0.02, "the figure hardly depends on which article is A");
        }
    }
}
