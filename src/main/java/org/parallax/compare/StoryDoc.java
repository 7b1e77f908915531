package org.parallax.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.parallax.model.Article;
import org.parallax.model.DateRange;

/**
 * One article as same-story grouping sees it: its id, its story text (boilerplate left out), the names of its entities,
 * its resolved dates and its publication date. Entities and dates may be null: the grouper then uses proxies from the
 * text (capitalised words not opening a sentence, explicit years and dates written out in full); an article without a
 * publication date is placed by its text alone.
 */
public record StoryDoc(long id, String text, Set<String> entities, List<DateRange> dates, LocalDate published) {
    public StoryDoc {
        if (text == null) throw new IllegalArgumentException("story text is required");
        entities = entities == null ? null : Set.copyOf(entities);
        dates = dates == null ? null : List.copyOf(dates);
    }

    /** Without a publication date. */
    public StoryDoc(long id, String text, Set<String> entities, List<DateRange> dates) {
        this(id, text, entities, dates, null);
    }

    /** The article's body text (title, dateline, headings, paragraphs), with proxies for entities and dates. */
    public static StoryDoc of(Article a) {
        return new StoryDoc(a.id(), a.bodyText(), null, null, a.meta().published());
    }

    /** The article's body text with the entities and dates the NLP stage found. */
    public static StoryDoc of(Article a, SideFacts facts) {
        List<DateRange> dates = new ArrayList<>();
        facts.dates().forEach(d -> dates.add(d.range()));
        return new StoryDoc(a.id(), a.bodyText(), facts.entities().keySet(), dates, a.meta().published());
    }
}
