package org.parallax.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.compare.Comparison;
import org.parallax.export.ReportBuilder;
import org.parallax.export.ReportContent.ComparisonSection;

/**
 * A report's comparison section: the chosen articles grouped by their story in the stored index (two chosen articles
 * are compared as they are), each story's first article compared with up to {@link #MAX_PAIRS_PER_STORY} others by
 * {@link CompareService}, the one builder of comparison facts.
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
                        c.uniqueB().stream().map(s -> s.text().strip()).filter(s -> !s.isEmpty()).toList()));
            }
        }
        return out;
    }

    private static List<String> names(List<Comparison.EntityRef> refs) {
        return refs.stream().map(Comparison.EntityRef::name).toList();
    }
}
