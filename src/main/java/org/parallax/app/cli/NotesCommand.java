package org.parallax.app.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.parallax.app.AppContext;
import org.parallax.model.Note;
import org.parallax.model.NoteHit;
import org.parallax.store.NoteRepository;

/** {@code notes [--trash] [--search QUERY]}: the library's notes (or the trash, or the notes matching a search). */
@Command(name = "notes", description = "List notes; --trash lists deleted ones, --search finds notes by their text.")
final class NotesCommand extends LibraryCommand {
    @Option(names = "--trash", description = "List the notes in the trash instead.")
    private boolean trash;

    @Option(names = "--search", paramLabel = "QUERY", description = "Only notes matching this full-text query, best first.")
    private String search;

    @Override
    protected int run(AppContext ctx) {
        NoteRepository notes = ctx.notes();
        List<Note> list;
        if (search != null) {
            list = notes.search(search, 200).stream().map(NoteHit::noteId).map(id -> notes.get(id).orElseThrow()).toList();
        } else {
            list = trash ? notes.trash() : notes.list();
        }
        if (json()) {
            printJson(list.stream().map(AnnotationViews::note).toList());
        } else if (list.isEmpty()) {
            out().println(trash ? "The trash is empty." : "No notes.");
        } else {
            for (Note n : list) out().println(AnnotationViews.noteLine(n));
        }
        return Cli.OK;
    }
}
