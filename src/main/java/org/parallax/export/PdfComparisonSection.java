package org.parallax.export;

import static org.parallax.export.PdfReportJob.INK;
import static org.parallax.export.PdfReportJob.MUTED;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parallax.export.PdfLayout.Block;
import org.parallax.export.PdfLayout.Run;
import org.parallax.export.PdfLayout.Style;
import org.parallax.export.ReportContent.Change;
import org.parallax.export.ReportContent.ChangeSpan;
import org.parallax.export.ReportContent.ComparisonSection;
import org.parallax.export.ReportContent.DateMatch;
import org.parallax.export.ReportContent.Wording;
import org.parallax.model.EntityType;

/**
 * The report's comparison section, per compared pair (its heading marked for the contents): the similarity and a
 * legend; the dates both sides write, disagreeing ones first and most marked; the entities both or one side name, in
 * their highlight colours; the aligned sentences whose wording differs, side A above side B with the changed words of
 * each marked (red on A, green on B, a grey underline for spelling only); and the sentences only one side has.
 */
final class PdfComparisonSection extends PdfSection {
    static final Color A_MARK = new Color(0xFF, 0xD7, 0xD5);
    static final Color A_LINE = new Color(0xCF, 0x22, 0x2E);
    static final Color B_MARK = new Color(0xCC, 0xF2, 0xD6);
    static final Color B_LINE = new Color(0x1F, 0x88, 0x3D);
    static final Color COSMETIC_LINE = new Color(0x8C, 0x95, 0x9F);

    PdfComparisonSection(PdfReportJob j) {
        super(j);
    }

    void write() {
        if (j.r.comparisons().isEmpty()) return;
        j.sectionStart("Comparison");
        boolean first = true;
        for (ComparisonSection c : j.r.comparisons()) {
            if (!first) l.space(16);
            first = false;
            j.heading(c.leftTitle() + " ↔ " + c.rightTitle(), j.h2, 0, true);
            l.paragraph(List.of(new Run("Similarity: ", bodyBold), new Run(Math.round(c.similarity() * 100) + " %", body),
                    new Run("   A: ", bodyBold), new Run(c.leftTitle(), body), new Run("   B: ", bodyBold),
                    new Run(c.rightTitle(), body)), Block.PLAIN);
            l.space(3);
            legend();
            conflicts(c);
            dates(c);
            entities(c);
            wording(c);
            sentences("Sentences only in A", c.onlyLeftSentences(), A_LINE);
            sentences("Sentences only in B", c.onlyRightSentences(), B_LINE);
            j.step("Comparison");
        }
    }

    private void legend() {
        Style s = small;
        l.paragraph(List.of(new Run("Marks: ", s.font(l.fonts.bold)), new Run("words A puts otherwise", s.with(A_MARK, A_LINE)),
                new Run("  ", s), new Run("words B puts otherwise", s.with(B_MARK, B_LINE)), new Run("  ", s),
                new Run("same word, other spelling", s.with(null, COSMETIC_LINE))), Block.PLAIN);
        l.space(6);
    }

    /** Facts the two versions give different values for, first and on a red bar: the most visible mark. */
    private void conflicts(ComparisonSection c) {
        if (c.conflicts().isEmpty()) return;
        j.heading("Facts in conflict", j.h3, 6);
        Style strong = bodyBold.color(A_LINE);
        for (ReportContent.FactConflict f : c.conflicts()) {
            l.paragraph(List.of(new Run("≠ " + f.fact() + ": ", strong), new Run("A “" + f.left() + "”", bodyBold),
                    new Run("   B “" + f.right() + "”", bodyBold)), new Block(14, A_LINE, null, null));
            l.space(2);
        }
        l.space(4);
    }

