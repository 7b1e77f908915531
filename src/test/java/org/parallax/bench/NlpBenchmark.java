package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.parallax.nlp.EntityRecognizer;
import org.parallax.nlp.PipelineConfig;
import org.parallax.nlp.RawMention;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.gold.ConllGold;
import org.parallax.nlp.gold.GoldDocument;
import org.parallax.nlp.gold.MentionScore;
import org.parallax.nlp.gold.SampleGold;
import org.parallax.nlp.gold.TimeMlGold;
import org.parallax.nlp.gold.TimexScore;
import org.parallax.testsupport.SharedData;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Measures the app's recogniser against CoreNLP's default {@code ner} configuration: load time, heap after load,
 * tokens/s on 1 and 2 threads, accuracy on the gold sets, and whether selective SUTime gives the same dates as
 * SUTime everywhere. The default configuration needs the full models jar, which only the {@code nlp-bench} profile
 * puts on the classpath:
 * <pre>
 * mvn -o -q -Pnlp-bench test-compile exec:exec                       # everything, -Xmx3g
 * mvn -o -q -Pnlp-bench test-compile exec:exec -Dnlp.bench.xmx=1g -Dnlp.bench.args="heap app"   # one config's heap
 * </pre>
 * Sections (first argument): all, accuracy, speed, identity, heap &lt;config&gt;. Configs: app, app-full-sutime,
 * app-props, app-nl-two, default.
 */
public final class NlpBenchmark {

    private static final Path DATA = SharedData.root();

    /** A named way of recognising a text. */
    interface Engine {
        String name();

        Recognition run(String text, LocalDate docDate);

        default void warmUp() {
            run("Warm-up on Friday, March 3, 2023 in Washington with Derek Chollet of the State Department.", LocalDate.of(2023, 3, 4));
        }
    }

    record RecognizerEngine(String name, EntityRecognizer r) implements Engine {
        public Recognition run(String text, LocalDate docDate) {
            return r.recognize(text, docDate);
        }
    }

    /** A plain StanfordCoreNLP pipeline, read through the same converter as the app's. */
    static final class CoreNlpEngine implements Engine {
        private final String name;
        private final Properties props;
        private volatile StanfordCoreNLP pipeline;

        CoreNlpEngine(String name, Properties props) {
            this.name = name;
            this.props = props;
        }

        public String name() {
            return name;
        }

        synchronized StanfordCoreNLP pipeline() {
            if (pipeline == null) pipeline = new StanfordCoreNLP(props);
            return pipeline;
        }

        public Recognition run(String text, LocalDate docDate) {
            Annotation doc = new Annotation(text);
            if (docDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
            pipeline().annotate(doc);
            return EntityRecognizer.toRecognition(doc);
        }
    }

    static Engine engine(String name) {
        return switch (name) {
            case "app" -> new RecognizerEngine(name, new EntityRecognizer(PipelineConfig.APP));
            case "app-full-sutime" -> new RecognizerEngine(name, new EntityRecognizer(PipelineConfig.APP.withSelectiveSutime(false)));
            case "app-nl-two" -> new RecognizerEngine(name, new EntityRecognizer(PipelineConfig.APP.withNewlineIsSentenceBreak("two")));
            case "app-props" -> new CoreNlpEngine(name, PipelineConfig.APP.fullPipelineProperties());
            case "default" -> {
                Properties p = new Properties();
                p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
                yield new CoreNlpEngine(name, p);
            }
            default -> throw new IllegalArgumentException("unknown config " + name);
        };
    }

