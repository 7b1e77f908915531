package org.parallax.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;
import org.parallax.web.WebImportService;
import org.parallax.web.WebImportService.Reextracted;

/**
 * {@code reextract ID...|--all}: extracts articles imported from links again from their stored snapshots (the page is
 * not fetched again), keeping their ids; notes and hand-made marks follow their quotes and recognition runs again, and
 * content images the new extraction finds that the article lacks are fetched and added (one that cannot be had is named
 * on stderr, without failing). Exit 1 when any article failed (unknown, not from a link, or extracting to nothing now);
 * those are left as they were.
 */
@Command(name = "reextract", description = "Extract articles imported from links again from their stored pages.")
final class ReextractCommand extends LibraryCommand {
    @Parameters(arity = "0..*", paramLabel = "ID", description = "Articles to extract again (see list).")
    private List<Long> ids = new ArrayList<>();

    @Option(names = "--all", description = "Every article imported from a link.")
    private boolean all;

    /** One article's outcome as written in JSON. */
    record ArticleJson(long id, String status, String title, String message, Integer notesAnchored, Integer notesOrphaned,
                       Integer marksMoved, Integer marksDropped, int imagesAdded, List<String> imagesMissed) {
        static ArticleJson of(Reextracted r) {
            boolean o = r.outcome() != null && r.status() == Reextracted.Status.UPDATED;
            return new ArticleJson(r.id(), r.status().name().toLowerCase(Locale.ROOT), r.title(), r.message(),
                    o ? r.outcome().notesAnchored() : null, o ? r.outcome().notesOrphaned() : null,
                    o ? r.outcome().marksMoved() : null, o ? r.outcome().marksDropped() : null, r.imagesAdded(), r.imagesMissed());
        }
    }

    /** The whole report as written in JSON. */
    record ReportJson(long updated, long unchanged, long failed, List<ArticleJson> articles) {
    }

    @Override
    protected void validate() {
        if (all == !ids.isEmpty()) {
            throw new ParameterException(spec().commandLine(), "Give article ids or --all, not both and not neither");
        }
    }

    @Override
    protected int run(AppContext ctx) {
        WebImportService web = ctx.web();
        List<Long> targets = all ? web.snapshotIds() : ids;
        List<Reextracted> results = new ArrayList<>();
        for (long id : targets) results.add(web.reextract(id));
        long updated = count(results, Reextracted.Status.UPDATED);
        long unchanged = count(results, Reextracted.Status.UNCHANGED);
        long failed = count(results, Reextracted.Status.FAILED);
        if (json()) {
            printJson(new ReportJson(updated, unchanged, failed, results.stream().map(ArticleJson::of).toList()));
        } else {
            for (Reextracted r : results) {
                (r.status() == Reextracted.Status.FAILED ? err() : out()).println(r.line());
                r.imagesMissed().forEach(err()::println);
            }
            if (targets.isEmpty()) out().println("No article in the library was imported from a link.");
            else if (targets.size() > 1) out().println(updated + " extracted again, " + unchanged + " unchanged, " + failed + " failed");
        }
        return failed > 0 ? Cli.FAILED : Cli.OK;
    }

    private static long count(List<Reextracted> rs, Reextracted.Status s) {
        return rs.stream().filter(r -> r.status() == s).count();
    }
}
