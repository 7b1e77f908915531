package org.parallax.ui.common;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures the time from process start to the first frame of a scene: the first pulse that lays the shown scene
 * out, taken when that pulse has finished. Prints {@code first-frame-ms=N} and calls {@code then} (usually exit).
 * The start-up benchmark's hello window uses the same probe, so the two figures compare like with like.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Watches {@code scene}'s next pulse; call just before or just after showing its stage, on the FX thread. */
    public static void install(Scene scene, PrintStream out, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runLater runs after this pulse has been handed to the renderer
            Platform.runLater(() -> {
                out.println("first-frame-ms=" + sinceProcessStart());
                out.flush();
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Milliseconds since the process started (the JVM's start when the OS does not tell). */
    public static long sinceProcessStart() {
        long start = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - start;
    }
}
