package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.compare.SideFacts;
import org.parallax.compare.StoryDoc;
import org.parallax.compare.StoryGroup;
import org.parallax.compare.StoryGrouper;
import org.parallax.ingest.ImportResult;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleRecognizer;

/**
 * The stored story index over a real SQLite library of real news (the sample pair and four ECB+ topics, imported as
 * files): imports, deletes and NLP results keep it equal to a from-scratch grouping of the same articles, and a library
 * opened again answers from the stored rows instead of regrouping.
 */
@Tag("contract")
class StoryIndexTest {
    @TempDir
    Path dir;
    Path files;

    @BeforeEach
    void writeFiles() throws IOException {
        files = Files.createDirectories(dir.resolve("files"));
        Path samples = Path.of(System.getProperty("parallax.sharedData", "../shared/data")).resolve("samples");
        Files.copy(samples.resolve("story1-outlet-a.txt"), files.resolve("a-outlet-a.txt"));
        Files.copy(samples.resolve("story1-outlet-b.txt"), files.resolve("a-outlet-b.txt"));
        int n = 0;
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
            // four topics (each two events of one kind), a dozen reports of each: near and far misses for the grouper
            if (d.topic() > 4) break;
            if (n++ % 2 != 0) continue;
            Files.writeString(files.resolve("ecb-" + d.name() + ".txt"), d.article().text());
        }
    }

    /** The stories as sets of article ids: what the index stores. */
    private static Set<Set<Long>> partition(List<StoryGroup> stories) {
        Set<Set<Long>> out = new HashSet<>();
        for (StoryGroup g : stories) out.add(new TreeSet<>(g.members()));
        return out;
    }

    /** Groups every article of the library from scratch, by the rule the index uses (NLP facts once there are any). */
    private static Set<Set<Long>> fresh(AppContext ctx) {
        List<StoryDoc> docs = new ArrayList<>();
        for (ArticleSummary s : ctx.articles().list()) {
            Article a = ctx.articles().get(s.id()).orElseThrow();
            SideFacts f = ctx.compare().facts(a.id());
            docs.add(f.entities().isEmpty() && f.dates().isEmpty() ? StoryDoc.of(a) : StoryDoc.of(a, f));
        }
        return partition(new StoryGrouper().group(docs).stories());
    }

    private static long multiStories(Set<Set<Long>> p) {
        return p.stream().filter(s -> s.size() > 1).count();
    }

    @Test
    void importsDeletesAndNlpResultsKeepTheIndexEqualToAFreshGrouping() {
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            List<Long> ids = ctx.imports().importPaths(List.of(files), Progress.NONE).results().stream()
                    .map(ImportResult::articleId).toList();
            assertTrue(ctx.stories().built());
            Set<Set<Long>> afterImport = partition(ctx.stories().stories().stories());
            assertEquals(fresh(ctx), afterImport);
            assertTrue(multiStories(afterImport) >= 3, "real stories were found: " + afterImport);
            assertTrue(afterImport.contains(Set.of(ids.get(0), ids.get(1))), "the sample pair is one story: " + afterImport);

            // delete one article of a story of three or more, and one of the sample pair
            Set<Long> big = afterImport.stream().filter(s -> s.size() >= 3)
                    .min(java.util.Comparator.comparing((Set<Long> s) -> s.iterator().next())).orElseThrow();
            long gone = big.iterator().next();
            assertTrue(ctx.articles().delete(gone));
            // a story that loses a member may join a neighbour: the regroup reaches the neighbours too
            assertEquals(fresh(ctx), partition(ctx.stories().stories().stories()));
            assertTrue(ctx.articles().delete(ids.get(1)));
            Set<Set<Long>> afterDelete = partition(ctx.stories().stories().stories());
            assertEquals(fresh(ctx), afterDelete);
            assertTrue(afterDelete.stream().noneMatch(s -> s.contains(gone)));
            assertEquals(Set.of(ids.get(0)), ctx.stories().storyOf(ids.get(0)), "the sample left alone stands alone");

            // entities and dates from the NLP queue move articles through the same index
            NlpService nlp = new NlpService(ctx.database(), ctx.articles(), new SampleRecognizer());
            nlp.onStored(id -> ctx.stories().nlpChanged(List.of(id)));
            nlp.processPending(Progress.NONE);
            assertFalse(ctx.compare().facts(ids.get(0)).entities().isEmpty());
            assertEquals(fresh(ctx), partition(ctx.stories().stories().stories()));

            // and an article imported after all that joins its story again
            ctx.imports().importPaths(List.of(files.resolve("a-outlet-b.txt")), Progress.NONE);
            assertEquals(fresh(ctx), partition(ctx.stories().stories().stories()));
            assertEquals(2, ctx.stories().storyOf(ids.get(0)).size());
            assertEquals(1, ctx.stories().otherVersions(ids.get(0)).size());
        }
    }

    @Test
    void aRecognitionRunPlacesItsArticlesInOneBatchAndBorrowedDatesStay() {
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            List<Long> ids = ctx.imports().importPaths(List.of(files), Progress.NONE).results().stream()
                    .map(ImportResult::articleId).toList();
            assertEquals(fresh(ctx), partition(ctx.stories().stories().stories()), "placed on the first question");
            assertEquals(null, ctx.articles().get(ids.get(1)).orElseThrow().meta().published(), "outlet B is undated");

            NlpService nlp = new NlpService(ctx.database(), ctx.articles(), new SampleRecognizer());
            List<Long> stored = new ArrayList<>();
            List<List<Long>> batches = new ArrayList<>();
            nlp.onStored(stored::add);
            nlp.onBatchStored(batch -> {
                batches.add(batch);
                ctx.stories().nlpChanged(batch);
            });
            NlpService.Summary run = nlp.processPending(Progress.NONE);

            assertTrue(ids.size() > 20 && ids.size() < NlpService.BATCH, "one batch's worth: " + ids.size());
            assertEquals(ids.size(), run.processed());
            assertEquals(List.of(stored), batches, "every stored article is placed, all in one regrouping at the run's end");
            assertEquals(fresh(ctx), partition(ctx.stories().stories().stories()), "and the index is a fresh grouping of the NLP facts");
            // outlet B borrowed outlet A's date at the run's start, before recognition, and keeps it
            Article b = ctx.articles().get(ids.get(1)).orElseThrow();
            assertEquals(1, run.datesBorrowed());
            assertEquals(java.time.LocalDate.of(2023, 3, 4), b.meta().published());
            assertEquals(org.parallax.model.DateSource.SAME_STORY, b.meta().publishedSource());
            assertEquals(java.time.LocalDate.of(2023, 3, 4), nlp.states().get(ids.get(1)).orElseThrow().docDate());
            assertEquals(2, ctx.stories().storyOf(ids.get(0)).size(), "the sample pair stays one story");
        }
    }

    /** How many articles the stored index holds. */
    private static int placed(AppContext ctx) {
        return ctx.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM story_member")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }

    @Test
    void anImportIsPlacedAtTheNextStoryQuestionNotDuringTheImport() throws IOException {
        List<Path> some;
        try (var list = Files.list(files)) {
            some = list.sorted().limit(12).toList();
        }
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            ctx.imports().importPaths(some, Progress.NONE);
            assertEquals(0, placed(ctx), "an import stores the article only: placing it costs a hundred times more");
            Set<Set<Long>> stories = partition(ctx.stories().stories().stories());
            assertEquals(12, placed(ctx), "the first question placed every waiting article, one at a time");
            assertEquals(fresh(ctx), stories);
        }
    }

    @Test
    void aLibraryOpenedAgainAnswersFromTheStoredIndex() throws Exception {
        long a, b;
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            List<Long> ids = ctx.imports().importPaths(List.of(files.resolve("a-outlet-a.txt"), files.resolve("a-outlet-b.txt")),
                    Progress.NONE).results().stream().map(ImportResult::articleId).toList();
            a = ids.get(0);
            b = ids.get(1);
            assertEquals(Set.of(a, b), ctx.stories().storyOf(a));
            // the stored rows say otherwise: a regrouping would put the pair together again, a read cannot
            ctx.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("UPDATE story_member SET story_id = article_id");
                }
                return null;
            });
        }
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            assertEquals(Set.of(a), ctx.stories().storyOf(a));
            assertTrue(ctx.stories().otherVersions(a).isEmpty());
            assertEquals(2, ctx.stories().stories().stories().size());
        }
    }

    @Test
    void aLibraryFromBeforeTheIndexIsIndexedOnceOnItsFirstQuestion() throws Exception {
        long a, b;
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            List<Long> ids = ctx.imports().importPaths(List.of(files), Progress.NONE).results().stream()
                    .map(ImportResult::articleId).toList();
            a = ids.get(0);
            b = ids.get(1);
            // as schema 5 finds a library that had articles: empty and not built
            ctx.database().write(c -> {
                new org.parallax.store.StoryRepository(ctx.database()).clear(c);
                return null;
            });
            assertFalse(ctx.stories().built());
        }
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            assertFalse(ctx.stories().built());
            assertEquals(Set.of(a, b), ctx.stories().storyOf(a));
            assertTrue(ctx.stories().built());
            assertEquals(fresh(ctx), partition(ctx.stories().stories().stories()));
        }
    }

    /** The stories of a library as sets of article texts, which do not depend on the ids an import order gives. */
    private static Set<Set<String>> byText(AppContext ctx) {
        Set<Set<String>> out = new HashSet<>();
        for (StoryGroup g : ctx.stories().stories().stories()) {
            Set<String> texts = new HashSet<>();
            for (long id : g.members()) texts.add(ctx.articles().get(id).orElseThrow().text());
            out.add(texts);
        }
        return out;
    }

    @Test
    void theSameLibraryGivesTheSameStoriesWhateverTheImportOrder() throws IOException {
        List<Path> all;
        try (var list = Files.list(files)) {
            all = list.sorted().toList();
        }
        List<Path> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        Set<Set<String>> forward, backward;
        try (AppContext ctx = TestLibrary.context(dir.resolve("forward.db"))) {
            for (Path p : all) ctx.imports().importPaths(List.of(p), Progress.NONE);
            ctx.stories().rebuild(Progress.NONE);
            forward = byText(ctx);
        }
        try (AppContext ctx = TestLibrary.context(dir.resolve("backward.db"))) {
            for (Path p : reversed) ctx.imports().importPaths(List.of(p), Progress.NONE);
            ctx.stories().rebuild(Progress.NONE);
            backward = byText(ctx);
        }
        assertTrue(forward.stream().anyMatch(s -> s.size() > 2), "the library holds stories of several articles");
        assertEquals(forward, backward);
    }

    @Test
    void theThreadListsOtherStoriesOfTheTopicNeverTheArticlesOwnStory() throws IOException {
        List<Path> all;
        try (var list = Files.list(files)) {
            all = list.sorted().toList();
        }
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            ctx.imports().importPaths(all, Progress.NONE);
            var g = ctx.stories().stories();
            int threads = 0;
            for (int i = 0; i < g.stories().size(); i++) {
                long id = g.stories().get(i).members().get(0);
                Set<Long> thread = new HashSet<>();
                for (ArticleSummary a : ctx.stories().sameThread(id)) thread.add(a.id());
                Set<Long> expected = new HashSet<>(g.topics().get(g.storyTopic()[i]).members());
                expected.removeAll(g.stories().get(i).members());
                assertEquals(expected, thread, "article " + id);
                if (!thread.isEmpty()) threads++;
            }
            assertTrue(threads > 0, "four topics of two events each give stories with a thread");
        }
    }
}
