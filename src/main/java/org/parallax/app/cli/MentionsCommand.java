package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.List;

import org.parallax.app.AppContext;
import org.parallax.model.Mention;
import org.parallax.store.MentionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mentions ID}: one article's mentions with offsets, type, entity and normalised date. Exit 1 for an unknown article. */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "List an article's mentions: [start,end) offsets, text, type, entity id and normalised date.")
public final class MentionsCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The article id (see `parallax list`).")
    long articleId;

    @Option(names = "--rejected", description = "Include mentions the user rejected.")
    boolean rejected;

    @Override
    protected int run(AppContext ctx) {
        PrintWriter out = out();
        if (ctx.articles().get(articleId).isEmpty()) {
            err().println("There is no article " + articleId + ". Run `parallax list` to see the library.");
            return 1;
        }
        MentionRepository mentions = ctx.mentions();
        List<Mention> ms = rejected ? mentions.forArticle(articleId) : mentions.accepted(articleId);
        if (json()) {
            printJson(ms.stream().map(NlpViews::mention).toList());
        } else {
            if (ms.isEmpty()) out.println("No mentions for article " + articleId + " yet. Run `parallax nlp --wait`.");
            for (Mention m : ms) out.println(NlpViews.mentionLine(m));
        }
        out.flush();
        return 0;
    }
}
