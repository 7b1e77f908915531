package org.parallax.app.cli;

import java.nio.file.Path;
import java.time.Clock;
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
import org.parallax.ingest.Importers;
import org.parallax.model.Progress;

/**
 * {@code import PATH...}: imports files and folders, one report line per file. Exit 1 when any file failed;
 * the others are still imported, each in its own transaction.
 */
@Command(name = "import", description = "Import articles from files and folders (text, Markdown, HTML, PDF).")
final class ImportCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, or folders to search for articles.")
    private List<Path> paths;

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

    /** The whole report as written in JSON. */
    record ReportJson(long imported, long duplicates, long failed, boolean cancelled, List<FileJson> files) {
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
        ImportService service = maxBytes == ImportService.DEFAULT_MAX_BYTES ? ctx.imports()
                : new ImportService(ctx.articles(), Importers.defaults(), maxBytes, Clock.systemUTC());
        if (service != ctx.imports()) service.onImported(ctx.stories()::imported);
        Progress progress = terminal() && !json() ? new TerminalProgress(err()) : Progress.NONE;
        ImportReport report = service.importPaths(paths, progress);
        if (progress instanceof TerminalProgress tp) tp.clear();

        if (json()) {
            printJson(new ReportJson(report.count(ImportResult.Status.IMPORTED), report.count(ImportResult.Status.DUPLICATE),
                    report.count(ImportResult.Status.FAILED), report.cancelled(),
                    report.results().stream().map(FileJson::of).toList()));
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
}
