package org.parallax.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.parallax.model.ArticleDraft;
import org.parallax.model.DateSource;

/**
 * Reads the text layer of a PDF (PDFBox): lines are joined back into paragraphs, running headers and page numbers
 * are dropped, and the result is laid out like a plain-text article. Title and author come from the document info
 * when present, the creation date becomes the publication date. Damaged, password-protected and image-only PDFs
 * are refused with a reason.
 */
public final class PdfImporter implements Importer {
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?$");
    /** Titles that PDF producers write on their own, which say nothing about the article. */
    private static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)^(untitled.*|microsoft word - .*|document\\d*|.*\\.(docx?|pdf|odt|rtf|txt|html?)|title)$");

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public boolean accepts(SourceFile file) {
        return file.startsWithIgnoreCase("%PDF-") || file.lowerName().endsWith(".pdf");
    }

    @Override
    public ArticleDraft parse(SourceFile file) throws ImportException {
        byte[] bytes = file.bytes();
        if (!file.startsWithIgnoreCase("%PDF-")) {
            throw new ImportException("is not a PDF (its name ends in .pdf but it has no PDF header)");
        }
        if (!hasEndMarker(bytes)) {
            throw new ImportException("is a damaged PDF: it is truncated (no end-of-file marker). Download or copy it again");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            MetaBuilder meta = new MetaBuilder();
            PDDocumentInformation info = doc.getDocumentInformation();
            if (info != null) {
                String title = info.getTitle();
                if (title != null && !JUNK_TITLE.matcher(title.strip()).matches()) meta.titleIfAbsent(title);
                meta.authorIfAbsent(info.getAuthor());
                meta.publishedIfAbsent(date(info.getCreationDate()), DateSource.PAGE_METADATA);
            }
            String text = extract(doc);
            if (text.isBlank()) {
                throw new ImportException("has no text layer (it is probably a scan); run it through OCR first");
            }
            List<PlainTextImporter.Unit> units = new ArrayList<>();
            for (String u : TextHeuristics.units(text, true)) units.add(new PlainTextImporter.Unit(u, null));
            return PlainTextImporter.assemble(units, meta);
        } catch (InvalidPasswordException e) {
            throw new ImportException("is password-protected; open it in a PDF reader, save an unprotected copy, and import that", e);
        } catch (IOException e) {
            throw new ImportException("is a damaged PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // PDFBox signals some broken structures with unchecked exceptions
            throw new ImportException("is a damaged PDF: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
        }
    }

    /** A whole PDF ends with {@code %%EOF} (perhaps followed by a little white space or junk). */
    private static boolean hasEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static LocalDate date(Calendar c) {
        if (c == null) return null;
        return c.toInstant().atZone(c.getTimeZone() == null ? ZoneId.of("UTC") : c.getTimeZone().toZoneId()).toLocalDate();
    }

    /**
     * The text of all pages, a blank line between paragraphs, without page numbers and without running headers and
     * footers: a short line standing alone at the top or bottom of a page that recurs on other pages.
     */
    private static String extract(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart("\n");
        stripper.setParagraphEnd("");
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<String> lines = new ArrayList<>();
            for (String l : stripper.getText(doc).split("\n", -1)) {
                String t = TextHeuristics.clean(l);
                if (!PAGE_NUMBER.matcher(t).matches()) lines.add(t);
            }
            pages.add(lines);
        }
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> page : pages) {
            for (int k : edges(page)) edgeCounts.merge(edgeKey(page.get(k)), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        for (List<String> page : pages) {
            List<Integer> edges = edges(page);
            for (int k = 0; k < page.size(); k++) {
                if (pages.size() > 1 && edges.contains(k) && edgeCounts.get(edgeKey(page.get(k))) > 1) continue;
                out.append(page.get(k)).append('\n');
            }
        }
        return out.toString();
    }

    /** Indexes of the first and last non-blank lines of a page when they are short and stand alone. */
    private static List<Integer> edges(List<String> page) {
        List<Integer> e = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int k = 0; k < page.size(); k++) {
            if (page.get(k).isEmpty()) continue;
            if (first < 0) first = k;
            last = k;
        }
        for (int k : new int[] {first, last}) {
            if (k < 0 || e.contains(k) || TextHeuristics.wordCount(page.get(k)) > 10) continue;
            boolean aloneBefore = k == 0 || page.get(k - 1).isEmpty();
            boolean aloneAfter = k == page.size() - 1 || page.get(k + 1).isEmpty();
            if (aloneBefore && aloneAfter) e.add(k);
        }
        return e;
    }

    private static String edgeKey(String line) {
        return TextHeuristics.clean(line).replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }
}
