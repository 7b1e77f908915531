package org.parallax.compare;

import java.util.List;

import org.parallax.model.Sentence;

/**
 * The sentence alignment of two articles: matched pairs in A's text order, the sentences found only in A and only in B,
 * and an overall similarity in [0, 1] (pair similarities weighted by how much of both texts the pairs cover).
 */
public record Alignment(List<AlignedPair> pairs, List<Sentence> uniqueA, List<Sentence> uniqueB, double similarity) {
    public Alignment {
        pairs = List.copyOf(pairs);
        uniqueA = List.copyOf(uniqueA);
        uniqueB = List.copyOf(uniqueB);
    }
}
