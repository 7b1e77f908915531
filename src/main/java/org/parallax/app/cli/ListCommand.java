package org.parallax.app.cli;

import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.Command;

import org.parallax.app.AppContext;
import org.parallax.model.ArticleSummary;
import org.parallax.model.DateSource;

/** {@code list}: every article in the library, newest publication first, undated last. */
@Command(name = "list", description = "List the articles in the library, newest first.")
final class ListCommand extends LibraryCommand {
    /** One article as written in JSON. */
    record ArticleJson(long id, String title, String outlet, String author, LocalDate published, DateSource publishedSource) {
        static ArticleJson of(ArticleSummary s) {
            return new ArticleJson(s.id(), s.title(), s.outlet(), s.author(), s.published(), s.publishedSource());
        }
    }

    record ListJson(int count, List<ArticleJson> articles) {
    }

    @Override
    protected int run(AppContext ctx) {
        List<ArticleSummary> all = ctx.articles().list();
        if (json()) {
            printJson(new ListJson(all.size(), all.stream().map(ArticleJson::of).toList()));
            return Cli.OK;
        }
        if (all.isEmpty()) {
            out().println("The library is empty. Add articles with: parallax import FILE...");
            return Cli.OK;
        }
        Columns table = new Columns(new String[] {"ID", "TITLE", "OUTLET", "PUBLISHED", "DATE SOURCE"}, new int[] {0, 60, 24, 0, 0});
        for (ArticleSummary s : all) {
            table.add(s.id(), s.title(), s.outlet(), s.published(), Text.dateSource(s.publishedSource()));
        }
        table.print(out());
        return Cli.OK;
    }
}
