package org.parallax.model;

import java.util.List;

/**
 * The best hits of a full-text search, and how many matching articles were ranked to find them. When
 * {@code moreMatches} is set, the query matched more articles than one search ranks ({@code ranked} of them, the most
 * recently imported), and the hits are the best of those. {@code matches} is how many articles the query matches in all
 * (counted, not capped by the ranking window nor by the number of hits asked for).
 */
public record SearchPage(List<SearchHit> hits, int ranked, boolean moreMatches, int matches) {
    public SearchPage {
        hits = List.copyOf(hits);
    }

    public static SearchPage empty() {
        return new SearchPage(List.of(), 0, false, 0);
    }
}
