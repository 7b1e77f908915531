package org.parallax.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.parallax.app.AppContext;
import org.parallax.compare.StoryGroup;
import org.parallax.compare.StoryGrouping;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Progress;

/**
 * {@code stories}: the library grouped into stories (articles telling one event), largest first, each with its
 * member article ids, titles and the scored pairs among them, read from the library's story index. Articles that
 * stand alone are left out unless {@code --all} is given; {@code --rebuild} regroups the whole library first.
 */
@Command(name = "stories", description = "Group the library's articles into stories (the same event told by different outlets).")
final class StoriesCommand extends LibraryCommand {
    @Option(names = "--all", description = "Also list articles that belong to no story with others.")
    private boolean all;

    @Option(names = "--rebuild", description = "Regroup the whole library and store the story index anew first "
            + "(it is otherwise kept current article by article).")
    private boolean rebuild;

    record Member(long id, String title, String outlet) {
    }

    /**
     * One story; {@code story} and {@code topic} number the grouping's stories and topics from 1; {@code thread} numbers
     * the other stories of its topic (the same thread: follow-ups and related events, not versions of this story).
     */
    record StoryJson(int story, int topic, List<Long> members, List<Member> articles, List<ScoredPair> pairs,
            List<Integer> thread) {
    }

    /**
     * A pair the grouper scored, with its grouping score: a figure weighted by the library's word counts, which decides
     * the grouping. It is not the similarity of the two articles ({@code compare}, the reader's "Other versions"), so it
     * does not carry that name.
     */
    record ScoredPair(long a, long b, double score) {
    }

    record StoriesJson(int articles, int stories, List<StoryJson> groups) {
    }

    @Override
    protected int run(AppContext ctx) {
        if (rebuild) rebuild(ctx);
        StoryGrouping g = ctx.stories().stories();
        Map<Long, ArticleSummary> byId = new HashMap<>();
        for (ArticleSummary s : ctx.articles().list()) byId.put(s.id(), s);
        List<StoryJson> groups = new ArrayList<>();
        for (int i = 0; i < g.stories().size(); i++) {
            StoryGroup s = g.stories().get(i);
            if (!all && s.members().size() < 2) continue;
            List<Member> members = s.members().stream().map(id -> {
                ArticleSummary a = byId.get(id);
                return new Member(id, a == null ? null : a.title(), a == null ? null : a.outlet());
            }).toList();
            List<Integer> thread = new ArrayList<>();
            for (int j = 0; j < g.stories().size(); j++) if (j != i && g.storyTopic()[j] == g.storyTopic()[i]) thread.add(j + 1);
            List<ScoredPair> pairs = s.pairs().stream().map(p -> new ScoredPair(p.a(), p.b(), p.similarity())).toList();
            groups.add(new StoryJson(i + 1, g.storyTopic()[i] + 1, s.members(), members, pairs, thread));
        }
        groups.sort((x, y) -> x.members().size() != y.members().size() ? y.members().size() - x.members().size()
                : Long.compare(x.members().get(0), y.members().get(0)));
        int multi = (int) g.stories().stream().filter(s -> s.members().size() > 1).count();
        if (json()) {
            printJson(new StoriesJson(byId.size(), multi, groups));
            return Cli.OK;
        }
        var out = out();
        out.printf(Locale.ROOT, "%d %s, %d %s told by more than one article%n", byId.size(), byId.size() == 1 ? "article" : "articles",
                multi, multi == 1 ? "story" : "stories");
        for (StoryJson s : groups) {
            out.println();
            out.printf(Locale.ROOT, "Story %d (%d %s)%n", s.story(), s.members().size(), s.members().size() == 1 ? "article" : "articles");
            for (Member m : s.articles()) {
                out.printf(Locale.ROOT, "  %5d  %s%s%n", m.id(), m.title(), m.outlet() == null ? "" : "  (" + m.outlet() + ")");
            }
            if (!s.thread().isEmpty()) {
                out.printf(Locale.ROOT, "  Same thread (other events or follow-ups): stories %s%n",
                        String.join(", ", s.thread().stream().map(String::valueOf).toList()));
            }
        }
        return Cli.OK;
    }

    private void rebuild(AppContext ctx) {
        if (!terminal()) {
            ctx.stories().rebuild(Progress.NONE);
            return;
        }
        TerminalProgress progress = new TerminalProgress(err());
        try {
            ctx.stories().rebuild(progress);
        } finally {
            progress.clear();
        }
    }
}
