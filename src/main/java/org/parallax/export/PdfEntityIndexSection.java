package org.parallax.export;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.parallax.export.PdfLayout.Block;
import org.parallax.export.PdfLayout.Run;
import org.parallax.export.PdfLayout.Style;
import org.parallax.export.ReportContent.IndexEntry;
import org.parallax.model.Entity;

/**
 * The report's entity index: each entity in its highlight colour with its type, its other names, the articles that
 * mention it and how often, and the user's notes on it.
 */
final class PdfEntityIndexSection extends PdfSection {
    PdfEntityIndexSection(PdfReportJob j) {
        super(j);
    }

    void write() {
        if (j.r.entityIndex().isEmpty()) return;
        PdfLayout l = j.l;
        Style small = j.small;
        j.sectionStart("Entity index");
        int n = 0;
        for (IndexEntry e : j.r.entityIndex()) {
            l.ensure(j.body.leading() * 3);
            Color bg = EntityColors.background(e.type());
            Style name = j.bodyBold.with(bg, bg == null ? null : EntityColors.line(e.type()));
            List<String> roles = Entity.roles(e.aliases());
            String kind = e.type().name().toLowerCase(Locale.ROOT) + (roles.isEmpty() ? "" : ", " + String.join(", ", roles));
            l.paragraph(List.of(new Run(e.name(), name), new Run("  " + kind, small)), Block.PLAIN);
            List<String> aliases = Entity.otherNames(e.name(), e.aliases());
            if (!aliases.isEmpty()) {
                l.paragraph(List.of(new Run("Also: ", small.font(l.fonts.bold)), new Run(String.join("; ", aliases), small)),
                        Block.indented(14));
            }
            if (!e.articles().isEmpty()) {
                String list = String.join("; ", e.articles().stream()
                        .map(c -> c.articleTitle() + " (" + c.mentions() + ")").toList());
                l.paragraph(List.of(new Run("In: ", small.font(l.fonts.bold)), new Run(list, small)), Block.indented(14));
            }
            for (String note : e.notes()) {
                j.markdown(note, 14);
            }
            l.space(6);
            if (++n % 20 == 0) j.step("Entity index");
        }
    }
}
