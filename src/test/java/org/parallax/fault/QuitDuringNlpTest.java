package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.NlpService;
import org.parallax.model.Progress;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SharedRecognizers;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Issue 14, "quitting during background work writes two stack traces to the log": the window quits by interrupting
 * its worker threads and closing the library. Recognition running on the real CoreNLP pipeline then stops with at
 * most one INFO line: no warning, no stack trace, no failure recorded for the article it was on.
 */
class QuitDuringNlpTest {
    @TempDir
    Path dir;

    @Test
    void quittingWhileRecognitionRunsLogsOneInfoLineAtMost() throws Exception {
        Database db = Database.open(dir.resolve("library.db"));
        ArticleRepository articles = new ArticleRepository(db);
        for (int i = 0; i < 6; i++) {
            // dated articles: an undated one logs an INFO line of its own when stored
            articles.insert(SampleArticles.outletA(true), "hash-" + i, Instant.EPOCH);
        }
        NlpService nlp = new NlpService(db, articles, SharedRecognizers.app());
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger parallax = Logger.getLogger("org.parallax");
        Level was = parallax.getLevel();
        parallax.setLevel(Level.INFO);
        parallax.addHandler(capture);
        CountDownLatch second = new CountDownLatch(1);
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        AtomicReference<NlpService.Summary> summary = new AtomicReference<>();
        try {
            Thread worker = new Thread(() -> {
                try {
                    summary.set(nlp.processPending(new Progress() {
                        @Override
                        public void update(long done, long total, String message) {
                            if (done >= 1) second.countDown();
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    }));
                } catch (Throwable t) {
                    escaped.set(t);
                }
            }, "nlp-worker");
            worker.start();
            assertTrue(second.await(120, TimeUnit.SECONDS), "recognition started");
            // what the window does on quit: interrupt the workers, then close the library
            worker.interrupt();
            db.close();
            worker.join(60_000);
            assertFalse(worker.isAlive());
        } finally {
            parallax.removeHandler(capture);
            parallax.setLevel(was);
        }
        assertNull(escaped.get(), () -> "processPending threw " + escaped.get());
        assertTrue(summary.get().cancelled());
        List<LogRecord> loud = records.stream().filter(r -> r.getLevel().intValue() > Level.INFO.intValue()
                || r.getThrown() != null).toList();
        assertEquals(List.of(), loud.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList());
        long infos = records.stream().filter(r -> r.getLoggerName().equals(NlpService.class.getName())).count();
        assertTrue(infos <= 1, infos + " lines from the queue");
    }
}
