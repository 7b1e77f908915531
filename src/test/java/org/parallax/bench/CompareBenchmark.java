package org.parallax.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.parallax.compare.Alignment;
import org.parallax.compare.Comparison;
import org.parallax.compare.ComparisonService;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.compare.PairwiseScore;
import org.parallax.compare.Perturb;
import org.parallax.compare.SentenceAligner;
import org.parallax.compare.StoryDoc;
import org.parallax.compare.StoryGrouper;
import org.parallax.compare.StoryGrouping;
import org.parallax.model.Article;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;

/**
 * Benchmarks of the comparison core on real ECB+ text (a main class; its report goes to standard output):
 * <ol>
 * <li>alignment and full comparison of two ~5,000-word articles (one topic's articles concatenated; the second
 * reordered, with sentences dropped, inserted and words edited);</li>
 * <li>same-story grouping of 100,000 articles synthesised from the 982 ECB+ texts with word drops and substitutions,
 * and at 10,000 both the LSH path and the all-pairs baseline.</li>
 * </ol>
 * Run: {@code mvn -o -q test-compile && mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.parallax.bench.CompareBenchmark}
 * (optional argument: the number of articles for the large run, default 100000; 0 skips grouping).
 */
public final class CompareBenchmark {
    private CompareBenchmark() {
    }

    public static void main(String[] args) {
        int large = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<EcbPlusCorpus.Doc> corpus = EcbPlusCorpus.load();
        alignment(corpus);
        if (large > 0) grouping(corpus, large); // 0: the alignment figures only, as performance.md's facts section runs it
    }

    // -- alignment ------------------------------------------------------------------------------------------------------

    private static void alignment(List<EcbPlusCorpus.Doc> corpus) {
        Article[] pair = fiveThousandWordPair(corpus);
        Article a = pair[0], b = pair[1];
        benchAlignment(a, b);
    }

