package org.parallax.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.compare.Comparison;
import org.parallax.compare.ComparisonService;
import org.parallax.compare.DatedMention;
import org.parallax.compare.SideFacts;
import org.parallax.model.Article;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.MentionRepository;

/**
 * Compares two stored articles: loads them, turns their stored mentions into {@link SideFacts} (entities under their
 * canonical names, dates with their resolved ranges; rejected and boilerplate mentions left out) and runs the
 * {@link ComparisonService}. The one builder of comparison facts: the compare window, the story index and the
 * report's comparison section all take them from here. Blocking and thread-safe.
 */
public final class CompareService {
    /**
     * One side's highlight: an article range, its type, the canonical entity name it belongs to (the quoted text for
     * dates and unlinked mentions) and, for dates, the resolved range (null when unresolved).
     */
    public record Highlight(int start, int end, EntityType type, String entity, String text, DateRange date) {
    }

    /** Both articles, their highlights and the comparison of A with B. */
    public record Compared(Article a, Article b, List<Highlight> highlightsA, List<Highlight> highlightsB, Comparison comparison) {
        public Compared {
            highlightsA = List.copyOf(highlightsA);
            highlightsB = List.copyOf(highlightsB);
        }
    }

    private final Database db;
    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final ComparisonService comparisons = new ComparisonService();

    public CompareService(Database db, ArticleRepository articles, MentionRepository mentions, EntityRepository entities) {
        this.db = db;
        this.articles = articles;
        this.mentions = mentions;
        this.entities = entities;
    }

    /** Compares article {@code idA} with {@code idB}; empty when either is not in the library. */
    public Optional<Compared> compare(long idA, long idB) {
        Optional<Article> a = articles.get(idA);
        Optional<Article> b = articles.get(idB);
        if (a.isEmpty() || b.isEmpty()) return Optional.empty();
        List<Highlight> ha = highlights(idA);
        List<Highlight> hb = highlights(idB);
        Comparison c = comparisons.compare(a.get(), facts(ha), b.get(), facts(hb));
        return Optional.of(new Compared(a.get(), b.get(), ha, hb, c));
    }

    /** What the NLP stage stored about an article, as comparison input. */
    public SideFacts facts(long articleId) {
        return facts(highlights(articleId));
    }

    /**
     * {@link #facts(long)} of several articles, read with two statements per 500 articles instead of two per article
     * (a story placement reads its whole neighbourhood); every asked id has an entry.
     */
    public Map<Long, SideFacts> facts(Collection<Long> articleIds) {
        Map<Long, List<Mention>> byArticle = mentions.accepted(articleIds);
        Map<Long, String> names = names(byArticle.values().stream().flatMap(List::stream).toList());
        Map<Long, SideFacts> out = new HashMap<>();
        for (long id : articleIds) out.put(id, facts(highlights(byArticle.getOrDefault(id, List.of()), names)));
        return out;
    }

    /** The article's accepted story mentions in text order, each named by its entity's canonical name (else its text). */
    public List<Highlight> highlights(long articleId) {
        List<Mention> all = mentions.accepted(articleId);
        return highlights(all, names(all));
    }

    /** The canonical names of the entities {@code ms} are linked to, read in one statement. */
    private Map<Long, String> names(List<Mention> ms) {
        Set<Long> ids = new HashSet<>();
        for (Mention m : ms) if (m.entityId() != null) ids.add(m.entityId());
        return ids.isEmpty() ? Map.of() : db.read(c -> entities.names(c, ids));
    }

    private static List<Highlight> highlights(List<Mention> accepted, Map<Long, String> names) {
        List<Mention> ms = accepted.stream()
                .filter(m -> m.blockType() == null || !m.blockType().isBoilerplate())
                .sorted(Comparator.comparingInt(Mention::start))
                .toList();
        List<Highlight> out = new ArrayList<>(ms.size());
        for (Mention m : ms) {
            String name = m.entityId() != null ? names.getOrDefault(m.entityId(), m.text()) : m.text();
            out.add(new Highlight(m.start(), m.end(), m.type(), name == null ? "" : name.strip(), m.text(), m.date()));
        }
        return out;
    }

    private static SideFacts facts(List<Highlight> hs) {
        Map<String, EntityType> ents = new LinkedHashMap<>();
        List<DatedMention> dates = new ArrayList<>();
        for (Highlight h : hs) {
            if (h.type() == EntityType.DATE) {
                if (h.date() != null) dates.add(new DatedMention(h.start(), h.end(), h.text(), h.date()));
            } else if (!h.entity().isBlank()) {
                ents.putIfAbsent(h.entity(), h.type());
            }
        }
        return new SideFacts(ents, dates);
    }
}
