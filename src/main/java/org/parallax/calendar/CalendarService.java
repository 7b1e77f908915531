package org.parallax.calendar;

import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DatePrecision;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.MentionRepository;
import org.parallax.store.StoreException;
import org.parallax.text.Sentences;

/**
 * The calendar's queries and edits over the store: the events of a visible range only (so a view loads lazily),
 * filtered by story, article, entity and kind, split into day cells and a band for coarser dates; the busiest month
 * to open on; and manual events, which NLP re-runs never touch. Blocking: call it off the UI thread.
 */
public final class CalendarService {
    private final EventRepository events;
    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final EntityRepository entities;

    public CalendarService(Database db, ArticleRepository articles) {
        this.events = new EventRepository(db);
        this.articles = articles;
        this.mentions = new MentionRepository(db);
        this.entities = new EntityRepository(db);
    }

    /** Every filtered event overlapping {@code [from, to]} (inclusive; null for open), by start date. */
    public List<Event> events(LocalDate from, LocalDate to, EventFilter filter) {
        return events.find(from, to, filter.articleIds(), filter.entityIds(), filter.kinds());
    }

    /** The filtered events overlapping {@code [from, to]}, day-precision ones apart from coarser ones. */
    public CalendarRange range(LocalDate from, LocalDate to, EventFilter filter) {
        List<Event> days = new ArrayList<>();
        List<Event> band = new ArrayList<>();
        for (Event e : events(from, to, filter)) (isDayPrecise(e) ? days : band).add(e);
        return new CalendarRange(from, to, days, band);
    }

    /** Only the day-precision events of {@code [from, to]}: what goes on day cells. */
    public List<Event> dayEvents(LocalDate from, LocalDate to, EventFilter filter) {
        return events.find(from, to, filter.articleIds(), filter.entityIds(), filter.kinds(), true);
    }

    /** Only the week-, month- and year-precision events of {@code [from, to]}: what goes in the band. */
    public List<Event> bandEvents(LocalDate from, LocalDate to, EventFilter filter) {
        return events.find(from, to, filter.articleIds(), filter.entityIds(), filter.kinds(), false);
    }

    public CalendarRange month(YearMonth month, EventFilter filter) {
        return range(month.atDay(1), month.atEndOfMonth(), filter);
    }

    /** Whether the event may sit on day cells: only a date known to the day does. */
    public static boolean isDayPrecise(Event e) {
        return e.when().precision() == DatePrecision.DAY;
    }

    /** The month in which most filtered events start (the earliest on a tie); empty when there are none. */
    public Optional<YearMonth> busiestMonth(EventFilter filter) {
        Map<String, Integer> counts = events.countByStartMonth(filter.articleIds(), filter.entityIds(), filter.kinds());
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return Optional.ofNullable(best).map(YearMonth::parse);
    }

    public Optional<Event> get(long id) {
        return events.get(id);
    }

    /** Title, outlet and date of each article, for sources shown or exported with their events. */
    public Map<Long, ArticleSummary> articleSummaries() {
        Map<Long, ArticleSummary> out = new HashMap<>();
        for (ArticleSummary a : articles.list()) out.put(a.id(), a);
        return out;
    }

    /** The entities the events name, by id (types and aliases, for short titles and destinations). */
    public Map<Long, Entity> entitiesOf(List<Event> list) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Event e : list) {
            ids.addAll(e.whoIds());
            ids.addAll(e.whereIds());
        }
        Map<Long, Entity> out = new HashMap<>();
        for (long id : ids) entities.get(id).ifPresent(en -> out.put(id, en));
        return out;
    }

    /** Writes {@code list} as an iCalendar file (see {@link IcsExporter}) stamped {@code stamp}: the window's and the CLI's export. */
    public void writeIcs(List<Event> list, Instant stamp, Writer out) {
        new IcsExporter().write(list, articleSummaries(), entitiesOf(list), stamp, out);
    }

    // ---- manual events --------------------------------------------------------------------------------------

    public Event add(EventDraft draft) {
        long id = events.insertManual(draft.kind(), draft.when(), draft.whoIds(), draft.whereIds(), draft.sources(), draft.note());
        return events.get(id).orElseThrow();
    }

    /** Replaces an event with the user's version; a pipeline event edited by hand becomes manual. */
    public Event edit(long id, EventDraft draft) {
        events.updateManual(id, draft.kind(), draft.when(), draft.whoIds(), draft.whereIds(), draft.sources(), draft.note());
        return events.get(id).orElseThrow();
    }

    public boolean delete(long id) {
        return events.delete(id);
    }

    /**
     * Makes a manual event from a DATE mention (typically one the user annotated): its resolved date, with the
     * sentence around the mention as the source.
     */
    public Event fromDateMention(long mentionId, EventKind kind, List<Long> whoIds, List<Long> whereIds, String note) {
        Mention m = mentions.get(mentionId).orElseThrow(() -> new StoreException("There is no mention " + mentionId + "."));
        if (m.type() != EntityType.DATE) {
            throw new IllegalArgumentException("Mention " + mentionId + " (\"" + m.text() + "\") is a " + m.type()
                    + ", not a date. Choose a DATE annotation.");
        }
        if (m.date() == null) {
            throw new IllegalArgumentException("The date \"" + m.text() + "\" has no calendar date. Set its date first.");
        }
        Article article = articles.get(m.articleId())
                .orElseThrow(() -> new StoreException("The article of mention " + mentionId + " is gone."));
        EventSource source = sentenceAround(article, m.start(), m.end());
        return add(new EventDraft(kind, m.date(), whoIds, whereIds, List.of(source), note));
    }

    /** The sentence holding {@code [start, end)}, cut within its block so a headline never runs into the body. */
    static EventSource sentenceAround(Article article, int start, int end) {
        Sentence s = Sentences.around(article, start, end);
        return new EventSource(article.id(), s.start(), s.end(), s.textIn(article.text()));
    }

    /** The kinds in calendar order, for legends and filters. */
    public static List<EventKind> kinds() {
        return List.of(EventKind.values());
    }
}
