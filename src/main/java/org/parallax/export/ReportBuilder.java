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

import org.parallax.calendar.EventText;
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
import org.parallax.model.BlockType;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.store.ArticleRepository;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.MentionRepository;
import org.parallax.store.StoreException;

/**
 * Reads what a report needs from the library: the chosen articles, their accepted mentions as highlights, the user's
 * notes (through a {@link NoteSource}), the entities and events they involve, and the comparison of versions of one
 * story (through a {@link ComparisonSource}, built above this layer). Blocking; it only reads. An unknown article id is
 * a {@link StoreException} naming it.
 */
public final class ReportBuilder {
    /**
     * The comparison section of a report: versions of one story among the chosen articles, compared. Built above this
     * layer (the app's ReportComparisons, from the story index and the one builder of comparison facts), so export
     * reads only the library.
     */
    public interface ComparisonSource {
        /** The comparisons of the chosen articles (given in report order). */
        List<ComparisonSection> comparisons(List<Long> articleIds);

        /** A report without comparisons. */
        ComparisonSource NONE = ids -> List.of();
    }

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final EventRepository events;
    private final NoteSource notes;
    private final ComparisonSource comparisons;

    /** A builder whose reports have no comparison section. */
    public ReportBuilder(ArticleRepository articles, MentionRepository mentions, EntityRepository entities,
                         EventRepository events, NoteSource notes) {
        this(articles, mentions, entities, events, notes, ComparisonSource.NONE);
    }

    public ReportBuilder(ArticleRepository articles, MentionRepository mentions, EntityRepository entities,
                         EventRepository events, NoteSource notes, ComparisonSource comparisons) {
        this.comparisons = comparisons;
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
            List<Mention> ms = mentions.accepted(a.id());
            mentionsOf.put(a.id(), ms);
            titles.put(a.id(), a.title());
            sections.add(section(a, ms, options.fullText()));
        }
        List<ComparisonSection> comps = options.includeComparison()
                ? comparisons.comparisons(chosen.stream().map(Article::id).toList()) : List.of();
        List<IndexEntry> index = index(chosen, mentionsOf, entityById);
        List<CalendarEvent> calendar = options.includeCalendar() ? calendar(chosen, titles, entityById) : List.of();
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
                if (!b.type().isBody() || b.type() == BlockType.TITLE || b.length() == 0) continue;
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

    private List<CalendarEvent> calendar(List<Article> chosen, Map<Long, String> titles, Map<Long, Entity> entityById) {
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
            out.add(new CalendarEvent(e.when(), e.kind(), e.who(), e.where(), sources, e.note(), EventText.shortTitle(e, entityById)));
        }
        out.sort(Comparator.comparing((CalendarEvent c) -> c.when().start()).thenComparing(c -> c.when().end()));
        return out;
    }
}
