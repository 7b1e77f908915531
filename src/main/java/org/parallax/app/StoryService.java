package org.parallax.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parallax.compare.ComparisonService;
import org.parallax.compare.StoryGroup;
import org.parallax.compare.StoryGrouper;
import org.parallax.compare.StoryGrouping;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Progress;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.StoryRepository;

/**
 * The one answer to "which story is this article in": reads the story index stored in the library (schema 5), which
 * is kept current per article on import ({@link #imported}) and delete ({@link #deleting}), and per batch of a recognition run
 * ({@link #nlpChanged}); see {@link StoryIndex}. A library migrated with articles in it is indexed once, on its first
 * question (or by {@link #rebuild}, which the {@code stories --rebuild} command runs). Blocking and thread-safe.
 */
public final class StoryService {
    private static final Logger LOG = Logger.getLogger(StoryService.class.getName());

    /** Another article of the same story, with its similarity in [0, 1] to the one asked about: the figure compare shows. */
    public record Version(ArticleSummary article, double similarity) {
    }

    private final Database db;
    private final ArticleRepository articles;
    private final StoryRepository repo;
    private final StoryIndex index;
    private final ComparisonService comparison = new ComparisonService();

    /** Above this many articles waiting (and a tenth of the index), the index is regrouped whole. */
    static final int REBUILD_BATCH = 50;

    public StoryService(Database db, StoryRepository repo, ArticleRepository articles, CompareService compare) {
        this(db, repo, articles, compare, new StoryGrouper());
    }

    public StoryService(Database db, StoryRepository repo, ArticleRepository articles, CompareService compare,
                        StoryGrouper grouper) {
        this.db = db;
        this.articles = articles;
        this.repo = repo;
        this.index = new StoryIndex(db, articles, compare, grouper, repo);
    }

    /**
     * The library's stories (every article in exactly one; singletons included) in the order a whole-library grouping
     * gives them: by each story's first article in the library's list order. Topics carry no pairs.
     */
    public StoryGrouping stories() {
        ensureCurrent();
        List<ArticleSummary> list = articles.list();
        Map<Long, StoryRepository.Member> member = new HashMap<>();
        for (StoryRepository.Member m : repo.members()) member.put(m.articleId(), m);
        Map<Long, Integer> storyIndex = new LinkedHashMap<>(), topicIndex = new LinkedHashMap<>();
        List<List<Long>> stories = new ArrayList<>(), topics = new ArrayList<>();
        List<Integer> storyTopic = new ArrayList<>();
        Map<Long, Integer> storyOf = new HashMap<>();
        for (ArticleSummary s : list) {
            StoryRepository.Member m = member.get(s.id());
            // an article the index misses (its placement failed) stands alone rather than vanish
            long story = m == null ? -s.id() : m.storyId(), topic = m == null ? -s.id() : m.topicId();
            Integer ti = topicIndex.get(topic);
            if (ti == null) {
                topicIndex.put(topic, ti = topics.size());
                topics.add(new ArrayList<>());
            }
            Integer si = storyIndex.get(story);
            if (si == null) {
                storyIndex.put(story, si = stories.size());
                stories.add(new ArrayList<>());
                storyTopic.add(ti);
            }
            stories.get(si).add(s.id());
            topics.get(ti).add(s.id());
            storyOf.put(s.id(), si);
        }
        List<List<StoryGroup.PairSimilarity>> pairs = new ArrayList<>();
        stories.forEach(x -> pairs.add(new ArrayList<>()));
        for (StoryRepository.Pair p : repo.pairs()) {
            Integer si = storyOf.get(p.a());
            if (si != null && si.equals(storyOf.get(p.b())) && pairs.get(si).size() < StoryGrouper.MAX_PAIRS_PER_GROUP) {
                pairs.get(si).add(new StoryGroup.PairSimilarity(p.a(), p.b(), p.similarity()));
            }
        }
        List<StoryGroup> storyGroups = new ArrayList<>(stories.size()), topicGroups = new ArrayList<>(topics.size());
        for (int i = 0; i < stories.size(); i++) storyGroups.add(new StoryGroup(sorted(stories.get(i)), pairs.get(i)));
        for (List<Long> t : topics) topicGroups.add(new StoryGroup(sorted(t), List.of()));
        return new StoryGrouping(storyGroups, topicGroups, storyTopic.stream().mapToInt(Integer::intValue).toArray(), 0);
    }

    /** The index of the story of each article id, in {@link #stories()} order. */
    public Map<Long, Integer> storyIndex() {
        Map<Long, Integer> out = new HashMap<>();
        List<StoryGroup> stories = stories().stories();
        for (int i = 0; i < stories.size(); i++) {
            for (long id : stories.get(i).members()) out.put(id, i);
        }
        return out;
    }

