package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleDraft;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.testsupport.SharedData;

/**
 * Measures the HTML importer on Mozilla Readability's 130 real test pages: title, byline and date match rates
 * against expected-metadata.json, and token-level F1 of the body blocks against expected.html. Writes the figures
 * and the worst pages to {@code <buildDir>/html-quality.txt} and fails when they fall below the recorded level.
 */
class HtmlExtractionQualityTest {
    private static final Logger LOG = Logger.getLogger(HtmlExtractionQualityTest.class.getName());
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // Floors a little under the figures measured on 2026-12-04 after the issue 18 metadata rules (title 0.892, with the
    // site name set apart 0.938, mean F1 0.9836, byline 0.842, date 1.0; see html-quality.txt and performance.md), so a
    // regression fails the build. The plain title figure fell from 0.969: Readability's titles keep "| Site" suffixes.
    // After the issue 18 fixes by kind (2026-12-05: title 0.885, site apart 0.931, byline 0.816): the byline figure fell
    // where the page marks up the writer and Readability's reference appends the desk ("... WebMD Health News"), and one
    // title where Readability keeps "| Factorio"; performance.md counts those apart. Body floor raised after the body
    // fixes by kind of stop 27 (mean F1 0.9854: formulas kept, 2026-12-05).
    private static final double MIN_TITLE_RATE = 0.875;
    private static final double MIN_TITLE_SITE_APART_RATE = 0.92;
    private static final double MIN_MEAN_F1 = 0.984;
    private static final double MIN_BYLINE_RATE = 0.82;
    private static final double MIN_DATE_RATE = 0.97;

    record PageResult(String name, boolean titleOk, boolean titleSiteApartOk, String title, String expectedTitle, Boolean bylineOk,
                      boolean bylineNameOk, String byline, String expectedByline, Boolean dateOk, double f1,
                      String error) {
    }

    @Test
    void extractsTitlesAndBodiesOfRealPagesAboveTheRecordedLevel() throws IOException {
        Path root = SharedData.path("html-pages/mozilla-readability-test-pages");
        List<Path> pages;
        try (Stream<Path> s = Files.list(root)) {
            pages = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        HtmlImporter importer = new HtmlImporter();
        List<PageResult> results = new ArrayList<>();
        long nanos = 0;
        for (Path page : pages) {
            JsonNode expected = json.readTree(page.resolve("expected-metadata.json").toFile());
            String expectedBody = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
            String expectedTitle = textOrNull(expected.get("title"));
            String expectedByline = textOrNull(expected.get("byline"));
            String expectedTime = textOrNull(expected.get("publishedTime"));
            Path source = page.resolve("source.html");
            SourceFile file = new SourceFile(source, Files.readAllBytes(source));
            ArticleDraft draft;
            long t0 = System.nanoTime();
            try {
                draft = importer.parse(file);
            } catch (ImportException | RuntimeException e) {
                nanos += System.nanoTime() - t0;
                results.add(new PageResult(name(page), false, false, null, expectedTitle,
                        expectedByline == null ? null : false, false, null, expectedByline,
                        expectedTime == null ? null : false, 0, e.toString()));
                continue;
            }
            nanos += System.nanoTime() - t0;
            String title = draft.meta().title();
            // a page without any title is matched by a title we say we derived from the text
            boolean titleOk = expectedTitle != null && (normal(expectedTitle).equals(normal(title))
                    || (expectedTitle.isBlank() && draft.meta().titleDerived()));
            // Readability keeps the site's name in the title ("... | eHow") and reports it as siteName too; we keep
            // it only as the site name, so this second measure compares the expected title without that part
            boolean titleSiteApartOk = titleOk || (expectedTitle != null
                    && normal(withoutSite(expectedTitle, textOrNull(expected.get("siteName")))).equals(normal(title)));
            Boolean bylineOk = expectedByline == null ? null : sameByline(expectedByline, draft.meta().author());
            // Readability's expected bylines often run on into the date; compare names once both are cleaned alike
            boolean bylineNameOk = expectedByline != null
                    && sameByline(String.valueOf(HtmlImporter.authorFromByline(expectedByline)), draft.meta().author());
            Boolean dateOk = expectedTime == null ? null
                    : LocalDate.parse(expectedTime.substring(0, 10)).equals(draft.meta().published());
            double f1 = f1(bodyBlocksText(draft), expectedBody);
            results.add(new PageResult(name(page), titleOk, titleSiteApartOk, title, expectedTitle, bylineOk, bylineNameOk,
                    draft.meta().author(),
                    expectedByline, dateOk, f1, null));
        }

        int n = results.size();
        double titleRate = results.stream().filter(PageResult::titleOk).count() / (double) n;
        double titleSiteApartRate = results.stream().filter(PageResult::titleSiteApartOk).count() / (double) n;
        double meanF1 = results.stream().mapToDouble(PageResult::f1).average().orElse(0);
        long bylineN = results.stream().filter(r -> r.bylineOk() != null).count();
        double bylineRate = results.stream().filter(r -> Boolean.TRUE.equals(r.bylineOk())).count() / (double) bylineN;
        double bylineNameRate = results.stream().filter(r -> r.bylineOk() != null && (r.bylineOk() || r.bylineNameOk()))
                .count() / (double) bylineN;
        long dateN = results.stream().filter(r -> r.dateOk() != null).count();
        double dateRate = results.stream().filter(r -> Boolean.TRUE.equals(r.dateOk())).count() / (double) dateN;

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "pages %d%ntitle match %.4f (%d/%d)%ntitle match, site name set apart %.4f%nmean body F1 %.4f%n"
                        + "median body F1 %.4f%npages with F1 >= 0.9: %d%nbyline match %.4f (of %d pages with a byline)%n"
                        + "byline name match %.4f (expected byline stripped of dates and 'By' like ours)%n"
                        + "date match %.4f (of %d pages with a date)%ntime per page %.1f ms%n",
                n, titleRate, results.stream().filter(PageResult::titleOk).count(), n, titleSiteApartRate, meanF1, median(results),
                results.stream().filter(r -> r.f1() >= 0.9).count(), bylineRate, bylineN, bylineNameRate, dateRate, dateN,
                nanos / 1e6 / n));
        for (int h = 0; h < 2; h++) {
            List<PageResult> half = TrafilaturaEvalQualityTest.half(results, h);
            report.append(String.format(Locale.ROOT, "%s half: pages %d mean body F1 %.4f title %.4f (site apart %.4f) byline %.4f date %.4f%n",
                    h == 0 ? "even (develop)" : "odd (check)", half.size(),
                    half.stream().mapToDouble(PageResult::f1).average().orElse(0),
                    half.stream().filter(PageResult::titleOk).count() / (double) half.size(),
                    half.stream().filter(PageResult::titleSiteApartOk).count() / (double) half.size(),
                    half.stream().filter(r -> Boolean.TRUE.equals(r.bylineOk())).count()
                            / (double) half.stream().filter(r -> r.bylineOk() != null).count(),
                    half.stream().filter(r -> Boolean.TRUE.equals(r.dateOk())).count()
                            / (double) half.stream().filter(r -> r.dateOk() != null).count()));
        }
        report.append("\nworst body F1:\n");
        results.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(10)
                .forEach(r -> report.append(String.format(Locale.ROOT, "  %.3f %s%s%n", r.f1(), r.name(),
                        r.error() == null ? "" : " " + r.error())));
        report.append("\ntitle misses:\n");
        results.stream().filter(r -> !r.titleOk())
                .forEach(r -> report.append("  ").append(r.name()).append(": got \"").append(r.title())
                        .append("\" expected \"").append(r.expectedTitle()).append("\"\n"));
        report.append("\nbyline misses:\n");
        results.stream().filter(r -> Boolean.FALSE.equals(r.bylineOk()))
                .forEach(r -> report.append("  ").append(r.name()).append(": got \"").append(r.byline())
                        .append("\" expected \"").append(r.expectedByline()).append("\"\n"));
        report.append("\ndate misses: ").append(results.stream().filter(r -> Boolean.FALSE.equals(r.dateOk()))
                .map(PageResult::name).collect(Collectors.joining(", "))).append('\n');
        Path out = Paths.get(System.getProperty("parallax.buildDir", "target"), "html-quality.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        LOG.info(() -> "HTML extraction quality (" + out + "):\n" + report);

        assertTrue(titleRate >= MIN_TITLE_RATE, "title match rate " + titleRate);
        assertTrue(titleSiteApartRate >= MIN_TITLE_SITE_APART_RATE, "title match rate, site apart " + titleSiteApartRate);
        assertTrue(meanF1 >= MIN_MEAN_F1, "mean body F1 " + meanF1);
        assertTrue(bylineRate >= MIN_BYLINE_RATE, "byline match rate " + bylineRate);
        assertTrue(dateRate >= MIN_DATE_RATE, "date match rate " + dateRate);
    }

