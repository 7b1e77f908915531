package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.List;

import org.parallax.app.AppContext;
import org.parallax.model.Article;
import org.parallax.model.Mention;
import org.parallax.model.NlpStatus;
import org.parallax.model.RecognitionLanguage;
import org.parallax.store.MentionRepository;
import org.parallax.text.EnglishText;
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
        Article article = ctx.articles().get(articleId).orElse(null);
        if (article == null) {
            err().println("There is no article " + articleId + ". Run `parallax list` to see the library.");
            return 1;
        }
        MentionRepository mentions = ctx.mentions();
        List<Mention> ms = rejected ? mentions.forArticle(articleId) : mentions.accepted(articleId);
        if (json()) {
            printJson(ms.stream().map(NlpViews::mention).toList());
        } else {
            if (ms.isEmpty()) out.println(whyNone(ctx, article));
            for (Mention m : ms) out.println(NlpViews.mentionLine(m));
        }
        out.flush();
        return 0;
    }

    /** Why the article has no mentions: not recognised yet, left alone as not English, or none found. */
    private String whyNone(AppContext ctx, Article article) {
        boolean done = ctx.nlpStates().get(articleId).map(s -> s.status() == NlpStatus.DONE).orElse(false);
        if (!done) return "No mentions for article " + articleId + " yet. Run `parallax nlp --wait`.";
        RecognitionLanguage said = ctx.articles().recognitionLanguage(articleId);
        if (said == RecognitionLanguage.OTHER) {
            return "Article " + articleId + " is not recognised: it was said to be in another language "
                    + "(`parallax recognise-as " + articleId + " text` takes the guess from its words again).";
        }
        if (!EnglishText.reads(article.text(), said)) {
            return "Article " + articleId + " is not recognised: it does not read as English, the one language recognition "
                    + "reads. If it is English: `parallax recognise-as " + articleId + " english`.";
        }
        return "No mentions were found in article " + articleId + ".";
    }
}
