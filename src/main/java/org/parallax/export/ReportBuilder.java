package org.parallax.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.compare.Comparison;
import org.parallax.compare.ComparisonService;
import org.parallax.compare.SideFacts;
import org.parallax.compare.StoryDoc;
import org.parallax.compare.StoryGroup;
import org.parallax.compare.StoryGrouper;
import org.parallax.export.ReportContent.ArticleCount;
import org.parallax.export.ReportContent.ArticleSection;
import org.parallax.export.ReportContent.CalendarEvent;
import org.parallax.export.ReportContent.ComparisonSection;
import org.parallax.export.ReportContent.EventReport;
import org.parallax.export.ReportContent.Highlight;
import org.parallax.export.ReportContent.IndexEntry;
import org.parallax.export.ReportContent.NoteItem;
import org.parallax.export.ReportContent.Paragraph;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.store.ArticleRepository;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.MentionRepository;
import org.parallax.store.StoreException;

/**
 * Reads what a report needs from the library: the chosen articles, their mentions as highlights, the user's notes
 * (through a {@link NoteSource}), the entities and events they involve, and the comparison of versions of one story.
 * Blocking; it only reads. An unknown article id is a {@link StoreException} naming it.
 */
public final class ReportBuilder {
    /** At most this many pairs are compared per story, so that a large story does not make a report of pairs. */
    static final int MAX_PAIRS_PER_STORY = 6;

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final EventRepository events;
    private final NoteSource notes;
    private final ComparisonService comparisons = new ComparisonService();

    public ReportBuilder(ArticleRepository articles, MentionRepository mentions, EntityRepository entities,
                         EventRepository events, NoteSource notes) {
        this.articles = articles;
        this.mentions = mentions;
        this.entities = entities;
        this.events = events;
        this.notes = notes == null ? NoteSource.NONE : notes;
    }

    /** Builds the report of the given articles, in the given order, with today's date. */
    public ReportContent build(List<Long> articleIds, ReportOptions options) {
        return build(articleIds, options, LocalDate.now());
    }

    public ReportContent build(List<Long> articleIds, ReportOptions options, LocalDate exportDate) {
        Map<Long, Entity> entityById = new HashMap<>();
        for (Entity e : entities.list()) entityById.put(e.id(), e);
        List<Article> chosen = new ArrayList<>();
        for (long id : new LinkedHashSet<>(articleIds)) chosen.add(article(id));

        List<ArticleSection> sections = new ArrayList<>();
        Map<Long, List<Mention>> mentionsOf = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        for (Article a : chosen) {
            List<Mention> ms = mentions.forArticle(a.id()).stream().filter(m -> !m.rejected()).toList();
            mentionsOf.put(a.id(), ms);
            titles.put(a.id(), a.title());
            sections.add(section(a, ms, options.fullText()));
        }
        List<ComparisonSection> comps = options.includeComparison() ? comparisons(chosen, mentionsOf, entityById) : List.of();
        List<IndexEntry> index = index(chosen, mentionsOf, entityById);
        List<CalendarEvent> calendar = options.includeCalendar() ? calendar(chosen, titles) : List.of();
        return new ReportContent(options.title(), options.userName(), exportDate, options.pageSize(), sections, comps,
                index, calendar);
    }

    private Article article(long id) {
        return articles.get(id).orElseThrow(() -> new StoreException(
                "There is no article " + id + " in the library; `parallax list` shows the ids"));
    }

    private ArticleSection section(Article a, List<Mention> ms, boolean fullText) {
        List<NoteSource.ArticleNote> all = new ArrayList<>(notes.notesOnArticle(a.id()));
        List<NoteSource.ArticleNote> passages = all.stream().filter(NoteSource.ArticleNote::onPassage)
                .sorted(Comparator.comparingInt(NoteSource.ArticleNote::start)).toList();
        List<NoteItem> passageNotes = new ArrayList<>();
        for (NoteSource.ArticleNote n : passages) {
            passageNotes.add(NoteItem.onPassage(n.quote(), highlights(ms, n.start(), n.end(), n.quote().length()), n.text(),
                    n.start(), n.end()));
        }
        List<NoteItem> articleNotes = all.stream().filter(n -> !n.onPassage()).map(n -> NoteItem.onArticle(n.text())).toList();
        List<Paragraph> paragraphs = new ArrayList<>();
        if (fullText) {
            for (Block b : a.blocks()) {
                if (!b.type().isBody() || b.type() == org.parallax.model.BlockType.TITLE || b.length() == 0) continue;
                List<Integer> markers = new ArrayList<>();
                for (int i = 0; i < passages.size(); i++) {
                    int s = passages.get(i).start();
                    if (s >= b.start() && s < b.end()) markers.add(i + 1);
                }
                paragraphs.add(new Paragraph(b.textIn(a.text()), highlights(ms, b.start(), b.end(), b.length()), markers));
            }
        }
        return new ArticleSection(a.id(), a.meta(), passageNotes, articleNotes, paragraphs);
    }

