package org.parallax.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts another Parallax window on another library, as a process of its own: each window keeps one library (and
 * one composition root) for its whole life, so switching libraries never has to rebuild a running window. The child
 * is this same installation: the packaged launcher when there is one ({@code jpackage.app-path}), else this JVM with
 * this class path and its {@code -D} settings of Parallax and JavaFX. Its arguments never carry a password.
 */
public final class WindowLauncher {
    /** The main class a plain JVM starts. */
    static final String MAIN = "org.parallax.Parallax";

    private WindowLauncher() {
    }

    /** Starts a window on {@code library} (a file path or a {@code postgresql://} address); does not wait for it. */
    public static Process open(String library) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(List.of("--library", library)));
        // the child's messages (a library it cannot open is also shown in its own window) go where this process's go
        pb.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    /** The command line that runs Parallax with {@code args}, in this installation. */
    static List<String> command(List<String> args) {
        List<String> cmd = new ArrayList<>();
        String app = System.getProperty("jpackage.app-path");
        if (app != null && !app.isBlank()) {
            cmd.add(app);
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (passedOn(a)) cmd.add(a);
            }
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(MAIN);
        }
        cmd.addAll(args);
        return cmd;
    }

    /** JVM options the child keeps: Parallax's own and JavaFX's settings (config folder, UI scale, rendering). */
    static boolean passedOn(String jvmArg) {
        return jvmArg.startsWith("-Dparallax.") || jvmArg.startsWith("-Dglass.") || jvmArg.startsWith("-Dprism.")
                || jvmArg.startsWith("-Djavafx.") || jvmArg.startsWith("-Xmx") || jvmArg.startsWith("-Dfile.encoding=");
    }
}
