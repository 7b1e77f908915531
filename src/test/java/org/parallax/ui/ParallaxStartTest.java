package org.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole window start, as a user's (the entry point, the single-instance claim, the skeleton's first frame, the
 * library opened and migrated, the window built and swapped in), in a JVM of its own on headless Monocle:
 * {@code --startup-probe} prints both frames' times and exits once the built window has drawn its first frame.
 */
class ParallaxStartTest {
    private static final Pattern FIRST = Pattern.compile("first-frame-ms=(\\d+) first-frame-cpu-ms=(-?\\d+)");
    private static final Pattern WINDOW = Pattern.compile("window-ms=(\\d+) window-cpu-ms=(-?\\d+)");

    @TempDir
    Path dir;

    @Test
    void showsTheSkeletonThenTheWindowOnANewLibrary() throws Exception {
        Path library = dir.resolve("library.db");
        Run run = start("--startup-probe", "--library", library.toString());
        assertEquals(0, run.exit, run.output);
        Matcher first = FIRST.matcher(run.output);
        Matcher window = WINDOW.matcher(run.output);
        assertTrue(first.find(), run.output);
        assertTrue(window.find(), run.output);
        long firstMs = Long.parseLong(first.group(1));
        long windowMs = Long.parseLong(window.group(1));
        assertTrue(firstMs > 0 && windowMs >= firstMs, "the window comes after the first frame: " + run.output);
        assertTrue(run.output.indexOf("first-frame-ms") < run.output.indexOf("window-ms"), run.output);
        // the built window opened the library: it is there, migrated, and the lock was let go
        assertTrue(Files.size(library) > 0, "library created");
        Run again = start("--startup-probe", "--library", library.toString());
        assertEquals(0, again.exit, "a second start after the first ended opens its own window: " + again.output);
        assertTrue(WINDOW.matcher(again.output).find(), again.output);
    }

    private record Run(int exit, String output) {
    }

    /** Runs Parallax's main class on this test's class path with the headless toolkit the tests use. */
    private Run start(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "java.awt.headless")) {
            String v = System.getProperty(p);
            if (v != null) cmd.add("-D" + p + "=" + v);
        }
        cmd.add("-Dparallax.configDir=" + dir.resolve("config"));
        cmd.add("org.parallax.Parallax");
        cmd.addAll(List.of(args));
        // output goes to a file, not a pipe: reading a pipe to its end would block until the process exits, so the
        // timeout below could never fire on a process that hangs
        Path log = Files.createTempFile(dir, "start", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config-home").toString());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("no exit within 120 s: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
