package org.parallax.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.parallax.app.AnnotationService;
import org.parallax.app.AppContext;
import org.parallax.app.DateNeededException;
import org.parallax.app.ManualDates;
import org.parallax.model.Annotation;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.Note;

/**
 * {@code annotate ID --start N --end M --type TYPE [--entity E] [--date D] [--note TEXT]}: marks a span by hand.
 * Exit 1 for an unknown article or entity or a date Parallax cannot tell (give --date), 2 for a bad type or range.
 */
@Command(name = "annotate", description = "Mark a span of an article by hand as P, O, L, D, E (person, organisation, "
        + "location, date, event), M or a type you defined.")
final class AnnotateCommand extends LibraryCommand {
    @Parameters(paramLabel = "ID", description = "The article's id (see list).")
    private long id;

    @Option(names = "--start", required = true, paramLabel = "N", description = "First character of the span (0-based).")
    private int start;

    @Option(names = "--end", required = true, paramLabel = "M", description = "Character after the span.")
    private int end;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "P, O, L, D, E, M, PERSON, ... or your own type.")
    private String type;

    @Option(names = "--entity", paramLabel = "ENTITY_ID", description = "Link to this entity (default: the entity known by this text, else a new one).")
    private Long entity;

    @Option(names = "--date", paramLabel = "DATE", description = "The date of a D or E mark: 2023-03-06, 2023-03-06..2023-03-07, 2023-03.")
    private String date;

    @Option(names = "--note", paramLabel = "TEXT", description = "Also attach this Markdown note to the span.")
    private String note;

    @Override
    protected int run(AppContext ctx) {
        AnnotationService svc = ctx.annotations();
        Annotation a;
        try {
            DateRange d = date == null ? null : ManualDates.parseIso(date);
            a = svc.mark(id, start, end, type, d, entity);
        } catch (DateNeededException e) {
            err().println(e.getMessage() + " Add --date.");
            return Cli.FAILED;
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return Cli.USAGE;
        }
        Note n = note == null ? null : svc.addPassageNote(id, a.mention().start(), a.mention().end(), note);
        String name = a.mention().entityId() == null ? null : svc.entities().get(a.mention().entityId()).map(Entity::name).orElse(null);
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>(AnnotationViews.annotation(a, name));
            m.put("note", n == null ? null : AnnotationViews.note(n));
            printJson(m);
        } else {
            out().println("Marked " + AnnotationViews.annotationLine(a, name));
            if (n != null) out().println("Added " + AnnotationViews.noteLine(n));
        }
        return Cli.OK;
    }
}
