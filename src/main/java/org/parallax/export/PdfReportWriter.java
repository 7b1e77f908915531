package org.parallax.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.parallax.model.Progress;

/**
 * Lays out a {@link ReportContent} as a PDF: cover, clickable contents, one section per article with its notes and
 * highlighted quotes, comparisons, entity index and a drawn calendar, with running headers, "page / pages" footers,
 * bookmarks and document information. Text uses the shipped DejaVu fonts, embedded, and stays selectable.
 * This class orders the passes; each section has its writer in this package, sharing one {@link PdfReportJob}.
 */
public final class PdfReportWriter {
    /** Writes the report to {@code out}, through a temporary file so that a failure never leaves half a PDF. */
    public void write(ReportContent report, Path out, Progress progress) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".parallax-export", ".pdf");
        try {
            try (PDDocument doc = build(report, progress); OutputStream os = Files.newOutputStream(tmp)) {
                doc.save(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Builds the document in memory (the caller closes it), for saving or for a preview. */
    public PDDocument build(ReportContent r, Progress progress) {
        PDDocument doc = new PDDocument();
        try {
            run(new PdfReportJob(doc, r, progress));
            return doc;
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (IOException ignored) {
                // the original failure matters more
            }
            throw e;
        }
    }

    static PDRectangle rectangle(ReportContent.PageSize size) {
        return size == ReportContent.PageSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
    }

    /**
     * The passes in document order. The contents pages are reserved before the sections and filled after them, once
     * the sections' pages are known; the sections mark their anchors in the order {@link PdfNavigation#plan} lists them.
     */
    private static void run(PdfReportJob job) {
        PdfNavigation nav = new PdfNavigation(job);
        PdfArticleSections articles = new PdfArticleSections(job);
        nav.plan();
        articles.cover();
        nav.reserve();
        articles.articles();
        new PdfComparisonSection(job).write();
        new PdfEntityIndexSection(job).write();
        new PdfCalendarSection(job).write();
        job.l.close();
        nav.finish();
        job.finished();
    }
}
