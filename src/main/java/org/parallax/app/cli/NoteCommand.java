package org.parallax.app.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import org.parallax.app.AnnotationService;
import org.parallax.app.AppContext;
import org.parallax.model.Note;

/**
 * {@code note ID (--start N --end M | --article | --entity ENTITY_ID) --text TEXT}: adds a Markdown note to a passage,
 * an article or an entity (ID may be left out with --entity). Exit 1 for an unknown article or entity.
 */
@Command(name = "note", description = "Add a Markdown note to a passage, an article or an entity.")
final class NoteCommand extends LibraryCommand {
    @Parameters(arity = "0..1", paramLabel = "ID", description = "The article's id (not needed with --entity).")
    private Long id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {
        @ArgGroup(exclusive = false)
        Passage passage;

        @Option(names = "--article", description = "The note is about the whole article.")
        boolean article;

        @Option(names = "--entity", paramLabel = "ENTITY_ID", description = "The note is about this entity.")
        Long entity;
    }

    static final class Passage {
        @Option(names = "--start", required = true, paramLabel = "N", description = "First character of the passage.")
        int start;

        @Option(names = "--end", required = true, paramLabel = "M", description = "Character after the passage.")
        int end;
    }

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The note (Markdown).")
    private String text;

    @Override
    protected void validate() {
        if (target.entity == null && id == null) {
            throw new ParameterException(spec().commandLine(), "Give the article's ID for a passage or article note.");
        }
    }

    @Override
    protected int run(AppContext ctx) {
        AnnotationService svc = ctx.annotations();
        Note n;
        try {
            if (target.entity != null) n = svc.addEntityNote(target.entity, text);
            else if (target.article) n = svc.addArticleNote(id, text);
            else n = svc.addPassageNote(id, target.passage.start, target.passage.end, text);
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return Cli.USAGE;
        }
        if (json()) printJson(AnnotationViews.note(n));
        else out().println("Added " + AnnotationViews.noteLine(n));
        return Cli.OK;
    }
}
