package org.parallax.app.cli;

import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;
import org.parallax.model.RecognitionLanguage;

/**
 * {@code recognise-as ID english|other|text}: says which language an article is in for recognition, when the guess from
 * its words is wrong (the window's Article ▸ Recognise as). A change queues the article again for the next
 * {@code nlp --wait} or worker. Unknown id: exit 1.
 */
@Command(name = "recognise-as", description = "Say which language an article is in for recognition: english, other "
        + "(no entities) or text (decided from its words, the default). The article is recognised again at the next nlp run.")
final class RecogniseAsCommand extends LibraryCommand {
    /** The words the command takes, each naming a {@link RecognitionLanguage}. */
    enum Choice {
        TEXT(RecognitionLanguage.FROM_TEXT), ENGLISH(RecognitionLanguage.ENGLISH), OTHER(RecognitionLanguage.OTHER);

        final RecognitionLanguage language;

        Choice(RecognitionLanguage language) {
            this.language = language;
        }
    }

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see list).")
    private long id;

    @Parameters(index = "1", paramLabel = "LANGUAGE", description = "english, other or text.")
    private String language;

    private Choice choice;

    /** The outcome as written in JSON: {@code changed} is false when the article was so already. */
    record RecogniseAsJson(long id, String language, boolean changed) {
    }

    @Override
    protected void validate() {
        try {
            choice = Choice.valueOf(language.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec().commandLine(), "LANGUAGE is english, other or text, not \"" + language + "\"");
        }
    }

    @Override
    protected int run(AppContext ctx) {
        if (ctx.articles().get(id).isEmpty()) {
            err().println("There is no article " + id + " in the library. See the ids with: parallax list");
            return Cli.FAILED;
        }
        boolean changed = ctx.nlpStates().setRecognitionLanguage(id, choice.language);
        String word = choice.name().toLowerCase(Locale.ROOT);
        if (json()) {
            printJson(new RecogniseAsJson(id, word, changed));
        } else if (!changed) {
            out().println("Article " + id + " is set to " + word + " already: nothing changed.");
        } else {
            out().println(switch (choice) {
                case ENGLISH -> "Article " + id + " will be recognised as English";
                case OTHER -> "Article " + id + " will be taken as another language: its automatic mentions go";
                case TEXT -> "Article " + id + "'s language will be decided from its words again";
            } + " at the next nlp run (parallax nlp --wait).");
        }
        return Cli.OK;
    }
}
