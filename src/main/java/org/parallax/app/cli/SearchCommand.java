package org.parallax.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;
import org.parallax.model.SearchHit;
import org.parallax.model.SearchPage;
import org.parallax.store.QuerySyntaxException;

/**
 * {@code search QUERY}: full-text search, best first, with a snippet per hit. In text the matches are marked with
 * {@code [ ]}; in JSON the snippet is plain and {@code matches} gives each match's {@code [start, end)} in it.
 * A query the index cannot parse is bad usage: a message on stderr and exit 2.
 */
@Command(name = "search", description = "Search titles and text (FTS5 syntax: words, \"phrases\", AND, OR, NOT, prefix*).")
final class SearchCommand extends LibraryCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
    private List<String> words;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N hits (default: ${DEFAULT-VALUE}).")
    private int limit = 20;

    /** A character range {@code [start, end)} of the snippet. */
    record MatchJson(int start, int end) {
    }

    /** One hit as written in JSON. */
    record HitJson(long id, String title, String outlet, double rank, String snippet, List<MatchJson> matches) {
    }

    /**
     * {@code ranked}: how many matches were ranked; {@code moreMatches}: the query matched more articles than one search
     * ranks, and the hits are the best of the most recently imported ones; {@code matching}: how many articles the query
     * matches in all, whatever the limit.
     */
    record SearchJson(String query, int count, int ranked, boolean moreMatches, int matching, List<HitJson> hits) {
    }

    @Override
    protected void validate() {
        if (limit < 1) throw new ParameterException(spec().commandLine(), "--limit must be at least 1");
    }

    @Override
    protected int run(AppContext ctx) {
        String query = String.join(" ", words);
        SearchPage page;
        try {
            page = ctx.articles().searchPage(query, limit);
        } catch (QuerySyntaxException e) {
            err().println(e.getMessage());
            return Cli.USAGE;
        }
        List<SearchHit> hits = page.hits();
        if (json()) {
            printJson(new SearchJson(query, hits.size(), page.ranked(), page.moreMatches(), page.matches(), hits.stream().map(SearchCommand::toJson).toList()));
            return Cli.OK;
        }
        if (hits.isEmpty()) {
            out().println("No article matches " + query + ".");
            return Cli.OK;
        }
        for (SearchHit h : hits) {
            out().println(h.articleId() + "  " + h.title() + (h.outlet() == null ? "" : "  (" + h.outlet() + ")"));
            out().println("    " + h.snippet("[", "]").replace('\n', ' '));
        }
        if (page.moreMatches()) {
            out().printf(Locale.ROOT, "(%,d articles match: these are the best of the %,d most recently imported.)%n",
                    page.matches(), page.ranked());
        } else if (page.matches() > hits.size()) {
            out().printf(Locale.ROOT, "(%,d articles match: these are the best %d; --limit shows more.)%n", page.matches(), hits.size());
        }
        return Cli.OK;
    }

    /** Strips the index's match markers from the snippet and records where each match was. */
    static HitJson toJson(SearchHit h) {
        String marked = h.snippet() == null ? "" : h.snippet();
        StringBuilder plain = new StringBuilder(marked.length());
        List<MatchJson> matches = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == SearchHit.MARK_START) {
                open = plain.length();
            } else if (c == SearchHit.MARK_END) {
                if (open >= 0) matches.add(new MatchJson(open, plain.length()));
                open = -1;
            } else {
                plain.append(c);
            }
        }
        return new HitJson(h.articleId(), h.title(), h.outlet(), h.rank(), plain.toString(), matches);
    }
}
