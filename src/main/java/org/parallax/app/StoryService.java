package org.parallax.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.parallax.compare.SideFacts;
import org.parallax.compare.StoryDoc;
import org.parallax.compare.StoryGroup;
import org.parallax.compare.StoryGrouper;
import org.parallax.compare.StoryGrouping;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.store.ArticleRepository;

/**
 * Same-story grouping over the whole library: each article's story text (boilerplate left out) with the entities and
 * dates the NLP stage stored, grouped by {@link StoryGrouper}. The grouping is cached and recomputed when the set of
 * articles changed or after {@link #invalidate()} (call it when NLP results change). Blocking and thread-safe.
 */
public final class StoryService {
    private static final Logger LOG = Logger.getLogger(StoryService.class.getName());

    /** Another article of the same story, with its similarity in [0, 1] to the one asked about. */
    public record Version(ArticleSummary article, double similarity) {
    }

    private record Cached(List<Long> ids, StoryGrouping grouping, Map<Long, StoryDoc> docs, Map<Long, Integer> storyOf,
                          Map<Long, ArticleSummary> summaries) {
    }

    private final ArticleRepository articles;
    private final CompareService compare;
    private final StoryGrouper grouper;
    private Cached cached;

    public StoryService(ArticleRepository articles, CompareService compare) {
        this(articles, compare, new StoryGrouper());
    }

    public StoryService(ArticleRepository articles, CompareService compare, StoryGrouper grouper) {
        this.articles = articles;
        this.compare = compare;
        this.grouper = grouper;
    }

    /** Forgets the cached grouping, so the next question regroups the library. */
    public synchronized void invalidate() {
        cached = null;
    }

    /** The library's stories (every article in exactly one; singletons included), grouped now or from the cache. */
    public StoryGrouping stories() {
        return current().grouping();
    }

    /** The index of the story of each article id, in {@link #stories()} order. */
    public Map<Long, Integer> storyIndex() {
        return current().storyOf();
    }

    /** The other articles of {@code articleId}'s story, most similar first; empty when it stands alone. */
    public List<Version> otherVersions(long articleId) {
        Cached c = current();
        Integer story = c.storyOf().get(articleId);
        if (story == null) return List.of();
        StoryGroup g = c.grouping().stories().get(story);
        Map<Long, Double> scored = new HashMap<>();
        for (StoryGroup.PairSimilarity p : g.pairs()) {
            if (p.a() == articleId) scored.put(p.b(), p.similarity());
            else if (p.b() == articleId) scored.put(p.a(), p.similarity());
        }
        List<Version> out = new ArrayList<>();
        StoryDoc mine = c.docs().get(articleId);
        for (long other : g.members()) {
            if (other == articleId) continue;
            Double s = scored.get(other);
            if (s == null) s = grouper.similarity(mine, c.docs().get(other));
            out.add(new Version(c.summaries().get(other), Math.round(s * 1000) / 1000.0));
        }
        out.sort(Comparator.comparingDouble(Version::similarity).reversed());
        return out;
    }

    private synchronized Cached current() {
        List<ArticleSummary> list = articles.list();
        List<Long> ids = list.stream().map(ArticleSummary::id).sorted().toList();
        if (cached != null && cached.ids().equals(ids)) return cached;
        long t0 = System.nanoTime();
        List<StoryDoc> docs = new ArrayList<>(ids.size());
        Map<Long, StoryDoc> byId = new HashMap<>();
        for (ArticleSummary s : list) {
            Article a = articles.get(s.id()).orElse(null);
            if (a == null) continue;
            SideFacts facts = compare.facts(a.id());
            StoryDoc d = facts.entities().isEmpty() && facts.dates().isEmpty() ? StoryDoc.of(a) : StoryDoc.of(a, facts);
            docs.add(d);
            byId.put(a.id(), d);
        }
        StoryGrouping g = grouper.group(docs);
        Map<Long, Integer> storyOf = new HashMap<>();
        for (int i = 0; i < g.stories().size(); i++) {
            for (long id : g.stories().get(i).members()) storyOf.put(id, i);
        }
        Map<Long, ArticleSummary> summaries = new HashMap<>();
        list.forEach(s -> summaries.put(s.id(), s));
        cached = new Cached(ids, g, byId, storyOf, summaries);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        LOG.fine(() -> "Grouped " + docs.size() + " articles into " + g.stories().size() + " stories in " + ms + " ms");
        return cached;
    }
}
