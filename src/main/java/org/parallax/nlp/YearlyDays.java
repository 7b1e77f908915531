package org.parallax.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * What the readers of days that recur each year by name share ({@link ChurchFeasts}, {@link NamedDays}): laying such a
 * day's words over the date mentions SUTime made of them, and placing the day in the year its clause's tense points to.
 * Stateless.
 */
final class YearlyDays {
    private YearlyDays() {
    }

    /**
     * The mentions with each match of {@code names} added as one date mention carrying {@code value}, over the date
     * mentions inside its words; not where {@code thingAfter} follows (a thing named after the day: "the Advent
     * calendar"), nor where a mention reaches outside the day's words ("Sunday of Advent this year"), which is left to
     * itself.
     */
    static List<RawMention> added(String text, List<RawMention> dates, Pattern names, Pattern thingAfter, String value) {
        Matcher f = names.matcher(text);
        List<RawMention> out = null;
        while (f.find()) {
            int start = f.start(), end = f.end();
            if (thingAfter.matcher(text.substring(end)).lookingAt()) continue;
            List<RawMention> base = out == null ? dates : out;
            if (base.stream().anyMatch(m -> m.start() < end && start < m.end() && (m.start() < start || m.end() > end))) continue;
            out = new ArrayList<>(base.stream().filter(m -> m.end() <= start || m.start() >= end).toList());
            out.add(new RawMention(start, end, f.group(), EntityType.DATE, "DATE", "DATE", value));
            out.sort(Comparator.comparingInt(RawMention::start));
        }
        return out == null ? dates : out;
    }

    /**
     * The day of the year {@code day} gives, placed around {@code docDate} by the tense of its clause: a past verb takes
     * the last one, a future verb the next, no tense the nearest.
     */
    static LocalDate byTense(IntFunction<LocalDate> day, ClauseTense.Tense tense, LocalDate docDate) {
        int y = docDate.getYear();
        LocalDate d = day.apply(y);
        if (tense == ClauseTense.Tense.PAST && d.isAfter(docDate)) return day.apply(y - 1);
        if (tense == ClauseTense.Tense.FUTURE && d.isBefore(docDate)) return day.apply(y + 1);
        if (tense == ClauseTense.Tense.NONE) {
            for (int k = -1; k <= 1; k += 2) {
                LocalDate other = day.apply(y + k);
                if (Math.abs(other.toEpochDay() - docDate.toEpochDay()) < Math.abs(d.toEpochDay() - docDate.toEpochDay())) d = other;
            }
        }
        return d;
    }
}