    /** Mentions inside {@code [start, end)} of the article, as offsets into that piece of text. */
    private static List<Highlight> highlights(List<Mention> ms, int start, int end, int length) {
        List<Highlight> hs = new ArrayList<>();
        for (Mention m : ms) {
            if (m.start() >= start && m.end() <= end) {
                int s = m.start() - start;
                int e = Math.min(length, m.end() - start);
                if (e > s) hs.add(new Highlight(s, e, m.type()));
            }
        }
        return hs;
    }

    private List<ComparisonSection> comparisons(List<Article> chosen, Map<Long, List<Mention>> mentionsOf,
                                                Map<Long, Entity> entityById) {
        if (chosen.size() < 2) return List.of();
        Map<Long, Article> byId = new LinkedHashMap<>();
        chosen.forEach(a -> byId.put(a.id(), a));
        Map<Long, SideFacts> facts = new HashMap<>();
        List<StoryDoc> docs = new ArrayList<>();
        for (Article a : chosen) {
            SideFacts f = facts(mentionsOf.get(a.id()), entityById);
            facts.put(a.id(), f);
            docs.add(StoryDoc.of(a, f));
        }
        List<List<Long>> stories = new ArrayList<>();
        if (chosen.size() == 2) {
            stories.add(List.of(chosen.get(0).id(), chosen.get(1).id()));
        } else {
            for (StoryGroup g : new StoryGrouper().group(docs).stories()) {
                if (g.members().size() > 1) stories.add(g.members());
            }
        }
        List<ComparisonSection> out = new ArrayList<>();
        for (List<Long> story : stories) {
            for (int i = 1; i < story.size() && i <= MAX_PAIRS_PER_STORY; i++) {
                Article a = byId.get(story.get(0));
                Article b = byId.get(story.get(i));
                Comparison c = comparisons.compare(a, facts.get(a.id()), b, facts.get(b.id()));
                out.add(new ComparisonSection(a.title(), b.title(), c.similarity(),
                        names(c.entities().shared()), names(c.entities().onlyA()), names(c.entities().onlyB()),
                        c.uniqueA().stream().map(s -> s.text().strip()).filter(s -> !s.isEmpty()).toList(),
                        c.uniqueB().stream().map(s -> s.text().strip()).filter(s -> !s.isEmpty()).toList()));
            }
        }
        return out;
    }

    private static List<String> names(List<Comparison.EntityRef> refs) {
        return refs.stream().map(Comparison.EntityRef::name).toList();
    }

    private static SideFacts facts(List<Mention> ms, Map<Long, Entity> entityById) {
        Map<String, EntityType> es = new LinkedHashMap<>();
        for (Mention m : ms) {
            // dates are compared elsewhere; an unlinked MISC mention is an event word or a user label, not an entity
            if (m.type() == EntityType.DATE || (m.type() == EntityType.MISC && m.entityId() == null)) continue;
            Entity e = m.entityId() == null ? null : entityById.get(m.entityId());
            es.putIfAbsent(e != null ? e.name() : m.text(), m.type());
        }
        return new SideFacts(es, List.of());
    }

    private List<IndexEntry> index(List<Article> chosen, Map<Long, List<Mention>> mentionsOf, Map<Long, Entity> entityById) {
        Map<Long, Map<Long, Integer>> counts = new LinkedHashMap<>();
        for (Article a : chosen) {
            for (Mention m : mentionsOf.get(a.id())) {
                if (m.entityId() == null || !entityById.containsKey(m.entityId())) continue;
                counts.computeIfAbsent(m.entityId(), k -> new LinkedHashMap<>()).merge(a.id(), 1, Integer::sum);
            }
        }
        Map<Long, String> titles = new HashMap<>();
        chosen.forEach(a -> titles.put(a.id(), a.title()));
        List<IndexEntry> out = new ArrayList<>();
        for (var e : counts.entrySet()) {
            Entity ent = entityById.get(e.getKey());
            List<ArticleCount> per = e.getValue().entrySet().stream()
                    .map(c -> new ArticleCount(titles.get(c.getKey()), c.getValue())).toList();
            out.add(new IndexEntry(ent.name(), ent.type(), ent.aliases(), per, notes.notesOnEntity(ent.id())));
        }
        out.sort(Comparator.comparing((IndexEntry i) -> i.name().toLowerCase(Locale.ROOT)).thenComparing(IndexEntry::type));
        return out;
    }

    private List<CalendarEvent> calendar(List<Article> chosen, Map<Long, String> titles) {
        Map<Long, Event> byId = new LinkedHashMap<>();
        for (Article a : chosen) {
            for (Event e : events.forArticle(a.id())) byId.putIfAbsent(e.id(), e);
        }
        Set<Long> ids = titles.keySet();
        List<CalendarEvent> out = new ArrayList<>();
        for (Event e : byId.values()) {
            List<EventReport> sources = new ArrayList<>();
            for (EventSource s : e.sources()) {
                if (ids.contains(s.articleId())) sources.add(new EventReport(titles.get(s.articleId()), s.sentenceText()));
            }
            out.add(new CalendarEvent(e.when(), e.kind(), e.who(), e.where(), sources, e.note()));
        }
        out.sort(Comparator.comparing((CalendarEvent c) -> c.when().start()).thenComparing(c -> c.when().end()));
        return out;
    }
}
