package org.parallax.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

/**
 * Start-up marks for finding what delays the first frame: with {@code -Dparallax.startupTrace=true} each
 * {@link #mark} prints the milliseconds since the JVM started and the calling thread's name to standard error.
 * Off (the default) a mark costs one static boolean test.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("parallax.startupTrace");
    private static final long T0 = System.nanoTime();

    private StartupTrace() {
    }

    public static void mark(String what) {
        if (!ON) return;
        long cpu = 0;
        try {
            cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        } catch (RuntimeException | LinkageError e) {
            // no management: wall time only
        }
        System.err.printf("startup-trace %6d ms since main, thread cpu %5d ms [%s] %s%n",
                (System.nanoTime() - T0) / 1_000_000, cpu, Thread.currentThread().getName(), what);
    }

    /** With tracing on, prints each thread's CPU time so far (Linux: /proc/self/task), the JIT and GC included. */
    public static void threads() {
        if (!ON) return;
        File[] tasks = new File("/proc/self/task").listFiles();
        if (tasks == null) return;
        Map<String, Long> byName = new TreeMap<>();
        for (File t : tasks) {
            try {
                String stat = Files.readString(t.toPath().resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                byName.merge(name, ticks * 10, Long::sum);
            } catch (IOException | RuntimeException e) {
                // the thread ended
            }
        }
        byName.forEach((n, ms) -> {
            if (ms > 0) System.err.printf("startup-trace cpu %5d ms %s%n", ms, n);
        });
    }
}
