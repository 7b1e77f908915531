package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportResult;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.testsupport.SharedData;
import org.parallax.testsupport.CliRun;

/**
 * {@code compare} and {@code stories} on the shared sample pair, imported through the real ImportService and run
 * through the NLP queue (with the sample recogniser standing in for CoreNLP), plus one unrelated article.
 */
class CompareCommandsTest {
    @TempDir
    Path dir;
    Path library;
    long a, b, other;

    static Path samples() {
        return SharedData.samples();
    }

    @BeforeEach
    void importSamples() throws Exception {
        library = dir.resolve("library.db");
        Path unrelated = dir.resolve("unrelated.txt");
        java.nio.file.Files.writeString(unrelated, "Harbour bridge opens in Port Elling\n\n"
                + "The new harbour bridge in Port Elling opened on Saturday after four years of building work. "
                + "Minister Jana Novak cut the ribbon while a brass band played.\n\n"
                + "Protesters outside the toll booths said the costs had doubled since the plans were approved.\n");
        try (AppContext ctx = AppContext.open(library)) {
            ImportReport r = ctx.imports().importPaths(List.of(samples().resolve("story1-outlet-a.txt"),
                    samples().resolve("story1-outlet-b.txt"), unrelated), Progress.NONE);
            List<Long> ids = r.results().stream().map(ImportResult::articleId).toList();
            a = ids.get(0);
            b = ids.get(1);
            other = ids.get(2);
            new NlpService(ctx.database(), ctx.articles(), new SampleRecognizer()).processPending(Progress.NONE);
        }
    }

    CliRun cli(String... args) {
        return CliRun.on(library, args);
    }

    private static JsonNode pairWith(JsonNode pairs, String side, String words) {
        for (JsonNode p : pairs) {
            for (JsonNode s : p.get(side)) if (s.get("text").asText().contains(words)) return p;
        }
        return null;
    }

    @Test
    void compareJsonAlignsTheStateDepartmentSentencesAndMarksTheirWordDifferences() throws Exception {
        CliRun r = cli("compare", String.valueOf(a), String.valueOf(b), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(a, j.get("a").get("id").asLong());
        double sim = j.get("similarity").asDouble();
        assertTrue(sim > 0.3 && sim < 1.0, "similarity " + sim);
        JsonNode pairs = j.get("pairs");
        assertEquals(pairs.size(), j.get("alignedPairs").asInt());
        JsonNode chollet = pairWith(pairs, "a", "Chollet");
        assertTrue(chollet != null && chollet.get("b").toString().contains("Chollet"), pairs.toString());
        // offsets point into each article's text
        JsonNode s = chollet.get("a").get(0);
        assertTrue(s.get("end").asInt() > s.get("start").asInt());
        // at least one pair shows a changed word and its words
        boolean changed = false;
        for (JsonNode p : pairs) {
            for (JsonNode d : p.get("diffA")) changed |= d.get("kind").asText().equals("CHANGED") && !d.get("text").asText().isBlank();
        }
        assertTrue(changed, "no changed words in " + pairs);
        // the related-headlines block of outlet A is not part of the comparison
        for (JsonNode u : j.get("uniqueA")) assertFalse(u.get("text").asText().startsWith("More From"), u.toString());
        // entities come from the stored mentions under their canonical names
        List<String> shared = new ArrayList<>();
        j.get("entities").get("shared").forEach(e -> shared.add(e.get("name").asText()));
        assertTrue(shared.stream().anyMatch(n -> n.contains("Chollet")), shared.toString());
        assertTrue(j.get("uniqueA").isArray() && j.get("uniqueB").isArray());
        // "Last month" and "In February" both resolve to 2023-02
        boolean february = false;
        for (JsonNode d : j.get("dates").get("agree")) february |= d.get("a").get("resolved").asText().equals("2023-02");
        assertTrue(february, j.get("dates").toString());
    }

    @Test
    void compareTextMarksChangedWordsForHumans() {
        CliRun r = cli("compare", String.valueOf(a), String.valueOf(b));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Similarity: "), r.out());
        assertTrue(r.out().contains("Aligned sentences that differ:"), r.out());
        assertTrue(r.out().contains("["), "changed words are bracketed: " + r.out());
        assertTrue(r.out().contains("Entities in both: "), r.out());
    }

    @Test
    void compareUnknownArticleExitsOne() {
        CliRun r = cli("compare", String.valueOf(a), "999");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("There is no article 999"), r.err());
    }

    @Test
    void storiesPutTheSamplePairInOneStoryAndLeaveTheUnrelatedArticleOut() throws Exception {
        CliRun r = cli("stories", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode groups = r.json().get("groups");
        assertEquals(1, groups.size(), groups.toString());
        List<Long> members = new ArrayList<>();
        groups.get(0).get("members").forEach(m -> members.add(m.asLong()));
        assertEquals(List.of(a, b), members);
        List<String> fields = new ArrayList<>();
        groups.get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("story", "topic", "members", "articles", "pairs", "thread"), fields, "thread comes last");
        assertTrue(groups.get(0).get("thread").isArray());
        JsonNode pair = groups.get(0).get("pairs").get(0);
        assertTrue(pair.has("score") && !pair.has("similarity"), "a grouping score is not named as the one similarity: " + pair);
        CliRun all = cli("stories", "--json", "--all");
        assertEquals(2, all.json().get("groups").size(), all.out());
        String text = cli("stories").out();
        assertTrue(text.contains("Story ") && text.contains(", 1 story told by more than one article"), "text form lists stories: " + text);
    }

    @Test
    void anEventLinkIsListedAsTheSameEventInOtherWordsWithoutWordDifferences() throws Exception {
        Path fire = dir.resolve("fire-a.txt"), blaze = dir.resolve("fire-b.txt");
        java.nio.file.Files.writeString(fire, "Warehouse fire\n\nA blaze gutted the warehouse.\n\nThe owner said the building was insured.\n");
        java.nio.file.Files.writeString(blaze, "Riverside inferno\n\nThe mayor visited the site on Monday and promised help to the "
                + "neighbours.\n\nAn inferno destroyed the warehouse.\n");
        CliRun imp = cli("import", "--json", fire.toString(), blaze.toString());
        assertEquals(0, imp.code(), imp.err());
        long x = imp.json().get("files").get(0).get("id").asLong(), y = imp.json().get("files").get(1).get("id").asLong();
        CliRun text = cli("compare", String.valueOf(x), String.valueOf(y));
        assertEquals(0, text.code(), text.err());
        String out = text.out();
        int section = out.indexOf("Same event, other words (1):");
        assertTrue(section > 0, out);
        assertTrue(out.indexOf("A blaze gutted the warehouse.", section) > 0 && out.indexOf("An inferno destroyed the warehouse.", section) > 0, out);
        assertFalse(out.contains("[A blaze]") || out.contains("[blaze"), "no word differences are marked on an event link: " + out);
        JsonNode json = cli("compare", "--json", String.valueOf(x), String.valueOf(y)).json();
        JsonNode link = null;
        for (JsonNode p : json.get("pairs")) if (p.get("sameEvent").asBoolean()) link = p;
        assertTrue(link != null, json.toString());
        assertEquals(0, link.get("diffA").size(), link.toString());
        assertEquals(0, link.get("diffB").size(), link.toString());
        assertTrue(link.get("similarity").asDouble() < 0.2 && !link.get("differsInWords").asBoolean(), link.toString());
    }
}
