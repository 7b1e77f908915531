package org.parallax.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Letters compared without their accents: "José Antúnez" and "Jose Antunez", "Zürich" and "Zurich", "Μαΐου" and
 * "Μαιου". The one place where accents are dropped, for names (nlp), bylines, slugs and month words (ingest). Letters
 * that are not a base letter with a mark ("ø", "ł", "ß") stay as they are.
 */
public final class Accents {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Accents() {
    }

    /** {@code s} with the combining marks of its letters dropped; {@code s} itself when it has none to drop. */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s;
        return Normalizer.normalize(MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll(""), Normalizer.Form.NFC);
    }
}
