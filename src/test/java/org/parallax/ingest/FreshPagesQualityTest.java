package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleDraft;

/**
 * Measures the HTML importer on the freshly written pages of {@code src/test/resources/fresh-pages/} (see its README):
 * invented saved news pages of publishing systems the metadata rules were not tuned on, with their gold written before
 * the importer first ran on them. Each page must give its title, its authors (or none) and its date (or none), keep the
 * body snippets it must keep and leave out the furniture it must leave out. The figures per page and in total are
 * written to {@code <buildDir>/fresh-pages-quality.txt}; the test fails when a total falls below the recorded level.
 * The second set, {@code src/test/resources/fresh-pages2/}, is scored the same way into
 * {@code <buildDir>/fresh-pages2-quality.txt}, the third, {@code src/test/resources/fresh-pages3/}, into
 * {@code <buildDir>/fresh-pages3-quality.txt}, the fourth, {@code src/test/resources/fresh-pages4/}, into
 * {@code <buildDir>/fresh-pages4-quality.txt}, the fifth, {@code src/test/resources/fresh-pages5/}, into
 * {@code <buildDir>/fresh-pages5-quality.txt}, the sixth, {@code src/test/resources/fresh-pages6/}, into
 * {@code <buildDir>/fresh-pages6-quality.txt}, the seventh, {@code src/test/resources/fresh-pages7/}, into
 * {@code <buildDir>/fresh-pages7-quality.txt}, the eighth, {@code src/test/resources/fresh-pages8/}, into
 * {@code <buildDir>/fresh-pages8-quality.txt}, the tenth, {@code src/test/resources/fresh-pages10/}, into
 * {@code <buildDir>/fresh-pages10-quality.txt}.
 */