    public static void main(String[] args) throws Exception {
        String section = args.length > 0 ? args[0] : "all";
        if (section.equals("heap")) {
            heap(args.length > 1 ? args[1] : "app");
            return;
        }
        List<GoldDocument> samples = List.of(SampleGold.load("a"), SampleGold.load("b"));
        List<GoldDocument> timeml = TimeMlGold.read(DATA.resolve("timex-gold/Evaluation/te3-platinum-normalized"));
        List<GoldDocument> gum = ConllGold.gumNews(DATA.resolve("ner-gold/GUM/CONLL-format/data-by-corpustype/news"));
        List<GoldDocument> re3d = ConllGold.re3d(DATA.resolve("ner-gold/re3d/CONLL-format/data/test/re3d-test.conll"), 20);

        Map<String, Engine> engines = new LinkedHashMap<>();
        List<String> chosen = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("app", "app-full-sutime", "app-props", "default");
        for (String n : chosen) engines.put(n, engine(n));
        if (section.equals("all") || section.equals("load")) {
            for (Engine e : engines.values()) {
                long t0 = System.nanoTime();
                e.warmUp();
                System.out.printf("load+first doc %-16s %.1f s%n", e.name(), (System.nanoTime() - t0) / 1e9);
            }
        }
        if (section.equals("all") || section.equals("identity")) {
            Map<String, List<GoldDocument>> sets = new LinkedHashMap<>();
            sets.put("samples", samples);
            sets.put("TempEval-3", timeml);
            sets.put("GUM news", gum);
            sets.put("re3d", re3d);
            identity(engines, sets);
        }
        if (section.equals("all") || section.equals("accuracy")) {
            List<String> names = new ArrayList<>(engines.keySet());
            if (args.length <= 1) names.add("app-nl-two");
            for (String n : names) {
                Engine e = engines.computeIfAbsent(n, NlpBenchmark::engine);
                accuracy(e, samples, gum, re3d, timeml);
            }
        }
        if (section.equals("all") || section.equals("speed")) {
            List<String[]> corpus = new ArrayList<>();
            for (GoldDocument d : samples) corpus.add(new String[] {d.text(), d.docDate().toString()});
            for (GoldDocument d : timeml) corpus.add(new String[] {d.text(), d.docDate().toString()});
            int tokens = countTokens(corpus);
            System.out.printf("%nspeed corpus: %d documents, %d tokens (2 samples + %d TempEval-3 platinum texts)%n",
                    corpus.size(), tokens, timeml.size());
            speed(new ArrayList<>(engines.values()), corpus, tokens, Integer.getInteger("nlp.bench.rounds", 2));
        }
    }

    static void heap(String name) throws Exception {
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        Engine e = engine(name);
        e.warmUp();
        double load = (System.nanoTime() - t0) / 1e9;
        for (int i = 0; i < 3; i++) System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("config %s: load + first document %.1f s, heap used after load and GC %d MB (max heap %d MB)%n",
                name, load, used >> 20, rt.maxMemory() >> 20);
    }

    static void accuracy(Engine e, List<GoldDocument> samples, List<GoldDocument> gum, List<GoldDocument> re3d, List<GoldDocument> timeml) {
        Set<String> ner = Set.of("PERSON", "ORGANIZATION", "LOCATION");
        Set<String> withDate = new java.util.LinkedHashSet<>(List.of("PERSON", "ORGANIZATION", "LOCATION", "DATE"));
        System.out.println();
        System.out.print(MentionScore.evaluate(samples, withDate, d -> e.run(d.text(), d.docDate())).report("[" + e.name() + "] samples"));
        MentionScore g = MentionScore.evaluate(gum, new java.util.LinkedHashSet<>(List.of("PERSON", "ORGANIZATION", "LOCATION")),
                d -> e.run(d.text(), null));
        System.out.print(g.report("[" + e.name() + "] GUM news (" + gum.size() + " docs)"));
        if (Boolean.getBoolean("nlp.bench.errors")) g.exact.forEach((t, c) -> c.errors.stream().limit(40).forEach(x -> System.out.println("    " + x)));
        System.out.print(MentionScore.evaluate(re3d, new java.util.LinkedHashSet<>(List.of("PERSON", "ORGANIZATION", "LOCATION")),
                d -> e.run(d.text(), null)).report("[" + e.name() + "] re3d test"));
        TimexScore ts = TimexScore.evaluate(timeml, d -> e.run(d.text(), d.docDate()));
        System.out.print(ts.report("[" + e.name() + "] TempEval-3 platinum (" + timeml.size() + " docs)"));
        assert ner.size() == 3;
    }