    /**
     * Two ~5,000-word articles on real ECB+ text: A is topics 1 and 2 in paragraphs of four sentences; B is A with a
     * fifth of the paragraphs moved, 5% of sentences dropped, 5% inserted from another topic and 3% of words edited.
     */
    public static Article[] fiveThousandWordPair(List<EcbPlusCorpus.Doc> corpus) {
        Random rnd = new Random(42);
        List<String> sentences = new ArrayList<>();
        int words = 0;
        for (EcbPlusCorpus.Doc d : corpus) {
            if (d.topic() != 1 && d.topic() != 2) continue;
            for (Block b : d.article().blocks()) {
                String s = b.textIn(d.article().text());
                sentences.add(s);
                words += s.split(" ").length;
            }
            if (words >= 5000) break;
        }
        List<String> foreign = new ArrayList<>();
        for (EcbPlusCorpus.Doc d : corpus) {
            if (d.topic() == 30 && foreign.size() < 40) d.article().blocks().forEach(b -> foreign.add(b.textIn(d.article().text())));
        }
        // B: paragraphs of ~4 sentences, a fifth of them moved; 5% of sentences dropped, 5% inserted; 3% of words edited
        List<List<String>> paras = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += 4) paras.add(new ArrayList<>(sentences.subList(i, Math.min(sentences.size(), i + 4))));
        List<List<String>> pb = new ArrayList<>();
        for (List<String> p : paras) {
            List<String> q = new ArrayList<>();
            for (String s : p) {
                double r = rnd.nextDouble();
                if (r < 0.05) continue;
                q.add(r < 0.2 ? Perturb.words(s, 0.15, rnd) : s);
                if (rnd.nextDouble() < 0.05) q.add(foreign.get(rnd.nextInt(foreign.size())));
            }
            pb.add(q);
        }
        for (int k = 0; k < pb.size() / 5; k++) Collections.swap(pb, rnd.nextInt(pb.size()), rnd.nextInt(pb.size()));
        return new Article[] {article(1, paras), article(2, pb)};
    }

    private static void benchAlignment(Article a, Article b) {
        int wa = a.text().split("\\s+").length, wb = b.text().split("\\s+").length;
        SentenceAligner aligner = new SentenceAligner();
        ComparisonService service = new ComparisonService(aligner);
        for (int i = 0; i < 30; i++) service.compare(a, b); // warm-up
        long[] alignNs = new long[50], compareNs = new long[50];
        long cpu0 = cpu();
        Alignment al = null;
        Comparison cmp = null;
        for (int i = 0; i < 50; i++) {
            long t = System.nanoTime();
            al = aligner.align(a, b);
            alignNs[i] = System.nanoTime() - t;
            t = System.nanoTime();
            cmp = service.compare(a, b);
            compareNs[i] = System.nanoTime() - t;
        }
        double cpuPer = (cpu() - cpu0) / 1e6 / 50;
        System.out.printf("alignment: A %d words / %d sentences, B %d words; pairs %d, unique A %d, unique B %d, similarity %.3f%n",
                wa, aligner.splitter().split(a).size(), wb, al.pairs().size(), al.uniqueA().size(), al.uniqueB().size(), al.similarity());
        System.out.printf("  align   median %.1f ms, max %.1f ms (target <= 100 ms); cpu per align+compare %.1f ms%n",
                median(alignNs), max(alignNs), cpuPer);
        System.out.printf("  compare (align + word diffs) median %.1f ms, max %.1f ms; %d pairs with word differences%n",
                median(compareNs), max(compareNs), cmp.pairs().stream().filter(Comparison.PairDiff::differsInWords).count());
    }

    private static Article article(long id, List<List<String>> paras) {
        StringBuilder sb = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (List<String> p : paras) {
            if (p.isEmpty()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            int s = sb.length();
            sb.append(String.join(" ", p));
            blocks.add(new Block(BlockType.PARAGRAPH, s, sb.length()));
        }
        ArticleMeta meta = new ArticleMeta("bench " + id, true, null, null, null, null, null, null, null, null, "text", "en");
        return new Article(id, meta, sb.toString(), blocks, "bench" + id, Instant.EPOCH);
    }

    // -- grouping -------------------------------------------------------------------------------------------------------

    private static void grouping(List<EcbPlusCorpus.Doc> corpus, int large) {
        Random rnd = new Random(1);
        List<StoryDoc> docs = new ArrayList<>(large);
        List<String> gold = new ArrayList<>(large);
        // copy i of base (i % 982): the first copy verbatim, the rest with 2-12% of words dropped or substituted;
        // the order is shuffled so that a 10k prefix samples every base
        Integer[] order = new Integer[large];
        for (int i = 0; i < large; i++) order[i] = i;
        Collections.shuffle(Arrays.asList(order), rnd);
        long words = 0;
        for (int k = 0; k < large; k++) {
            int i = order[k];
            EcbPlusCorpus.Doc base = corpus.get(i % corpus.size());
            String text = base.article().bodyText();
            if (i >= corpus.size()) text = Perturb.words(text, 0.02 + 0.10 * rnd.nextDouble(), rnd);
            docs.add(new StoryDoc(k + 1, text, null, null));
            gold.add(base.event());
            words += text.length() / 6;
        }
        System.out.printf("grouping corpus: %d articles from %d ECB+ texts, ~%d M words%n", large, corpus.size(), words / 1_000_000);
        StoryGrouper grouper = new StoryGrouper();
        List<Long> ids = docs.stream().map(StoryDoc::id).toList();

        int small = Math.min(10_000, large);
        List<StoryDoc> docs10 = docs.subList(0, small);
        List<String> gold10 = gold.subList(0, small);
        List<Long> ids10 = ids.subList(0, small);
        grouper.group(docs10.subList(0, 2000)); // warm-up
        long t = System.nanoTime(), c = cpu();
        StoryGrouping lsh10 = grouper.group(docs10);
        double lshMs = (System.nanoTime() - t) / 1e6, lshCpu = (cpu() - c) / 1e6;
        t = System.nanoTime();
        c = cpu();
        StoryGrouping all10 = grouper.groupExhaustive(docs10);
        double allMs = (System.nanoTime() - t) / 1e6, allCpu = (cpu() - c) / 1e6;
        int[] l10 = PairwiseScore.labels(lsh10.stories(), ids10), a10 = PairwiseScore.labels(all10.stories(), ids10);
        System.out.printf("%d articles: LSH %.0f ms wall / %.0f ms cpu (%d pairs scored, %d stories); all pairs %.0f ms wall / %.0f ms cpu"
                + " (%d pairs scored, %d stories)%n", small, lshMs, lshCpu, lsh10.scoredPairs(), lsh10.stories().size(), allMs, allCpu,
                all10.scoredPairs(), all10.stories().size());
        System.out.printf("  event clusters: LSH %s%n                  all pairs %s%n", PairwiseScore.of(gold10, l10), PairwiseScore.of(gold10, a10));
        List<String> allAsGold = Arrays.stream(a10).mapToObj(String::valueOf).toList();
        System.out.printf("  LSH stories against all-pairs stories: %s%n", PairwiseScore.of(allAsGold, l10));

        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        t = System.nanoTime();
        c = cpu();
        StoryGrouping g = grouper.group(docs);
        double ms = (System.nanoTime() - t) / 1e6, cpuMs = (cpu() - c) / 1e6;
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%d articles: LSH %.0f ms wall / %.0f ms cpu (target <= 30000 ms), %d pairs scored, %d stories, %d topics,"
                + " heap +%d MB; load average %.1f on %d cores%n", large, ms, cpuMs, g.scoredPairs(), g.stories().size(), g.topics().size(), Math.max(0, after - before) >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rt.availableProcessors());
        System.out.printf("  event clusters: %s%n", PairwiseScore.of(gold, PairwiseScore.labels(g.stories(), ids)));
    }

    /** CPU time of this thread: what the work costs when the machine is shared. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double median(long[] ns) {
        long[] c = ns.clone();
        Arrays.sort(c);
        return c[c.length / 2] / 1e6;
    }

    private static double max(long[] ns) {
        return Arrays.stream(ns).max().orElse(0) / 1e6;
    }
}
