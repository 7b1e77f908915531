package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The command that starts another Parallax window runs this installation: a real child process answers it. */
class WindowLauncherTest {
    @Test
    void theCommandRunsThisParallaxInAChildProcess() throws Exception {
        List<String> cmd = WindowLauncher.command(List.of("--version"));
        assertEquals("--version", cmd.get(cmd.size() - 1));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child ends");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains(AppInfo.version()), out);
    }

    @Test
    void onlyParallaxAndJavaFxSettingsArePassedOn() {
        assertTrue(WindowLauncher.passedOn("-Dparallax.configDir=/tmp/x"));
        assertTrue(WindowLauncher.passedOn("-Dglass.gtk.uiScale=2"));
        assertFalse(WindowLauncher.passedOn("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"));
        assertFalse(WindowLauncher.passedOn("-javaagent:/x/jacoco.jar"));
    }
}
