package org.parallax.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;
import org.parallax.ingest.ImportReport;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.model.Progress;
import org.parallax.web.WebImportService;

/**
 * {@code import PATH|URL...}: imports files, folders and http(s) links (mixed, in the order given), one report line
 * per file or link. Exit 1 when any failed; the others are still imported, each in its own transaction.
 */
@Command(name = "import", description = "Import articles from files, folders and web links (text, Markdown, HTML, PDF; http/https pages).")
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders to search for articles, or http(s) links.")
    private List<String> inputs;

    @Option(names = "--max-size", paramLabel = "MB",
            description = "Skip files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    private double maxSizeMb = ImportService.DEFAULT_MAX_BYTES / 1048576.0;

    /** One file's outcome as written in JSON. */
    record FileJson(String path, String status, Long id, String title, String message) {
        static FileJson of(ImportResult r) {
            return new FileJson(r.path().toString(), r.status().name().toLowerCase(Locale.ROOT),
                    r.status() == ImportResult.Status.FAILED ? null : r.articleId(), r.title(), r.message());
        }
    }

    /** One link's outcome as written in JSON: a file's fields with "url" in place of "path". */
    record UrlJson(String url, String status, Long id, String title, String message) {
        static UrlJson of(ImportResult r) {
            return new UrlJson(r.url(), r.status().name().toLowerCase(Locale.ROOT),
                    r.status() == ImportResult.Status.FAILED ? null : r.articleId(), r.title(), r.message());
        }
    }

    /** The whole report as written in JSON; {@code files} holds {@link FileJson} and {@link UrlJson} entries in input order. */
    record ReportJson(long imported, long duplicates, long failed, boolean cancelled, List<Object> files) {
    }

    @Override
    protected void validate() {
        if (!(maxSizeMb > 0)) {
            throw new ParameterException(spec().commandLine(), "--max-size must be a positive number of megabytes");
        }
    }

    @Override
    protected int run(AppContext ctx) {
        long maxBytes = (long) (maxSizeMb * 1048576.0);
        ImportService service = ctx.imports(maxBytes);
        Progress progress = terminal() && !json() ? new TerminalProgress(err()) : Progress.NONE;
        List<Path> paths = new ArrayList<>();
        ImportReport report = importInOrder(ctx, service, maxBytes, paths, progress);
        if (progress instanceof TerminalProgress tp) tp.clear();

        if (json()) {
            printJson(new ReportJson(report.count(ImportResult.Status.IMPORTED), report.count(ImportResult.Status.DUPLICATE),
                    report.count(ImportResult.Status.FAILED), report.cancelled(),
                    report.results().stream().map(r -> r.url() != null ? (Object) UrlJson.of(r) : FileJson.of(r)).toList()));
        } else {
            for (ImportResult r : report.results()) {
                (r.status() == ImportResult.Status.FAILED ? err() : out()).println(r.line());
            }
            if (report.results().isEmpty()) {
                err().println("Found no article files in " + paths + " (Parallax reads "
                        + String.join(", ", ImportService.FOLDER_EXTENSIONS.stream().sorted().toList()) + ").");
            } else if (report.results().size() > 1) {
                out().println(report.summary());
            }
        }
        return report.hasFailures() || report.results().isEmpty() ? Cli.FAILED : Cli.OK;
    }

    /** Runs of paths go to the file import, runs of links to the web import, so the report keeps the order given. */
    private ImportReport importInOrder(AppContext ctx, ImportService files, long maxBytes, List<Path> paths, Progress progress) {
        List<ImportResult> results = new ArrayList<>();
        boolean cancelled = false;
        int i = 0;
        while (i < inputs.size() && !cancelled) {
            boolean link = WebImportService.isLink(inputs.get(i));
            List<String> run = new ArrayList<>();
            while (i < inputs.size() && WebImportService.isLink(inputs.get(i)) == link) run.add(inputs.get(i++));
            ImportReport part;
            if (link) {
                part = ctx.web().importUrls(run, maxBytes, progress);
            } else {
                List<Path> ps = run.stream().map(Path::of).toList();
                paths.addAll(ps);
                part = files.importPaths(ps, progress);
            }
            results.addAll(part.results());
            cancelled = part.cancelled();
        }
        return new ImportReport(results, cancelled);
    }
}
