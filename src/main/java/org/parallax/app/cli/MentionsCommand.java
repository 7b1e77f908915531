package org.parallax.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parallax.app.AppContext;
import org.parallax.model.Mention;
import org.parallax.store.MentionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mentions ID}: one article's mentions with offsets, type, entity and normalised date. Exit 1 for an unknown article. */
@Command(name = "mentions", mixinStandardHelpOptions = true,
        description = "List an article's mentions: [start,end) offsets, text, type, entity id and normalised date.")
public final class MentionsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The article id (see `parallax list`).")
    long articleId;

    @Option(names = "--library", paramLabel = "FILE", description = "The library file (default: $PARALLAX_LIBRARY or the user data folder).")
    Path library;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--rejected", description = "Include mentions the user rejected.")
    boolean rejected;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = NlpViews.open(library)) {
            if (ctx.articles().get(articleId).isEmpty()) {
                spec.commandLine().getErr().println("There is no article " + articleId + ". Run `parallax list` to see the library.");
                return 1;
            }
            List<Mention> ms = new MentionRepository(ctx.database()).forArticle(articleId).stream()
                    .filter(m -> rejected || !m.rejected()).toList();
            if (json) {
                NlpViews.printJson(out, ms.stream().map(NlpViews::mention).toList());
            } else {
                if (ms.isEmpty()) out.println("No mentions for article " + articleId + " yet. Run `parallax nlp --wait`.");
                for (Mention m : ms) out.println(NlpViews.mentionLine(m));
            }
            out.flush();
            return 0;
        }
    }
}