class FreshPagesQualityTest {
    private static final Logger LOG = Logger.getLogger(FreshPagesQualityTest.class.getName());
    private static final int PAGES = 24;
    // Floors at the counts of the held-out first run (2026-12-07: title 21, author 19, date 22 of 24 pages; body
    // snippets kept 72 of 72, furniture left out 70 of 72), so losing one page or one snippet fails; raised after the
    // fixes by kind of stop 40 (bylines, a sharing title cut short, a point clock, a wire's date): 23, 24, 24.
    private static final int MIN_TITLES = 23;
    private static final int MIN_AUTHORS = 24;
    private static final int MIN_DATES = 24;
    private static final int MIN_KEPT = 72;
    private static final int MIN_LEFT_OUT = 70;
    private static final int PAGES2 = 20;
    // Floors of the second set at the counts of its held-out first run (2026-12-07: title 20, author 13, date 20 of 20
    // pages; body snippets kept 59 of 60, furniture left out 59 of 60); authors raised to 17 after the fixes by kind of
    // stop 40 (a JSON-LD list crediting the paper, "Reporter:", an agency's end credit, "Redazione" and "di ..."), to 18
    // at stop 41 (a byline in the article's own footer), to 19 at stop 42 (a byline block marked by data-testid).
    private static final int MIN_TITLES2 = 20;
    private static final int MIN_AUTHORS2 = 19;
    private static final int MIN_DATES2 = 20;
    private static final int MIN_KEPT2 = 59;
    private static final int MIN_LEFT_OUT2 = 59;
    private static final int PAGES3 = 20;
    // Floors of the third set at the counts of its held-out first run (2026-12-07: title 19, author 13, date 17 of 20
    // pages; body snippets kept 60 of 60, furniture left out 59 of 60), so losing one page or one snippet fails; raised
    // after the fixes by kind of stop 41 (a photographer in JSON-LD, a site-name tab title, Next.js props, byline labels,
    // "Redaksi ...", a podcast's host, "Updated" before "Published", a day-first URL date): 20, 20, 20.
    private static final int MIN_TITLES3 = 20;
    private static final int MIN_AUTHORS3 = 20;
    private static final int MIN_DATES3 = 20;
    private static final int MIN_KEPT3 = 60;
    private static final int MIN_LEFT_OUT3 = 59;
    private static final int PAGES4 = 20;
    // Floors of the fourth set at the counts of its held-out first run (2026-12-07: title 19, author 13, date 18 of 20
    // pages; body snippets kept 60 of 60, furniture left out 60 of 60), so losing one page or one snippet fails; raised
    // after the fixes by kind of stop 41 (staff credits, three bylines, "Guest column by", Romanian "de", "auth-" classes,
    // agencies after the name, "기자", "X FOR Y", a breadcrumb title, Czech months, "Posted: 4/7/2036"): 20, 19, 20.
    private static final int MIN_TITLES4 = 20;
    private static final int MIN_AUTHORS4 = 19;
    private static final int MIN_DATES4 = 20;
    private static final int MIN_KEPT4 = 60;
    private static final int MIN_LEFT_OUT4 = 60;
    private static final int PAGES5 = 20;
    // Floors of the fifth set at the counts of its held-out first run (2026-12-07: title 19, author 12, date 15 of 20
    // pages; body snippets kept 60 of 60, furniture left out 60 of 60), so losing one page or one snippet fails; raised
    // after the fixes by kind of stop 42 ("Submitted by", "Interview by", "Van onze verslaggever", a role with no name, a
    // translator, writer-page links, a closing bold name, Greek and Dutch months, day-first digits, data-published, a
    // logo h1): 20, 20, 20.
    private static final int MIN_TITLES5 = 20;
    private static final int MIN_AUTHORS5 = 20;
    private static final int MIN_DATES5 = 20;
    private static final int MIN_KEPT5 = 60;
    private static final int MIN_LEFT_OUT5 = 60;
    private static final int PAGES6 = 20;
    // Floors of the sixth set at the counts of its held-out first run (2026-12-07: title 20, author 15, date 18 of 20
    // pages; body snippets kept 60 of 60, furniture left out 57 of 60), so losing one page or one snippet fails; raised
    // after the fixes by kind of stop 42 (a data-testid byline block, "Fact check by", repeated author tags, a <time>'s
    // offset, "Szöveg és fotó:", an Arabic place before the name, Arabic months, component-named boxes, link asides,
    // support boxes): 20, 20, 20, furniture 60.
    private static final int MIN_TITLES6 = 20;
    private static final int MIN_AUTHORS6 = 20;
    private static final int MIN_DATES6 = 20;
    private static final int MIN_KEPT6 = 60;
    private static final int MIN_LEFT_OUT6 = 60;
    private static final int PAGES7 = 20;
    // Floors of the seventh set (pages as users save them) at the counts of its held-out first run (2026-12-07: title
    // 19, author 15, date 17 of 20 pages; body snippets kept 60 of 60, furniture left out 58 of 60), so losing one page
    // or one snippet fails; raised after the fixes by kind of stop 42 (a capture time in the date tags, a translated
    // headline, Reader View credits, an export's properties, "Originally published on", a name beside a role, a Czech
    // month before "Autor:", a feed's "appeared first on" footer): 20, 20, 20, furniture 59.
    private static final int MIN_TITLES7 = 20;
    private static final int MIN_AUTHORS7 = 20;
    private static final int MIN_DATES7 = 20;
    private static final int MIN_KEPT7 = 60;
    private static final int MIN_LEFT_OUT7 = 59;
    private static final int PAGES8 = 20;
    // Floors of the eighth set (twenty languages) at the counts of its held-out first run (2026-12-07: title 18, author
    // 12, date 12 of 20 pages; body snippets kept 60 of 60, furniture left out 56 of 60), so losing one page or one
    // snippet fails; raised after the fixes by kind of stop 42 (dates in other scripts' digits and month names, Thai
    // Buddhist-era and Solar Hijri years, Chinese year-month-day signs, byline labels of seven more languages, a
    // labelled byline in scripts without capitals, Italian "Pubblicato il"): 18, 19, 20.
    private static final int MIN_TITLES8 = 18;
    private static final int MIN_AUTHORS8 = 19;
    private static final int MIN_DATES8 = 20;
    private static final int MIN_KEPT8 = 60;
    private static final int MIN_LEFT_OUT8 = 56;
    private static final int PAGES10 = 20;
    // Floors of the tenth set (English-language papers outside the US and UK) at the counts of its held-out first run
    // (2026-12-07: title 20, author 12, date 18 of 20
    // pages; body snippets kept 60 of 60, furniture left out 57 of 60), so losing one page or one snippet fails; raised
    // after the fixes by kind of stop 43 (desk credits, "All Rights Reserved", a role after a slash, Joomla's createdby,
    // a city after the name, a role on its own line, an outlet as the JSON-LD author, dates with hyphens): 20, 20, 20.
    private static final int MIN_TITLES10 = 20;
    private static final int MIN_AUTHORS10 = 20;
    private static final int MIN_DATES10 = 20;
    private static final int MIN_KEPT10 = 60;
    private static final int MIN_LEFT_OUT10 = 57;

    record Gold(String file, String title, String authors, String date, List<String> with, List<String> without) {
    }

    record PageResult(String file, boolean titleOk, boolean authorOk, boolean dateOk, int kept, int with, int leftOut,
                      int without, String got, List<String> snippetMisses) {
        boolean metadataOk() {
            return titleOk && authorOk && dateOk;
        }
    }

