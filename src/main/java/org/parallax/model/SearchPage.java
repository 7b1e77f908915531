package org.parallax.model;

import java.util.List;

/**
 * The best hits of a full-text search, and how many matching articles were ranked to find them. When
 * {@code moreMatches} is set, the query matched more articles than one search ranks ({@code ranked} of them, the most
 * recently imported), and the hits are the best of those.
 */
public record SearchPage(List<SearchHit> hits, int ranked, boolean moreMatches) {
    public SearchPage {
        hits = List.copyOf(hits);
    }

    public static SearchPage empty() {
        return new SearchPage(List.of(), 0, false);
    }
}
