package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.testsupport.SharedData;

/**
 * Measures the HTML importer on trafilatura's evaluation pages: each page lists snippets that must be in the main
 * text and snippets that must not (trafilatura's own scoring: a kept "with" snippet is a true positive, a kept
 * "without" snippet a false positive), plus title, author and date. Figures are given for all pages and for the two
 * halves by sorted file name (even indices for developing rules, odd ones to check them), written to
 * {@code <buildDir>/html-quality-trafilatura.txt}; the test fails when they fall below the recorded level.
 */
class TrafilaturaEvalQualityTest {
    private static final Logger LOG = Logger.getLogger(TrafilaturaEvalQualityTest.class.getName());
    // Floors a little under the figures measured on 2026-12-04 after the issue 18 metadata and split-body rules (snippet
    // F1 0.9082, title 0.787, author 0.567, date 0.758; see performance.md), so a regression fails.
    // Raised after the issue 18 metadata fixes by kind (title 0.795, author 0.626, date 0.818 on 2026-12-05), and after
    // stop 27's second rounds: body snippet F1 0.9259, title 0.840, author 0.671, date 0.851 (performance.md); after
    // the third rounds body F1 0.9361, author 0.698, date 0.859; after the fourth rounds (stop 28) body F1 0.9404,
    // title 0.853, author 0.738, date 0.864; after the fifth rounds body F1 0.9436, title 0.859, author 0.743; after the
    // sixth rounds (stop 29) body F1 0.9484, title 0.870, author 0.762, date 0.875; after the seventh body round 0.9508;
    // after the eighth (stop 30: the odd half's false positives and negatives, UTF-8 pages with a stray byte) 0.9572;
    // after the seventh metadata round title 0.872, author 0.786, date 0.879; after the ninth body round 0.9595; after
    // the tenth 0.9599, and 0.9611 once soft hyphens are read as the invisible hints they are (squash); after the
    // eighth metadata round title 0.874, author 0.7995; stop 31: title 0.8832, author 0.8476, date 0.8976, body 0.9618;
    // stop 32's eleventh title and date round: title 0.8848, date 0.9032; its twelfth body round 0.9622;
    // the twelfth metadata round author 0.8529, date 0.9069; stop 38's thirteenth: title 0.8896, date 0.9088.
    private static final double MIN_F1 = 0.9615;
    private static final double MIN_TITLE_RATE = 0.889;
    private static final double MIN_AUTHOR_RATE = 0.850;
    private static final double MIN_DATE_RATE = 0.908;

    record PageResult(String file, int tp, int fn, int fp, int tn, Boolean titleOk, Boolean authorOk, Boolean dateOk,
                      String got, String error, boolean titleInPage, boolean authorInPage, boolean authorInvented,
                      boolean dateInvented) {
    }

