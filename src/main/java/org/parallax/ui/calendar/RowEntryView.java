package org.parallax.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.EntryViewBase.Position;
import com.calendarfx.view.MonthEntryView;
import com.calendarfx.view.MonthView;
import impl.com.calendarfx.view.MonthEntryViewSkin;
import javafx.scene.control.Skin;

/**
 * A month-page entry that names its event at the start of every week row it is drawn in, not only on its first day.
 * CalendarFX draws a multi-day entry as one view per day cell and titles only the first; an event from the last day
 * of a week to the first of the next was a cut label in one row and an empty bar in the next.
 */
final class RowEntryView extends MonthEntryView {
    RowEntryView(Entry<?> entry) {
        super(entry);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MonthEntryViewSkin(this) {
            @Override
            protected void updateView() {
                super.updateView();
                if (startsRow()) titleLabel.setText(getEntry().getTitle());
            }
        };
    }

    /** Whether this view continues its entry from the row above: a later day of the entry in a row's first cell. */
    boolean startsRow() {
        MonthView month = getDateControl();
        Position p = getPosition();
        return month != null && getStartDate() != null && (p == Position.MIDDLE || p == Position.LAST)
                && getStartDate().getDayOfWeek() == month.getFirstDayOfWeek();
    }
}
