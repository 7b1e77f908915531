package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/**
 * Anchors a date written without its year or week to the publication date, by the tense of the verb that governs it
 * ({@link ClauseTense}): a month or month-day without a year, a holiday, a day of an unnamed month, a bare weekday.
 * Split from {@link DateResolver}, which reads the mentions; stateless.
 */
final class DateAnchoring {
    private DateAnchoring() {
    }

    /**
     * A month or month-day named without a year lies in the document's year, moved a year back when its verb is in the
     * past and its month comes after the document's month, a year ahead when the verb is in the future and its month
     * comes before (the document's own month stays: a report may be dated a day off); with no tense cue, the occurrence
     * nearest the document date. SUTime instead lets any "will" in the
     * sentence push the date a year ahead.
     */
    static DateRange placeYear(DateRange r, ClauseTense.Tense tense, LocalDate docDate) {
        if (r.start().getYear() != r.end().getYear()) return r;
        DateRange here = shiftYears(r, docDate.getYear() - r.start().getYear());
        if (here == null) return r;
        DateRange placed = here;
        YearMonth docMonth = YearMonth.from(docDate);
        if (tense == ClauseTense.Tense.PAST && YearMonth.from(here.start()).isAfter(docMonth)) placed = shiftYears(here, -1);
        else if (tense == ClauseTense.Tense.FUTURE && YearMonth.from(here.end()).isBefore(docMonth)) placed = shiftYears(here, 1);
        else if (tense == ClauseTense.Tense.NONE) {
            DateRange before = shiftYears(here, -1);
            DateRange after = shiftYears(here, 1);
            if (before != null && distance(before, docDate) < distance(here, docDate)) placed = before;
            else if (after != null && distance(after, docDate) < distance(here, docDate)) placed = after;
        }
        return placed == null ? here : placed;
    }

    /** A holiday of the document's year, a year back after a past verb if still to come, ahead after a future one if gone. */
    static LocalDate placeHoliday(String name, ClauseTense.Tense tense, LocalDate docDate) {
        int y = docDate.getYear();
        LocalDate here = holiday(name, y);
        if (tense == ClauseTense.Tense.PAST && here.isAfter(docDate)) return holiday(name, y - 1);
        if (tense == ClauseTense.Tense.FUTURE && here.isBefore(docDate)) return holiday(name, y + 1);
        if (tense == ClauseTense.Tense.NONE) {
            LocalDate before = holiday(name, y - 1), after = holiday(name, y + 1);
            long d = Math.abs(here.toEpochDay() - docDate.toEpochDay());
            if (docDate.toEpochDay() - before.toEpochDay() < d) return before;
            if (after.toEpochDay() - docDate.toEpochDay() < d) return after;
        }
        return here;
    }

    static LocalDate holiday(String name, int y) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.startsWith("easter")) return easterSunday(y);
        if (n.startsWith("boxing")) return LocalDate.of(y, 12, 26);
        if (n.equals("christmas eve")) return LocalDate.of(y, 12, 24);
        if (n.startsWith("christmas")) return LocalDate.of(y, 12, 25);
        return n.endsWith("eve") ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
    }

    /** Western Easter Sunday of year {@code y} (the anonymous Gregorian computus). */
    static LocalDate easterSunday(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    /**
     * "on the 18th" with no month ({@code XXXX-XX-18}, from {@link JoinedDates}): a day of the publication month, of the
     * month before when a past verb governs it and the day is still to come, of the month after when a future verb
     * governs it and the day has gone; null for a day the month does not have.
     */
    static DateRange dayInMonth(int day, ClauseTense.Tense tense, LocalDate docDate) {
        YearMonth month = YearMonth.from(docDate);
        if (tense == ClauseTense.Tense.PAST && day > docDate.getDayOfMonth()) month = month.minusMonths(1);
        else if (tense == ClauseTense.Tense.FUTURE && day < docDate.getDayOfMonth()) month = month.plusMonths(1);
        return day >= 1 && day <= month.lengthOfMonth() ? DateRange.day(month.atDay(day)) : null;
    }

    static DateRange shiftYears(DateRange r, int years) {
        LocalDate s = r.start().plusYears(years);
        boolean monthEnd = r.precision() != DatePrecision.DAY && r.end().getDayOfMonth() == r.end().lengthOfMonth();
        LocalDate e = monthEnd ? YearMonth.from(r.end()).plusYears(years).atEndOfMonth() : r.end().plusYears(years);
        if (r.precision() == DatePrecision.DAY && s.getDayOfMonth() != r.start().getDayOfMonth()) return null; // 29 February
        return new DateRange(s, e, r.precision());
    }

    static long distance(DateRange r, LocalDate d) {
        if (d.isBefore(r.start())) return r.start().toEpochDay() - d.toEpochDay();
        if (d.isAfter(r.end())) return d.toEpochDay() - r.end().toEpochDay();
        return 0;
    }

    /**
     * A bare weekday ("on Friday") is placed by the tense of the verb that governs it ({@link ClauseTense}): SUTime
     * takes tense from the whole sentence, so in "said on Friday that they will go" it picks next Friday. "next" and
     * "last" next to the weekday decide first; under "would" it is the nearer one; news reports default to the past.
     */
    static LocalDate placeWeekday(String text, RawMention m, DayOfWeek day, LocalDate docDate) {
        String near = DateResolver.withWordBefore(text, m.start(), m.end());
        if (near.contains("next")) {
            return docDate.with(TemporalAdjusters.next(day));
        } else if (near.contains("last")) {
            return docDate.with(TemporalAdjusters.previous(day));
        }
        if (ClauseTense.movedTo(text, m.start())) {
            return docDate.with(TemporalAdjusters.next(day)); // "moved to Friday" in a Friday's paper: next Friday, not today
        }
        ClauseTense.Tense tense = ClauseTense.of(text, m.start(), m.end());
        if (tense == ClauseTense.Tense.NONE && ClauseTense.conditional(text, m.start(), m.end())) {
            // "said he would return on Thursday": a future seen from the past, the nearer Thursday (ties: the coming one)
            LocalDate before = docDate.with(TemporalAdjusters.previousOrSame(day));
            LocalDate after = docDate.with(TemporalAdjusters.nextOrSame(day));
            return docDate.toEpochDay() - before.toEpochDay() < after.toEpochDay() - docDate.toEpochDay() ? before : after;
        }
        boolean future = tense == ClauseTense.Tense.FUTURE
                || tense == ClauseTense.Tense.NONE && ClauseTense.present(text, m.start(), m.end());
        return future ? docDate.with(TemporalAdjusters.nextOrSame(day)) : docDate.with(TemporalAdjusters.previousOrSame(day));
    }
}
