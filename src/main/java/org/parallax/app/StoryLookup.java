package org.parallax.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parallax.compare.StoryDoc;
import org.parallax.compare.StoryGroup;
import org.parallax.compare.StoryGrouper;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.store.ArticleRepository;

/**
 * The story an article belongs to: the article and every article that same-story grouping puts with it. Stories are
 * not stored, so a story is named by any one of its articles. Blocking: it reads and groups the whole library.
 */
public final class StoryLookup {
    private final ArticleRepository articles;

    public StoryLookup(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The ids of the story of {@code articleId} (just that id when it stands alone or is unknown). */
    public Set<Long> storyOf(long articleId) {
        List<StoryDoc> docs = new ArrayList<>();
        for (ArticleSummary s : articles.list()) {
            Article a = articles.get(s.id()).orElse(null);
            if (a != null) docs.add(StoryDoc.of(a));
        }
        for (StoryGroup g : new StoryGrouper().group(docs).stories()) {
            if (g.members().contains(articleId)) return new LinkedHashSet<>(g.members());
        }
        return Set.of(articleId);
    }
}
