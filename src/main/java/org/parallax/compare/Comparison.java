package org.parallax.compare;

import java.util.List;

import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.Sentence;

/**
 * The side-by-side comparison of two articles, as plain records ready for JSON: overall similarity, aligned sentence
 * pairs with their word diffs, sentences unique to each side, shared and unique entities, agreeing and disagreeing
 * dates, and metadata fields side by side. All offsets are into each article's full text.
 */
public record Comparison(
        long idA,
        long idB,
        double similarity,
        List<PairDiff> pairs,
        List<SentenceText> uniqueA,
        List<SentenceText> uniqueB,
        Entities entities,
        Dates dates,
        List<MetaField> metadata,
        Facts facts) {

    public Comparison {
        pairs = List.copyOf(pairs);
        uniqueA = List.copyOf(uniqueA);
        uniqueB = List.copyOf(uniqueB);
        metadata = List.copyOf(metadata);
        facts = facts == null ? Facts.NONE : facts;
    }

    /** A sentence with its text, for readers of the JSON that do not hold the article. */
    public record SentenceText(int start, int end, String text) {
        static SentenceText of(String articleText, Sentence s) {
            return new SentenceText(s.start(), s.end(), s.textIn(articleText));
        }
    }

    /** An aligned pair: the sentences on each side, their similarity, and the differing word spans on each side. */
    public record PairDiff(List<SentenceText> a, List<SentenceText> b, double similarity, List<DiffSpan> diffA, List<DiffSpan> diffB) {
        public PairDiff {
            a = List.copyOf(a);
            b = List.copyOf(b);
            diffA = List.copyOf(diffA);
            diffB = List.copyOf(diffB);
        }

        /**
         * Whether the pair is an event link ({@link SentenceAligner#EVENT_LINK_WEIGHT}): two sentences telling the same
         * event in other words, which carry no word differences (nearly every word would be one).
         */
        public boolean sameEventOnly() {
            return similarity < SentenceAligner.EVENT_LINK_WEIGHT;
        }

        /** Whether the two sides differ by more than spelling. */
        public boolean differsInWords() {
            return diffA.stream().anyMatch(d -> d.kind() != DiffKind.COSMETIC) || diffB.stream().anyMatch(d -> d.kind() != DiffKind.COSMETIC);
        }
    }

    public record EntityRef(String name, EntityType type) {
    }

    public record Entities(List<EntityRef> shared, List<EntityRef> onlyA, List<EntityRef> onlyB) {
        public Entities {
            shared = List.copyOf(shared);
            onlyA = List.copyOf(onlyA);
            onlyB = List.copyOf(onlyB);
        }
    }

    /** A written date as JSON shows it: its range of the text, the words, and the resolved ISO form ("2023-02"). */
    public record DateRef(int start, int end, String text, String resolved, DatePrecision precision) {
        static DateRef of(DatedMention m) {
            return new DateRef(m.start(), m.end(), m.text(), m.range().toString(), m.range().precision());
        }
    }

    /** Two written dates, one per side: the same resolved range (agreeing) or not (disagreeing). */
    public record DatePair(DateRef a, DateRef b) {
        static DatePair of(DatedMention a, DatedMention b) {
            return new DatePair(DateRef.of(a), DateRef.of(b));
        }
    }

    /**
     * Dates that resolve to the same range on both sides; dates that sit in aligned sentences but resolve differently
     * (one outlet says one date where the other says another); and the rest, per side.
     */
    public record Dates(List<DatePair> agree, List<DatePair> disagree, List<DateRef> onlyA, List<DateRef> onlyB) {
        public Dates {
            agree = List.copyOf(agree);
            disagree = List.copyOf(disagree);
            onlyA = List.copyOf(onlyA);
            onlyB = List.copyOf(onlyB);
        }

        static boolean same(DateRange x, DateRange y) {
            return x.start().equals(y.start()) && x.end().equals(y.end());
        }
    }

    /** One metadata field of both articles; {@code same} when both are equal (or both missing). */
    public record MetaField(String name, String a, String b, boolean same) {
    }

    /**
     * One side's value of a fact: the words as written ("at least seven"), a normalised form for comparing ("&gt;=7"),
     * the value's range and the range of the sentence that states it, all offsets into that side's full text.
     */
    public record FactValue(String text, String normalised, int start, int end, int sentenceStart, int sentenceEnd) {
    }

    /** The same fact given different values by the two outlets, e.g. fact "killed": "at least seven" against "six". */
    public record Conflict(String fact, FactValue a, FactValue b) {
    }

    /** A fact only one side gives (the other side reports the event but not this value). */
    public record OneSidedFact(String fact, FactValue value) {
    }

    /** The facts the comparison paired: conflicting values, and facts only one side states. */
    public record Facts(List<Conflict> conflicts, List<OneSidedFact> onlyA, List<OneSidedFact> onlyB) {
        public static final Facts NONE = new Facts(List.of(), List.of(), List.of());

        public Facts {
            conflicts = List.copyOf(conflicts);
            onlyA = List.copyOf(onlyA);
            onlyB = List.copyOf(onlyB);
        }
    }
}