    /** Disagreeing dates first, on a red bar: they are the facts the two versions dispute. */
    private void dates(ComparisonSection c) {
        j.heading("Dates", j.h3, 6);
        if (c.agreeingDates().isEmpty() && c.disagreeingDates().isEmpty()) {
            l.paragraph(List.of(new Run("No date appears in both.", small)), Block.indented(14));
        }
        Style strong = bodyBold.color(A_LINE);
        for (DateMatch d : c.disagreeingDates()) {
            l.paragraph(List.of(new Run("≠ Disagree: ", strong), new Run("A “" + d.leftText() + "” = " + d.leftResolved(), bodyBold),
                    new Run("   B “" + d.rightText() + "” = " + d.rightResolved(), bodyBold)), new Block(14, A_LINE, null, null));
            l.space(2);
        }
        Style agree = bodyBold.color(B_LINE);
        for (DateMatch d : c.agreeingDates()) {
            String words = d.leftText().equals(d.rightText()) ? "“" + d.leftText() + "”"
                    : "A “" + d.leftText() + "”, B “" + d.rightText() + "”";
            l.paragraph(List.of(new Run("= Agree: ", agree), new Run(words, body), new Run(" = " + d.leftResolved(), body.color(MUTED))),
                    new Block(14, B_LINE, null, null));
            l.space(2);
        }
        l.space(4);
    }

    private void entities(ComparisonSection c) {
        j.heading("Entities", j.h3, 6);
        entityLine("In both", c.sharedEntities(), c);
        entityLine("Only in A", c.onlyLeftEntities(), c);
        entityLine("Only in B", c.onlyRightEntities(), c);
        l.space(4);
    }

    private void entityLine(String label, List<String> names, ComparisonSection c) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(label + " (" + names.size() + "): ", bodyBold));
        if (names.isEmpty()) runs.add(new Run("none", body.color(MUTED)));
        for (int i = 0; i < names.size(); i++) {
            EntityType t = c.entityTypes().get(names.get(i));
            Color bg = t == null ? null : EntityColors.background(t);
            runs.add(new Run(names.get(i), bg == null ? body : body.with(bg, EntityColors.line(t))));
            if (i < names.size() - 1) runs.add(new Run(", ", body));
        }
        l.paragraph(runs, Block.indented(14));
        l.space(3);
    }

    private void wording(ComparisonSection c) {
        j.heading("Aligned sentences that differ (" + c.wording().size() + ")", j.h3, 6);
        if (c.wording().isEmpty()) l.paragraph(List.of(new Run("none", small)), Block.indented(14));
        Style side = new Style(l.fonts.bold, 9, INK, null, null);
        for (Wording w : c.wording()) {
            // keep the two sides of a pair together where a page allows
            l.ensure(quote.leading() * 4 + 8);
            List<Run> a = new ArrayList<>(List.of(new Run("A  ", side.color(A_LINE))));
            a.addAll(marked(w.left(), w.leftChanges(), A_MARK, A_LINE));
            l.paragraph(a, new Block(14, A_LINE, null, null));
            l.space(2);
            List<Run> b = new ArrayList<>(List.of(new Run("B  ", side.color(B_LINE))));
            b.addAll(marked(w.right(), w.rightChanges(), B_MARK, B_LINE));
            l.paragraph(b, new Block(14, B_LINE, null, null));
            l.space(9);
        }
    }

    /** The text as runs with its changed spans marked; a spelling-only change gets a grey underline alone. */
    private List<Run> marked(String text, List<ChangeSpan> spans, Color mark, Color line) {
        List<Run> runs = new ArrayList<>();
        List<ChangeSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(ChangeSpan::start));
        int at = 0;
        for (ChangeSpan s : sorted) {
            int from = Math.max(s.start(), at);
            int to = Math.min(s.end(), text.length());
            if (to <= from) continue;
            if (from > at) runs.add(new Run(text.substring(at, from), quote));
            Style st = s.change() == Change.COSMETIC ? quote.with(null, COSMETIC_LINE) : quote.with(mark, line);
            runs.add(new Run(text.substring(from, to), st));
            at = to;
        }
        if (at < text.length()) runs.add(new Run(text.substring(at), quote));
        return runs;
    }

    private void sentences(String label, List<String> ss, Color bar) {
        j.heading(label + " (" + ss.size() + ")", j.h3, 6);
        if (ss.isEmpty()) l.paragraph(List.of(new Run("none", small)), Block.indented(14));
        for (String s : ss) {
            l.paragraph(List.of(new Run(s, quote)), new Block(14, bar, null, null));
            l.space(3);
        }
    }
}
