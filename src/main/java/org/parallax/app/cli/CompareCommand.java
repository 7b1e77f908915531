package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;
import org.parallax.app.CompareService;
import org.parallax.compare.Comparison;
import org.parallax.compare.DiffKind;
import org.parallax.compare.DiffSpan;
import org.parallax.model.Article;
import org.parallax.model.EntityType;

/**
 * {@code compare A B}: the similarity of two articles, their aligned sentence pairs with offsets and word diffs, the
 * sentences unique to each side, shared and unique entities, agreeing and disagreeing dates, metadata side by side,
 * and the facts the outlets disagree on or only one gives. Offsets are {@code [start, end)} into each article's text
 * (see {@code show}). Unknown id: exit 1.
 */
@Command(name = "compare", description = "Compare two articles: aligned sentences, word differences, entities and dates.")
final class CompareCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "A", description = "The first article's id (see list).")
    private long a;

    @Parameters(index = "1", paramLabel = "B", description = "The second article's id.")
    private long b;

    /** An article as the JSON names it. */
    record ArticleRef(long id, String title, String outlet) {
        static ArticleRef of(Article a) {
            return new ArticleRef(a.id(), a.title(), a.meta().outlet());
        }
    }

    /** A differing word span with its words. */
    record DiffJson(int start, int end, DiffKind kind, String text) {
    }

    record PairJson(double similarity, boolean differsInWords, boolean sameEvent, List<Comparison.SentenceText> a, List<Comparison.SentenceText> b,
                    List<DiffJson> diffA, List<DiffJson> diffB) {
    }

    record CompareJson(ArticleRef a, ArticleRef b, double similarity, int alignedPairs, List<PairJson> pairs,
                       List<Comparison.SentenceText> uniqueA, List<Comparison.SentenceText> uniqueB,
                       Comparison.Entities entities, Comparison.Dates dates, List<Comparison.MetaField> metadata,
                       List<Comparison.Conflict> conflicts, List<Comparison.OneSidedFact> factsOnlyA, List<Comparison.OneSidedFact> factsOnlyB) {
    }

    @Override
    protected int run(AppContext ctx) {
        for (long id : new long[] {a, b}) {
            if (ctx.articles().get(id).isEmpty()) {
                err().println("There is no article " + id + " in the library. See the ids with: parallax list");
                return Cli.FAILED;
            }
        }
        Optional<CompareService.Compared> found = ctx.compare().compare(a, b);
        if (found.isEmpty()) {
            err().println("Article " + a + " or " + b + " was deleted while comparing.");
            return Cli.FAILED;
        }
        CompareService.Compared r = found.get();
        if (json()) {
            printJson(json(r));
        } else {
            text(r, out());
        }
        return Cli.OK;
    }

    static CompareJson json(CompareService.Compared r) {
        Comparison c = r.comparison();
        String ta = r.a().text(), tb = r.b().text();
        List<PairJson> pairs = c.pairs().stream().map(p -> new PairJson(p.similarity(), p.differsInWords(), p.sameEventOnly(), p.a(), p.b(),
                diffs(ta, p.diffA()), diffs(tb, p.diffB()))).toList();
        return new CompareJson(ArticleRef.of(r.a()), ArticleRef.of(r.b()), c.similarity(), pairs.size(), pairs,
                c.uniqueA(), c.uniqueB(), c.entities(), c.dates(), c.metadata(),
                c.facts().conflicts(), c.facts().onlyA(), c.facts().onlyB());
    }

    private static List<DiffJson> diffs(String text, List<DiffSpan> spans) {
        return spans.stream().map(d -> new DiffJson(d.start(), d.end(), d.kind(), text.substring(d.start(), d.end()))).toList();
    }

    static void text(CompareService.Compared r, PrintWriter out) {
        Comparison c = r.comparison();
        out.printf(Locale.ROOT, "A  %d  %s%s%n", r.a().id(), r.a().title(), outlet(r.a()));
        out.printf(Locale.ROOT, "B  %d  %s%s%n", r.b().id(), r.b().title(), outlet(r.b()));
        out.printf(Locale.ROOT, "Similarity: %.0f%%   aligned pairs: %d   only in A: %d   only in B: %d%n",
                c.similarity() * 100, c.pairs().size(), c.uniqueA().size(), c.uniqueB().size());
        out.println();
        out.println("Aligned sentences that differ:");
        String ta = r.a().text(), tb = r.b().text();
        int shown = 0;
        for (Comparison.PairDiff p : c.pairs()) {
            if (p.diffA().isEmpty() && p.diffB().isEmpty()) continue;
            shown++;
            out.printf(Locale.ROOT, "  A [%d, %d)  %s%n", p.a().get(0).start(), p.a().get(p.a().size() - 1).end(), marked(ta, p.a(), p.diffA()));
            out.printf(Locale.ROOT, "  B [%d, %d)  %s%n", p.b().get(0).start(), p.b().get(p.b().size() - 1).end(), marked(tb, p.b(), p.diffB()));
            out.println();
        }
        if (shown == 0) out.println("  (none)");
        List<Comparison.PairDiff> events = c.pairs().stream().filter(Comparison.PairDiff::sameEventOnly).toList();
        if (!events.isEmpty()) {
            out.println();
            out.println("Same event, other words (" + events.size() + "):");
            for (Comparison.PairDiff p : events) {
                out.printf(Locale.ROOT, "  A [%d, %d)  %s%n", p.a().get(0).start(), p.a().get(p.a().size() - 1).end(), joined(p.a()));
                out.printf(Locale.ROOT, "  B [%d, %d)  %s%n", p.b().get(0).start(), p.b().get(p.b().size() - 1).end(), joined(p.b()));
                out.println();
            }
        }
        unique(out, "Only in A", c.uniqueA());
        unique(out, "Only in B", c.uniqueB());
        out.println("Entities in both: " + names(c.entities().shared()));
        out.println("Entities only in A: " + names(c.entities().onlyA()));
        out.println("Entities only in B: " + names(c.entities().onlyB()));
        for (Comparison.DatePair d : c.dates().agree()) {
            out.printf(Locale.ROOT, "Dates agree: \"%s\" / \"%s\" = %s%n", d.a().text(), d.b().text(), d.a().resolved());
        }
        for (Comparison.DatePair d : c.dates().disagree()) {
            out.printf(Locale.ROOT, "Dates disagree: \"%s\" = %s / \"%s\" = %s%n", d.a().text(), d.a().resolved(), d.b().text(), d.b().resolved());
        }
        if (!c.facts().conflicts().isEmpty()) out.println("Facts in conflict: " + c.facts().conflicts().size() + "  " + conflicts(c));
        out.println("Metadata:");
        for (Comparison.MetaField f : c.metadata()) {
            if (f.a() == null && f.b() == null) continue;
            out.printf(Locale.ROOT, "  %-16s %s %s %s%n", f.name(), nz(f.a()), f.same() ? "=" : "|", nz(f.b()));
        }
    }

    private static String joined(List<Comparison.SentenceText> ss) {
        return String.join(" ", ss.stream().map(Comparison.SentenceText::text).toList());
    }

    /** The pair's text with its changed words in [brackets] and spelling variants in {braces}. */
    static String marked(String text, List<Comparison.SentenceText> ss, List<DiffSpan> diffs) {
        int start = ss.get(0).start(), end = ss.get(ss.size() - 1).end();
        StringBuilder sb = new StringBuilder();
        int at = start;
        for (DiffSpan d : diffs) {
            if (d.start() < at || d.end() > end) continue;
            sb.append(text, at, d.start());
            boolean cosmetic = d.kind() == DiffKind.COSMETIC;
            sb.append(cosmetic ? '{' : '[').append(text, d.start(), d.end()).append(cosmetic ? '}' : ']');
            at = d.end();
        }
        sb.append(text, at, end);
        return sb.toString().replace('\n', ' ');
    }

    /** "killed: at least seven / six; magnitude: 4.4 / 4.2" */
    private static String conflicts(Comparison c) {
        StringBuilder sb = new StringBuilder();
        for (Comparison.Conflict f : c.facts().conflicts()) {
            if (sb.length() > 0) sb.append("; ");
            sb.append(f.fact()).append(": ").append(f.a().text()).append(" / ").append(f.b().text());
        }
        return sb.toString().replace('\n', ' ');
    }

    private static void unique(PrintWriter out, String label, List<Comparison.SentenceText> ss) {
        out.println(label + " (" + ss.size() + "):");
        for (Comparison.SentenceText s : ss) out.printf(Locale.ROOT, "  [%d, %d)  %s%n", s.start(), s.end(), s.text().replace('\n', ' '));
        out.println();
    }

    private static String names(List<Comparison.EntityRef> refs) {
        if (refs.isEmpty()) return "(none)";
        StringBuilder sb = new StringBuilder();
        for (Comparison.EntityRef e : refs) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.name());
            if (e.type() != EntityType.MISC) sb.append(" (").append(e.type().name().toLowerCase(Locale.ROOT)).append(')');
        }
        return sb.toString();
    }

    private static String outlet(Article a) {
        return a.meta().outlet() == null ? "" : "  (" + a.meta().outlet() + ")";
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
