package org.parallax.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DateSource;
import org.parallax.store.ArticleRepository;

/**
 * Lends each article without a publication date the date of the most similar dated article when their bodies overlap
 * enough to be one story (word 3-shingles, Jaccard at least {@link #SAME_STORY_THRESHOLD}), recording
 * {@link DateSource#SAME_STORY}; a borrowed date never lends further. Only the undated articles' shingles are held:
 * donors are read one at a time, so a library of 100,000 articles is compared in bounded memory.
 */
final class DateBorrowing {
    private static final Logger LOG = Logger.getLogger(DateBorrowing.class.getName());
    static final double SAME_STORY_THRESHOLD = 0.3;
    private static final int SHINGLE = 3;

    private final ArticleRepository articles;

    DateBorrowing(ArticleRepository articles) {
        this.articles = articles;
    }

    /** An undated article, how many shingles it has and the best donor found so far. */
    private static final class Borrower {
        final ArticleSummary summary;
        final int size;
        long donor = -1;
        double score;
        LocalDate date;

        Borrower(ArticleSummary summary, int size) {
            this.summary = summary;
            this.size = size;
        }
    }

    /** Changes the dates that a more similar donor now gives; returns how many changed. */
    int borrow() {
        List<ArticleSummary> all = articles.list();
        // no donor, nothing to lend: the undated articles (a folder of text files) are not even read
        if (all.stream().noneMatch(DateBorrowing::donor)) return 0;
        List<Borrower> borrowers = new ArrayList<>();
        // each shingle of an undated article, with the undated articles holding it: a donor's overlap with every one of
        // them is counted in one pass over the donor's shingles, instead of one set intersection per pair
        Map<String, int[]> holders = new HashMap<>();
        for (ArticleSummary a : all) {
            if (donor(a)) continue;
            Article full = articles.get(a.id()).orElse(null);
            if (full == null) continue;
            Set<String> mine = shingles(full.bodyText(), SHINGLE);
            int b = borrowers.size();
            borrowers.add(new Borrower(a, mine.size()));
            for (String s : mine) {
                int[] had = holders.get(s);
                if (had == null) {
                    holders.put(s, new int[] {b});
                } else {
                    int[] grown = Arrays.copyOf(had, had.length + 1);
                    grown[had.length] = b;
                    holders.put(s, grown);
                }
            }
        }
        if (borrowers.isEmpty()) return 0;
        int[] shared = new int[borrowers.size()];
        int[] touched = new int[borrowers.size()];
        for (ArticleSummary d : all) {
            if (!donor(d)) continue;
            Article donor = articles.get(d.id()).orElse(null);
            if (donor == null) continue;
            Set<String> theirs = shingles(donor.bodyText(), SHINGLE);
            int nt = 0;
            for (String s : theirs) {
                int[] hs = holders.get(s);
                if (hs == null) continue;
                for (int b : hs) if (shared[b]++ == 0) touched[nt++] = b;
            }
            // an undated article sharing no shingle scores 0, which never beats its best so far
            for (int i = 0; i < nt; i++) {
                Borrower b = borrowers.get(touched[i]);
                int inter = shared[touched[i]];
                shared[touched[i]] = 0;
                double j = (double) inter / (b.size + theirs.size() - inter);
                // ties go to the earlier donor in the library's order, as when every donor was held at once
                if (j > b.score) {
                    b.score = j;
                    b.donor = d.id();
                    b.date = d.published();
                }
            }
        }
        int changed = 0;
        for (Borrower b : borrowers) {
            if (b.donor < 0 || b.score < SAME_STORY_THRESHOLD || b.date.equals(b.summary.published())) continue;
            articles.setPublished(b.summary.id(), b.date, DateSource.SAME_STORY);
            long id = b.summary.id();
            LOG.info(() -> String.format(Locale.ROOT, "Article %d takes the date %s of article %d (same story, overlap %.2f)",
                    id, b.date, b.donor, b.score));
            changed++;
        }
        return changed;
    }

    /** Whether the article has a date of its own to lend (a borrowed date never lends further). */
    private static boolean donor(ArticleSummary a) {
        return a.published() != null && a.publishedSource() != DateSource.SAME_STORY;
    }

    /** Lower-cased word {@code k}-shingles of a text. */
    static Set<String> shingles(String text, int k) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>();
        for (String s : words) if (!s.isEmpty()) w.add(s);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + k <= w.size(); i++) out.add(String.join(" ", w.subList(i, i + k)));
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int inter = 0;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) if (large.contains(s)) inter++;
        return (double) inter / (a.size() + b.size() - inter);
    }
}
