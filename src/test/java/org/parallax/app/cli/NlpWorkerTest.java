package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.PostgresTestServer;
import org.parallax.testsupport.TestLibrary;
import org.parallax.app.AppContext;
import org.parallax.app.NlpService;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.model.NlpStatus;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.SampleRecognizer;
import org.parallax.store.Database;
import org.parallax.store.NlpClaims;
import org.parallax.store.NlpStateRepository;
import picocli.CommandLine;

/**
 * {@code nlp --worker} in real child JVMs on one library (a SQLite file, or in the server run a PostgreSQL database) of real news articles (ECB+): workers side by side
 * recognise every article exactly once; a worker killed with SIGKILL leaves its leases, which another worker takes once
 * they run out; SIGTERM stores or releases what the worker holds and exits 0; a plain {@code nlp --wait} skips what a
 * worker holds. The recogniser is the test stand-in, slowed and logging each article it recognises ({@link WorkerChild}).
 */
@Tag("contract")
class NlpWorkerTest {
    @TempDir
    Path dir;
    private Path library;
    private Path log;
    private final Map<Long, String> keys = new LinkedHashMap<>();
    private final Map<Process, Path[]> outputs = new HashMap<>();

    @BeforeEach
    void fill() throws IOException {
        library = dir.resolve("library.db");
        log = dir.resolve("recognised.log");
        Files.createFile(log);
        try (AppContext ctx = TestLibrary.context(library)) {
            int n = 0;
            for (EcbPlusCorpus.Doc d : EcbPlusCorpus.load()) {
                if (n++ == 40) break;
                Article a = d.article();
                long id = ctx.articles().insert(new ArticleDraft(a.meta(), a.text(), a.blocks()), "ecb-" + d.name(), Instant.EPOCH);
                keys.put(id, WorkerChild.key(a.text()));
            }
        }
        assertEquals(keys.size(), Set.copyOf(keys.values()).size(), "each article is told apart in the log");
    }

