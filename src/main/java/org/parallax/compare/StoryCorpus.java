package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.parallax.model.DateRange;

/**
 * Term statistics and TF-IDF vectors of one grouping run: per document its id, word ids, text and name vectors and the
 * years it names. Inverse document frequencies come from the documents, or from a whole library's {@link TermStats}.
 * The documents are read once, in order, and their texts are not kept: a whole library can be streamed through.
 */
final class StoryCorpus {
    private final StoryGrouper.Settings settings;
    final int n;
    final long[] ids;
    final SparseVector[] text, ent;
    final int[][] years, seq;
    /**
     * Per document: the days it pins itself to (full dates in its text or resolved ones, and its publication day); null
     * when the corpus was read without dates.
     */
    final int[][] days;
    /** Per document: its publication day (epoch day), or {@link Integer#MIN_VALUE} when unknown. */
    final int[] published;
    final int terms;
    /** Per term: capitalised in at least half of its occurrences that do not open a sentence (a name, not a word). */
    final boolean[] name;
    private final TermTable dict;

    /** Term statistics from the documents themselves. */
    StoryCorpus(List<StoryDoc> docs, StoryGrouper.Settings settings) {
        this(docs, settings, null);
    }

    /**
     * With {@code library} given, inverse document frequencies come from the library's counts (at least the documents'
     * own), so a neighbourhood of a library is weighted as the whole library would weigh it.
     */
    StoryCorpus(List<StoryDoc> docs, StoryGrouper.Settings settings, TermStats library) {
        this(docs, docs.size(), settings, library, true);
    }

