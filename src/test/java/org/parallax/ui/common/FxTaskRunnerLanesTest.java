package org.parallax.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.testsupport.FxWait;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 14: with one pool, recognition, story grouping and an import took every worker and opening an article or a
 * search waited minutes. The window's runner keeps user reads in a lane of their own.
 */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerLanesTest {
    FxTaskRunner runner;
    final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner();
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        runner.close();
    }

    @Test
    void aReadStartsWhileLibraryWideWorkFillsTheBackgroundLane() throws Exception {
        int busy = FxTaskRunner.BACKGROUND_THREADS + 2;
        AtomicInteger started = new AtomicInteger();
        List<String> done = new CopyOnWriteArrayList<>();
        for (int i = 0; i < busy; i++) {
            int n = i;
            runner.runBackground("Library-wide work " + i, p -> {
                started.incrementAndGet();
                return release.await(60, TimeUnit.SECONDS);
            }, ok -> done.add("background " + n), e -> done.add("failed " + e));
        }
        FxWait.waitUntil("the background lane's threads are all busy", () -> started.get() == FxTaskRunner.BACKGROUND_THREADS);
        List<String> threads = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            runner.run("Opening article " + i, p -> Thread.currentThread().getName(), threads::add, e -> done.add("failed " + e));
        }
        FxWait.waitUntil("the reads ran beside the busy background lane", () -> threads.size() == 3);
        assertTrue(threads.stream().allMatch(t -> t.startsWith("parallax-task-")), threads.toString());
        assertEquals(FxTaskRunner.BACKGROUND_THREADS, started.get(), "the queued background work still waits its turn");
        assertFalse(done.stream().anyMatch(d -> d.startsWith("background")));
        release.countDown();
        FxWait.waitUntil("the background work ends once released", () -> done.size() == busy);
        assertTrue(done.stream().allMatch(d -> d.startsWith("background")), done.toString());
    }
}
