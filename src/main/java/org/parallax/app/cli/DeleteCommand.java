package org.parallax.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;

/** {@code delete ID}: removes an article with its blocks and search row. Unknown id: exit 1. */
@Command(name = "delete", description = "Delete an article from the library.")
final class DeleteCommand extends LibraryCommand {
    @Parameters(paramLabel = "ID", description = "The article's id (see list).")
    private long id;

    /** The outcome as written in JSON. */
    record DeleteJson(long id, boolean deleted) {
    }

    @Override
    protected int run(AppContext ctx) {
        boolean deleted = ctx.articles().delete(id);
        if (json()) {
            printJson(new DeleteJson(id, deleted));
        } else if (deleted) {
            out().println("Deleted article " + id + ".");
        }
        if (!deleted) {
            err().println("There is no article " + id + " in the library. See the ids with: parallax list");
            return Cli.FAILED;
        }
        return Cli.OK;
    }
}
