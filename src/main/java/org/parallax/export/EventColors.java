package org.parallax.export;

import java.awt.Color;

import org.parallax.model.EventKind;

/**
 * The colour of each event kind, the one definition the window and printed reports share: the window's calendar
 * shows visits, meetings and statements in CalendarFX's styles 1, 2 and 3, whose colours these are, and
 * {@code ui/calendar/calendar.css} gives its legend the same values (EventColorsTest checks both agree with this).
 */
public final class EventColors {
    private EventColors() {
    }

    /** The kind's colour as {@code #RRGGBB}, as the window's stylesheets write it (at 90 % opacity). */
    public static String hex(EventKind kind) {
        return switch (kind) {
            case VISIT -> "#77C04B";
            case MEETING -> "#418FCB";
            case STATEMENT -> "#F7D15B";
        };
    }

    /** The kind's full colour: the edge of an event's label, as CalendarFX draws an entry's border. */
    public static Color base(EventKind kind) {
        return Color.decode(hex(kind));
    }

    /** The light fill behind an event's label (the full colour mixed 70 % towards white, as CalendarFX fills an entry). */
    public static Color fill(EventKind kind) {
        Color c = base(kind);
        return new Color(toWhite(c.getRed()), toWhite(c.getGreen()), toWhite(c.getBlue()));
    }

    private static int toWhite(int channel) {
        return Math.round(channel + (255 - channel) * 0.7f);
    }
}
