package org.parallax.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feasts named by a word before a weekday: the days of the Easter cycle ("Ash Wednesday", "Palm Sunday", "Good Friday",
 * "Easter Sunday", "Whit Monday") and the shopping days after American Thanksgiving ("Black Friday", "Cyber Monday").
 * Each is one day of its year, never "the Wednesday" or "the Friday" nearest the story, and is placed as its feast is:
 * a past verb takes the last one, a future verb the next, no tense the nearest. Stateless.
 */
final class FeastDays {

    private FeastDays() {
    }

    /** Before a weekday: the word that makes it a feast. */
    private static final Pattern FEAST_WORD_BEFORE = Pattern.compile("\\b(Good|Maundy|Holy|Easter|Ash|Palm|Shrove|Whit|Trinity"
            + "|Mothering|Black|Cyber)\\s+$");

    private static final Pattern FEAST_NAMED = Pattern.compile(FEAST_WORD_BEFORE.pattern().replace("\\s+$", "\\s+")
            + DateLookalikes.WEEKDAY + "\\b");

    /** Whether {@code words} name a feast by a word and a weekday ("Ash Wednesday", "after Palm Sunday"). */
    static boolean names(String words) {
        Matcher f = FEAST_NAMED.matcher(words);
        while (f.find()) {
            String day = words.substring(f.end(1)).strip().replaceFirst("(?s)day\\b.*", "day");
            if (feast(f.group(1), day.toLowerCase(Locale.ROOT)) != null) return true;
        }
        return false;
    }

    /**
     * The feast the word before {@code weekday} makes of it ({@code before} ends with that word and its space), placed by
     * {@code tense} around {@code docDate}; null when the word and the weekday make no feast ("Good Monday").
     */
    static LocalDate place(String before, String weekday, ClauseTense.Tense tense, LocalDate docDate) {
        Matcher w = FEAST_WORD_BEFORE.matcher(before);
        if (!w.find()) return null;
        IntFunction<LocalDate> feast = feast(w.group(1), weekday.toLowerCase(Locale.ROOT));
        if (feast == null) return null;
        int y = docDate.getYear();
        LocalDate here = feast.apply(y);
        if (tense == ClauseTense.Tense.PAST) return here.isAfter(docDate) ? feast.apply(y - 1) : here;
        if (tense == ClauseTense.Tense.FUTURE) return here.isBefore(docDate) ? feast.apply(y + 1) : here;
        LocalDate best = here;
        for (int k = -1; k <= 1; k += 2) {
            LocalDate other = feast.apply(y + k);
            if (Math.abs(other.toEpochDay() - docDate.toEpochDay()) < Math.abs(best.toEpochDay() - docDate.toEpochDay())) best = other;
        }
        return best;
    }

    /** The feast's day in each year, or null when the word and the weekday are no feast. */
    private static IntFunction<LocalDate> feast(String word, String weekday) {
        Integer fromEaster = switch (word + " " + weekday) {
            case "Shrove tuesday" -> -47;
            case "Ash wednesday" -> -46;
            case "Mothering sunday" -> -21;
            case "Palm sunday" -> -7;
            case "Maundy thursday" -> -3;
            case "Good friday" -> -2;
            case "Holy saturday", "Easter saturday" -> -1;
            case "Easter sunday" -> 0;
            case "Easter monday" -> 1;
            case "Whit sunday" -> 49;
            case "Whit monday" -> 50;
            case "Trinity sunday" -> 56;
            default -> null;
        };
        if (fromEaster != null) return y -> DateAnchoring.easterSunday(y).plusDays(fromEaster);
        int fromThanksgiving = switch (word + " " + weekday) {
            case "Black friday" -> 1;
            case "Cyber monday" -> 4;
            default -> 0;
        };
        if (fromThanksgiving == 0) return null;
        return y -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(fromThanksgiving);
    }
}
