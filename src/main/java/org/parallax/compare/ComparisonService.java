package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.parallax.model.Article;
import org.parallax.model.ArticleMeta;
import org.parallax.model.EntityType;
import org.parallax.model.Sentence;

/**
 * Compares two articles: sentence alignment, word diffs within aligned pairs, entities and dates shared or not, and
 * metadata side by side. Pure: it reads only its arguments, so it is safe from any thread and from the command line.
 */
public final class ComparisonService {
    private final SentenceAligner aligner;

    public ComparisonService() {
        this(new SentenceAligner());
    }

    public ComparisonService(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    /**
     * The one similarity figure of two articles (src/site/markdown/compare.md): the similarity of their sentence
     * alignment, a function of the two texts alone. {@link Comparison#similarity()} is this figure.
     */
    public double similarity(Article a, Article b) {
        return aligner.align(a, b).similarity();
    }

    public Comparison compare(Article a, Article b) {
        return compare(a, SideFacts.EMPTY, b, SideFacts.EMPTY);
    }

    public Comparison compare(Article a, SideFacts factsA, Article b, SideFacts factsB) {
        Alignment al = aligner.align(a, b);
        String ta = a.text(), tb = b.text();
        List<Comparison.PairDiff> pairs = new ArrayList<>();
        for (AlignedPair p : al.pairs()) {
            if (p.similarity() < SentenceAligner.EVENT_LINK_WEIGHT) {
                // an event link: the same event in other words, whose word diff would mark nearly every word
                pairs.add(new Comparison.PairDiff(texts(ta, p.a()), texts(tb, p.b()), p.similarity(), List.of(), List.of()));
                continue;
            }
            WordDiff d = WordDiff.of(ta, p.a(), tb, p.b());
            pairs.add(new Comparison.PairDiff(texts(ta, p.a()), texts(tb, p.b()), p.similarity(), d.a(), d.b()));
        }
        return new Comparison(a.id(), b.id(), al.similarity(), pairs, texts(ta, al.uniqueA()), texts(tb, al.uniqueB()),
                entities(factsA.entities(), factsB.entities()), dates(al, factsA.dates(), factsB.dates()),
                metadata(a.meta(), b.meta()), FactPairing.pair(ta, tb, al, factsA, factsB));
    }

    private static List<Comparison.SentenceText> texts(String text, List<Sentence> ss) {
        return ss.stream().map(s -> Comparison.SentenceText.of(text, s)).toList();
    }

    static Comparison.Entities entities(Map<String, EntityType> a, Map<String, EntityType> b) {
        Map<String, Map.Entry<String, EntityType>> byKeyB = new LinkedHashMap<>();
        b.entrySet().forEach(e -> byKeyB.put(norm(e.getKey()), e));
        List<Comparison.EntityRef> shared = new ArrayList<>(), onlyA = new ArrayList<>(), onlyB = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, EntityType> e : a.entrySet()) {
            String k = norm(e.getKey());
            if (byKeyB.containsKey(k)) {
                shared.add(new Comparison.EntityRef(e.getKey(), e.getValue()));
                seen.add(k);
            } else {
                onlyA.add(new Comparison.EntityRef(e.getKey(), e.getValue()));
            }
        }
        byKeyB.forEach((k, e) -> {
            if (!seen.contains(k)) onlyB.add(new Comparison.EntityRef(e.getKey(), e.getValue()));
        });
        Comparator<Comparison.EntityRef> order = Comparator.comparing(Comparison.EntityRef::type).thenComparing(Comparison.EntityRef::name);
        shared.sort(order);
        onlyA.sort(order);
        onlyB.sort(order);
        return new Comparison.Entities(shared, onlyA, onlyB);
    }

    private static String norm(String name) {
        return Tokens.key(name.toLowerCase(Locale.ROOT), 0, name.length());
    }

    static Comparison.Dates dates(Alignment al, List<DatedMention> a, List<DatedMention> b) {
        List<Comparison.DatePair> agree = new ArrayList<>(), disagree = new ArrayList<>();
        boolean[] usedA = new boolean[a.size()], usedB = new boolean[b.size()];
        // same range, preferring a partner in the aligned sentence, then anywhere
        for (boolean alignedOnly : new boolean[] {true, false}) {
            for (int i = 0; i < a.size(); i++) {
                if (usedA[i]) continue;
                for (int j = 0; j < b.size(); j++) {
                    if (usedB[j] || !Comparison.Dates.same(a.get(i).range(), b.get(j).range())) continue;
                    if (alignedOnly && !inSamePair(al, a.get(i), b.get(j))) continue;
                    agree.add(Comparison.DatePair.of(a.get(i), b.get(j)));
                    usedA[i] = usedB[j] = true;
                    break;
                }
            }
        }
        // left-over dates in the same aligned pair tell the same thing with different dates
        for (int i = 0; i < a.size(); i++) {
            if (usedA[i]) continue;
            for (int j = 0; j < b.size(); j++) {
                if (usedB[j] || !inSamePair(al, a.get(i), b.get(j))) continue;
                disagree.add(Comparison.DatePair.of(a.get(i), b.get(j)));
                usedA[i] = usedB[j] = true;
                break;
            }
        }
        List<Comparison.DateRef> onlyA = new ArrayList<>(), onlyB = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) if (!usedA[i]) onlyA.add(Comparison.DateRef.of(a.get(i)));
        for (int j = 0; j < b.size(); j++) if (!usedB[j]) onlyB.add(Comparison.DateRef.of(b.get(j)));
        return new Comparison.Dates(agree, disagree, onlyA, onlyB);
    }

    private static boolean inSamePair(Alignment al, DatedMention x, DatedMention y) {
        for (AlignedPair p : al.pairs()) {
            if (x.start() >= p.startA() && x.end() <= p.endA() && y.start() >= p.startB() && y.end() <= p.endB()) return true;
        }
        return false;
    }

    static List<Comparison.MetaField> metadata(ArticleMeta a, ArticleMeta b) {
        List<Comparison.MetaField> out = new ArrayList<>();
        field(out, "title", a.title(), b.title());
        field(out, "author", a.author(), b.author());
        field(out, "outlet", a.outlet(), b.outlet());
        field(out, "section", a.section(), b.section());
        field(out, "published", str(a.published()), str(b.published()));
        field(out, "publishedSource", str(a.publishedSource()), str(b.publishedSource()));
        field(out, "dateline", a.dateline(), b.dateline());
        field(out, "url", a.url(), b.url());
        field(out, "language", a.language(), b.language());
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void field(List<Comparison.MetaField> out, String name, String a, String b) {
        out.add(new Comparison.MetaField(name, a, b, Objects.equals(a, b)));
    }
}
