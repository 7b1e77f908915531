package org.parallax.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.parallax.export.MarkdownReportWriter;
import org.parallax.export.NoteSource;
import org.parallax.export.PdfReportWriter;
import org.parallax.export.ReportBuilder;
import org.parallax.export.ReportContent;
import org.parallax.export.ReportOptions;
import org.parallax.export.StoreNoteSource;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Progress;

/**
 * Exports reports for the window and the command line alike: picks the articles (given ids, a story, or the whole
 * library), builds the report content from the library and writes it as PDF or Markdown. Blocking.
 */
public final class ReportService {
    private static final Logger LOG = Logger.getLogger(ReportService.class.getName());

    /** What an export wrote. {@code pages} is 0 for Markdown. */
    public record Result(Path file, int pages, int articles, int notes) {
    }

    private final AppContext ctx;
    private final ReportBuilder builder;
    private final StoryService stories;

    /** Reports with the user's notes from the library. */
    public ReportService(AppContext ctx) {
        this(ctx, new StoreNoteSource(ctx.notes()));
    }

    public ReportService(AppContext ctx, NoteSource notes) {
        this.ctx = ctx;
        this.stories = ctx.stories();
        this.builder = new ReportBuilder(ctx.articles(), ctx.mentions(), ctx.entities(), ctx.events(), notes,
                new ReportComparisons(ctx.compare(), stories));
    }

    /** The articles of the report: the given ids, else the story of {@code storyOf}, else the whole library. */
    public List<Long> choose(List<Long> ids, Long storyOf) {
        if (ids != null && !ids.isEmpty()) return ids;
        if (storyOf != null) {
            // the named article first, then the other versions in id order
            List<Long> story = new ArrayList<>(List.of(storyOf));
            stories.storyOf(storyOf).stream().filter(id -> id != storyOf.longValue()).sorted().forEach(story::add);
            return story;
        }
        return ctx.articles().list().stream().map(ArticleSummary::id).toList();
    }

    public ReportContent content(List<Long> ids, ReportOptions options) {
        return builder.build(ids, options);
    }

    /**
     * Checks {@code out} as a report file for this library (see {@link OutputTarget}): refused with a one-line
     * {@link OutputTarget.Refused} when it is the library or one of its files, not a regular file, or exists and
     * {@code replace} is false.
     */
    public OutputTarget target(Path out, boolean replace) throws IOException {
        return OutputTarget.file(out, ctx.database().file(), replace);
    }

    /** Writes the PDF to {@code out}, replacing a regular file there (the window's save dialog asked first). */
    public Result writePdf(ReportContent content, Path out, Progress progress) throws IOException {
        return writePdf(content, target(out, true), progress);
    }

    /** Writes the PDF through {@code target}: a failed write leaves any file there as it was. */
    public Result writePdf(ReportContent content, OutputTarget target, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        int pages;
        try (PDDocument doc = new PdfReportWriter().build(content, progress)) {
            pages = doc.getNumberOfPages();
            target.createFolder();
            target.write(doc::save);
        }
        Path out = target.requested();
        LOG.info(() -> String.format("Exported %s: %d pages in %d ms", out, pages, (System.nanoTime() - t0) / 1_000_000));
        return new Result(out, pages, content.articles().size(), notes(content));
    }

    /** Writes the Markdown to {@code out}, replacing a regular file there. */
    public Result writeMarkdown(ReportContent content, Path out) throws IOException {
        return writeMarkdown(content, target(out, true));
    }

    /** Writes the Markdown through {@code target}: a failed write leaves any file there as it was. */
    public Result writeMarkdown(ReportContent content, OutputTarget target) throws IOException {
        String md = new MarkdownReportWriter().render(content);
        target.createFolder();
        target.writeText(w -> w.write(md));
        return new Result(target.requested(), 0, content.articles().size(), notes(content));
    }

    private static int notes(ReportContent c) {
        return c.articles().stream().mapToInt(a -> a.notes().size() + a.articleNotes().size()).sum();
    }
}
