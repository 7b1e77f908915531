package org.parallax.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parallax.model.EventKind;

/**
 * The event kind colours are one definition: the window's calendar stylesheet (its legend and band) and CalendarFX's
 * entry styles 1, 2, 3 (visit, meeting, statement, as ui.calendar.EventCalendar assigns them) say what EventColors says,
 * and the PDF report draws with EventColors.
 */
class EventColorsTest {
    private static final Pattern RGBA = Pattern.compile("rgba\\(\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*,\\s*([\\d.]+)\\s*,");

    private static String resource(String path) throws IOException {
        try (InputStream in = EventColorsTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Color rgb(String css, String declarationStart) {
        int at = css.indexOf(declarationStart);
        assertTrue(at >= 0, declarationStart + " is not in the stylesheet");
        Matcher m = RGBA.matcher(css);
        assertTrue(m.find(at), "no rgba() after " + declarationStart);
        return new Color(Math.round(Float.parseFloat(m.group(1))), Math.round(Float.parseFloat(m.group(2))),
                Math.round(Float.parseFloat(m.group(3))));
    }

    @Test
    void theWindowsCalendarStylesheetMirrorsTheSharedColours() throws IOException {
        String css = resource("/org/parallax/ui/calendar/calendar.css");
        for (EventKind k : EventKind.values()) {
            String kind = k.name().toLowerCase(Locale.ROOT);
            assertEquals(EventColors.base(k), rgb(css, ".calendar-legend-" + kind + ", .band-event.calendar-kind-" + kind), k.name());
        }
    }

    @Test
    void calendarFxDrawsEachKindsEntriesInTheSharedColour() throws IOException {
        String css = resource("/com/calendarfx/view/calendar.css");
        for (EventKind k : EventKind.values()) {
            assertEquals(EventColors.base(k), rgb(css, "-style" + (k.ordinal() + 1) + "-color:"), k.name());
        }
    }

    @Test
    void visitsAreGreenAndStatementsYellowAsOnScreen() {
        Color visit = EventColors.base(EventKind.VISIT);
        Color statement = EventColors.base(EventKind.STATEMENT);
        assertTrue(visit.getGreen() > visit.getRed() && visit.getGreen() > visit.getBlue(), "visit: " + visit);
        assertTrue(statement.getRed() > statement.getBlue() && statement.getGreen() > statement.getBlue(), "statement: " + statement);
        for (EventKind k : EventKind.values()) {
            Color f = EventColors.fill(k);
            Color b = EventColors.base(k);
            assertTrue(f.getRed() >= b.getRed() && f.getGreen() >= b.getGreen() && f.getBlue() >= b.getBlue(), "the fill is lighter");
        }
    }
}
