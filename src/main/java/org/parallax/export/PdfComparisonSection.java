package org.parallax.export;

import java.util.List;

import org.parallax.export.PdfLayout.Block;
import org.parallax.export.PdfLayout.Run;
import org.parallax.export.ReportContent.ComparisonSection;

/**
 * The report's comparison section: per compared pair its similarity, the entities both or only one article name, and
 * the sentences only one of them has, each pair's heading marked for the contents.
 */
final class PdfComparisonSection extends PdfSection {
    PdfComparisonSection(PdfReportJob j) {
        super(j);
    }

    void write() {
        if (j.r.comparisons().isEmpty()) return;
        j.sectionStart("Comparison");
        boolean first = true;
        for (ComparisonSection c : j.r.comparisons()) {
            if (!first) l.space(14);
            first = false;
            j.heading(c.leftTitle() + " ↔ " + c.rightTitle(), j.h2, 0, true);
            l.paragraph(List.of(new Run("Similarity: ", bodyBold),
                    new Run(Math.round(c.similarity() * 100) + " %", body)), Block.PLAIN);
            l.space(4);
            entities("Shared entities", c.sharedEntities());
            entities("Only in “" + c.leftTitle() + "”", c.onlyLeftEntities());
            entities("Only in “" + c.rightTitle() + "”", c.onlyRightEntities());
            sentences("Sentences only in “" + c.leftTitle() + "”", c.onlyLeftSentences());
            sentences("Sentences only in “" + c.rightTitle() + "”", c.onlyRightSentences());
            j.step("Comparison");
        }
    }

    private void entities(String label, List<String> names) {
        l.paragraph(List.of(new Run(label + ": ", bodyBold),
                new Run(names.isEmpty() ? "none" : String.join(", ", names), body)), Block.PLAIN);
        l.space(3);
    }

    private void sentences(String label, List<String> ss) {
        j.heading(label, j.h3, 6);
        if (ss.isEmpty()) l.paragraph(List.of(new Run("none", small)), Block.indented(14));
        for (String s : ss) {
            l.paragraph(List.of(new Run(s, quote)), new Block(14, PdfReportJob.QUOTE_BAR, null, null));
            l.space(3);
        }
    }
}
