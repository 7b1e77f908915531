package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.parallax.app.AppContext;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.compare.SideFacts;
import org.parallax.compare.StoryDoc;
import org.parallax.compare.StoryGrouper;
import org.parallax.ingest.ImportService;
import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Progress;
import org.parallax.store.StoryRepository;

/**
 * The story index at library scale, run on demand (see performance.md): a library of N articles (ECB+'s 982 real
 * reports, less 20 held out, then generated news-like articles up to N), grouped from scratch the way StoryService did
 * before the index (on the first question after any import), then the index filled once, then the 20 held-out reports
 * added one at a time through the import hook, and the questions answered from the stored index.
 */
public final class StoryIndexBenchmark {
    private StoryIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("story-bench");
        List<EcbPlusCorpus.Doc> ecb = EcbPlusCorpus.load();
        List<EcbPlusCorpus.Doc> held = new ArrayList<>();
        for (int i = 0; i < ecb.size() && held.size() < 20; i += ecb.size() / 20) held.add(ecb.get(i));
        try (AppContext ctx = AppContext.open(dir.resolve("library.db"))) {
            ArticleGenerator gen = new ArticleGenerator(42, 30_000);
            long t0 = System.nanoTime();
            int stored = 0;
            for (EcbPlusCorpus.Doc d : ecb) {
                if (stored >= n) break;
                if (held.contains(d)) continue;
                insert(ctx, draft(d.article()));
                stored++;
            }
            for (int i = 1; stored < n; i++, stored++) insert(ctx, gen.article(i));
            System.out.printf(Locale.ROOT, "library of %d articles stored in %d ms%n", stored, ms(t0));

            // before: what StoryService did on the first question after any import (regroup the whole library)
            t0 = System.nanoTime();
            List<StoryDoc> docs = new ArrayList<>();
            for (ArticleSummary s : ctx.articles().list()) {
                Article a = ctx.articles().get(s.id()).orElseThrow();
                SideFacts f = ctx.compare().facts(a.id());
                docs.add(f.entities().isEmpty() && f.dates().isEmpty() ? StoryDoc.of(a) : StoryDoc.of(a, f));
            }
            int stories = new StoryGrouper().group(docs).stories().size();
            long before = ms(t0);
            System.out.printf(Locale.ROOT, "before: regroup the library after one import: %d ms (%d stories)%n", before, stories);

            // the index of a library from before schema 5 is filled once
            ctx.database().write(c -> {
                new StoryRepository(ctx.database()).clear(c);
                return null;
            });
            t0 = System.nanoTime();
            ctx.stories().rebuild(Progress.NONE);
            System.out.printf(Locale.ROOT, "fill the index once (rebuild): %d ms%n", ms(t0));

            // after: each held-out report placed through the import hook
            long[] place = new long[held.size()];
            List<Long> added = new ArrayList<>();
            for (int i = 0; i < held.size(); i++) {
                long id = insert(ctx, draft(held.get(i).article()));
                long p0 = System.nanoTime();
                ctx.stories().place(id);
                place[i] = System.nanoTime() - p0;
                added.add(id);
            }
            System.out.printf(Locale.ROOT, "after: place one new article: median %.1f ms, max %.1f ms (%d articles)%n",
                    median(place) / 1e6, Arrays.stream(place).max().orElse(0) / 1e6, held.size());

            long[] all = new long[5];
            for (int i = 0; i < all.length; i++) {
                long q0 = System.nanoTime();
                ctx.stories().stories();
                all[i] = System.nanoTime() - q0;
            }
            Random r = new Random(7);
            List<ArticleSummary> list = ctx.articles().list();
            long[] of = new long[200], versions = new long[200];
            int found = 0;
            for (int i = 0; i < of.length; i++) {
                long id = i % 2 == 0 ? added.get(i / 2 % added.size()) : list.get(r.nextInt(list.size())).id();
                long q0 = System.nanoTime();
                ctx.stories().storyOf(id);
                of[i] = System.nanoTime() - q0;
                q0 = System.nanoTime();
                found += ctx.stories().otherVersions(id).size();
                versions[i] = System.nanoTime() - q0;
            }
            System.out.printf(Locale.ROOT, "stories(): median %.1f ms; storyOf: median %.2f ms; otherVersions: median %.2f ms, "
                    + "max %.1f ms (%d versions found)%n", median(all) / 1e6, median(of) / 1e6, median(versions) / 1e6,
                    Arrays.stream(versions).max().orElse(0) / 1e6, found);
        }
    }

    private static ArticleDraft draft(Article a) {
        return new ArticleDraft(a.meta(), a.text(), a.blocks());
    }

    private static long insert(AppContext ctx, ArticleDraft d) {
        return ctx.articles().insert(d, ImportService.contentHash(d.text()), Instant.now());
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
