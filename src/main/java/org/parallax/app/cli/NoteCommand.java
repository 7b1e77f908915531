package org.parallax.app.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import org.parallax.annotation.Annotations;
import org.parallax.app.AppContext;
import org.parallax.model.Note;

/**
 * {@code note ID (--start N --end M | --article | --entity ENTITY_ID) --text TEXT}: adds a Markdown note to a passage,
 * an article or an entity (ID may be left out with --entity); {@code note --edit NOTE_ID [--if-version V] --text TEXT}
 * replaces a note's text. Exit 1 for an unknown article, entity or note, and when someone else saved the note after
 * version V (one line naming the note and who changed it; nothing is saved).
 */
@Command(name = "note", description = "Add a Markdown note to a passage, an article or an entity, or edit one (--edit).")
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

        @Option(names = "--edit", paramLabel = "NOTE_ID", description = "Replace the text of this note.")
        Long edit;
    }

    static final class Passage {
        @Option(names = "--start", required = true, paramLabel = "N", description = "First character of the passage.")
        int start;

        @Option(names = "--end", required = true, paramLabel = "M", description = "Character after the passage.")
        int end;
    }

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The note (Markdown).")
    private String text;

    @Option(names = "--if-version", paramLabel = "V",
            description = "With --edit: save only if the note is still at this version (its \"version\" in `notes --json`).")
    private Integer ifVersion;

    @Override
    protected void validate() {
        if (ifVersion != null && target.edit == null) {
            throw new ParameterException(spec().commandLine(), "--if-version goes with --edit.");
        }
        if (target.edit == null && target.entity == null && id == null) {
            throw new ParameterException(spec().commandLine(), "Give the article's ID for a passage or article note.");
        }
    }

    @Override
    protected int run(AppContext ctx) {
        Annotations svc = ctx.annotations();
        Note n;
        try {
            if (target.edit != null) {
                n = ifVersion == null ? svc.notes().editNote(target.edit, text) : svc.notes().editNote(target.edit, text, ifVersion);
                if (json()) printJson(AnnotationViews.note(n));
                else out().println("Saved " + AnnotationViews.noteLine(n));
                return Cli.OK;
            }
            if (target.entity != null) n = svc.notes().addEntityNote(target.entity, text);
            else if (target.article) n = svc.notes().addArticleNote(id, text);
            else n = svc.notes().addPassageNote(id, target.passage.start, target.passage.end, text);
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return Cli.USAGE;
        }
        if (json()) printJson(AnnotationViews.note(n));
        else out().println("Added " + AnnotationViews.noteLine(n));
        return Cli.OK;
    }
}
