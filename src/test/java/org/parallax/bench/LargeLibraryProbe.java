package org.parallax.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.application.Platform;

import org.parallax.app.AppContext;
import org.parallax.app.Settings;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.ui.MainServices;
import org.parallax.ui.MainViewModel;
import org.parallax.ui.common.FxTaskRunner;

/**
 * The child JVM of {@link LargeLibraryBenchmark}: opens a library the way the window does (the composition root, the
 * main view model on the FX thread of a headless toolkit, the window's {@link FxTaskRunner}; no stage is shown) and
 * prints {@code RESULT key value} lines: time to the first article shown, to a search answered and to an article
 * opened while the background lane builds the story index and recognises entities, the story index's build time,
 * the heap's peak, and whether anything ran out of memory.
 * <pre>java -Xmx2g -cp ... org.parallax.bench.LargeLibraryProbe LIBRARY WAIT_SECONDS</pre>
 */
public final class LargeLibraryProbe {
    private static final AtomicBoolean OUT_OF_MEMORY = new AtomicBoolean();

    private LargeLibraryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[0]);
        int waitSeconds = Integer.parseInt(args[1]);
        Logger.getLogger("").addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                    if (t instanceof OutOfMemoryError) OUT_OF_MEMORY.set(true);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (e instanceof OutOfMemoryError) OUT_OF_MEMORY.set(true);
            Logger.getLogger(LargeLibraryProbe.class.getName()).log(java.util.logging.Level.SEVERE, "Uncaught in " + t.getName(), e);
        });
        long t0 = System.nanoTime();
        CompletableFuture<Void> fx = new CompletableFuture<>();
        Platform.startup(() -> fx.complete(null));
        fx.get(60, TimeUnit.SECONDS);
        AppContext ctx = AppContext.open(lib);
        FxTaskRunner runner = new FxTaskRunner();
        Path config = Files.createTempDirectory("parallax-probe");
        MainViewModel vm = onFx(() -> new MainViewModel(MainServices.of(ctx), runner, Settings.load(config)));
        AtomicLong firstShown = new AtomicLong();
        onFx(() -> {
            vm.reader().articleProperty().addListener((o, was, now) -> {
                if (now != null) firstShown.compareAndSet(0, System.nanoTime());
            });
            vm.start();
            vm.loadRecognition();
            return null;
        });
        await(120, () -> firstShown.get() != 0);
        result("articles", ctx.articles().count());
        result("first_article_ms", (firstShown.get() - t0) / 1e6);
        boolean busy = !ctx.stories().built();
        result("story_index_building_during_reads", busy);

        List<ArticleSummary> list = onFx(() -> List.copyOf(vm.library().articles()));
        String[] queries = {"police", "earthquake", "minister*", "\"prime minister\"", "fire AND killed"};
        for (int i = 0; i < queries.length; i++) {
            String q = queries[i];
            long s0 = System.nanoTime();
            onFx(() -> {
                vm.library().queryProperty().set(q);
                return null;
            });
            await(120, () -> {
                String m = onFxQuiet(() -> vm.library().searchMessageProperty().get());
                return m != null && !m.isEmpty() && !m.startsWith("Searching");
            });
            result("search_ms_" + i, (System.nanoTime() - s0) / 1e6);
            result("search_message_" + i, onFx(() -> vm.library().searchMessageProperty().get()));
        }
        onFx(() -> {
            vm.library().clearSearch();
            return null;
        });
        for (int i = 0; i < 5; i++) {
            long id = list.get((i + 1) * list.size() / 7).id();
            long s0 = System.nanoTime();
            onFx(() -> {
                vm.library().open(id);
                return null;
            });
            await(120, () -> {
                Article a = onFxQuiet(() -> vm.reader().getArticle());
                return a != null && a.id() == id;
            });
            result("open_while_busy_ms_" + i, (System.nanoTime() - s0) / 1e6);
        }
        result("story_index_still_building_after_reads", !ctx.stories().built());
        result("recognition_running", onFx(() -> vm.taskRunningProperty().get()));
        long b0 = System.nanoTime();
        boolean built = awaitQuietly(waitSeconds, () -> ctx.stories().built());
        result("story_index_built", built);
        result("story_index_wait_after_reads_ms", (System.nanoTime() - b0) / 1e6);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        result("heap_max_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
        result("heap_peak_mb", peak / (1 << 20));
        result("out_of_memory", OUT_OF_MEMORY.get());
        System.out.flush();
        Runtime.getRuntime().halt(0); // the recognition thread may be mid-article: the measurement is done
    }

    private static void result(String key, Object value) {
        System.out.println("RESULT " + key + " " + (value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value));
        System.out.flush();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static <T> T onFxQuiet(Supplier<T> work) {
        try {
            return onFx(work);
        } catch (Exception e) {
            return null;
        }
    }

    private static void await(int seconds, BooleanSupplier condition) throws InterruptedException {
        if (!awaitQuietly(seconds, condition)) {
            result("timeout", true);
            result("out_of_memory", OUT_OF_MEMORY.get());
            System.out.flush();
            Runtime.getRuntime().halt(3);
        }
    }

    private static boolean awaitQuietly(int seconds, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) return true;
            if (OUT_OF_MEMORY.get()) return false;
            Thread.sleep(5);
        }
        return condition.getAsBoolean();
    }
}
