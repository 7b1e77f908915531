package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.Mention;
import org.parallax.model.NlpState;
import org.parallax.model.NlpStatus;
import org.parallax.model.Progress;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * The NLP queue over a real SQLite library with the shared sample pair. It uses {@link SampleRecognizer}, a
 * dictionary and SUTime-shaped test recogniser, because the CoreNLP engine is another part of the project with its own
 * end-to-end test; everything after recognition here is the real code.
 */
@Tag("contract")
class NlpServiceTest {
    private static final LocalDate DOC = LocalDate.of(2023, 3, 4);

    @TempDir
    Path dir;
    private Database db;
    private ArticleRepository articles;

    @BeforeEach
    void open() {
        db = TestLibrary.open(dir.resolve("library.db"));
        articles = new ArticleRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long insert(ArticleDraft draft) {
        return articles.insert(draft, "hash-" + draft.text().hashCode(), Instant.EPOCH);
    }

    private NlpService service(Recognizer r) {
        return new NlpService(db, articles, r);
    }

    /** Records progress messages; cancels once {@code cancelAfter} updates were seen (never when negative). */
    private static final class Recording implements Progress {
        final List<String> messages = new ArrayList<>();
        final int cancelAfter;

        Recording(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long done, long total, String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return cancelAfter >= 0 && messages.size() >= cancelAfter;
        }
    }

    @Test
    void processesTheSamplePairIntoEventsReportedByBothArticles() {
        long a = insert(SampleArticles.outletA(false));
        long b = insert(SampleArticles.outletB(false));
        NlpService nlp = service(new SampleRecognizer());
        assertEquals(List.of(a, b), nlp.pending());

        Recording progress = new Recording(-1);
        NlpService.Summary summary = nlp.processPending(progress);

        assertEquals(new NlpService.Summary(2, 0, 0, false, 1), summary);
        assertEquals(List.of("Recognising entities: 0/2", "Recognising entities: 1/2", "Recognising entities: 2/2"), progress.messages);
        assertEquals(DOC, articles.get(b).orElseThrow().meta().published(), "B borrows A's date");
        assertEquals(DateSource.SAME_STORY, articles.get(b).orElseThrow().meta().publishedSource());
        NlpState state = nlp.states().get(b).orElseThrow();
        assertEquals(NlpStatus.DONE, state.status());
        assertEquals(DOC, state.docDate());
        assertEquals("sample-1", state.pipelineVersion());
        assertTrue(nlp.pending().isEmpty());

        List<Event> events = nlp.events().list();
        Event march = find(events, "2023-03-06..2023-03-07");
        assertEquals(EventKind.VISIT, march.kind());
        // named by its most frequent full name in the pair (issue 15), not its longest
        assertTrue(march.who().contains("Christopher Landberg"), march.who().toString());
        assertTrue(march.where().contains("Pakistan"), march.where().toString());
        assertEquals(List.of(a, b), march.articleIds());
        Event feb = find(events, "2023-02-16..2023-02-17");
        assertEquals(EventKind.VISIT, feb.kind());
        assertTrue(feb.who().contains("Derek Chollet"), feb.who().toString());
        assertTrue(feb.where().contains("Islamabad"), feb.where().toString());
        assertEquals(List.of(a, b), feb.articleIds());
        assertEquals(List.of(a, b), find(events, "2023-03-03").articleIds(), "the State Department's statement on Friday");
        assertEquals(3, events.size(), events.toString());

        Entity state1 = entity(nlp, "State Department");
        assertEquals(EntityType.ORGANIZATION, state1.type());
        assertTrue(nlp.mentions().forEntity(state1.id()).stream().map(Mention::articleId).distinct().count() == 2);
        Entity usaid = entity(nlp, "US Agency for International Development");
        assertTrue(usaid.aliases().contains("USAID"));
        assertTrue(nlp.mentions().forArticle(a).stream().noneMatch(m -> m.text().equals("Lahore")), "related links stay out");
    }

    @Test
    void bylineAndCaptionMentionsAreKeptWithTheirBlockType() {
        long a = insert(SampleArticles.outletA(true));
        NlpService nlp = service(new SampleRecognizer());
        nlp.processPending(Progress.NONE);
        Entity author = entity(nlp, "Wajid Ali Syed");
        List<Mention> byline = nlp.mentions().forEntity(author.id());
        assertEquals(2, byline.size());
        assertTrue(byline.stream().allMatch(m -> m.blockType() == BlockType.BYLINE && m.articleId() == a));
        Entity reuters = entity(nlp, "Reuters");
        assertTrue(nlp.mentions().forEntity(reuters.id()).stream().allMatch(m -> m.blockType() == BlockType.CAPTION));
        assertTrue(nlp.events().list().stream().noneMatch(e -> e.who().contains("Wajid Ali Syed")), "the author is no participant");
    }

    @Test
    void undatedArticleWithoutSiblingIsFlaggedUntilTheUserSetsADate() {
        long b = insert(SampleArticles.outletB(false));
        NlpService nlp = service(new SampleRecognizer());
        nlp.processPending(Progress.NONE);

        NlpState state = nlp.states().get(b).orElseThrow();
        assertTrue(state.docDateMissing());
        assertEquals(NlpStatus.DONE, state.status());
        assertTrue(nlp.events().list().isEmpty(), "no event from relative dates with no date to anchor them");
        List<Mention> dates = nlp.mentions().forArticle(b).stream().filter(m -> m.type() == EntityType.DATE).toList();
        assertFalse(dates.isEmpty());
        assertTrue(dates.stream().allMatch(m -> m.date() == null));
        assertTrue(dates.stream().anyMatch(m -> m.text().equals("March 6-7")), "pieces are merged even when undated");

        articles.setPublished(b, DOC, DateSource.USER);
        assertEquals(List.of(b), nlp.pending());
        nlp.processPending(Progress.NONE);
        assertFalse(nlp.states().get(b).orElseThrow().docDateMissing());
        assertEquals(DateSource.USER, articles.get(b).orElseThrow().meta().publishedSource(), "a user's date is never replaced");
        find(nlp.events().list(), "2023-03-06..2023-03-07");
        find(nlp.events().list(), "2023-03-03");
    }

    @Test
    void newPipelineVersionRerunsOldArticlesWithoutDuplicates() {
        long a = insert(SampleArticles.outletA(false));
        service(new SampleRecognizer()).processPending(Progress.NONE);
        NlpService first = service(new SampleRecognizer());
        int mentions = first.mentions().forArticle(a).size();
        int entities = first.entities().list().size();
        List<Event> events = first.events().list();

        NlpService upgraded = service(new Versioned(new SampleRecognizer(), "sample-2"));
        assertEquals(List.of(a), upgraded.pending());
        upgraded.processPending(Progress.NONE);
        assertEquals("sample-2", upgraded.states().get(a).orElseThrow().pipelineVersion());
        assertEquals(mentions, upgraded.mentions().forArticle(a).size());
        assertEquals(entities, upgraded.entities().list().size());
        assertEquals(events.stream().map(e -> e.when() + " " + e.sources().size()).toList(),
                upgraded.events().list().stream().map(e -> e.when() + " " + e.sources().size()).toList());
    }

    @Test
    void rejectedMentionIsNotRecreatedAndMergedEntitiesStayMerged() {
        long a = insert(SampleArticles.outletA(false));
        NlpService nlp = service(new SampleRecognizer());
        nlp.processPending(Progress.NONE);
        Mention reuters = nlp.mentions().forArticle(a).stream().filter(m -> m.text().equals("Reuters")).findFirst().orElseThrow();
        nlp.mentions().reject(reuters.id());
        Entity white = entity(nlp, "Clinton White");
        Entity horst = entity(nlp, "Elizabeth Horst");
        nlp.entities().merge(white.id(), horst.id());

        nlp.states().markPending(a);
        nlp.processPending(Progress.NONE);

        List<Mention> at = nlp.mentions().forArticle(a).stream()
                .filter(m -> m.start() == reuters.start() && m.end() == reuters.end()).toList();
        assertEquals(1, at.size());
        assertTrue(at.get(0).rejected());
        Mention horstMention = nlp.mentions().forArticle(a).stream().filter(m -> m.text().equals("Elizabeth Horst")).findFirst().orElseThrow();
        assertEquals(white.id(), horstMention.entityId(), "the user's merge survives the re-run");
    }

    @Test
    void cancelledRunLeavesTheRestPendingForTheNextStart() {
        insert(SampleArticles.outletA(false));
        long b = insert(SampleArticles.outletB(false));
        NlpService nlp = service(new SampleRecognizer());
        NlpService.Summary first = nlp.processPending(new Recording(1));
        assertTrue(first.cancelled());
        assertEquals(1, first.processed());
        assertEquals(List.of(b), nlp.pending());

        NlpService restarted = service(new SampleRecognizer());
        NlpService.Summary second = restarted.processPending(Progress.NONE);
        assertEquals(1, second.processed());
        assertTrue(restarted.pending().isEmpty());
    }

    @Test
    void failureIsRecordedAndTheQueueGoesOn() {
        long a = insert(SampleArticles.outletA(false));
        long broken = insert(SampleArticles.draft("Nothing to see here.", "Broken", DOC, false));
        Recognizer failing = new Versioned(new SampleRecognizer(), "sample-1") {
            @Override
            public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
                if (text.startsWith("Nothing")) throw new IllegalStateException("model file missing");
                return super.recognize(text, blocks, docDate);
            }
        };
        NlpService nlp = service(failing);
        NlpService.Summary s = nlp.processPending(Progress.NONE);
        assertEquals(1, s.processed());
        assertEquals(1, s.failed());
        NlpState state = nlp.states().get(broken).orElseThrow();
        assertEquals(NlpStatus.FAILED, state.status());
        assertTrue(state.error().contains("model file missing"));
        assertEquals(NlpStatus.DONE, nlp.states().get(a).orElseThrow().status());
        assertTrue(nlp.pending().isEmpty(), "a failed article waits for a new version, a new date or a retry");
    }

