package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.parallax.app.CompareService;
import org.parallax.compare.Comparison;
import org.parallax.compare.DiffKind;
import org.parallax.compare.DiffSpan;
import org.parallax.model.Article;
import org.parallax.ui.reader.ReaderDocument;

/**
 * A comparison laid out for two text panes, in display offsets of each side's {@link ReaderDocument}: entity
 * highlights, word differences, unique sentences, aligned links and the ordered list of differences that F7 walks.
 * Pure data, built off the FX thread; the view only turns it into style spans.
 */
public final class CompareLayout {
    /** A styled {@code [start, end)} display range; {@code entity} is the canonical name for entity highlights. */
    public record Span(int start, int end, String styleClass, String entity) {
    }

    /** One displayed side. */
    public record Side(Article article, ReaderDocument document, List<Span> highlights, List<Span> diffs, List<Span> unique) {
        public int length() {
            return document.text().length();
        }
    }

    /** An aligned pair as display ranges on both sides. */
    public record Link(ReaderDocument.Range left, ReaderDocument.Range right, boolean differs, boolean weak) {
    }

    /**
     * A fact the two sides give different values for ("killed": "at least seven" against "six"): the value ranges on
     * each side (display offsets; null where the value could not be placed) and their texts.
     */
    public record ConflictMark(String fact, ReaderDocument.Range left, ReaderDocument.Range right, String leftText, String rightText) {
        ConflictMark swapped() {
            return new ConflictMark(fact, right, left, rightText, leftText);
        }
    }

    /** A stop for next/previous difference: a range on either side (null on the side that has no partner). */
    public record Difference(ReaderDocument.Range left, ReaderDocument.Range right, String kind) {
    }

    private final Side left;
    private final Side right;
    private final List<Link> links;
    private final List<Difference> differences;
    private final List<ConflictMark> conflicts;
    private final CompareService.Compared compared;

    private CompareLayout(CompareService.Compared compared, Side left, Side right, List<Link> links, List<Difference> differences,
            List<ConflictMark> conflicts) {
        this.compared = compared;
        this.conflicts = List.copyOf(conflicts);
        this.left = left;
        this.right = right;
        this.links = List.copyOf(links);
        this.differences = List.copyOf(differences);
    }

    /** Lays out {@code c} with A on the left. */
    public static CompareLayout of(CompareService.Compared c) {
        ReaderDocument da = ReaderDocument.of(c.a()), db = ReaderDocument.of(c.b());
        Comparison cmp = c.comparison();
        List<Span> diffsA = new ArrayList<>(), diffsB = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Difference> diffs = new ArrayList<>();
        for (Comparison.PairDiff p : cmp.pairs()) {
            ReaderDocument.Range ra = da.displayRange(p.a().get(0).start(), p.a().get(p.a().size() - 1).end());
            ReaderDocument.Range rb = db.displayRange(p.b().get(0).start(), p.b().get(p.b().size() - 1).end());
            if (ra.isEmpty() || rb.isEmpty()) continue;
            boolean differs = !p.diffA().isEmpty() || !p.diffB().isEmpty();
            if (p.sameEventOnly()) {
                // the same event told in other words: a link without word differences
                links.add(new Link(ra, rb, differs, true));
                continue;
            }
            links.add(new Link(ra, rb, differs, false));
            addDiffs(da, p.diffA(), diffsA);
            addDiffs(db, p.diffB(), diffsB);
            if (p.differsInWords()) diffs.add(new Difference(ra, rb, "changed"));
        }
        List<Span> uniqueA = unique(da, cmp.uniqueA()), uniqueB = unique(db, cmp.uniqueB());
        for (Span u : uniqueA) diffs.add(new Difference(new ReaderDocument.Range(u.start(), u.end()), null, "only-left"));
        List<Link> byRight = new ArrayList<>(links);
        byRight.sort(Comparator.comparingInt(l -> l.right().start()));
        for (Span u : uniqueB) {
            // placed after the left-side sentence whose partner precedes it on the right
            ReaderDocument.Range anchor = null;
            for (Link l : byRight) if (l.right().start() < u.start()) anchor = l.left();
            ReaderDocument.Range at = anchor == null ? new ReaderDocument.Range(0, 0) : new ReaderDocument.Range(anchor.end(), anchor.end());
            diffs.add(new Difference(at, new ReaderDocument.Range(u.start(), u.end()), "only-right"));
        }
        diffs.sort(Comparator.comparingInt((Difference d) -> d.left().start()).thenComparingInt(d -> d.right() == null ? 0 : d.right().start()));
        // unique-right stops carry an empty left range only as a sort key
        List<Difference> out = new ArrayList<>();
        for (Difference d : diffs) out.add("only-right".equals(d.kind()) ? new Difference(null, d.right(), d.kind()) : d);
        Side left = new Side(c.a(), da, highlights(da, c.highlightsA()), diffsA, uniqueA);
        Side right = new Side(c.b(), db, highlights(db, c.highlightsB()), diffsB, uniqueB);
        return new CompareLayout(c, left, right, links, out, conflicts(cmp, da, db));
    }

    private static List<ConflictMark> conflicts(Comparison cmp, ReaderDocument da, ReaderDocument db) {
        List<ConflictMark> out = new ArrayList<>();
        for (Comparison.Conflict k : cmp.facts().conflicts()) {
            out.add(new ConflictMark(k.fact(), valueRange(da, k.a()), valueRange(db, k.b()), k.a() == null ? "" : k.a().text(),
                    k.b() == null ? "" : k.b().text()));
        }
        return out;
    }

