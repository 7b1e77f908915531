package org.parallax.export;

import static org.parallax.export.PdfReportJob.INK;
import static org.parallax.export.PdfReportJob.MUTED;
import static org.parallax.export.PdfReportJob.QUOTE_BAR;
import static org.parallax.export.PdfReportJob.RULE;

import java.awt.Color;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.parallax.export.PdfLayout.Block;
import org.parallax.export.PdfLayout.Run;
import org.parallax.export.PdfLayout.Style;
import org.parallax.export.ReportContent.CalendarEvent;
import org.parallax.model.DatePrecision;
import org.parallax.model.EventKind;

/**
 * The report's calendar: a drawn month grid per month the events touch (at most 36), day and week events as labels in
 * their cells in the window's kind colours ({@link EventColors}) and vaguer ones listed under the grid, then every event with who, where, the user's note and
 * the sentences it was read from.
 */
final class PdfCalendarSection extends PdfSection {
    private static final Color OUTSIDE_MONTH = new Color(0xF6, 0xF8, 0xFA);

    PdfCalendarSection(PdfReportJob j) {
        super(j);
    }

    void write() {
        if (r.calendar().isEmpty()) return;
        j.sectionStart("Calendar");
        TreeSet<YearMonth> months = new TreeSet<>();
        for (CalendarEvent e : r.calendar()) {
            YearMonth from = YearMonth.from(e.when().start());
            YearMonth to = YearMonth.from(e.when().end());
            if (ChronoUnit.MONTHS.between(from, to) > 2) to = from.plusMonths(2);
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) months.add(m);
        }
        int drawn = 0;
        for (YearMonth m : months) {
            if (drawn++ >= 36) break;
            monthGrid(m);
        }
        j.step("Calendar");
        j.heading("Events", h2, 12);
        for (CalendarEvent e : r.calendar()) {
            l.ensure(body.leading() * 3);
            String when = e.when() + (e.when().precision() == DatePrecision.DAY ? "" : " (" + precision(e.when().precision()) + ")");
            l.paragraph(List.of(new Run(when + "  ", bodyBold),
                    new Run(kindName(e.kind()), body.with(EventColors.fill(e.kind()), EventColors.base(e.kind())))), Block.PLAIN);
            if (!e.who().isEmpty()) {
                l.paragraph(List.of(new Run("Who: ", small.font(l.fonts.bold)), new Run(String.join("; ", e.who()), small.color(INK))),
                        Block.indented(14));
            }
            if (!e.where().isEmpty()) {
                l.paragraph(List.of(new Run("Where: ", small.font(l.fonts.bold)), new Run(String.join("; ", e.where()), small.color(INK))),
                        Block.indented(14));
            }
            if (!e.note().isBlank()) j.markdown(e.note(), 14);
            for (ReportContent.EventReport s : e.sources()) {
                l.paragraph(List.of(new Run(s.sentence().strip(), quote),
                        new Run(" — " + s.articleTitle(), small)), new Block(14, QUOTE_BAR, null, null));
            }
            l.space(8);
        }
    }

    /** The label in at most two lines of {@code width}, the second cut with an ellipsis when needed. */
    private String[] twoLines(String text, Style st, float width) {
        String t = l.clean(st.font(), text).replace('\n', ' ');
        if (l.width(t, st) <= width) return new String[] {t, ""};
        int cut = 0;
        for (int i = t.indexOf(' '); i > 0; i = t.indexOf(' ', i + 1)) {
            if (l.width(t.substring(0, i), st) <= width) cut = i;
            else break;
        }
        if (cut == 0) return new String[] {l.fit(t, st, width), ""};
        return new String[] {t.substring(0, cut), l.fit(t.substring(cut + 1), st, width)};
    }

    private static String precision(DatePrecision p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String kindName(EventKind k) {
        return k.name().charAt(0) + k.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private void monthGrid(YearMonth month) {
        float cellW = l.width() / 7;
        float cellH = 54;
        LocalDate first = month.atDay(1);
        int lead = first.getDayOfWeek().getValue() - 1;
        int weeks = (int) Math.ceil((lead + month.lengthOfMonth()) / 7.0);
        List<CalendarEvent> vague = r.calendar().stream()
                .filter(e -> e.when().precision() != DatePrecision.DAY && e.when().precision() != DatePrecision.WEEK)
                .filter(e -> !e.when().end().isBefore(first) && !e.when().start().isAfter(month.atEndOfMonth()))
                .toList();
        float height = h2.leading() + 16 + weeks * cellH + 10 + vague.size() * small.leading();
        l.ensure(height);
        String title = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        l.paragraph(title, h2);
        l.space(4);
        float top = l.y();
        Style head = new Style(l.fonts.bold, 7.5f, MUTED, null, null);
        for (int d = 0; d < 7; d++) {
            String name = DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            l.text(l.left() + d * cellW + 3, top - 10, name, head);
        }
        float gridTop = top - 14;
        Style dayNum = new Style(l.fonts.regular, 7.5f, MUTED, null, null);
        Style label = new Style(l.fonts.regular, 6.2f, INK, null, null);
        for (int w = 0; w < weeks; w++) {
            for (int d = 0; d < 7; d++) {
                LocalDate day = first.minusDays(lead).plusDays(w * 7L + d);
                float x = l.left() + d * cellW;
                float y = gridTop - (w + 1) * cellH;
                boolean inMonth = YearMonth.from(day).equals(month);
                if (!inMonth) l.fillRect(x, y, cellW, cellH, OUTSIDE_MONTH);
                l.strokeRect(x, y, cellW, cellH, RULE, 0.5f);
                if (!inMonth) continue;
                l.text(x + 3, y + cellH - 9, Integer.toString(day.getDayOfMonth()), dayNum);
                List<CalendarEvent> today = r.calendar().stream()
                        .filter(e -> e.when().precision() == DatePrecision.DAY || e.when().precision() == DatePrecision.WEEK)
                        .filter(e -> !day.isBefore(e.when().start()) && !day.isAfter(e.when().end()))
                        .toList();
                // one or two events get two-line labels; more get one line each, up to three and "+n more"
                boolean roomy = today.size() <= 2;
                float barH = roomy ? 17 : 9.5f;
                float by = y + cellH - 12 - barH;
                for (int i = 0; i < today.size(); i++) {
                    if (i == 3 && today.size() > 4) {
                        l.text(x + 3, by + 2.5f, "+" + (today.size() - 3) + " more", dayNum);
                        break;
                    }
                    CalendarEvent e = today.get(i);
                    // as the window's calendar draws an entry: a light fill with an edge in the kind's full colour
                    l.fillRect(x + 1.5f, by, cellW - 3, barH, EventColors.fill(e.kind()));
                    l.fillRect(x + 1.5f, by, 1.6f, barH, EventColors.base(e.kind()));
                    if (roomy) {
                        String[] lines = twoLines(e.shortLabel(), label, cellW - 6);
                        l.text(x + 3, by + barH - 7, lines[0], label);
                        if (!lines[1].isEmpty()) l.text(x + 3, by + 2.4f, lines[1], label);
                    } else {
                        l.text(x + 3, by + 2.6f, l.fit(e.shortLabel(), label, cellW - 6), label);
                    }
                    by -= barH + 1.5f;
                }
            }
        }
        l.advance(14 + weeks * cellH + 6);
        for (CalendarEvent e : vague) {
            l.paragraph(List.of(new Run("During " + e.when() + ": ", small.font(l.fonts.bold)), new Run(e.label(), small)),
                    Block.PLAIN);
        }
        l.space(12);
    }
}
