package org.parallax.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.nlp.gold.ConllGold;
import org.parallax.nlp.gold.GoldDocument;
import org.parallax.testsupport.SharedData;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Whole-corpus NLP end to end (issue 15) against CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner}; not a unit
 * test. For each corpus the texts are written to files and imported into a real library with the real CLI; then two
 * child JVMs run, each timed in CPU seconds (user + system, read from this process's reaped-children counters in
 * /proc, so Linux only): the default pipeline over the same files ({@link #main}), and {@code parallax nlp --wait}
 * (model load, recognition, dates, linking, events, storage, stories) with a JFR recording that splits its Java threads' samples
 * by part. Needs the full models jar, so both profiles:
 * <pre>mvn -B -o -Pbench,nlp-bench test -Dtest=NlpEndToEndBenchmark</pre>
 * Corpora: prose news (GUM's 21 Wikinews articles and the first ECB+ article of each of its 43 topics) and digit-heavy
 * news (the 60 ECB+ articles with the largest share of tokens holding a digit; CoNLL-2003 is not in the shared data);
 * with {@code -Dbench.corpora=libra} the first {@code bench.libraryArticles} (300) ECB+ articles. {@code -Dbench.appJvm="|-XX:TieredStopAtLevel=1"}
 * runs the app once per option set ('|' between sets), each on a fresh copy of the imported library.
 */
@Tag("benchmark")
class NlpEndToEndBenchmark {
    @TempDir
    Path dir;

    private static final String XMX = "-Xmx3g";

    @Test
    void appAgainstDefaultPipeline() throws Exception {
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        corpora.put("prose news", prose());
        corpora.put("digit-heavy news", digitHeavy(60));
        // a larger library, where the fixed costs (JVM start, models, JIT) weigh less: -Dbench.corpora=library
        int library = Integer.getInteger("bench.libraryArticles", 300);
        corpora.put("library of " + library + " ECB+ articles", EcbPlusCorpus.load().stream().limit(library).map(d -> d.article().text()).toList());
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, List<String>> c : corpora.entrySet()) {
            if (!System.getProperty("bench.corpora", "prose,digit").contains(c.getKey().substring(0, 5))) continue;
            report.append(measure(c.getKey(), c.getValue())).append('\n');
        }
        System.out.println(report);
    }

    private String measure(String name, List<String> texts) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name.replace(' ', '-')));
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "doc-%03d.txt", i)), texts.get(i), StandardCharsets.UTF_8);
        }
        Path imported = dir.resolve(name.replace(' ', '-') + "-library");
        Child imp = run(List.of("-cp", classpath(), "org.parallax.Parallax", "--library", imported.toString(), "import",
                folder.toString()), dir.resolve("import.log"));
        if (imp.code != 0) throw new IllegalStateException("import failed: " + Files.readString(imp.log));
        StringBuilder out = new StringBuilder();
        Child def = null;
        if (!Boolean.getBoolean("bench.skipDefault")) {
            List<String> cmd = new ArrayList<>(List.of(XMX));
            String flags = System.getProperty("bench.defaultJvm", "");
            if (!flags.isBlank()) cmd.addAll(List.of(flags.strip().split("\\s+")));
            cmd.addAll(List.of("-cp", classpath(), NlpEndToEndBenchmark.class.getName(), folder.toString()));
            def = run(cmd, dir.resolve("default.log"));
            if (def.code != 0) throw new IllegalStateException("default pipeline failed: " + Files.readString(def.log));
            String tokens = Files.readAllLines(def.log).stream().filter(l -> l.startsWith("tokens ")).findFirst().orElse("tokens ?");
            out.append(String.format(Locale.ROOT, "NLP end to end, %s: %d texts, %s; default pipeline %.1f CPU-s (%.1f s wall; "
                    + "threads %s); load average %s%n", name, texts.size(), tokens, def.cpu, def.wall, def.threadSplit(),
                    Files.readString(Path.of("/proc/loadavg")).strip()));
        }
        // extra JVM options for the app's runs, one set per run, sets separated by '|' (each run on a fresh copy)
        int run = 0;
        for (String flags : System.getProperty("bench.appJvm", "").split("\\|", -1)) {
            Path library = dir.resolve(name.replace(' ', '-') + "-run" + run++);
            copy(imported, library);
            Path jfr = dir.resolve(library.getFileName() + ".jfr");
            List<String> cmd = new ArrayList<>(List.of(XMX));
            if (!flags.isBlank()) cmd.addAll(List.of(flags.strip().split("\\s+")));
            cmd.addAll(List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile", "-cp", classpath(),
                    "org.parallax.Parallax", "--library", library.toString(), "nlp", "--wait", "--json"));
            Child app = run(cmd, dir.resolve("app.log"));
            if (app.code != 0) throw new IllegalStateException("nlp --wait failed: " + Files.readString(app.log));
            Map<String, Integer> split = split(jfr);
            int samples = split.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder parts = new StringBuilder();
            for (Map.Entry<String, Integer> e : split.entrySet()) {
                parts.append(String.format(Locale.ROOT, "%s %.1f%% ", e.getKey(), 100.0 * e.getValue() / Math.max(1, samples)));
            }
            int from = out.length();
            out.append(String.format(Locale.ROOT, "  nlp --wait [%s] %.1f CPU-s (%.1f s wall)%s; threads %s; load average %s; "
                    + "Java samples (%d): %s%n", flags.strip(), app.cpu, app.wall,
                    def == null ? "" : String.format(Locale.ROOT, ": %.2fx per CPU-second (%.2fx without JFR's own CPU)",
                            def.cpu / app.cpu, def.cpu / (app.cpu - app.threads.get("JFR"))),
                    app.threadSplit(), Files.readString(Path.of("/proc/loadavg")).strip(), samples, parts.toString().strip()));
            System.out.print(name + ":" + out.substring(from)); // as each run ends: a later run's failure keeps the earlier figures
        }
        return out.toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }

    /**
     * One finished child JVM: exit code, CPU seconds (user + system) and wall seconds, its output in {@code log}, and
     * CPU seconds by kind of thread (JIT compiler, GC and VM, JFR, the rest: Java), from polling /proc every 100 ms.
     */
    private record Child(int code, double cpu, double wall, Path log, Map<String, Double> threads) {
        String threadSplit() {
            StringBuilder sb = new StringBuilder();
            threads.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%s %.1f ", k, v)));
            return sb.toString().strip();
        }
    }

    /** Polls the CPU ticks of each thread of a running process; keeps the last reading of every thread seen. */
    private static final class ThreadTicks extends Thread {
        private final long pid;
        private final Map<String, Long> last = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean done;

        ThreadTicks(long pid) {
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!done) {
                try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                    for (Path t : tasks.toList()) {
                        try {
                            String stat = Files.readString(t.resolve("stat"));
                            String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            last.put(t.getFileName() + " " + comm, Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3]));
                        } catch (IOException | RuntimeException gone) {
                            // the thread ended between the listing and the read
                        }
                    }
                    Thread.sleep(100);
                } catch (IOException | InterruptedException ended) {
                    return;
                }
            }
        }

        Map<String, Double> byKind() {
            Map<String, Double> out = new LinkedHashMap<>();
            for (String k : List.of("JIT", "GC+VM", "JFR", "Java")) out.put(k, 0.0);
            last.forEach((key, ticks) -> {
                String comm = key.substring(key.indexOf(' ') + 1);
                String kind = comm.contains("Compiler") ? "JIT"
                        : comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM ") ? "GC+VM"
                        : comm.startsWith("JFR") ? "JFR" : "Java";
                out.merge(kind, ticks / 100.0, Double::sum);
            });
            return out;
        }
    }

    private static Child run(List<String> args, Path log) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dparallax.sharedData=" + SharedData.root());
        cmd.addAll(args);
        long before = childTicks();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ThreadTicks ticks = new ThreadTicks(p.pid());
        ticks.start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        ticks.done = true;
        ticks.join();
        return new Child(code, (childTicks() - before) / 100.0, wall, log, ticks.byKind());
    }

    /** cutime + cstime of this process (the reaped children's CPU), in clock ticks (100 per second on Linux). */
    private static long childTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields after the command name start at field 3 (state): cutime is field 16, cstime 17
        return Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3]);
    }

    private static String classpath() {
        return System.getProperty("java.class.path");
    }

    /**
     * The app's Java-thread CPU samples by part: the stack's first frame (from the top) that names a part decides,
     * model loading anywhere below a frame winning over everything (the models load inside the first recognition).
     */
    static Map<String, Integer> split(Path jfr) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String p : List.of("model load", "recognition", "dates", "linking", "events", "storage", "stories", "other")) out.put(p, 0);
        Map<String, Integer> storage = new java.util.HashMap<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
            String part = part(e.getStackTrace().getFrames());
            out.merge(part, 1, Integer::sum);
            if (part.equals("storage")) {
                // the innermost two methods of the app's own code: where storage time goes
                List<String> own = e.getStackTrace().getFrames().stream().map(f -> f.getMethod().getType().getName()
                        .replace("org.parallax.", "") + "." + f.getMethod().getName()).filter(m -> !m.contains(".")
                        || m.startsWith("store.") || m.startsWith("app.") || m.startsWith("nlp.")).limit(2).toList();
                storage.merge(String.join(" < ", own), 1, Integer::sum);
            }
        }
        storage.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(en -> System.out.println("storage samples " + en.getValue() + ": " + en.getKey()));
        return out;
    }

    private static String part(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String m = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            if (m.startsWith("org.parallax.nlp.EntityRecognizer$Engine.<init>")) return "model load";
        }
        for (RecordedFrame f : frames) {
            String t = f.getMethod().getType().getName();
            String m = f.getMethod().getName();
            if (t.startsWith("org.parallax.app.Story") || t.startsWith("org.parallax.store.StoryRepository")
                    || t.startsWith("org.parallax.app.DateBorrowing")) {
                return "stories"; // placing each stored article in its story, lending dates within a story
            }
            if (t.startsWith("org.parallax.nlp.EventExtractor") || t.startsWith("org.parallax.store.EventRepository")) return "events";
            if (t.startsWith("org.parallax.nlp.EntityLinker") || t.startsWith("org.parallax.nlp.EntityNames")
                    || t.equals("org.parallax.app.NlpResults") && (m.equals("knownEntities") || m.equals("renameFromMentions")
                    || m.equals("dropNonNames"))) {
                return "linking";
            }
            if (t.startsWith("org.parallax.nlp.DateResolver") || t.startsWith("org.parallax.nlp.RelativeDates")) return "dates";
            if (t.startsWith("org.parallax.nlp.EntityRecognizer") || t.startsWith("org.parallax.nlp.PieceRecognizer")) return "recognition";
            if (t.startsWith("org.parallax.app.NlpResults") || t.startsWith("org.parallax.app.NlpService")) return "storage";
        }
        return "other";
    }

    static List<String> prose() {
        List<String> texts = new ArrayList<>();
        for (GoldDocument d : ConllGold.gumNews(SharedData.path("ner-gold/GUM/CONLL-format/data-by-corpustype/news"))) texts.add(d.text());
        int topic = -1;
        for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
            if (d.topic() == topic) continue;
            topic = d.topic();
            texts.add(d.article().text());
        }
        return texts;
    }

    /** The {@code n} ECB+ articles with the largest share of whitespace tokens holding a digit, in corpus order. */
    static List<String> digitHeavy(int n) {
        List<String> all = EcbPlusCorpus.load().stream().map(d -> d.article().text()).toList();
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) idx.add(i);
        idx.sort(Comparator.comparingDouble((Integer i) -> -digitShare(all.get(i))).thenComparing(i -> i));
        return idx.subList(0, n).stream().sorted().map(all::get).toList();
    }

    private static double digitShare(String text) {
        String[] words = text.split("\\s+");
        int digits = 0;
        for (String w : words) if (w.chars().anyMatch(Character::isDigit)) digits++;
        return (double) digits / Math.max(1, words.length);
    }

    /** The default pipeline over every file of a folder (the child process the benchmark times); prints the token count. */
    public static void main(String[] args) throws IOException {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        long tokens = 0;
        File[] files = new File(args[0]).listFiles();
        java.util.Arrays.sort(files);
        for (File f : files) {
            Annotation doc = new Annotation(Files.readString(f.toPath(), StandardCharsets.UTF_8));
            pipeline.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        System.out.println("tokens " + tokens);
    }
}
