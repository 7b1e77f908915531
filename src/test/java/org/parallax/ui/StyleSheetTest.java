package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every shipped style sheet has balanced, un-nested rule blocks. JavaFX only logs a CSS parse error and drops the
 * rest of the sheet, so a missing brace would silently unstyle the window; this catches it.
 */
class StyleSheetTest {
    private static final List<String> SHEETS = List.of("/org/parallax/ui/annotate/annotate.css", "/org/parallax/ui/calendar/calendar.css", "/org/parallax/ui/export/export.css", "/org/parallax/ui/parallax.css");

    @Test
    void everyRuleBlockIsClosedBeforeTheNextOpens() throws IOException {
        for (String sheet : SHEETS) {
            String css;
            try (InputStream in = StyleSheetTest.class.getResourceAsStream(sheet)) {
                assertNotNull(in, sheet + " is on the class path");
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
            }
            int depth = 0;
            int line = 1;
            for (char ch : css.toCharArray()) {
                if (ch == '\n') line++;
                if (ch == '{') {
                    depth++;
                    assertEquals(1, depth, sheet + ": a rule opens inside another at line " + line + " (after comments are removed)");
                } else if (ch == '}') {
                    depth--;
                    assertEquals(0, depth, sheet + ": a brace closes nothing at line " + line);
                }
            }
            assertEquals(0, depth, sheet + ": the last rule is not closed");
        }
    }
}
