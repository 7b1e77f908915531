package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Markdown comparison section lists the facts the two articles disagree on, and nothing when they agree. */
class MarkdownConflictsTest {
    private static String render(List<ReportContent.FactConflict> conflicts) {
        ReportContent.ComparisonSection c = new ReportContent.ComparisonSection("Market bombing", "Bomb hits market", 0.8, List.of("Port Elling"),
                List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), conflicts);
        ReportContent r = new ReportContent("Notes", "", LocalDate.of(2026, 12, 5), ReportContent.PageSize.A4, List.of(), List.of(c),
                List.of(), List.of());
        return new MarkdownReportWriter().render(r);
    }

    @Test
    void listsEachConflictWithBothValues() {
        String md = render(List.of(new ReportContent.FactConflict("killed", "at least seven", "six")));
        assertTrue(md.contains("- **Conflict** killed: at least seven / six\n"), md);
        assertFalse(render(List.of()).contains("Conflict**"));
    }
}
