package org.parallax.compare;

import java.util.Random;

/** Light edits of real text for tests and benchmarks: dropped words and words swapped for a neighbour's. */
public final class Perturb {
    private Perturb() {
    }

    /** Drops or substitutes about {@code rate} of the words (half each). */
    public static String words(String text, double rate, Random rnd) {
        String[] w = text.split(" ");
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < w.length; i++) {
            double r = rnd.nextDouble();
            String word = w[i];
            if (r < rate / 2) continue;
            if (r < rate) word = w[rnd.nextInt(w.length)];
            if (sb.length() > 0) sb.append(' ');
            sb.append(word);
        }
        return sb.toString();
    }
}
