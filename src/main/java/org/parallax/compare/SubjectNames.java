package org.parallax.compare;

import java.util.Set;

/**
 * The names that make two stories one subject, for the thread level. A thread is follow-ups on one subject (a company, a
 * person, a place, a party), so two stories join a thread only when they share a name. Weekdays, months and time zones
 * are capitalised and so count among a text's names, but they name no subject: "Rovers beat City 3-1 on Saturday" and
 * "petrol rose to a record on Saturday" share only the day, and two wildfires in two regions share "Friday" and
 * "August". Those words are left out here; nothing else is.
 */
final class SubjectNames {
    static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt");

    private SubjectNames() {
    }

    /** The name terms of {@code names} that are no calendar words (terms are read through {@code term}). */
    static SparseVector of(SparseVector names, java.util.function.IntFunction<String> term) {
        int n = 0;
        for (int id : names.ids) if (!CALENDAR.contains(term.apply(id))) n++;
        if (n == names.ids.length) return names;
        int[] ids = new int[n];
        double[] w = new double[n];
        for (int i = 0, k = 0; i < names.ids.length; i++) {
            if (CALENDAR.contains(term.apply(names.ids[i]))) continue;
            ids[k] = names.ids[i];
            w[k++] = names.w[i];
        }
        return new SparseVector(ids, w);
    }

    /** Whether two stories' subject names share a term. */
    static boolean shared(SparseVector a, SparseVector b) {
        return a.cosine(b) > 0;
    }
}
