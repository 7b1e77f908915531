package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportResult;
import org.parallax.model.Progress;
import org.parallax.testsupport.CliRun;

/** {@code compare} on two imported reports that disagree on a death toll: the conflict in JSON and in the text output. */
class CompareConflictsCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsTheConflictWithBothValuesAndRangesAfterTheExistingFields() throws Exception {
        Path library = dir.resolve("library.db");
        Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
        Files.writeString(a, "Market bombing in Port Elling\n\nA bomb hit the crowded market of Port Elling on Sunday morning, "
                + "and at least seven people were killed, officials said.\n\nThe police closed every road around the square.\n");
        Files.writeString(b, "Bomb hits Port Elling market\n\nA bomb hit the crowded market of Port Elling on Sunday morning, "
                + "and six people were killed, officials said.\n\nThe police closed every road around the square.\n");
        long ia, ib;
        try (AppContext ctx = AppContext.open(library)) {
            ImportReport r = ctx.imports().importPaths(List.of(a, b), Progress.NONE);
            List<Long> ids = r.results().stream().map(ImportResult::articleId).toList();
            ia = ids.get(0);
            ib = ids.get(1);
        }
        CliRun r = CliRun.on(library, "compare", String.valueOf(ia), String.valueOf(ib), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        List<String> fields = new ArrayList<>();
        j.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("a", "b", "similarity", "alignedPairs", "pairs", "uniqueA", "uniqueB", "entities", "dates", "metadata",
                "conflicts", "factsOnlyA", "factsOnlyB"), fields);
        assertEquals(1, j.get("conflicts").size(), j.get("conflicts").toString());
        JsonNode c = j.get("conflicts").get(0);
        assertEquals("killed", c.get("fact").asText());
        assertEquals("at least seven", c.get("a").get("text").asText());
        assertEquals(">=7", c.get("a").get("normalised").asText());
        assertEquals("six", c.get("b").get("text").asText());
        for (String side : List.of("a", "b")) {
            JsonNode v = c.get(side);
            assertTrue(v.get("sentenceStart").asInt() <= v.get("start").asInt() && v.get("end").asInt() <= v.get("sentenceEnd").asInt(), v.toString());
        }
        CliRun text = CliRun.on(library, "compare", String.valueOf(ia), String.valueOf(ib));
        assertTrue(text.out().contains("Facts in conflict: 1  killed: at least seven / six"), text.out());
    }
}
