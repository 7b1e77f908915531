package org.parallax.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.parallax.app.AnnotationService;
import org.parallax.app.AppContext;

/**
 * {@code reanchor OLD_ID NEW_ID}: after importing a corrected version of an article, moves its notes (found again by
 * their quotes; orphaned when they cannot be) and hand-made marks to the new article. Exit 1 for an unknown id.
 */
@Command(name = "reanchor", description = "Move an article's notes and hand-made marks to its corrected re-import.")
final class ReanchorCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "OLD_ID", description = "The article as first imported.")
    private long oldId;

    @Parameters(index = "1", paramLabel = "NEW_ID", description = "The corrected version.")
    private long newId;

    @Override
    protected int run(AppContext ctx) {
        if (oldId == newId) {
            err().println("Give two different articles: the old version, then the new one.");
            return Cli.USAGE;
        }
        AnnotationService.ReanchorReport r = ctx.annotations().reanchor(oldId, newId);
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", oldId);
            m.put("to", newId);
            m.put("notesAnchored", r.notesAnchored());
            m.put("notesOrphaned", r.notesOrphaned());
            m.put("mentionsMoved", r.mentionsMoved());
            printJson(m);
        } else {
            out().printf("Moved notes from article %d to %d: %d found again, %d orphaned (kept, shown as orphaned); %d hand-made marks moved%n",
                    oldId, newId, r.notesAnchored(), r.notesOrphaned(), r.mentionsMoved());
        }
        return Cli.OK;
    }
}
