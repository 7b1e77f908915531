package org.parallax.compare;

import java.util.List;

import org.parallax.model.Sentence;

/**
 * One or more adjacent sentences of article A matched to one or more adjacent sentences of article B (1:1, or 1:2 and
 * 2:1 where a sentence was split or merged), with their similarity in [0, 1].
 */
public record AlignedPair(List<Sentence> a, List<Sentence> b, double similarity) {
    public AlignedPair {
        a = List.copyOf(a);
        b = List.copyOf(b);
        if (a.isEmpty() || b.isEmpty()) throw new IllegalArgumentException("an aligned pair needs sentences on both sides");
    }

    public int startA() {
        return a.get(0).start();
    }

    public int endA() {
        return a.get(a.size() - 1).end();
    }

    public int startB() {
        return b.get(0).start();
    }

    public int endB() {
        return b.get(b.size() - 1).end();
    }
}
