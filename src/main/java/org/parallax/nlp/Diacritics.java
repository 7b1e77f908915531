package org.parallax.nlp;

import java.util.LinkedHashMap;
import java.util.Map;

import org.parallax.text.Accents;

/**
 * Which of an entity's spellings to show when they differ only by accents: one outlet writes "José Antúnez", another
 * (or a wire copy typed on an English keyboard) "Jose Antunez", and both are one person. The comparison itself is
 * {@link Accents#fold}, shared with the linker's keys and ingest's bylines.
 */
final class Diacritics {
    private Diacritics() {
    }

    /**
     * The counts with forms that differ only by accents counted as one, under the form that writes the most of them:
     * "Jose Antunez" twice and "José Antúnez" once is "José Antúnez" three times, as the accents are the name's own
     * spelling and their loss a keyboard's. Other forms keep their counts; the order is that of each group's first form.
     */
    static Map<String, Integer> countedAccented(Map<String, Integer> counts) {
        Map<String, String> writing = new LinkedHashMap<>();
        Map<String, Integer> sums = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String k = Accents.fold(e.getKey());
            writing.merge(k, e.getKey(), (a, b) -> marks(b) > marks(a) ? b : a);
            sums.merge(k, e.getValue(), Integer::sum);
        }
        if (sums.size() == counts.size()) return counts;
        Map<String, Integer> out = new LinkedHashMap<>();
        sums.forEach((k, n) -> out.put(writing.get(k), n));
        return out;
    }

    private static int marks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) n += s.charAt(i) >= 128 ? 1 : 0;
        return n;
    }
}