    private Process worker(long pauseMs, String... options) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), WorkerChild.class.getName(),
                log.toString(), Long.toString(pauseMs), "--library", TestLibrary.address(library), "nlp", "--worker"));
        cmd.addAll(List.of(options));
        Path out = Files.createTempFile(dir, "worker", ".out");
        Path err = Files.createTempFile(dir, "worker", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        outputs.put(p, new Path[] {out, err});
        return p;
    }

    /** What the worker wrote to stdout (the JSON summary) and stderr. */
    private JsonNode summary(Process p) throws IOException {
        return Json.mapper().readTree(Files.readString(outputs.get(p)[0]));
    }

    private String tail(Process p) {
        try {
            return Files.readString(outputs.get(p)[0]) + Files.readString(outputs.get(p)[1]);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The log's lines for articles: each worker also recognises the warm-up text once, before it claims anything. */
    private List<String> logged() throws IOException {
        String warmUp = WorkerChild.key(NlpService.WARM_UP) + "\t";
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith(warmUp)).toList();
    }

    /** How many times each article was recognised, by the log's keys. */
    private Map<String, Integer> recognitions() throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (String line : logged()) out.merge(line.substring(0, line.indexOf('\t')), 1, Integer::sum);
        return out;
    }

    private int logLines() throws IOException {
        return logged().size();
    }

    private void waitForLog(int lines, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (logLines() < lines) {
            if (System.nanoTime() > end) throw new AssertionError("workers recognised only " + logLines() + " articles in " + seconds + " s");
            Thread.sleep(50);
        }
    }

    private Map<NlpStatus, Integer> states() {
        try (Database db = TestLibrary.open(library)) {
            return new NlpStateRepository(db).counts();
        }
    }

    private Map<Long, String> claims() {
        try (Database db = TestLibrary.open(library)) {
            return new NlpClaims(db).all();
        }
    }

    private static int exit(Process p, int seconds) throws Exception {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("worker did not end within " + seconds + " s");
        }
        return p.exitValue();
    }

    @Test
    void twoWorkerProcessesRecogniseEveryArticleExactlyOnce() throws Exception {
        Process a = worker(100, "--idle-exit", "2", "--json");
        Process b = worker(100, "--idle-exit", "2", "--json");
        assertEquals(0, exit(a, 120), () -> tail(a));
        assertEquals(0, exit(b, 120), () -> tail(b));

        Map<String, Integer> times = recognitions();
        assertEquals(Set.copyOf(keys.values()), times.keySet(), "every article was recognised");
        assertEquals(Map.of(), times.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "no article was recognised twice");
        assertEquals(keys.size(), states().get(NlpStatus.DONE));
        assertEquals(Map.of(), claims(), "every lease ended with its article's results");
        JsonNode sa = summary(a);
        JsonNode sb = summary(b);
        assertEquals(keys.size(), sa.get("recognised").asInt() + sb.get("recognised").asInt(), sa + " " + sb);
        assertTrue(sa.get("recognised").asInt() > 0 && sb.get("recognised").asInt() > 0, "both workers took a share: " + sa + " " + sb);
        Map<String, Long> byPid = logged().stream().collect(Collectors.groupingBy(l -> l.substring(l.indexOf('\t') + 1),
                Collectors.counting()));
        assertEquals(Map.of(Long.toString(a.pid()), sa.get("recognised").asLong(), Long.toString(b.pid()), sb.get("recognised").asLong()),
                byPid, "each worker's count is what it recognised itself");
    }

    @Test
    void aServerRestartInTheMiddleOfAWorkersRunLosesNothingAndDoesNothingTwice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestLibrary.onServer(), "a restart of the library's server");
        Process a = worker(150, "--idle-exit", "4", "--json");
        waitForLog(5, 60);
        PostgresTestServer.restartServer(2);
        assertEquals(0, exit(a, 180), () -> tail(a));

        Map<String, Integer> times = recognitions();
        assertEquals(Set.copyOf(keys.values()), times.keySet(), "every article was recognised");
        assertEquals(Map.of(), times.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "no article was recognised twice");
        assertEquals(keys.size(), states().get(NlpStatus.DONE), "every article's results were stored");
        assertEquals(Map.of(), claims(), "no lease is left behind");
        assertEquals(keys.size(), summary(a).get("recognised").asInt());
    }

    @Test
    void aKilledWorkersLeasesRunOutAndAnotherWorkerTakesItsArticles() throws Exception {
        Process a = worker(300, "--lease", "3");
        waitForLog(3, 60);
        Map<Long, String> held = claims();
        a.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        Map<Long, String> left = claims();
        assertFalse(left.isEmpty(), "the killed worker still holds leases: " + held);
        assertTrue(left.values().stream().allMatch(w -> w.endsWith("-" + a.pid())), left.toString());
        int doneByA = states().getOrDefault(NlpStatus.DONE, 0);

        long t0 = System.nanoTime();
        Process b = worker(0, "--lease", "3", "--idle-exit", "6", "--json");
        assertEquals(0, exit(b, 120), () -> tail(b));
        assertEquals(keys.size(), states().get(NlpStatus.DONE), "every article is recognised in the end");
        assertEquals(Map.of(), claims());
        assertEquals(keys.size() - doneByA, summary(b).get("recognised").asInt(), "the second worker did the rest, the "
                + "killed worker's leased articles among them");
        assertTrue(System.nanoTime() - t0 >= TimeUnit.SECONDS.toNanos(2), "the leased articles waited for their lease to run out");
        String bPid = Long.toString(b.pid());
        for (long id : left.keySet()) {
            assertTrue(logged().contains(keys.get(id) + "\t" + bPid), "article " + id + " taken over by the second worker");
        }
    }

    @Test
    void sigtermStoresOrReleasesWhatTheWorkerHoldsAndExitsZero() throws Exception {
        Process a = worker(300, "--json");
        waitForLog(2, 60);
        a.destroy(); // SIGTERM
        assertEquals(0, exit(a, 60), () -> tail(a));
        assertEquals(Map.of(), claims(), "nothing stays leased to a worker that stopped");
        JsonNode s = summary(a);
        assertEquals(states().getOrDefault(NlpStatus.DONE, 0), s.get("recognised").asInt(), s.toString());
        assertTrue(s.get("recognised").asInt() < keys.size(), "it stopped before the end: " + s);
    }

    @Test
    void aPlainRunSkipsArticlesAnotherWorkerHoldsUntilTheLeaseRunsOut() throws Exception {
        long first = keys.keySet().iterator().next();
        try (Database db = TestLibrary.open(library)) {
            assertTrue(new NlpClaims(db).take(first, "elsewhere-1", Instant.now(), Duration.ofMinutes(5)));
        }
        JsonNode run = cli("nlp", "--wait", "--json", "--library", TestLibrary.address(library));
        assertEquals(keys.size() - 1, run.get("processed").asInt());
        assertEquals(1, run.get("pending").asInt(), "the held article is still pending");
        assertEquals(Map.of(first, "elsewhere-1"), claims());

        try (Database db = TestLibrary.open(library)) {
            // the other worker died long ago: its lease ran out
            assertTrue(new NlpClaims(db).take(first, "elsewhere-1", Instant.now().minus(Duration.ofMinutes(10)), Duration.ofMinutes(5)));
        }
        JsonNode again = cli("nlp", "--wait", "--json", "--library", TestLibrary.address(library));
        assertEquals(1, again.get("processed").asInt());
        assertEquals(0, again.get("pending").asInt());
        assertEquals(Map.of(), claims());
    }

    private static JsonNode cli(String... args) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        Supplier<Recognizer> recognizers = SampleRecognizer::new;
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == NlpCommand.class) return cls.cast(new NlpCommand(recognizers));
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = Cli.commandLine(new Cli(false), factory);
        cl.setOut(new java.io.PrintWriter(out));
        cl.setErr(new java.io.PrintWriter(err));
        int code = cl.execute(args);
        assertEquals(0, code, err.toString());
        return Json.mapper().readTree(out.toString());
    }
}
