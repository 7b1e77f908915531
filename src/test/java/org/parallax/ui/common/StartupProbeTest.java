package org.parallax.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The probe's two clocks, read from /proc on Linux: the start-up bench compares them across processes. */
class StartupProbeTest {
    @Test
    void processCpuTimeGrowsWithWork() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "needs Linux's /proc");
        long before = StartupProbe.processCpuMillis();
        assertTrue(before >= 0, "CPU time read: " + before);
        // spin until this thread has used 0.3 s of CPU (by the JVM's own count), however loaded the machine is
        var threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
        long spin = 0;
        while (threads.getCurrentThreadCpuTime() < until) spin += Long.numberOfTrailingZeros(spin + System.nanoTime());
        long after = StartupProbe.processCpuMillis();
        assertTrue(after - before >= 280, "0.3 s of this thread's CPU shows in the process's: " + before + " -> " + after + " (" + spin + ")");
    }

    @Test
    void timeSinceStartAgreesWithTheJvmsUptime() {
        assumeTrue(Files.isReadable(Path.of("/proc/uptime")), "needs Linux's /proc");
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long since = StartupProbe.sinceProcessStart();
        // the process starts a little before the JVM counts; both clocks step in 10 ms
        assertTrue(since >= uptime - 50 && since <= uptime + 2_000, "since start " + since + " ms, JVM uptime " + uptime + " ms");
    }
}
