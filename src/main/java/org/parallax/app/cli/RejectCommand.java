package org.parallax.app.cli;

import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.parallax.app.AnnotationService;
import org.parallax.app.AppContext;
import org.parallax.model.Annotation;

/** {@code reject ID MENTION_ID}: rejects an automatic mention so that no NLP re-run brings it back. Exit 1 if unknown. */
@Command(name = "reject", description = "Reject an automatic mention; re-running NLP will not bring it back.")
final class RejectCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article's id.")
    private long id;

    @Parameters(index = "1", paramLabel = "MENTION_ID", description = "The mention's id (see mentions ID).")
    private long mention;

    @Override
    protected int run(AppContext ctx) {
        AnnotationService svc = ctx.annotations();
        Annotation a = svc.annotations().get(mention).orElse(null);
        if (a == null || a.mention().articleId() != id) {
            err().println("Article " + id + " has no mention " + mention + ". List its mentions with `parallax mentions " + id + "`.");
            return Cli.FAILED;
        }
        try {
            svc.reject(mention);
        } catch (IllegalArgumentException e) {
            err().println(e.getMessage());
            return Cli.FAILED;
        }
        if (json()) printJson(Map.of("rejected", mention, "articleId", id));
        else out().println("Rejected mention " + mention + " \"" + a.mention().text() + "\" (" + a.label() + ")");
        return Cli.OK;
    }
}