    @Test
    void keepsTheMainTextAndLeavesFurnitureOutAboveTheRecordedLevel() throws IOException {
        Path root = SharedData.path("html-pages/trafilatura-eval");
        JsonNode all = new ObjectMapper().readTree(root.resolve("expected.json").toFile());
        List<JsonNode> entries = new ArrayList<>();
        all.forEach(entries::add);
        entries.sort(Comparator.comparing(e -> e.get("file").asText()));
        HtmlImporter importer = new HtmlImporter();
        List<PageResult> results = new ArrayList<>();
        for (JsonNode e : entries) results.add(measure(importer, root, e));

        StringBuilder report = new StringBuilder();
        report.append(summary("all", results));
        report.append(summary("even (develop)", half(results, 0)));
        report.append(summary("odd (check)", half(results, 1)));
        report.append(String.format(Locale.ROOT, "title on the %d pages whose expected title is in the page %.4f; author on the"
                        + " %d pages whose expected author is %.4f%n",
                results.stream().filter(r -> r.titleOk() != null && r.titleInPage()).count(),
                rate(results.stream().filter(PageResult::titleInPage).toList(), PageResult::titleOk),
                results.stream().filter(r -> r.authorOk() != null && r.authorInPage()).count(),
                rate(results.stream().filter(PageResult::authorInPage).toList(), PageResult::authorOk)));
        // the rates count only pages with an expected value, so a rule that invents an author or a date where the gold
        // has none would go unseen without these counts
        report.append(String.format(Locale.ROOT, "extracted without an expected value (all / even / odd): author %s,"
                        + " date %s%n", invented(results, PageResult::authorInvented),
                invented(results, PageResult::dateInvented)));
        report.append("\nworst pages (missed with + kept without):\n");
        results.stream().sorted(Comparator.comparingInt((PageResult r) -> -(r.fn() + r.fp()))).limit(25)
                .forEach(r -> report.append(String.format(Locale.ROOT, "  %s missed %d kept %d%s%n", r.file(), r.fn(),
                        r.fp(), r.error() == null ? "" : " " + r.error())));
        report.append("\nmetadata misses:\n");
        for (PageResult r : results) {
            if (Boolean.FALSE.equals(r.titleOk()) || Boolean.FALSE.equals(r.authorOk()) || Boolean.FALSE.equals(r.dateOk())) {
                report.append("  ").append(r.file()).append(' ').append(r.got()).append('\n');
            }
        }
        report.append("\nauthor or date extracted where none is expected:\n");
        for (PageResult r : results) {
            if (r.authorInvented() || r.dateInvented()) report.append("  ").append(r.file()).append(' ').append(r.got()).append('\n');
        }
        Path out = Paths.get(System.getProperty("parallax.buildDir", "target"), "html-quality-trafilatura.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        LOG.info(() -> "trafilatura-eval extraction quality (" + out + "):\n" + report);

        assertTrue(f1(results) >= MIN_F1, "snippet F1 " + f1(results));
        assertTrue(rate(results, PageResult::titleOk) >= MIN_TITLE_RATE, "title rate " + rate(results, PageResult::titleOk));
        assertTrue(rate(results, PageResult::authorOk) >= MIN_AUTHOR_RATE, "author rate " + rate(results, PageResult::authorOk));
        assertTrue(rate(results, PageResult::dateOk) >= MIN_DATE_RATE, "date rate " + rate(results, PageResult::dateOk));
    }

    private static PageResult measure(HtmlImporter importer, Path root, JsonNode e) throws IOException {
        String file = e.get("file").asText();
        Path source = root.resolve(file);
        List<String> with = strings(e.get("with"));
        List<String> without = strings(e.get("without"));
        String title = nonEmpty(e.get("title"));
        String author = nonEmpty(e.get("author"));
        String date = nonEmpty(e.get("date"));
        ArticleDraft draft;
        try {
            draft = importer.parse(new SourceFile(source, Files.readAllBytes(source)));
        } catch (ImportException | RuntimeException x) {
            return new PageResult(file, 0, with.size(), 0, without.size(), title == null ? null : false,
                    author == null ? null : false, date == null ? null : false, "", x.toString(), true, true, false, false);
        }
        String body = squash(bodyText(draft));
        int tp = 0;
        int fp = 0;
        for (String s : with) if (body.contains(squash(s))) tp++;
        for (String s : without) if (body.contains(squash(s))) fp++;
        Boolean titleOk = title == null ? null : HtmlExtractionQualityTest.normal(title)
                .equals(HtmlExtractionQualityTest.normal(draft.meta().title()));
        Boolean authorOk = author == null ? null : names(author).equals(names(draft.meta().author()));
        // compared as text: one expected date in evaldata is not a calendar date ("2022-29-11") and simply never matches
        Boolean dateOk = date == null ? null : date.substring(0, Math.min(10, date.length()))
                .equals(String.valueOf(draft.meta().published()));
        String got = "title=\"" + draft.meta().title() + "\"/\"" + title + "\" author=\"" + draft.meta().author()
                + "\"/\"" + author + "\" date=" + draft.meta().published() + "/" + date;
        // an expected title or author written nowhere in the page (hand-made by the set's authors) cannot be read from it
        String page = HtmlExtractionQualityTest.normal(Parser.unescapeEntities(Files.readString(source,
                java.nio.charset.StandardCharsets.ISO_8859_1), false));
        String pageUtf8 = HtmlExtractionQualityTest.normal(Parser.unescapeEntities(new String(Files.readAllBytes(source),
                java.nio.charset.StandardCharsets.UTF_8), false));
        boolean titleIn = title == null || pageUtf8.contains(HtmlExtractionQualityTest.normal(title))
                || page.contains(HtmlExtractionQualityTest.normal(title));
        boolean authorIn = author == null || pageUtf8.contains(HtmlExtractionQualityTest.normal(author).strip())
                || page.contains(HtmlExtractionQualityTest.normal(author).strip());
        boolean authorInvented = author == null && draft.meta().author() != null && !draft.meta().author().isBlank();
        boolean dateInvented = date == null && draft.meta().published() != null;
        return new PageResult(file, tp, with.size() - tp, fp, without.size() - fp, titleOk, authorOk, dateOk, got, null,
                titleIn, authorIn, authorInvented, dateInvented);
    }

    /** The main text: title, byline, date line and captions are set apart, as trafilatura's scoring has them. */
    static String bodyText(ArticleDraft draft) {
        StringBuilder sb = new StringBuilder();
        for (Block b : draft.blocks()) {
            if (b.type() == BlockType.TITLE || b.type() == BlockType.BYLINE || b.type() == BlockType.DATE
                    || b.type() == BlockType.CAPTION) {
                continue;
            }
            sb.append(b.textIn(draft.text())).append('\n');
        }
        return sb.toString();
    }

    /** How many pages have the mark, over all pages / the even half / the odd half. */
    private static String invented(List<PageResult> rs, java.util.function.Predicate<PageResult> mark) {
        return rs.stream().filter(mark).count() + " / " + half(rs, 0).stream().filter(mark).count() + " / "
                + half(rs, 1).stream().filter(mark).count();
    }

    /** Every second page from {@code start}: the halves by sorted name. */
    static <T> List<T> half(List<T> all, int start) {
        List<T> out = new ArrayList<>();
        for (int i = start; i < all.size(); i += 2) out.add(all.get(i));
        return out;
    }

    private static String summary(String label, List<PageResult> rs) {
        int tp = rs.stream().mapToInt(PageResult::tp).sum();
        int fn = rs.stream().mapToInt(PageResult::fn).sum();
        int fp = rs.stream().mapToInt(PageResult::fp).sum();
        int tn = rs.stream().mapToInt(PageResult::tn).sum();
        return String.format(Locale.ROOT, "%s: pages %d precision %.4f recall %.4f F1 %.4f accuracy %.4f"
                        + " | title %.4f author %.4f date %.4f%n", label, rs.size(), tp / (double) (tp + fp),
                tp / (double) (tp + fn), f1(rs), (tp + tn) / (double) (tp + tn + fp + fn),
                rate(rs, PageResult::titleOk), rate(rs, PageResult::authorOk), rate(rs, PageResult::dateOk));
    }

    private static double f1(List<PageResult> rs) {
        int tp = rs.stream().mapToInt(PageResult::tp).sum();
        int fn = rs.stream().mapToInt(PageResult::fn).sum();
        int fp = rs.stream().mapToInt(PageResult::fp).sum();
        double p = tp / (double) (tp + fp);
        double r = tp / (double) (tp + fn);
        return 2 * p * r / (p + r);
    }

    private static double rate(List<PageResult> rs, java.util.function.Function<PageResult, Boolean> f) {
        long n = rs.stream().filter(r -> f.apply(r) != null).count();
        return rs.stream().filter(r -> Boolean.TRUE.equals(f.apply(r))).count() / (double) n;
    }

    /** Author lists compare as sets of normalized names, whatever separates them. */
    private static java.util.Set<String> names(String s) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        if (s == null) return out;
        for (String n : s.split("\\s*(?:[;,]|\\band\\b|\\bund\\b)\\s*")) {
            String t = HtmlExtractionQualityTest.normal(n).replaceFirst("^(by|von)\\s+", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /**
     * Text as a reader sees it: no-break spaces and runs of white space as one space, and no soft hyphens (U+00AD, an
     * invisible hint where a word may break; Parallax drops them from stored text, see BlockWalker, and the set's
     * snippets keep them where the page had them).
     */
    private static String squash(String s) {
        return s.replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ").strip();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String nonEmpty(JsonNode n) {
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