    private static ReaderDocument.Range valueRange(ReaderDocument doc, Comparison.FactValue v) {
        if (v == null || v.end() <= v.start()) return null;
        ReaderDocument.Range r = doc.displayRange(v.start(), v.end());
        return r == null || r.isEmpty() ? null : r;
    }

    /** The conflict marks on one side as style spans ({@code fact-conflict}). */
    List<Span> conflictSpans(boolean onLeft) {
        List<Span> out = new ArrayList<>();
        for (ConflictMark k : conflicts) {
            ReaderDocument.Range r = onLeft ? k.left() : k.right();
            if (r != null) out.add(new Span(r.start(), r.end(), "fact-conflict", null));
        }
        return out;
    }

    /** The facts the two sides disagree on, left value first. */
    public List<ConflictMark> conflicts() {
        return conflicts;
    }

    private static void addDiffs(ReaderDocument doc, List<DiffSpan> spans, List<Span> out) {
        for (DiffSpan d : spans) {
            ReaderDocument.Range r = doc.displayRange(d.start(), d.end());
            if (!r.isEmpty()) out.add(new Span(r.start(), r.end(), d.kind() == DiffKind.COSMETIC ? "diff-cosmetic" : "diff-changed", null));
        }
    }

    private static List<Span> unique(ReaderDocument doc, List<Comparison.SentenceText> ss) {
        List<Span> out = new ArrayList<>();
        for (Comparison.SentenceText s : ss) {
            ReaderDocument.Range r = doc.displayRange(s.start(), s.end());
            if (!r.isEmpty()) out.add(new Span(r.start(), r.end(), "unique-sentence", null));
        }
        return out;
    }

    private static List<Span> highlights(ReaderDocument doc, List<CompareService.Highlight> hs) {
        List<Span> out = new ArrayList<>();
        for (CompareService.Highlight h : hs) {
            ReaderDocument.Range r = doc.displayRange(h.start(), h.end());
            if (!r.isEmpty()) out.add(new Span(r.start(), r.end(), h.type().styleClass(), key(h.entity())));
        }
        return out;
    }

    /**
     * The same layout with one side's highlights replaced by {@code hs} (article offsets), after a mark made by hand;
     * the text, alignment and differences stay as they were.
     */
    public CompareLayout withHighlights(boolean onLeft, List<CompareService.Highlight> hs) {
        Side s = onLeft ? left : right;
        Side n = new Side(s.article(), s.document(), highlights(s.document(), hs), s.diffs(), s.unique());
        return new CompareLayout(compared, onLeft ? n : left, onLeft ? right : n, links, differences, conflicts);
    }

    /** Whether {@code other} shows the same two articles on the same sides (only styling may differ). */
    public boolean sameTextAs(CompareLayout other) {
        return other != null && other.left.article().id() == left.article().id()
                && other.right.article().id() == right.article().id()
                && other.left.document().text().equals(left.document().text())
                && other.right.document().text().equals(right.document().text());
    }

    /** How entity names are matched across sides (as the comparison does: case and spacing ignored). */
    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The same layout with the sides swapped. */
    public CompareLayout swapped() {
        List<Link> ls = links.stream().map(l -> new Link(l.right(), l.left(), l.differs(), l.weak())).toList();
        List<Difference> ds = new ArrayList<>();
        for (Difference d : differences) {
            String kind = switch (d.kind()) {
                case "only-left" -> "only-right";
                case "only-right" -> "only-left";
                default -> d.kind();
            };
            ds.add(new Difference(d.right(), d.left(), kind));
        }
        ds.sort(Comparator.comparingInt((Difference d) -> d.left() == null ? startAfter(ls, d.right()) : d.left().start()));
        return new CompareLayout(compared, right, left, ls, ds, conflicts.stream().map(ConflictMark::swapped).toList());
    }

    private static int startAfter(List<Link> ls, ReaderDocument.Range rightRange) {
        int at = 0;
        for (Link l : ls) if (l.right().start() < rightRange.start()) at = Math.max(at, l.left().end());
        return at;
    }

    /** The aligned link whose range on the given side contains (or, failing that, follows) {@code offset}; null past the end. */
    public Link linkAt(boolean onLeft, int offset) {
        Link next = null;
        for (Link l : links) {
            ReaderDocument.Range r = onLeft ? l.left() : l.right();
            if (offset >= r.start() && offset < r.end()) return l;
            if (r.start() >= offset && (next == null || r.start() < (onLeft ? next.left() : next.right()).start())) next = l;
        }
        return next;
    }

    /** The link containing {@code offset} on the given side, or null. */
    public Link linkContaining(boolean onLeft, int offset) {
        for (Link l : links) {
            ReaderDocument.Range r = onLeft ? l.left() : l.right();
            if (offset >= r.start() && offset < r.end()) return l;
        }
        return null;
    }

    public Side left() {
        return left;
    }

    public Side right() {
        return right;
    }

    public List<Link> links() {
        return links;
    }

    public List<Difference> differences() {
        return differences;
    }

    /** The comparison as computed (A and B as first asked, whatever the display order). */
    public CompareService.Compared compared() {
        return compared;
    }
}
