package org.parallax.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real child JVM on the test class path (the java binary of this process), its output in a file so a hung child
 * can still be timed out. Fault tests use it where the fault needs a second process: SQLite's locks are per process.
 */
public final class Child {
    private final Process process;
    private final Path log;

    private Child(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code args}; stdout and stderr go to a log file in {@code dir}. */
    public static Child start(Path dir, String mainClass, String... args) throws IOException {
        return withHeap(dir, "256m", mainClass, args);
    }

    /** As {@link #start(Path, String, String...)} with a maximum heap of {@code heap} (a {@code -Xmx} value). */
    public static Child withHeap(Path dir, String heap, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of("-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "child", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Child(p, log);
    }

    /** Starts the application's own entry point, as a user's shell would. */
    public static Child parallax(Path dir, String... args) throws IOException {
        return start(dir, "org.parallax.Parallax", args);
    }

    /**
     * Starts the application's entry point as a window on the headless toolkit the tests use (this JVM's Monocle
     * settings), with its settings and data folders under {@code dir}.
     */
    public static Child window(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "java.awt.headless")) {
            String v = System.getProperty(p);
            if (v != null) cmd.add("-D" + p + "=" + v);
        }
        cmd.add("-Dparallax.configDir=" + dir.resolve("config"));
        cmd.add("org.parallax.Parallax");
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "window", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config-home").toString());
        return new Child(pb.start(), log);
    }

    /** Waits up to {@code seconds} for the exit code; a child still running then is killed and fails the test. */
    public int waitFor(int seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("child did not end within " + seconds + " s: " + output());
        }
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