    @Test
    void unrelatedUndatedArticleBorrowsNothing() {
        insert(SampleArticles.outletA(false));
        long other = insert(SampleArticles.draft("Peshawar policeman dismissed for viral TikTok statement on Friday.", "Other", null, false));
        NlpService nlp = service(new SampleRecognizer());
        nlp.processPending(Progress.NONE);
        assertNull(articles.get(other).orElseThrow().meta().published());
        assertTrue(nlp.states().get(other).orElseThrow().docDateMissing());
        assertEquals(List.of(other), nlp.states().missingDocDate());
    }

    @Test
    void samplePairOverlapIsWellAboveTheThreshold() {
        double j = NlpService.jaccard(NlpService.shingles(SampleArticles.outletA(false).bodyText(), 3),
                NlpService.shingles(SampleArticles.outletB(false).bodyText(), 3));
        assertTrue(j >= NlpService.SAME_STORY_THRESHOLD + 0.1, "measured " + j);
    }

    private static Event find(List<Event> events, String when) {
        return events.stream().filter(e -> e.when().toString().equals(when)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + when + " in " + events));
    }

    private static Entity entity(NlpService nlp, String name) {
        return nlp.entities().list().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + nlp.entities().list()));
    }

    /** The same recognition under another pipeline version. */
    private static class Versioned implements Recognizer {
        private final Recognizer inner;
        private final String version;

        Versioned(Recognizer inner, String version) {
            this.inner = inner;
            this.version = version;
        }

        @Override
        public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
            return inner.recognize(text, blocks, docDate);
        }

        @Override
        public String version() {
            return version;
        }
    }
}
