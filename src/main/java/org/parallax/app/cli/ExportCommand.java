package org.parallax.app.cli;

import java.io.IOException;
import java.util.List;

import org.parallax.app.AppContext;
import org.parallax.app.OutputTarget;
import org.parallax.app.ReportService;
import org.parallax.export.ReportContent;
import org.parallax.export.ReportOptions;
import org.parallax.model.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The shared options of {@code export-pdf} and {@code export-md}: which articles (ids, a story, or all), what goes
 * in, and where the file goes ({@link OutFileOptions}: refused paths exit 2 before any work). The command line ignores
 * the window's remembered choices, so scripts stay repeatable.
 */
abstract class ExportCommand extends LibraryCommand {
    @Mixin
    OutFileOptions output = new OutFileOptions();

    @Option(names = "--articles", split = ",", paramLabel = "IDS", description = "Article ids, comma-separated (default: all).")
    List<Long> articles;

    @Option(names = "--story", paramLabel = "ID", description = "The articles of the same story as article ID.")
    Long story;

    @Option(names = "--full-text", description = "Include each article's full text with highlights and note markers.")
    boolean fullText;

    @Option(names = "--no-calendar", description = "Leave the calendar out.")
    boolean noCalendar;

    @Option(names = "--no-comparison", description = "Leave the comparison of versions out.")
    boolean noComparison;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title (default: ${DEFAULT-VALUE}).")
    String title = ReportOptions.DEFAULT_TITLE;

    @Option(names = "--author", paramLabel = "NAME", description = "Your name, on the cover and in the document info.")
    String author = "";

    @Option(names = "--page-size", paramLabel = "SIZE", description = "A4 or LETTER (default: from the locale).")
    ReportContent.PageSize pageSize;

    /** The outcome as written in JSON. */
    record ExportJson(String file, int pages, int articles, int notes) {
    }

    @Override
    protected void validate() {
        if (articles != null && !articles.isEmpty() && story != null) {
            throw new ParameterException(spec().commandLine(), "Give --articles or --story, not both.");
        }
    }

    @Override
    protected final int run(AppContext ctx) {
        OutputTarget target = output.check(ctx, err());
        if (target == null) return Cli.USAGE;
        ReportService service = ctx.reports();
        List<Long> ids = service.choose(articles, story);
        if (ids.isEmpty()) {
            err().println("The library has no articles to export. Import some first: parallax import FILE...");
            return Cli.FAILED;
        }
        ReportOptions options = new ReportOptions(title, fullText, !noCalendar, !noComparison, pageSize, author);
        try {
            ReportService.Result r = write(service, service.content(ids, options), target);
            if (json()) {
                printJson(new ExportJson(r.file().toString(), r.pages(), r.articles(), r.notes()));
            } else {
                out().println("Wrote " + r.file() + ": " + r.articles() + " article" + (r.articles() == 1 ? "" : "s") + ", "
                        + r.notes() + " note" + (r.notes() == 1 ? "" : "s") + (r.pages() > 0 ? ", " + r.pages() + " pages" : "") + ".");
            }
            return Cli.OK;
        } catch (OutputTarget.Refused e) {
            err().println(e.getMessage());
            return Cli.USAGE;
        } catch (IOException e) {
            err().println(target.failure(e));
            return Cli.FAILED;
        }
    }

    abstract ReportService.Result write(ReportService service, ReportContent content, OutputTarget file) throws IOException;

    /** {@code export-pdf}: the report as a PDF. */
    @Command(name = "export-pdf", description = "Export notes, quotes, entities and the calendar as a PDF report.")
    static final class Pdf extends ExportCommand {
        @Override
        ReportService.Result write(ReportService service, ReportContent content, OutputTarget file) throws IOException {
            if (!terminal()) return service.writePdf(content, file, Progress.NONE);
            TerminalProgress progress = new TerminalProgress(err());
            try {
                return service.writePdf(content, file, progress);
            } finally {
                progress.clear();
            }
        }
    }

    /** {@code export-md}: the same report as Markdown. */
    @Command(name = "export-md", description = "Export notes, quotes, entities and the calendar as Markdown.")
    static final class Markdown extends ExportCommand {
        @Override
        ReportService.Result write(ReportService service, ReportContent content, OutputTarget file) throws IOException {
            return service.writeMarkdown(content, file);
        }
    }
}
