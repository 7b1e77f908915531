package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javafx.css.CssParser;
import javafx.css.Stylesheet;

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

    /**
     * The build ships each sheet precompiled as well, and JavaFX prefers the .bss when it finds one: a stale or
     * missing one would style the window from old rules (or cost the start-up the parse it should save).
     */
    @Test
    void everySheetShipsABinaryFormWithTheSameRules() throws IOException {
        for (String sheet : SHEETS) {
            URL css = StyleSheetTest.class.getResource(sheet);
            URL bss = StyleSheetTest.class.getResource(sheet.replaceAll("\\.css$", ".bss"));
            assertNotNull(css, sheet + " is on the class path");
            assertNotNull(bss, sheet + " has a precompiled .bss beside it (the build's binary-css step)");
            List<String> text = rules(new CssParser().parse(css));
            List<String> binary = rules(Stylesheet.loadBinary(bss));
            assertFalse(text.isEmpty(), sheet + " has rules");
            assertEquals(text, binary, sheet + ": the .bss differs from the .css; rebuild (mvn process-classes)");
        }
    }

    private static List<String> rules(Stylesheet s) {
        // a binary sheet decodes its declarations on first use, so ask for them rather than print the rule
        return s.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations()).toList();
    }
}