    @Test
    void readsTitleAuthorsDateAndBodyOfPagesWrittenForTheCheckAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages", PAGES, "fresh pages", "fresh-pages-quality.txt");
        assertAbove(results, MIN_TITLES, MIN_AUTHORS, MIN_DATES, MIN_KEPT, MIN_LEFT_OUT);
    }

    /** The second set, {@code src/test/resources/fresh-pages2/}, written after the first had been used for fixes. */
    @Test
    void readsTheSecondSetOfFreshPagesAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages2", PAGES2, "fresh pages 2", "fresh-pages2-quality.txt");
        assertAbove(results, MIN_TITLES2, MIN_AUTHORS2, MIN_DATES2, MIN_KEPT2, MIN_LEFT_OUT2);
    }

    /** The third set, {@code src/test/resources/fresh-pages3/}, written after the first two had been used for fixes. */
    @Test
    void readsTheThirdSetOfFreshPagesAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages3", PAGES3, "fresh pages 3", "fresh-pages3-quality.txt");
        assertAbove(results, MIN_TITLES3, MIN_AUTHORS3, MIN_DATES3, MIN_KEPT3, MIN_LEFT_OUT3);
    }

    /** The fourth set, {@code src/test/resources/fresh-pages4/}: the most common real layouts, with new variations. */
    @Test
    void readsTheFourthSetOfFreshPagesAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages4", PAGES4, "fresh pages 4", "fresh-pages4-quality.txt");
        assertAbove(results, MIN_TITLES4, MIN_AUTHORS4, MIN_DATES4, MIN_KEPT4, MIN_LEFT_OUT4);
    }

    /** The fifth set, {@code src/test/resources/fresh-pages5/}: common real layouts, sponsors, translators, obituaries. */
    @Test
    void readsTheFifthSetOfFreshPagesAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages5", PAGES5, "fresh pages 5", "fresh-pages5-quality.txt");
        assertAbove(results, MIN_TITLES5, MIN_AUTHORS5, MIN_DATES5, MIN_KEPT5, MIN_LEFT_OUT5);
    }

    /** The sixth set, {@code src/test/resources/fresh-pages6/}: the markup habits of big publishers, three languages. */
    @Test
    void readsTheSixthSetOfFreshPagesAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages6", PAGES6, "fresh pages 6", "fresh-pages6-quality.txt");
        assertAbove(results, MIN_TITLES6, MIN_AUTHORS6, MIN_DATES6, MIN_KEPT6, MIN_LEFT_OUT6);
    }

    /** The seventh set, {@code src/test/resources/fresh-pages7/}: pages as users save them, three languages. */
    @Test
    void readsTheSeventhSetOfFreshPagesAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages7", PAGES7, "fresh pages 7", "fresh-pages7-quality.txt");
        assertAbove(results, MIN_TITLES7, MIN_AUTHORS7, MIN_DATES7, MIN_KEPT7, MIN_LEFT_OUT7);
    }

    /** The eighth set, {@code src/test/resources/fresh-pages8/}: twenty languages, each with its own byline and dates. */
    @Test
    void readsTheEighthSetOfFreshPagesAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages8", PAGES8, "fresh pages 8", "fresh-pages8-quality.txt");
        assertAbove(results, MIN_TITLES8, MIN_AUTHORS8, MIN_DATES8, MIN_KEPT8, MIN_LEFT_OUT8);
    }

    /** The tenth set, {@code src/test/resources/fresh-pages10/}: English-language papers outside the US and UK. */
    @Test
    void readsTheTenthSetOfFreshPagesAboveTheRecordedLevel() throws IOException {
        List<PageResult> results = score("fresh-pages10", PAGES10, "fresh pages 10", "fresh-pages10-quality.txt");
        assertAbove(results, MIN_TITLES10, MIN_AUTHORS10, MIN_DATES10, MIN_KEPT10, MIN_LEFT_OUT10);
    }

    private static List<PageResult> score(String set, int pages, String label, String reportName) throws IOException {
        Path root = folder(set);
        List<Gold> golds = gold(root.resolve("gold.tsv"));
        assertEquals(pages, golds.size(), "pages in " + set + "/gold.tsv");
        HtmlImporter importer = new HtmlImporter();
        List<PageResult> results = new ArrayList<>();
        for (Gold g : golds) results.add(measure(importer, root, g));

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%s: %d | title %d (%.4f) author %d (%.4f) date %d (%.4f)"
                        + " | all three right %d (%.4f) | body snippets kept %d/%d, furniture left out %d/%d%n", label,
                results.size(), count(results, PageResult::titleOk), rate(results, PageResult::titleOk),
                count(results, PageResult::authorOk), rate(results, PageResult::authorOk),
                count(results, PageResult::dateOk), rate(results, PageResult::dateOk),
                count(results, PageResult::metadataOk), rate(results, PageResult::metadataOk),
                kept(results), results.stream().mapToInt(PageResult::with).sum(),
                leftOut(results), results.stream().mapToInt(PageResult::without).sum()));
        report.append("\nper page (T title, A author, D date: + right, - wrong; snippets kept/with left-out/without):\n");
        for (PageResult r : results) {
            report.append(String.format(Locale.ROOT, "  %s T%s A%s D%s %d/%d %d/%d %s%s%n", r.file(), mark(r.titleOk()),
                    mark(r.authorOk()), mark(r.dateOk()), r.kept(), r.with(), r.leftOut(), r.without(), r.got(),
                    r.snippetMisses().isEmpty() ? "" : " snippets: " + r.snippetMisses()));
        }
        Path out = Paths.get(System.getProperty("parallax.buildDir", "target"), reportName);
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        LOG.info(() -> label + " extraction quality (" + out + "):\n" + report);
        return results;
    }

    private static void assertAbove(List<PageResult> results, int titles, int authors, int dates, int keptMin,
                                    int leftOutMin) {
        assertTrue(count(results, PageResult::titleOk) >= titles, "titles " + count(results, PageResult::titleOk));
        assertTrue(count(results, PageResult::authorOk) >= authors, "authors " + count(results, PageResult::authorOk));
        assertTrue(count(results, PageResult::dateOk) >= dates, "dates " + count(results, PageResult::dateOk));
        assertTrue(kept(results) >= keptMin, "snippets kept " + kept(results));
        assertTrue(leftOut(results) >= leftOutMin, "furniture left out " + leftOut(results));
    }

    private static PageResult measure(HtmlImporter importer, Path root, Gold g) throws IOException {
        Path source = root.resolve(g.file());
        ArticleDraft draft;
        try {
            draft = importer.parse(new SourceFile(source, Files.readAllBytes(source)));
        } catch (ImportException | RuntimeException x) {
            return new PageResult(g.file(), false, false, false, 0, g.with().size(), 0, g.without().size(), x.toString(),
                    List.of());
        }
        String body = squash(TrafilaturaEvalQualityTest.bodyText(draft));
        List<String> misses = new ArrayList<>();
        int kept = 0;
        for (String s : g.with()) {
            if (body.contains(squash(s))) kept++;
            else misses.add("missed \"" + s + "\"");
        }
        int leftOut = 0;
        for (String s : g.without()) {
            if (!body.contains(squash(s))) leftOut++;
            else misses.add("kept \"" + s + "\"");
        }
        String title = draft.meta().title();
        String author = draft.meta().author();
        String date = draft.meta().published() == null ? null : draft.meta().published().toString();
        boolean titleOk = HtmlExtractionQualityTest.normal(g.title()).equals(HtmlExtractionQualityTest.normal(title));
        boolean authorOk = g.authors() == null ? author == null || author.isBlank() : names(g.authors()).equals(names(author));
        boolean dateOk = Objects.equals(g.date(), date);
        String got = "title=\"" + title + "\"/\"" + g.title() + "\" author=\"" + author + "\"/\"" + g.authors() + "\" date="
                + date + "/" + g.date();
        return new PageResult(g.file(), titleOk, authorOk, dateOk, kept, g.with().size(), leftOut, g.without().size(), got,
                misses);
    }

    /** The set's folder on the test class path. */
    private static Path folder(String set) {
        try {
            return Path.of(Objects.requireNonNull(FreshPagesQualityTest.class.getResource("/" + set + "/gold.tsv"),
                    set + "/gold.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gold lines: file, title, authors ("-" for none), date ("-" for none), snippets with, snippets without. */
    private static List<Gold> gold(Path file) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            assertEquals(6, f.length, line);
            out.add(new Gold(f[0], f[1], none(f[2]), none(f[3]), split(f[4]), split(f[5])));
        }
        return out;
    }

    private static String none(String s) {
        return s.strip().equals("-") ? null : s.strip();
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String x : s.split("\\|")) if (!x.isBlank()) out.add(x.strip());
        return out;
    }

    /** Author lists compare as sets of normalized names, whatever separates them and whatever word says "by". */
    private static Set<String> names(String s) {
        Set<String> out = new TreeSet<>();
        if (s == null) return out;
        for (String n : s.split("\\s*(?:[;,&]|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\ben\\b|\\be\\b)\\s*")) {
            String t = HtmlExtractionQualityTest.normal(n).replaceFirst("^(by|von|par|por|door|di|av|oleh)\\s+", "");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static String squash(String s) {
        return s.replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ").strip();
    }

    private static String mark(boolean ok) {
        return ok ? "+" : "-";
    }

    private static long count(List<PageResult> rs, Predicate<PageResult> ok) {
        return rs.stream().filter(ok).count();
    }

    private static double rate(List<PageResult> rs, Predicate<PageResult> ok) {
        return count(rs, ok) / (double) rs.size();
    }

    private static int kept(List<PageResult> rs) {
        return rs.stream().mapToInt(PageResult::kept).sum();
    }

    private static int leftOut(List<PageResult> rs) {
        return rs.stream().mapToInt(PageResult::leftOut).sum();
    }
}
