package org.parallax.ui.common;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures the time from process start to the first frame of a scene: the first pulse that lays the shown scene
 * out, taken when that pulse has finished. Prints {@code first-frame-ms=N first-frame-cpu-ms=C} (C: the CPU time
 * all the process's threads used until then, JIT and GC included, which a loaded machine stretches far less than the
 * wall time) and calls {@code then} (usually exit).
 * The start-up benchmark's hello window uses the same probe, so the two figures compare like with like.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Watches {@code scene}'s next pulse; call just before or just after showing its stage, on the FX thread. */
    public static void install(Scene scene, PrintStream out, Runnable then) {
        afterFirstFrame(scene, () -> {
            print(out, "first-frame");
            then.run();
        });
    }

    /** Prints {@code WHAT-ms=N WHAT-cpu-ms=C}: now, counted from process start, in wall and whole-process CPU time. */
    public static void print(PrintStream out, String what) {
        out.println(what + "-ms=" + sinceProcessStart() + " " + what + "-cpu-ms=" + processCpuMillis());
        out.flush();
    }

    /** Runs {@code r} on the FX thread once the next pulse of {@code scene} (its first, when just shown) is done. */
    public static void afterFirstFrame(Scene scene, Runnable r) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runLater runs after this pulse has been handed to the renderer
            Platform.runLater(r);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** CPU milliseconds the whole process has used (Linux: {@code /proc/self/stat}, 10 ms steps), or -1 elsewhere. */
    public static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime, the 14th and 15th fields, in clock ticks (100 a second)
            return (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Milliseconds since the process started. On Linux both ends are read in time since boot ({@code /proc/self/stat}
     * and {@code /proc/uptime}, 10 ms steps): {@code ProcessHandle}'s start instant adds the boot time, which the
     * kernel gives in whole seconds, so it can be up to a second off. Elsewhere: since the JVM started.
     */
    public static long sinceProcessStart() {
        long now = System.currentTimeMillis();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after "(comm)" start with the 3rd; the 22nd is the start time in clock ticks (100 a second)
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(f[22 - 3]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(uptime * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            return now - ManagementFactory.getRuntimeMXBean().getStartTime();
        }
    }
}
