package org.parallax.nlp;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names compared without their accents: one outlet writes "José Antúnez", another (or a wire copy typed on an English
 * keyboard) "Jose Antunez", and both are one person; "Zürich" and "Zurich", "Société Générale" and "Societe Generale"
 * are one place and one bank. Letters that are not a base letter with a mark ("ø", "ł", "ß") stay as they are.
 */
final class Diacritics {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Diacritics() {
    }

    /** {@code s} with the combining marks of its letters dropped; {@code s} itself when it has none to drop. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s;
        return Normalizer.normalize(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
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
            String k = fold(e.getKey());
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
