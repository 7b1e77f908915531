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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.ArticleDraft;

/**
 * Measures the HTML importer on the freshly written pages of {@code src/test/resources/fresh-pages/} (see its README):
 * invented saved news pages of publishing systems the metadata rules were not tuned on, with their gold written before
 * the importer first ran on them. Each page must give its title, its authors (or none) and its date (or none), keep the
 * body snippets it must keep and leave out the furniture it must leave out. The figures per page and in total are
 * written to {@code <buildDir>/fresh-pages-quality.txt}; the test fails when a total falls below the recorded level.
 * The later sets ({@code fresh-pages2} to {@code fresh-pages18}, each written after the ones before had been used for
 * fixes; see {@link #sets()}) are scored the same way, each into {@code <buildDir>/<set>-quality.txt}.
 */
class FreshPagesQualityTest {
    private static final Logger LOG = Logger.getLogger(FreshPagesQualityTest.class.getName());

    /**
     * One set of pages and the floors its totals must reach: pages with the right title, authors and date, body snippets
     * kept and furniture left out. Each set's floors start at the counts of its held-out first run, so losing one page or
     * one snippet fails, and were raised after the fixes by kind that followed (the comment above each says which).
     */
    record Floors(String set, int pages, String label, int titles, int authors, int dates, int kept, int leftOut) {
        @Override
        public String toString() {
            return set;
        }
    }

