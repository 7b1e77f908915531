package org.parallax.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import org.parallax.app.AppContext;
import org.parallax.calendar.EventFilter;
import org.parallax.model.Entity;
import org.parallax.model.EventKind;
import org.parallax.store.EntityRepository;

/**
 * The event filters shared by {@code events} and the calendar exports (a picocli mixin). A story is named by any one
 * of its articles: {@code --story 12} is article 12 and every article same-story grouping puts with it. An entity is
 * named by its id or by part of its name or an alias ("Chollet").
 */
final class EventOptions {
    @Option(names = "--story", paramLabel = "ARTICLE_ID",
            description = "Only events of this article's story (the article and those grouped with it as the same story).")
    Long story;

    @Option(names = "--article", paramLabel = "ID", description = "Only events this article reports.")
    Long article;

    @Option(names = "--entity", paramLabel = "ID|NAME",
            description = "Only events with this person, organisation or place (an id, or part of a name, e.g. Chollet).")
    String entity;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only these kinds: ${COMPLETION-CANDIDATES} (repeat or separate with commas).")
    List<EventKind> kinds = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events ending on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events starting on or before this day.")
    String to;

    LocalDate fromDate(CommandSpec spec) {
        return date(spec, "--from", from);
    }

    LocalDate toDate(CommandSpec spec) {
        return date(spec, "--to", to);
    }

    void validate(CommandSpec spec) {
        LocalDate f = fromDate(spec);
        LocalDate t = toDate(spec);
        if (f != null && t != null && t.isBefore(f)) {
            throw new ParameterException(spec.commandLine(), "--to " + t + " is before --from " + f);
        }
    }

    private static LocalDate date(CommandSpec spec, String name, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), name + " needs a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** The filter these options describe; throws {@code ParameterException} for an unknown article or entity. */
    EventFilter filter(AppContext ctx, CommandSpec spec) {
        EventFilter f = EventFilter.all().withKinds(Set.copyOf(kinds));
        Set<Long> articles = new LinkedHashSet<>();
        if (story != null) articles.addAll(storyOf(ctx, spec, story));
        if (article != null) {
            if (ctx.articles().get(article).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "There is no article " + article + ". List articles with `parallax list`.");
            }
            if (story != null && !articles.contains(article)) {
                throw new ParameterException(spec.commandLine(), "Article " + article + " is not in the story of article " + story
                        + " (" + articles + "). Give one of the two.");
            }
            articles = Set.of(article);
        }
        if (!articles.isEmpty()) f = f.withArticles(articles);
        if (entity != null) f = f.withEntities(entities(ctx, spec, entity));
        return f;
    }

    /** The article and all articles that same-story grouping puts in one story with it. */
    static Set<Long> storyOf(AppContext ctx, CommandSpec spec, long articleId) {
        if (ctx.articles().get(articleId).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "There is no article " + articleId + " to name a story by. "
                    + "List articles with `parallax list`.");
        }
        return ctx.stories().storyOf(articleId);
    }

    private static Set<Long> entities(AppContext ctx, CommandSpec spec, String value) {
        EntityRepository repo = ctx.entities();
        String v = value.strip();
        if (v.matches("\\d+")) {
            long id = Long.parseLong(v);
            if (repo.get(id).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "There is no entity " + id + ". List entities with `parallax entities`.");
            }
            return Set.of(id);
        }
        String needle = v.toLowerCase(Locale.ROOT);
        Set<Long> ids = new LinkedHashSet<>();
        for (Entity e : repo.list()) {
            if (e.name().toLowerCase(Locale.ROOT).contains(needle)
                    || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))) {
                ids.add(e.id());
            }
        }
        if (ids.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "No entity is named like '" + v + "'. List entities with `parallax entities`.");
        }
        return ids;
    }
}