    /** The article body only: what expected.html holds, so the TITLE and BYLINE blocks we add are left out. */
    static String bodyBlocksText(ArticleDraft draft) {
        StringBuilder sb = new StringBuilder();
        for (Block b : draft.blocks()) {
            if (b.type() == BlockType.TITLE || b.type() == BlockType.BYLINE || b.type() == BlockType.DATE) continue;
            sb.append(b.textIn(draft.text())).append('\n');
        }
        return sb.toString();
    }

    static double f1(String got, String expected) {
        Map<String, Integer> a = tokens(got);
        Map<String, Integer> b = tokens(expected);
        int na = a.values().stream().mapToInt(Integer::intValue).sum();
        int nb = b.values().stream().mapToInt(Integer::intValue).sum();
        if (na == 0 && nb == 0) return 1;
        int common = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        if (common == 0) return 0;
        double p = common / (double) na;
        double r = common / (double) nb;
        return 2 * p * r / (p + r);
    }

    static Map<String, Integer> tokens(String s) {
        Map<String, Integer> m = new HashMap<>();
        Matcher x = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (x.find()) m.merge(x.group(), 1, Integer::sum);
        return m;
    }

    static String normal(String s) {
        if (s == null) return "";
        return s.toLowerCase(Locale.ROOT).replace('\u00A0', ' ')
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032`´]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033«»]", "\"")
                .replaceAll("\\s+", " ").strip();
    }

    private static boolean sameByline(String expected, String got) {
        String e = normal(expected).replaceFirst("^by\\s+", "");
        String g = normal(got).replaceFirst("^by\\s+", "");
        return !g.isEmpty() && e.equals(g);
    }

    /** The title without a first or last part that is the site's name ("How to ... | eHow" without " | eHow"). */
    static String withoutSite(String title, String site) {
        if (site == null || site.isBlank()) return title;
        String q = Pattern.quote(site.strip());
        return title.strip().replaceFirst("(?i)\\s+[|\\-–—·•:»/]{1,2}\\s+" + q + "$", "")
                .replaceFirst("(?i)^" + q + "\\s+[|\\-–—·•:»/]{1,2}\\s+", "");
    }

    private static double median(List<PageResult> results) {
        double[] f = results.stream().mapToDouble(PageResult::f1).sorted().toArray();
        return f.length == 0 ? 0 : f[f.length / 2];
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String name(Path page) {
        return page.getFileName().toString();
    }
}