    static List<Floors> sets() {
        return List.of(
            // The first set, src/test/resources/fresh-pages/: publishing systems the rules were not tuned on.
            // Floors at the counts of the held-out first run (2026-12-07: title 21, author 19, date 22 of 24 pages; body
            // snippets kept 72 of 72, furniture left out 70 of 72), so losing one page or one snippet fails; raised after the
            // fixes by kind of stop 40 (bylines, a sharing title cut short, a point clock, a wire's date): 23, 24, 24.
            new Floors("fresh-pages", 24, "fresh pages", 23, 24, 24, 72, 70),
            // The second set, src/test/resources/fresh-pages2/, written after the first had been used for fixes.
            // Floors of the second set at the counts of its held-out first run (2026-12-07: title 20, author 13, date 20 of 20
            // pages; body snippets kept 59 of 60, furniture left out 59 of 60); authors raised to 17 after the fixes by kind of
            // stop 40 (a JSON-LD list crediting the paper, "Reporter:", an agency's end credit, "Redazione" and "di ..."), to 18
            // at stop 41 (a byline in the article's own footer), to 19 at stop 42 (a byline block marked by data-testid).
            new Floors("fresh-pages2", 20, "fresh pages 2", 20, 19, 20, 59, 59),
            // The third set, src/test/resources/fresh-pages3/, written after the first two had been used for fixes.
            // Floors of the third set at the counts of its held-out first run (2026-12-07: title 19, author 13, date 17 of 20
            // pages; body snippets kept 60 of 60, furniture left out 59 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 41 (a photographer in JSON-LD, a site-name tab title, Next.js props, byline labels,
            // "Redaksi ...", a podcast's host, "Updated" before "Published", a day-first URL date): 20, 20, 20.
            // Furniture raised to 60 at stop 44 (an Indonesian "Baca Juga:" link line).
            new Floors("fresh-pages3", 20, "fresh pages 3", 20, 20, 20, 60, 60),
            // The fourth set, src/test/resources/fresh-pages4/: the most common real layouts, with new variations.
            // Floors of the fourth set at the counts of its held-out first run (2026-12-07: title 19, author 13, date 18 of 20
            // pages; body snippets kept 60 of 60, furniture left out 60 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 41 (staff credits, three bylines, "Guest column by", Romanian "de", "auth-" classes,
            // agencies after the name, "기자", "X FOR Y", a breadcrumb title, Czech months, "Posted: 4/7/2036"): 20, 19, 20.
            new Floors("fresh-pages4", 20, "fresh pages 4", 20, 19, 20, 60, 60),
            // The fifth set, src/test/resources/fresh-pages5/: common real layouts, sponsors, translators, obituaries.
            // Floors of the fifth set at the counts of its held-out first run (2026-12-07: title 19, author 12, date 15 of 20
            // pages; body snippets kept 60 of 60, furniture left out 60 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 42 ("Submitted by", "Interview by", "Van onze verslaggever", a role with no name, a
            // translator, writer-page links, a closing bold name, Greek and Dutch months, day-first digits, data-published, a
            // logo h1): 20, 20, 20.
            new Floors("fresh-pages5", 20, "fresh pages 5", 20, 20, 20, 60, 60),
            // The sixth set, src/test/resources/fresh-pages6/: the markup habits of big publishers, three languages.
            // Floors of the sixth set at the counts of its held-out first run (2026-12-07: title 20, author 15, date 18 of 20
            // pages; body snippets kept 60 of 60, furniture left out 57 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 42 (a data-testid byline block, "Fact check by", repeated author tags, a <time>'s
            // offset, "Szöveg és fotó:", an Arabic place before the name, Arabic months, component-named boxes, link asides,
            // support boxes): 20, 20, 20, furniture 60.
            new Floors("fresh-pages6", 20, "fresh pages 6", 20, 20, 20, 60, 60),
            // The seventh set, src/test/resources/fresh-pages7/: pages as users save them, three languages.
            // Floors of the seventh set (pages as users save them) at the counts of its held-out first run (2026-12-07: title
            // 19, author 15, date 17 of 20 pages; body snippets kept 60 of 60, furniture left out 58 of 60), so losing one page
            // or one snippet fails; raised after the fixes by kind of stop 42 (a capture time in the date tags, a translated
            // headline, Reader View credits, an export's properties, "Originally published on", a name beside a role, a Czech
            // month before "Autor:", a feed's "appeared first on" footer): 20, 20, 20, furniture 59.
            new Floors("fresh-pages7", 20, "fresh pages 7", 20, 20, 20, 60, 59),
            // The eighth set, src/test/resources/fresh-pages8/: twenty languages, each with its own byline and dates.
            // Floors of the eighth set (twenty languages) at the counts of its held-out first run (2026-12-07: title 18, author
            // 12, date 12 of 20 pages; body snippets kept 60 of 60, furniture left out 56 of 60), so losing one page or one
            // snippet fails; raised after the fixes by kind of stop 42 (dates in other scripts' digits and month names, Thai
            // Buddhist-era and Solar Hijri years, Chinese year-month-day signs, byline labels of seven more languages, a
            // labelled byline in scripts without capitals, Italian "Pubblicato il"): 18, 19, 20.
            // Authors raised to 20 at stop 44 (a byline's name element set apart from the place beside it).
            new Floors("fresh-pages8", 20, "fresh pages 8", 18, 20, 20, 60, 56),
            // The ninth set, src/test/resources/fresh-pages9/: blogs, releases, live and media pages, credits.
            // Floors of the ninth set (blogs, releases, live and media pages, credits) at the counts of its held-out first run
            // (2026-12-07: title 20, author 11, date 19 of 20 pages; body snippets kept 59 of 59, furniture left out 60 of 60),
            // so losing one page or one snippet fails; raised after the fixes by kind of stop 43 (writer pages under /profile/
            // and /@handle, Dutch "Door" and "Texto:" labels, a wire's desk title, linked co-authors, a release's issuer, a
            // <time> labelled as the update): 20, 20, 20.
            new Floors("fresh-pages9", 20, "fresh pages 9", 20, 20, 20, 59, 60),
            // The tenth set, src/test/resources/fresh-pages10/: English-language papers outside the US and UK.
            // Floors of the tenth set (English-language papers outside the US and UK) at the counts of its held-out first run
            // (2026-12-07: title 20, author 12, date 18 of 20
            // pages; body snippets kept 60 of 60, furniture left out 57 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 43 (desk credits, "All Rights Reserved", a role after a slash, Joomla's createdby,
            // a city after the name, a role on its own line, an outlet as the JSON-LD author, dates with hyphens): 20, 20, 20.
            new Floors("fresh-pages10", 20, "fresh pages 10", 20, 20, 20, 60, 57),
            // The eleventh set, src/test/resources/fresh-pages11/: specialist press, names near the top that are not the author.
            // Floors of the eleventh set at the counts of its held-out first run (2026-12-07: title 19, author 13, date 19 of 20
            // pages; body snippets kept 60 of 60, furniture left out 57 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 44 (a reviewed item's author, "Reviewed by", "Report by", a credits line with
            // dashes, the outlet as the only JSON-LD author, a closing italic bio, a colophon, an obituary platform): 20, 20, 20;
            // furniture 59 (an obituary's guest book is its readers' thread).
            new Floors("fresh-pages11", 20, "fresh pages 11", 20, 20, 20, 60, 59),
            // The twelfth set, src/test/resources/fresh-pages12/: regional papers in other languages.
            // Floors of the twelfth set at the counts of its held-out first run (2026-12-07: title 20, author 7, date 17 of 20
            // pages; body snippets kept 60 of 60, furniture left out 58 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 44 (labels and roles of more languages, Korean, Persian and Thai bylines, a
            // Taiwanese dateline's and a Japanese closing reporter, a desk in the author tag, the site as an Organization
            // author, a byline's name element, Republic of China years, Indonesian months, "de" in dates, "Baca Juga"): 19, 20,
            // furniture 59.
            new Floors("fresh-pages12", 20, "fresh pages 12", 20, 19, 20, 60, 59),
            // The thirteenth set, src/test/resources/fresh-pages13/: right-to-left and Indic scripts.
            // Floors of the thirteenth set at the counts of its held-out first run (2026-12-07: title 20, author 9, date 10 of
            // 20 pages; body snippets kept 60 of 60, furniture left out 60 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 45 (month names of nine more scripts, the year first, Ethiopian dates, direction
            // marks, Arabic-Indic numeric dates, Hindi and Marathi labels, a UTC time in a one-zone language's day, byline
            // labels of those scripts, a place after the name, a staff credit): 18, 18; raised at stop 46 (the strip above
            // the masthead of the fourteenth set's round, an Arabic wire credit line, a bare name in a byline element in a
            // script of South Asia): 20, 19.
            new Floors("fresh-pages13", 20, "fresh pages 13", 20, 20, 19, 60, 60),
            // The fourteenth set, src/test/resources/fresh-pages14/: pages full of other dates and titles.
            // Floors of the fourteenth set at the counts of its held-out first run (2026-12-07: title 18, author 17, date 13
            // of 20 pages; body snippets kept 60 of 60, furniture left out 60 of 60), so losing one page or one snippet fails;
            // raised after the fixes by kind of stop 45 (a strip above the masthead, an event's box, a Unix time, an
            // aggregator's source box, a section's h1, "The" before a site's name, "Compiled by", a "by" element): 20, 19, 19;
            // date raised at stop 46 (a Commonwealth English page's day-first digits, read with its own other dates): 20.
            new Floors("fresh-pages14", 20, "fresh pages 14", 20, 19, 20, 60, 60),
            // The fifteenth set, src/test/resources/fresh-pages15/: twenty more languages, none in an earlier set.
            // Floors of the fifteenth set at the counts of its held-out first run (2026-12-07: title 20, author 7, date 7 of
            // 20 pages; body snippets kept 60 of 60, furniture left out 60 of 60), so losing one page or one snippet fails; raised
            // after the fixes by kind of stop 46 (month names of twenty more languages, the year first, Roman-numeral months,
            // byline labels with their colon, a Catalan "i" between surnames): 20, 20.
            new Floors("fresh-pages15", 20, "fresh pages 15", 20, 20, 20, 60, 60),
            // The sixteenth set, src/test/resources/fresh-pages16/: metadata in machine markup.
            // Floors of the sixteenth set at the counts of its held-out first run (2026-12-07: title 20, author 15, date 16
            // of 20 pages; body snippets kept 60 of 60, furniture left out 58 of 60), so losing one page or one snippet fails;
            // raised after the fixes by kind of stop 46 (Drupal RDFa and Dublin Core's day of issue, a report's citation tags,
            // a Next.js article's publishedAt, a microdata Person's name, RDFa Lite's author, a publisher's team, the
            // account that posted the story): 20, 20.
            new Floors("fresh-pages16", 20, "fresh pages 16", 20, 20, 20, 60, 58),
            // The seventeenth set, src/test/resources/fresh-pages17/: kinds of pages, not kinds of markup.
            // Floors of the seventeenth set at the counts of its held-out first run (2026-12-07: title 19, author 16, date 17
            // of 20 pages; body snippets kept 60 of 60, furniture left out 60 of 60), so losing one page or one snippet fails;
            // raised after the fixes by kind of stop 47 (a product's or a data set's JSON-LD date, the dates of a life, the
            // section or a role in the author tag, a column's author box, a letter's signature, an automated recap, a
            // text-only edition's h2 headline): 20, 20, 20.
            new Floors("fresh-pages17", 20, "fresh pages 17", 20, 20, 20, 60, 60),
            // The eighteenth set, src/test/resources/fresh-pages18/: calendars, numerals and scripts.
            // Floors of the eighteenth set at the counts of its held-out first run (2026-12-07: title 20, author 8, date 5 of
            // 20 pages; body snippets kept 60 of 60, furniture left out 59 of 60), so losing one page or one snippet fails;
            // raised after the fixes by kind of stop 47 (Han numerals and Japanese eras, an era's year with the Gregorian one
            // in brackets, Taiwan's numeric Republic of China date, Korean dotted dates, Ge'ez numerals, months of Hebrew,
            // Khmer, Lao and Burmese, eras' signs, Afghan and numeric Solar Hijri dates, East Asian writers' labels and
            // datelines, Arabic places before the name, more script labels): 20, 20.
            new Floors("fresh-pages18", 20, "fresh pages 18", 20, 20, 20, 60, 59));
    }

    record Gold(String file, String title, String authors, String date, List<String> with, List<String> without) {
    }

    record PageResult(String file, boolean titleOk, boolean authorOk, boolean dateOk, int kept, int with, int leftOut,
                      int without, String got, List<String> snippetMisses) {
        boolean metadataOk() {
            return titleOk && authorOk && dateOk;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void readsTitleAuthorsDateAndBodyOfPagesWrittenForTheCheckAboveTheRecordedLevel(Floors f) throws IOException {
        List<PageResult> results = score(f.set(), f.pages(), f.label(), f.set() + "-quality.txt");
        assertAbove(results, f.titles(), f.authors(), f.dates(), f.kept(), f.leftOut());
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
