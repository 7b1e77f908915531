package org.parallax.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.parallax.app.AppContext;
import org.parallax.model.Article;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;

/** {@code show ID}: one article's metadata, its blocks (type, range, text), then its text. Unknown id: exit 1. */
@Command(name = "show", description = "Show an article: metadata, blocks, then the text.")
final class ShowCommand extends LibraryCommand {
    @Parameters(paramLabel = "ID", description = "The article's id (see list).")
    private long id;

    /** One block as written in JSON; {@code start}/{@code end} are character offsets into {@code text}. */
    record BlockJson(BlockType type, int start, int end, String text) {
    }

    /** The whole article as written in JSON. */
    record ArticleJson(long id, String title, boolean titleDerived, String author, String outlet, String section,
                       String url, LocalDate published, DateSource publishedSource, String dateline, String sourcePath,
                       String format, String language, Instant importedAt, String contentHash, List<BlockJson> blocks,
                       String text) {
    }

    @Override
    protected int run(AppContext ctx) {
        Optional<Article> found = ctx.articles().get(id);
        if (found.isEmpty()) {
            err().println("There is no article " + id + " in the library. See the ids with: parallax list");
            return Cli.FAILED;
        }
        Article a = found.get();
        ArticleMeta m = a.meta();
        if (json()) {
            printJson(new ArticleJson(a.id(), m.title(), m.titleDerived(), m.author(), m.outlet(), m.section(), m.url(),
                    m.published(), m.publishedSource(), m.dateline(), m.sourcePath(), m.format(), m.language(),
                    a.importedAt(), a.contentHash(),
                    a.blocks().stream().map(b -> new BlockJson(b.type(), b.start(), b.end(), b.textIn(a.text()))).toList(),
                    a.text()));
            return Cli.OK;
        }
        var out = out();
        out.println("Article " + a.id());
        field("Title", m.title() + (m.titleDerived() ? "  (made from the text)" : ""));
        field("Author", m.author());
        field("Outlet", m.outlet());
        field("Section", m.section());
        field("URL", m.url());
        field("Published", m.published() == null ? null : m.published() + "  (from " + Text.dateSource(m.publishedSource()) + ")");
        field("Dateline", m.dateline());
        field("Source", m.sourcePath());
        field("Format", m.format());
        field("Language", m.language());
        field("Imported", a.importedAt() == null ? null : a.importedAt().toString());
        field("Hash", a.contentHash());
        out.println();
        out.println("Blocks (" + a.blocks().size() + "):");
        Columns blocks = new Columns(new String[] {"  TYPE", "RANGE", "TEXT"}, new int[] {0, 0, 70});
        for (Block b : a.blocks()) {
            blocks.add("  " + b.type(), "[" + b.start() + ", " + b.end() + ")", b.textIn(a.text()));
        }
        blocks.print(out);
        out.println();
        out.println("Text:");
        out.println(a.text());
        return Cli.OK;
    }

    private void field(String name, String value) {
        if (value == null || value.isBlank()) return;
        out().printf("%-10s %s%n", name + ":", value);
    }
}
