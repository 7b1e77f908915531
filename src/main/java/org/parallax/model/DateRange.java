package org.parallax.model;

import java.time.LocalDate;

/** A resolved date or date range, inclusive at both ends, with its precision (2023-03-06..2023-03-07, DAY). */
public record DateRange(LocalDate start, LocalDate end, DatePrecision precision) {
    public DateRange {
        if (start == null || end == null || precision == null) throw new IllegalArgumentException("incomplete date range");
        if (end.isBefore(start)) throw new IllegalArgumentException("date range ends before it starts: " + start + ".." + end);
    }

    public static DateRange day(LocalDate d) {
        return new DateRange(d, d, DatePrecision.DAY);
    }

    /** ISO form: {@code 2023-03-06} for one day, {@code 2023-03-06..2023-03-07} for a range, {@code 2023-02} for a month. */
    @Override
    public String toString() {
        return switch (precision) {
            case MONTH -> start.getYear() == end.getYear() && start.getMonth() == end.getMonth()
                    ? String.format("%04d-%02d", start.getYear(), start.getMonthValue()) : start + ".." + end;
            case YEAR -> start.getYear() == end.getYear() ? String.valueOf(start.getYear()) : start + ".." + end;
            default -> start.equals(end) ? start.toString() : start + ".." + end;
        };
    }
}
