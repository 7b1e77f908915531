package org.parallax.nlp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parallax.model.EntityType;
import org.parallax.text.ClosedClass;

/**
 * Which of an entity's forms is shown as its name: the most frequent full name of its own mentions, ties going to the
 * most complete form. Split from {@link EntityLinker}, which decides which forms belong together.
 */
final class EntityNames {
    private EntityNames() {
    }

    /**
     * The name to show for an entity whose mentions have these forms and counts: its most frequent full name (a
     * short form only when it has no full one), ties going to the most complete form. Forms are counted after
     * whitespace clean-up, so "Tony  Blair" and "Tony Blair" count as one.
     */
    static String displayName(EntityType type, Map<String, Integer> formCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        formCounts.forEach((f, n) -> {
            String c = EntityLinker.clean(f);
            if (!c.isEmpty() && ClosedClass.nameForm(c) != null && !ClosedClass.nameForm(c).isEmpty()) counts.merge(c, n, Integer::sum);
        });
        if (counts.isEmpty()) formCounts.forEach((f, n) -> counts.merge(EntityLinker.clean(f), n, Integer::sum));
        boolean anyFull = counts.keySet().stream().anyMatch(f -> !isShort(type, f, counts.keySet()));
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String f = e.getKey();
            if (anyFull && isShort(type, f, counts.keySet())) continue;
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && score(f) > score(best)) best = f;
        }
        return best;
    }

    /**
     * A short form, or for a place or organisation one word that is (or clips) a word of another of its forms: a club
     * called "Hartwell" in most sentences is still "Hartwell Town", "the Fed" the "Federal Reserve", "the Bank" the
     * "Bank of England".
     */
    private static boolean isShort(EntityType type, String form, Set<String> forms) {
        if (EntityLinker.isShortForm(type, form)) return true;
        if (type == EntityType.PERSON) return endsLonger(form, forms);
        if (form.contains(" ")) return false;
        String w = form.replaceAll("[’']s$", "").toLowerCase(Locale.ROOT);
        for (String o : forms) {
            if (!o.contains(" ") || EntityLinker.isShortForm(type, o)) continue;
            for (String word : o.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (w.length() >= 3 && word.startsWith(w)) return true;
            }
        }
        return false;
    }

    /**
     * Whether a person form is the last name words of a longer form: "Garcia Marquez" of "Gabriel Garcia Marquez",
     * "Restrepo de la Torre" of "Juan Pablo Restrepo de la Torre" (two surnames, or one with particles, are a short
     * form however many words they have).
     */
    private static boolean endsLonger(String form, Set<String> forms) {
        java.util.List<String> t = EntityLinker.tokens(form);
        for (String o : forms) {
            java.util.List<String> u = EntityLinker.tokens(o);
            if (u.size() > t.size() && u.subList(u.size() - t.size(), u.size()).equals(t)) return true;
        }
        return false;
    }

    /** The most complete form: most name words, then the longest, then not in capitals; ties keep the first seen. */
    static String canonical(Iterable<String> forms) {
        String best = null;
        for (String f : forms) {
            String c = EntityLinker.clean(f);
            if (best == null || score(c) > score(best)) best = c;
        }
        return best;
    }

    private static int score(String form) {
        // "Washington" over a dateline's "WASHINGTON"; acronyms lose on word count anyway
        boolean shouting = form.codePoints().noneMatch(Character::isLowerCase);
        return form.split("\\s+").length * 1000 + form.length() * 2 + (shouting ? 0 : 1);
    }
}