    /** The ids of the story of {@code articleId}, ascending (just that id when it stands alone or is unknown). */
    public Set<Long> storyOf(long articleId) {
        ensureCurrent();
        List<Long> mates = repo.storyMates(List.of(articleId));
        return mates.isEmpty() ? Set.of(articleId) : new LinkedHashSet<>(mates);
    }

    /** The other articles of {@code articleId}'s story, most similar first; empty when it stands alone. */
    public List<Version> otherVersions(long articleId) {
        ensureCurrent();
        List<Long> mates = repo.storyMates(List.of(articleId));
        if (!mates.contains(articleId) || mates.size() < 2) return List.of();
        Article mine = articles.get(articleId).orElse(null);
        if (mine == null) return List.of();
        List<Version> out = new ArrayList<>();
        for (long other : mates) {
            if (other == articleId) continue;
            Article a = articles.get(other).orElse(null);
            if (a == null) continue;
            // the figure compare shows for the pair, not the grouper's corpus-dependent score (one figure everywhere)
            double s = comparison.similarity(mine, a);
            out.add(new Version(summary(a), Math.round(s * 1000) / 1000.0));
        }
        out.sort(Comparator.comparingDouble(Version::similarity).reversed());
        return out;
    }

    /**
     * The articles of the same thread that belong to other stories (follow-ups on one subject, related events), newest
     * first: never versions of this article's story, which {@link #otherVersions} gives.
     */
    public List<ArticleSummary> sameThread(long articleId) {
        ensureCurrent();
        List<ArticleSummary> out = new ArrayList<>();
        for (long id : repo.threadMates(articleId)) articles.get(id).ifPresent(a -> out.add(summary(a)));
        out.sort(Comparator.comparing(ArticleSummary::published, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
                .thenComparingLong(ArticleSummary::id));
        return out;
    }

    /**
     * {@link #otherVersions} when the stored index already holds every article, else empty at once: the reader asks
     * here first, so opening an article never waits for articles to be placed or for a first build.
     */
    public Optional<List<Version>> otherVersionsIfCurrent(long articleId) {
        if (!repo.built() || !repo.holdsEveryArticle()) return Optional.empty();
        return Optional.of(otherVersions(articleId));
    }

    /** Places one article in the index now; a failure is logged and leaves the article standing alone. */
    public void place(long articleId) {
        try {
            index.place(articleId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot place article " + articleId + " in the story index", e);
        }
    }

    /** Places again, in one regrouping, articles whose entities or dates changed (a recognition run's batch). */
    public void nlpChanged(List<Long> articleIds) {
        try {
            index.place(articleIds);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot place " + articleIds.size() + " articles in the story index", e);
        }
    }

    /** Takes an article out of the index inside the transaction that deletes it (an {@link ArticleRepository} hook). */
    public void deleting(Connection c, long articleId) throws SQLException {
        index.forget(c, articleId);
    }

    /** Regroups the whole library from scratch and stores the result (after a migration, or on demand). */
    public void rebuild(Progress progress) {
        index.rebuild(progress);
    }

    /** Whether the stored index covers the library. */
    public boolean built() {
        return repo.built();
    }

    /**
     * Builds the index if it never was, then places the articles imported since the last question (by this process or
     * another one). Import does not place them itself: placing one costs about 0.1 s, a hundred times its import, so a
     * bulk import would crawl. A batch that is large beside the index is regrouped whole instead of one by one.
     */
    private void ensureCurrent() {
        // a reader's role cannot store the index: answer from what an editor's session stored
        if (db.readOnly()) return;
        ensureBuilt();
        if (repo.holdsEveryArticle()) return;
        synchronized (this) {
            List<Long> waiting = repo.unplaced();
            if (waiting.isEmpty()) return;
            if (waiting.size() > Math.max(REBUILD_BATCH, db.read(repo::documents) / 10)) {
                LOG.info(() -> waiting.size() + " articles to add to the story index: regrouping the library once");
                index.rebuild(Progress.NONE);
            } else {
                for (long id : waiting) place(id);
            }
        }
    }

    private void ensureBuilt() {
        if (repo.built()) return;
        synchronized (this) {
            if (repo.built()) return;
            LOG.info("The story index is not built yet (a library from before schema 5): building it once");
            index.rebuild(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    LOG.fine(message);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        }
    }

    private static List<Long> sorted(List<Long> ids) {
        List<Long> out = new ArrayList<>(ids);
        out.sort(null);
        return out;
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id(), a.title(), a.meta().outlet(), a.meta().published(), a.meta().publishedSource(),
                a.meta().author());
    }
}