    /**
     * Over {@code size} documents read once from {@code docs}, each dropped once tokenised. Without {@code dates} the
     * days each document pins itself to are not read (they are null): enough for keywords, which only the term
     * vectors decide, and the dates written in a text cost more to find than the rest of its reading.
     */
    StoryCorpus(Iterable<StoryDoc> docs, int size, StoryGrouper.Settings settings, TermStats library, boolean dates) {
        this.settings = settings;
        n = size;
        this.ids = new long[n];
        java.util.Iterator<StoryDoc> source = docs.iterator();
        TermTable dict = new TermTable();
        for (String w : Tokens.STOPWORDS) dict.id(w);
        int stops = dict.size();
        seq = new int[n][];
        int[][] names = new int[n][];
        years = new int[n][];
        days = new int[n][];
        published = new int[n];
        int[] ids = new int[1024], nameIds = new int[256], ys = new int[16];
        int[] inSentence = new int[1024], capitalised = new int[1024];
        char[] buf = new char[64];
        for (int i = 0; i < n; i++) {
            StoryDoc d = source.next();
            this.ids[i] = d.id();
            String t = d.text();
            int len = t.length(), ni = 0, nn = 0, ny = 0;
            boolean sentenceStart = true;
            // the same words and keys as Tokens.words, scanned in place
            for (int p = 0; p < len; ) {
                char c = t.charAt(p);
                if (!Character.isLetterOrDigit(c)) {
                    if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '\u201C') sentenceStart = true;
                    p++;
                    continue;
                }
                int begin = p, bl = 0, h = 0;
                boolean digits = true;
                while (p < len) {
                    c = t.charAt(p);
                    if (Character.isLetterOrDigit(c)) {
                        char lc = Character.toLowerCase(c);
                        if (bl == buf.length) buf = Arrays.copyOf(buf, bl * 2);
                        buf[bl++] = lc;
                        h = 31 * h + lc;
                        digits &= Character.isDigit(c);
                        p++;
                    } else if ((c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019') && p + 1 < len
                            && Character.isLetterOrDigit(t.charAt(p + 1))) {
                        p++;
                    } else {
                        break;
                    }
                }
                if (digits) {
                    if (bl == 4 && (buf[0] == '1' && buf[1] == '9' || buf[0] == '2' && buf[1] == '0')) {
                        if (ny == ys.length) ys = Arrays.copyOf(ys, ny * 2);
                        ys[ny++] = (buf[0] - '0') * 1000 + (buf[1] - '0') * 100 + (buf[2] - '0') * 10 + (buf[3] - '0');
                    }
                } else if (bl > 1) {
                    int id = dict.id(buf, bl, h);
                    if (id >= stops) {
                        if (ni == ids.length) ids = Arrays.copyOf(ids, ni * 2);
                        ids[ni++] = id;
                        if (!sentenceStart) {
                            if (id >= inSentence.length) {
                                inSentence = Arrays.copyOf(inSentence, Math.max(id + 1, inSentence.length * 2));
                                capitalised = Arrays.copyOf(capitalised, inSentence.length);
                            }
                            inSentence[id]++;
                            if (Character.isUpperCase(t.charAt(begin))) capitalised[id]++;
                        }
                        if (d.entities() == null && !sentenceStart && Character.isUpperCase(t.charAt(begin))) {
                            if (nn == nameIds.length) nameIds = Arrays.copyOf(nameIds, nn * 2);
                            nameIds[nn++] = id;
                        }
                    }
                }
                sentenceStart = false;
            }
            seq[i] = Arrays.copyOf(ids, ni);
            if (d.entities() != null) {
                for (String name : d.entities()) {
                    for (Tokens.Tok tok : Tokens.words(name, 0, name.length())) {
                        if (tok.key().length() > 1 && !Tokens.STOPWORDS.contains(tok.key())) {
                            if (nn == nameIds.length) nameIds = Arrays.copyOf(nameIds, nn * 2);
                            nameIds[nn++] = dict.id(tok.key());
                        }
                    }
                }
            }
            names[i] = Arrays.copyOf(nameIds, nn);
            if (d.dates() != null) {
                ny = 0;
                for (DateRange r : d.dates()) {
                    for (int y = r.start().getYear(); y <= r.end().getYear() && y < r.start().getYear() + 50; y++) {
                        if (ny == ys.length) ys = Arrays.copyOf(ys, ny * 2);
                        ys[ny++] = y;
                    }
                }
            }
            years[i] = Arrays.stream(ys, 0, ny).distinct().sorted().toArray();
            published[i] = d.published() == null ? Integer.MIN_VALUE : (int) d.published().toEpochDay();
            if (dates) {
                int[] written = d.dates() == null ? StoryDates.days(t) : StoryDates.union(StoryDates.days(d.dates()), StoryDates.days(t));
                days[i] = d.published() == null ? written : StoryDates.union(written, new int[] {published[i]});
            }
        }
        terms = dict.size();
        name = new boolean[terms];
        for (int t = 0; t < Math.min(terms, inSentence.length); t++) name[t] = inSentence[t] > 0 && 2 * capitalised[t] >= inSentence[t];
        int[] df = new int[dict.size()];
        int[] lastSeen = new int[dict.size()];
        Arrays.fill(lastSeen, -1);
        for (int i = 0; i < n; i++) {
            for (int id : seq[i]) {
                if (lastSeen[id] != i) {
                    lastSeen[id] = i;
                    df[id]++;
                }
            }
        }
        int total = n;
        if (library != null) {
            List<String> words = new ArrayList<>(df.length - stops);
            for (int t = stops; t < df.length; t++) words.add(dict.term(t));
            Map<String, Integer> known = library.frequencies(words);
            for (int t = stops; t < df.length; t++) df[t] = Math.max(df[t], known.getOrDefault(words.get(t - stops), 0));
            total = Math.max(n, library.documents());
        }
        this.dict = dict;
        double[] idf = new double[df.length];
        for (int t = 0; t < idf.length; t++) idf[t] = Math.log((total + 1.0) / (df[t] + 0.5));
        text = new SparseVector[n];
        ent = new SparseVector[n];
        for (int i = 0; i < n; i++) {
            text[i] = weighted(seq[i], idf);
            ent[i] = weighted(names[i], idf);
        }
    }

    double score(SparseVector ta, SparseVector ea, int[] ya, SparseVector tb, SparseVector eb, int[] yb) {
        return combine(ta.cosine(tb), ea.ids.length > 0 && eb.ids.length > 0 ? ea.cosine(eb) : -1, ya, yb);
    }

    /** Text cosine blended with the entity cosine (negative when either side has none), damped if years disagree. */
    double combine(double text, double entities, int[] ya, int[] yb) {
        double s = entities < 0 ? text : (1 - settings.entityWeight()) * text + settings.entityWeight() * entities;
        if (ya.length > 0 && yb.length > 0 && !intersects(ya, yb)) s *= settings.yearPenalty();
        return s;
    }
    /** The term (a normalised word) of an id. */
    String term(int id) {
        return dict.term(id);
    }

    private static boolean intersects(int[] a, int[] b) {
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    private static SparseVector weighted(int[] ids, double[] idf) {
        if (ids.length == 0) return new SparseVector(new int[0], new double[0]);
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        int[] u = new int[sorted.length];
        double[] w = new double[sorted.length];
        int k = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            u[k] = sorted[i];
            w[k++] = (1 + Math.log(j - i)) * Math.max(idf[sorted[i]], 0);
            i = j;
        }
        return new SparseVector(Arrays.copyOf(u, k), Arrays.copyOf(w, k));
    }
}
