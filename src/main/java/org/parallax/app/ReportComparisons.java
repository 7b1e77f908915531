package org.parallax.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.compare.Comparison;
import org.parallax.compare.DiffKind;
import org.parallax.compare.DiffSpan;
import org.parallax.export.ReportBuilder;
import org.parallax.export.ReportContent.Change;
import org.parallax.export.ReportContent.ChangeSpan;
import org.parallax.export.ReportContent.ComparisonSection;
import org.parallax.export.ReportContent.DateMatch;
import org.parallax.export.ReportContent.FactConflict;
import org.parallax.export.ReportContent.Wording;
import org.parallax.model.EntityType;

/**
 * A report's comparison section: the chosen articles grouped by their story in the stored index (two chosen articles
 * are compared as they are), each story's first article compared with up to {@link #MAX_PAIRS_PER_STORY} others by
 * {@link CompareService}, the one builder of comparison facts: similarity, entities, one-sided sentences, the aligned
 * sentences whose words differ and the agreeing and disagreeing dates, turned into the report's plain records.
 */
public final class ReportComparisons implements ReportBuilder.ComparisonSource {
    /** At most this many pairs are compared per story, so that a large story does not make a report of pairs. */
    public static final int MAX_PAIRS_PER_STORY = 6;

    private final CompareService compare;
    private final StoryService stories;

    public ReportComparisons(CompareService compare, StoryService stories) {
        this.compare = compare;
        this.stories = stories;
    }

    @Override
    public List<ComparisonSection> comparisons(List<Long> articleIds) {
        List<Long> chosen = articleIds.stream().distinct().toList();
        if (chosen.size() < 2) return List.of();
        List<List<Long>> groups = new ArrayList<>();
        if (chosen.size() == 2) {
            groups.add(chosen);
        } else {
            // stories in the order their first chosen article comes, members ascending (as grouping lists them)
            Map<Long, List<Long>> byStory = new LinkedHashMap<>();
            for (long id : chosen) {
                Set<Long> story = stories.storyOf(id);
                long name = story.iterator().next();
                byStory.computeIfAbsent(name, k -> new ArrayList<>()).add(id);
            }
            for (List<Long> g : byStory.values()) {
                if (g.size() < 2) continue;
                List<Long> members = new ArrayList<>(g);
                members.sort(null);
                groups.add(members);
            }
        }
        List<ComparisonSection> out = new ArrayList<>();
        for (List<Long> story : groups) {
            for (int i = 1; i < story.size() && i <= MAX_PAIRS_PER_STORY; i++) {
                long a = story.get(0), b = story.get(i);
                CompareService.Compared cmp = compare.compare(a, b).orElse(null);
                if (cmp == null) continue;
                Comparison c = cmp.comparison();
                out.add(new ComparisonSection(cmp.a().title(), cmp.b().title(), c.similarity(),
                        names(c.entities().shared()), names(c.entities().onlyA()), names(c.entities().onlyB()),
                        c.uniqueA().stream().map(s -> s.text().strip()).filter(s -> !s.isEmpty()).toList(),
                        c.uniqueB().stream().map(s -> s.text().strip()).filter(s -> !s.isEmpty()).toList(),
                        types(c.entities()), wording(c.pairs()), dates(c.dates().agree()), dates(c.dates().disagree()),
                        c.facts().conflicts().stream().map(f -> new FactConflict(f.fact(), f.a().text(), f.b().text())).toList()));
            }
        }
        return out;
    }

    private static List<String> names(List<Comparison.EntityRef> refs) {
        return refs.stream().map(Comparison.EntityRef::name).toList();
    }

    private static Map<String, EntityType> types(Comparison.Entities e) {
        Map<String, EntityType> out = new LinkedHashMap<>();
        for (List<Comparison.EntityRef> refs : List.of(e.shared(), e.onlyA(), e.onlyB())) {
            for (Comparison.EntityRef r : refs) out.putIfAbsent(r.name(), r.type());
        }
        return out;
    }

    /** The aligned pairs with any word marked, each side's sentences joined by a space and its spans moved onto that. */
    private static List<Wording> wording(List<Comparison.PairDiff> pairs) {
        List<Wording> out = new ArrayList<>();
        for (Comparison.PairDiff p : pairs) {
            if (p.diffA().isEmpty() && p.diffB().isEmpty()) continue;
            List<ChangeSpan> left = new ArrayList<>();
            List<ChangeSpan> right = new ArrayList<>();
            String a = side(p.a(), p.diffA(), left);
            String b = side(p.b(), p.diffB(), right);
            out.add(new Wording(a, left, b, right, p.similarity()));
        }
        return out;
    }

    private static String side(List<Comparison.SentenceText> sentences, List<DiffSpan> spans, List<ChangeSpan> out) {
        StringBuilder sb = new StringBuilder();
        for (Comparison.SentenceText s : sentences) {
            if (sb.length() > 0) sb.append(' ');
            int base = sb.length();
            sb.append(s.text());
            for (DiffSpan d : spans) {
                int from = Math.max(d.start(), s.start());
                int to = Math.min(Math.min(d.end(), s.end()), s.start() + s.text().length());
                if (to > from) out.add(new ChangeSpan(base + from - s.start(), base + to - s.start(), change(d.kind())));
            }
        }
        return sb.toString();
    }

    private static Change change(DiffKind k) {
        return switch (k) {
            case CHANGED -> Change.CHANGED;
            case ONLY_HERE -> Change.ONLY_HERE;
            case COSMETIC -> Change.COSMETIC;
        };
    }

    private static List<DateMatch> dates(List<Comparison.DatePair> pairs) {
        return pairs.stream().map(p -> new DateMatch(p.a().text(), p.a().resolved(), p.b().text(), p.b().resolved())).toList();
    }
}
