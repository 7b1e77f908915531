package org.parallax.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.parallax.app.AppContext;
import org.parallax.app.OutputTarget;
import org.parallax.feeds.FeedException;
import org.parallax.feeds.FeedService;
import org.parallax.model.Progress;
import org.parallax.store.FeedRepository.Feed;

/**
 * {@code feeds add|list|refresh|remove|import-opml|export-opml}: feed subscriptions. A broken feed is one line naming
 * its URL and the reason (exit 1); the other feeds go on. Every sub-command writes JSON with {@code --json}.
 */
@Command(name = "feeds", description = "Subscribe to RSS, Atom and JSON feeds and import their new entries.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Refresh.class, FeedsCommand.Remove.class,
                FeedsCommand.ImportOpml.class, FeedsCommand.ExportOpml.class})
final class FeedsCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** With no sub-command: the usage, and bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Name a feeds command: add, list, refresh, remove, import-opml or export-opml.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    /** One subscription as written in JSON. */
    record FeedJson(long id, String url, String title, String siteUrl, int unread, Instant refreshedAt, String lastError) {
        static FeedJson of(Feed f) {
            return new FeedJson(f.id(), f.url(), f.title(), f.siteUrl(), f.unread(), f.refreshedAt(), f.lastError());
        }
    }

    private static String name(Feed f) {
        return f.title() != null ? f.title() : f.url();
    }

    /** {@code feeds add URL}. */
    @Command(name = "add", description = "Subscribe to a feed, or to the feed a web page advertises.")
    static final class Add extends LibraryCommand {
        @Parameters(paramLabel = "URL", description = "The feed's URL, or a page whose HTML links to its feed.")
        private String url;

        /** The outcome as written in JSON: status added, existing or failed. */
        record AddJson(String status, String url, String discoveredFrom, FeedJson feed, String message) {
        }

        @Override
        protected int run(AppContext ctx) {
            try {
                FeedService.Added a = ctx.feeds().add(url);
                if (json()) {
                    printJson(new AddJson(a.isNew() ? "added" : "existing", a.feed().url(), a.discoveredFrom(), FeedJson.of(a.feed()), null));
                } else {
                    out().println((a.isNew() ? "Subscribed to #" : "Already subscribed to #") + a.feed().id() + " " + name(a.feed())
                            + (a.discoveredFrom() != null ? " (" + a.feed().url() + ", found on the page)" : "")
                            + (a.isNew() ? ". Fetch its entries with: parallax feeds refresh " + a.feed().id() : ""));
                }
                return Cli.OK;
            } catch (FeedException e) {
                if (json()) printJson(new AddJson("failed", url, null, null, e.getMessage()));
                err().println(e.getMessage());
                return Cli.FAILED;
            }
        }
    }

    /** {@code feeds list}. */
    @Command(name = "list", description = "List the subscriptions with their unread counts and last errors.")
    static final class ListFeeds extends LibraryCommand {
        /** The list as written in JSON. */
        record ListJson(int count, List<FeedJson> feeds) {
        }

        @Override
        protected int run(AppContext ctx) {
            List<Feed> all = ctx.feeds().list();
            if (json()) {
                printJson(new ListJson(all.size(), all.stream().map(FeedJson::of).toList()));
                return Cli.OK;
            }
            if (all.isEmpty()) out().println("No feeds. Subscribe with: parallax feeds add URL");
            for (Feed f : all) {
                out().println(String.format(Locale.ROOT, "%4d  %s  (%d unread)  %s", f.id(), name(f), f.unread(), f.url())
                        + (f.lastError() != null ? "\n      last error: " + f.lastError() : ""));
            }
            return Cli.OK;
        }
    }

    /** {@code feeds refresh [ID...]}. */
    @Command(name = "refresh", description = "Fetch the feeds (all, or the IDs given) and import their new entries.")
    static final class Refresh extends LibraryCommand {
        @Parameters(arity = "0..*", paramLabel = "ID", description = "Feeds to refresh (default: all; see feeds list).")
        private List<Long> ids = new ArrayList<>();

        /** One feed's refresh as written in JSON; {@code status} is updated, not_modified, failed or cancelled. */
        record ReportJson(long id, String url, String title, String status, int entries, int newEntries, int imported,
                          int duplicates, int fromSummary, int failedEntries, String error, List<String> problems) {
            static ReportJson of(FeedService.Report r) {
                return new ReportJson(r.feedId(), r.url(), r.title(), r.status().name().toLowerCase(Locale.ROOT), r.entries(),
                        r.newEntries(), r.imported(), r.duplicates(), r.fromSummary(), r.failed(), r.error(), r.problems());
            }
        }

        /** The whole refresh as written in JSON. */
        record RefreshJson(int feeds, int imported, int duplicates, int failedFeeds, int failedEntries, boolean cancelled,
                           List<ReportJson> reports) {
        }

        @Override
        protected int run(AppContext ctx) {
            for (long id : ids) {
                if (ctx.feeds().get(id).isEmpty()) {
                    err().println("There is no feed " + id + ". See the ids with: parallax feeds list");
                    return Cli.FAILED;
                }
            }
            Progress progress = terminal() && !json() ? new TerminalProgress(err()) : Progress.NONE;
            List<FeedService.Report> reports = ctx.feeds().refresh(ids, progress, r -> {
                if (json()) return;
                if (progress instanceof TerminalProgress tp) tp.clear();
                (r.status() == FeedService.Report.Status.FAILED ? err() : out()).println(r.line());
                r.problems().forEach(p -> err().println("  " + p));
            });
            if (progress instanceof TerminalProgress tp) tp.clear();
            int imported = reports.stream().mapToInt(FeedService.Report::imported).sum();
            int duplicates = reports.stream().mapToInt(FeedService.Report::duplicates).sum();
            int failedFeeds = (int) reports.stream().filter(r -> r.status() == FeedService.Report.Status.FAILED).count();
            int failedEntries = reports.stream().mapToInt(FeedService.Report::failed).sum();
            boolean cancelled = reports.stream().anyMatch(r -> r.status() == FeedService.Report.Status.CANCELLED);
            if (json()) {
                printJson(new RefreshJson(reports.size(), imported, duplicates, failedFeeds, failedEntries, cancelled,
                        reports.stream().map(ReportJson::of).toList()));
            } else if (reports.isEmpty()) {
                out().println("No feeds to refresh. Subscribe with: parallax feeds add URL");
            } else if (reports.size() > 1) {
                out().println("Refreshed " + reports.size() + " feeds: " + imported + " imported, " + duplicates + " already in the library"
                        + (failedFeeds > 0 ? ", " + failedFeeds + " feeds failed" : "") + (failedEntries > 0 ? ", " + failedEntries + " entries failed" : ""));
            }
            return failedFeeds > 0 || failedEntries > 0 ? Cli.FAILED : Cli.OK;
        }
    }

    /** {@code feeds remove ID}. */
    @Command(name = "remove", description = "Unsubscribe from a feed; the articles already imported stay.")
    static final class Remove extends LibraryCommand {
        @Parameters(paramLabel = "ID", description = "The feed's id (see feeds list).")
        private long id;

        /** The outcome as written in JSON. */
        record RemoveJson(long id, boolean removed) {
        }

        @Override
        protected int run(AppContext ctx) {
            boolean removed = ctx.feeds().remove(id);
            if (json()) printJson(new RemoveJson(id, removed));
            else if (removed) out().println("Unsubscribed from feed " + id + "; its articles stay in the library.");
            if (!removed) {
                err().println("There is no feed " + id + ". See the ids with: parallax feeds list");
                return Cli.FAILED;
            }
            return Cli.OK;
        }
    }

    /** {@code feeds import-opml FILE}. */
    @Command(name = "import-opml", description = "Subscribe to every feed listed in an OPML file (entries come on refresh).")
    static final class ImportOpml extends LibraryCommand {
        @Parameters(paramLabel = "FILE", description = "An OPML file exported by a feed reader.")
        private Path file;

        /** The outcome as written in JSON. */
        record OpmlJson(Path file, int added, int existing, List<String> problems) {
        }

        @Override
        protected int run(AppContext ctx) {
            FeedService.OpmlImport r;
            try {
                r = ctx.feeds().importOpml(file);
            } catch (IOException e) {
                err().println(file + ": " + e.getMessage());
                return Cli.FAILED;
            }
            if (json()) {
                printJson(new OpmlJson(file, r.added(), r.existing(), r.problems()));
            } else {
                out().println("Subscribed to " + r.added() + (r.added() == 1 ? " feed" : " feeds") + " from " + file
                        + (r.existing() > 0 ? " (" + r.existing() + " already subscribed)" : "") + ". Fetch them with: parallax feeds refresh");
            }
            r.problems().forEach(p -> err().println(file + ": " + p));
            return r.problems().isEmpty() ? Cli.OK : Cli.FAILED;
        }
    }

    /** {@code feeds export-opml --out FILE}. */
    @Command(name = "export-opml", description = "Write the subscriptions as an OPML file for another feed reader.")
    static final class ExportOpml extends LibraryCommand {
        @Mixin
        OutFileOptions output = new OutFileOptions();

        /** The outcome as written in JSON. */
        record ExportJson(Path file, int feeds) {
        }

        @Override
        protected int run(AppContext ctx) {
            OutputTarget target = output.check(ctx, err());
            if (target == null) return Cli.USAGE;
            int count = ctx.feeds().list().size();
            try {
                target.writeText(w -> ctx.feeds().exportOpml(w));
            } catch (OutputTarget.Refused e) {
                err().println(e.getMessage());
                return Cli.USAGE;
            } catch (IOException e) {
                err().println(target.failure(e));
                return Cli.FAILED;
            }
            if (json()) printJson(new ExportJson(output.out, count));
            else out().println("Wrote " + count + (count == 1 ? " feed" : " feeds") + " to " + output.out);
            return Cli.OK;
        }
    }
}