    /**
     * Compares every config's mentions with the app's, per gold set, in three groups: temporal mentions (span, tag,
     * TIMEX type and value), person/organisation/location mentions, and the rest (NUMBER, ORDINAL, MONEY...). Against
     * app-full-sutime the first two must be empty on the samples and TempEval-3: selective SUTime may only save time.
     */
    static void identity(Map<String, Engine> engines, Map<String, List<GoldDocument>> sets) {
        Engine ref = engines.get("app");
        if (ref == null) return;
        Set<String> names = Set.of("PERSON", "ORGANIZATION", "LOCATION");
        for (Engine other : engines.values()) {
            if (other == ref) continue;
            for (Map.Entry<String, List<GoldDocument>> set : sets.entrySet()) {
                int diffDocs = 0;
                int[] diffs = new int[3];
                for (GoldDocument d : set.getValue()) {
                    List<RawMention> a = ref.run(d.text(), d.docDate()).mentions();
                    List<RawMention> b = other.run(d.text(), d.docDate()).mentions();
                    boolean differs = false;
                    for (int g = 0; g < 3; g++) {
                        int group = g;
                        java.util.function.Predicate<RawMention> in = m -> group == 0 ? m.timexType() != null
                                : group == 1 ? m.timexType() == null && names.contains(m.nerTag())
                                : m.timexType() == null && !names.contains(m.nerTag());
                        List<String> ka = a.stream().filter(in).map(NlpBenchmark::key).toList();
                        List<String> kb = b.stream().filter(in).map(NlpBenchmark::key).toList();
                        if (ka.equals(kb)) continue;
                        differs = true;
                        diffs[g] += symmetricDifference(ka, kb, d.name(), other.name(), g < 2 || Boolean.getBoolean("nlp.bench.numbers"));
                    }
                    if (differs) diffDocs++;
                }
                System.out.printf("identity app vs %-16s %-10s: %3d documents, %3d differ; mentions differing: temporal %d, PER/ORG/LOC %d, numbers and ordinals %d%n",
                        other.name(), set.getKey(), set.getValue().size(), diffDocs, diffs[0], diffs[1], diffs[2]);
            }
        }
    }

    private static String key(RawMention m) {
        return m.start() + "-" + m.end() + ":" + m.nerTag() + ":" + m.timexType() + ":" + m.timexValue() + ":" + m.text();
    }

    private static int symmetricDifference(List<String> a, List<String> b, String doc, String other, boolean print) {
        List<String> onlyA = new ArrayList<>(a);
        onlyA.removeAll(b);
        List<String> onlyB = new ArrayList<>(b);
        onlyB.removeAll(a);
        if (print && onlyA.size() + onlyB.size() > 0 && onlyA.size() + onlyB.size() <= 12) {
            System.out.println("  " + doc + ": app only " + onlyA + "; " + other + " only " + onlyB);
        }
        return onlyA.size() + onlyB.size();
    }

    static int countTokens(List<String[]> corpus) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        StanfordCoreNLP tok = new StanfordCoreNLP(p);
        int n = 0;
        for (String[] d : corpus) {
            Annotation a = new Annotation(d[0]);
            tok.annotate(a);
            n += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    /**
     * Tokens/s by wall clock and tokens per CPU-second of the working threads. The machine is shared, so the CPU
     * figure is the one to compare; rounds alternate between configurations so that load changes hit them alike.
     */
    static void speed(List<Engine> engines, List<String[]> corpus, int tokensPerPass, int rounds) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (Engine e : engines) {
            for (int i = 0; i < 20; i++) {
                String[] d = corpus.get(i % corpus.size());
                e.run(d[0], LocalDate.parse(d[1]));
            }
        }
        for (int threads : new int[] {1, 2}) {
            Map<String, double[]> totals = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Engine e : engines) {
                    ExecutorService pool = Executors.newFixedThreadPool(threads);
                    AtomicInteger next = new AtomicInteger();
                    int total = corpus.size();
                    long t0 = System.nanoTime();
                    List<Future<Long>> fs = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        fs.add(pool.submit(() -> {
                            long c0 = mx.getCurrentThreadCpuTime();
                            for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                                String[] d = corpus.get(i);
                                e.run(d[0], LocalDate.parse(d[1]));
                            }
                            return mx.getCurrentThreadCpuTime() - c0;
                        }));
                    }
                    long cpu = 0;
                    for (Future<Long> f : fs) cpu += f.get();
                    double wall = (System.nanoTime() - t0) / 1e9;
                    pool.shutdown();
                    double[] acc = totals.computeIfAbsent(e.name(), k -> new double[3]);
                    acc[0] += wall;
                    acc[1] += cpu / 1e9;
                    acc[2] += tokensPerPass;
                }
            }
            for (Map.Entry<String, double[]> t : totals.entrySet()) {
                double[] a = t.getValue();
                System.out.printf("speed %-16s %d thread(s): %6.0f tokens/s wall, %6.0f tokens per CPU-second (%d tokens, %.1f s wall, %.1f s CPU)%n",
                        t.getKey(), threads, a[2] / a[0], a[2] / a[1], (long) a[2], a[0], a[1]);
            }
        }
    }
}
