package org.parallax.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.app.CompareService;
import org.parallax.app.NlpService;
import org.parallax.compare.EcbPlusCorpus;
import org.parallax.model.Article;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.EntityType;
import org.parallax.model.Progress;
import org.parallax.model.Sentence;
import org.parallax.nlp.RawMention;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.ui.common.FxTaskRunner;
import org.parallax.ui.compare.CompareViewModel;
import org.parallax.ui.compare.CompareWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Time to first frame of the compare window on two ~5,000-word articles with entity highlights (headless Monocle):
 * from the open request (comparison started on the background runner) to the first pulse after both panes are filled
 * and styled. The pair is {@link CompareBenchmark#fiveThousandWordPair}; entities come from a recogniser that marks
 * capitalised words inside sentences, stored and linked by the real NLP queue, so highlights are read from the store.
 * Its timing assertion depends on the machine, so it is tagged {@code benchmark} and left out of {@code mvn verify}.
 * Run: {@code mvn -B -o -q -Pbench test -Dtest=CompareViewBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the
 * report is in {@code target/surefire-reports/org.parallax.bench.CompareViewBenchmark-output.txt}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class CompareViewBenchmark {
    static final int RUNS = 7;
    /** The target, asserted on the CPU time spent (wall time is reported; it varies with the machine's load). */
    static final double TARGET_MS = 300;

    @TempDir
    Path dir;
    AppContext ctx;
    FxTaskRunner runner;
    long a, b;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                org.parallax.ui.common.Themes.userAgentStylesheet(org.parallax.app.Settings.Theme.LIGHT));
        runner = new FxTaskRunner();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) if (w instanceof Stage s) s.close();
        });
        runner.close();
        if (ctx != null) ctx.close();
    }

    /** Capitalised words that do not open a sentence, typed by their hash: enough highlights to weigh like real NER. */
    static final class CapsRecognizer implements Recognizer {
        private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION};

        @Override
        public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
            List<Sentence> sentences = new ArrayList<>();
            List<RawMention> out = new ArrayList<>();
            for (Block bl : blocks) {
                sentences.add(new Sentence(bl.start(), bl.end()));
                boolean opening = true;
                int i = bl.start();
                while (i < bl.end()) {
                    char c = text.charAt(i);
                    if (!Character.isLetter(c)) {
                        if (c == '.' || c == '!' || c == '?') opening = true;
                        i++;
                        continue;
                    }
                    int s = i;
                    while (i < bl.end() && Character.isLetter(text.charAt(i))) i++;
                    if (!opening && Character.isUpperCase(c) && i - s > 2) {
                        String w = text.substring(s, i);
                        out.add(new RawMention(s, i, w, TYPES[Math.floorMod(w.hashCode(), 3)], "CAPS", null, null));
                    }
                    opening = false;
                }
            }
            return new Recognition(sentences, out);
        }

        @Override
        public String version() {
            return "caps-1";
        }
    }

    /** The last run's window as a picture, to look at how a long pair with many entities is shown. */
    private static void snapshot() {
        for (Window w : Window.getWindows()) {
            if (!(w instanceof Stage s) || s.getScene() == null) continue;
            try {
                var img = s.getScene().getRoot().snapshot(null, null);
                java.io.File out = Path.of(System.getProperty("parallax.buildDir", "target"), "compare-view-5000-words.png").toFile();
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private long store(Article art) {
        ArticleMeta m = new ArticleMeta("Benchmark article " + art.id(), false, null, "Outlet " + art.id(), null, null,
                LocalDate.of(2023, 3, 4), null, null, null, "text", "en");
        return ctx.articles().insert(new ArticleDraft(m, art.text(), art.blocks()), "bench-" + art.id(), Instant.now());
    }

    @Test
    void firstFrameOfTheCompareViewOnTwo5000WordArticles() throws Exception {
        ctx = AppContext.open(dir.resolve("library.db"));
        Article[] pair = CompareBenchmark.fiveThousandWordPair(EcbPlusCorpus.load());
        a = store(pair[0]);
        b = store(pair[1]);
        new NlpService(ctx.database(), ctx.articles(), new CapsRecognizer()).processPending(Progress.NONE);
        CompareService.Compared c = ctx.compare().compare(a, b).orElseThrow();
        int words = c.a().text().split("\\s+").length, wordsB = c.b().text().split("\\s+").length;

        // the background part on its own: store reads + comparison, then the layout for the panes
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] bg = new double[RUNS], lay = new double[RUNS], bgCpu = new double[RUNS];
        for (int run = -2; run < RUNS; run++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CompareService.Compared cc = ctx.compare().compare(a, b).orElseThrow();
            long t1 = System.nanoTime();
            org.parallax.ui.compare.CompareLayout.of(cc);
            long t2 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            if (run >= 0) {
                bg[run] = (t1 - t0) / 1e6;
                lay[run] = (t2 - t1) / 1e6;
                bgCpu[run] = (c1 - c0) / 1e6;
            }
        }
        Arrays.sort(bg);
        Arrays.sort(lay);
        Arrays.sort(bgCpu);
        long[] fxThread = new long[1];
        CompletableFuture<Void> found = new CompletableFuture<>();
        Platform.runLater(() -> {
            fxThread[0] = Thread.currentThread().getId();
            found.complete(null);
        });
        found.get(10, TimeUnit.SECONDS);
        double[] fxCpu = new double[RUNS];
        double[] ms = new double[RUNS];
        for (int run = -2; run < RUNS; run++) { // two warm-up runs
            CompletableFuture<Long> frame = new CompletableFuture<>();
            long[] fxCpuAt = new long[2];
            Platform.runLater(() -> {
                CompareViewModel vm = new CompareViewModel(ctx.compare(), ctx.calendar(), ctx.annotations(), runner);
                CompareWindow w = CompareWindow.load(vm);
                w.view().setOnFirstFrame(ns -> {
                    fxCpuAt[1] = cpu.getThreadCpuTime(fxThread[0]);
                    frame.complete(ns);
                });
                Stage st = new Stage();
                st.setScene(new javafx.scene.Scene(w.root(), 1200, 760));
                st.getScene().getStylesheets().add(CompareWindow.class.getResource(CompareWindow.STYLESHEET).toExternalForm());
                st.show();
                fxCpuAt[0] = cpu.getThreadCpuTime(fxThread[0]);
                vm.open(a, b);
            });
            long ns = frame.get(30, TimeUnit.SECONDS);
            if (run >= 0) {
                ms[run] = ns / 1e6;
                fxCpu[run] = (fxCpuAt[1] - fxCpuAt[0]) / 1e6;
            }
            CompletableFuture<Void> closed = new CompletableFuture<>();
            boolean last = run == RUNS - 1;
            Platform.runLater(() -> {
                if (last) snapshot();
                for (Window w : new ArrayList<>(Window.getWindows())) if (w instanceof Stage s) s.close();
                closed.complete(null);
            });
            closed.get(10, TimeUnit.SECONDS);
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[RUNS / 2], max = sorted[RUNS - 1];
        System.out.printf(Locale.ROOT, "compare view first frame: A %d words, B %d words, %d + %d highlights, %d pairs, %d differences%n",
                words, wordsB, c.highlightsA().size(), c.highlightsB().size(), c.comparison().pairs().size(),
                c.comparison().pairs().stream().filter(p -> p.differsInWords()).count() + c.comparison().uniqueA().size() + c.comparison().uniqueB().size());
        System.out.printf(Locale.ROOT, "  request -> first pulse after filled panes: median %.0f ms, max %.0f ms over %d runs (target <= %.0f ms); runs %s%n",
                median, max, RUNS, TARGET_MS, Arrays.toString(Arrays.stream(ms).map(Math::round).toArray()));
        System.out.printf(Locale.ROOT, "  of which in the background: compare (store reads + alignment + diffs) median %.0f ms, layout median %.0f ms%n",
                bg[RUNS / 2], lay[RUNS / 2]);
        Arrays.sort(fxCpu);
        System.out.printf(Locale.ROOT, "  CPU time (independent of other load on the machine): background %.0f ms + FX thread %.0f ms = %.0f ms; load average %.1f on %d cores%n",
                bgCpu[RUNS / 2], fxCpu[RUNS / 2], bgCpu[RUNS / 2] + fxCpu[RUNS / 2],
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        // wall time depends on what else the machine runs; the CPU both threads spend does not
        assertTrue(bgCpu[RUNS / 2] + fxCpu[RUNS / 2] <= TARGET_MS, "CPU to first frame " + (bgCpu[RUNS / 2] + fxCpu[RUNS / 2]) + " ms");
    }
}
