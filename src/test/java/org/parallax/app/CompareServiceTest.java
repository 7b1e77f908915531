package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.parallax.testsupport.TestLibrary;
import org.parallax.compare.SideFacts;
import org.parallax.ingest.ImportResult;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.MentionRepository;
import org.parallax.testsupport.SharedData;

/** Side facts and story versions from a real library holding the sample pair after the NLP queue ran. */
@Tag("contract")
class CompareServiceTest {
    @TempDir
    Path dir;
    AppContext ctx;
    long a, b;

    @BeforeEach
    void setUp() {
        ctx = TestLibrary.context(dir.resolve("library.db"));
        Path samples = SharedData.samples();
        List<Long> ids = ctx.imports().importPaths(List.of(samples.resolve("story1-outlet-a.txt"), samples.resolve("story1-outlet-b.txt")),
                Progress.NONE).results().stream().map(ImportResult::articleId).toList();
        a = ids.get(0);
        b = ids.get(1);
        new NlpService(ctx.database(), ctx.articles(), new SampleRecognizer()).processPending(Progress.NONE);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void factsNameEntitiesCanonicallyAndKeepResolvedDates() {
        SideFacts f = ctx.compare().facts(a);
        // "Christopher A. Landberg" in the text links to the name the pair uses most (issue 15)
        assertEquals(EntityType.PERSON, f.entities().get("Christopher Landberg"), f.entities().toString());
        assertTrue(f.dates().stream().anyMatch(d -> d.text().equals("Last month") && d.range().toString().equals("2023-02")), f.dates().toString());
    }

    @Test
    void rejectedMentionsAreLeftOut() {
        MentionRepository mentions = new MentionRepository(ctx.database());
        Mention reuters = mentions.forArticle(a).stream().filter(m -> m.text().equals("Reuters")).findFirst().orElseThrow();
        assertTrue(ctx.compare().facts(a).entities().containsKey("Reuters"));
        mentions.reject(reuters.id());
        assertFalse(ctx.compare().facts(a).entities().containsKey("Reuters"));
        assertTrue(ctx.compare().highlights(a).stream().noneMatch(h -> h.start() == reuters.start()));
    }

    @Test
    void eachSampleIsTheOtherVersionOfItsStory() {
        List<StoryService.Version> va = ctx.stories().otherVersions(a);
        assertEquals(1, va.size());
        assertEquals(b, va.get(0).article().id());
        assertTrue(va.get(0).similarity() > 0.2, "similarity " + va.get(0).similarity());
        assertEquals(a, ctx.stories().otherVersions(b).get(0).article().id());
        assertTrue(ctx.stories().otherVersions(999).isEmpty());
    }
}
