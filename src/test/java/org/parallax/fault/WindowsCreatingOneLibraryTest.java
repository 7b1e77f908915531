package org.parallax.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.store.Database;

/**
 * Issue 14, class 11, for the window: two window starts and a command-line import on one library that does not exist
 * yet, all at once, as real processes. One window opens it (the other hands over to it or, if that one already ended,
 * says so in one line), the import stores its article, and no process prints a stack trace.
 */
class WindowsCreatingOneLibraryTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void twoWindowsAndAnImportCreateOneLibraryWithoutAStackTrace() throws Exception {
        Path lib = tmp.resolve("new").resolve("library.db");
        Files.createDirectories(lib.getParent());
        Path article = tmp.resolve("visit.txt");
        Files.writeString(article, "Minister visits the harbour\n\nThe minister visited the new harbour on Monday.\n",
                StandardCharsets.UTF_8);
        List<Child> windows = List.of(Child.window(tmp, "--startup-probe", "--library", lib.toString()),
                Child.window(tmp, "--startup-probe", "--library", lib.toString()));
        Child importer = Child.parallax(tmp, "--library", lib.toString(), "import", article.toString());

        assertEquals(0, importer.waitFor(240), importer.output());
        int opened = 0;
        for (Child w : windows) {
            int code = w.waitFor(240);
            String out = w.output();
            assertFalse(out.contains("\tat ") || out.contains("Exception"), "no stack trace: " + out);
            if (out.contains("window-ms=")) opened++;
            else assertTrue(out.contains("Parallax is already open on"), "the second start says what happened: " + out);
            assertTrue(code == 0 || out.contains("does not answer"), "exit " + code + ": " + out);
        }
        assertTrue(opened >= 1, "a window opened the new library");
        try (AppContext ctx = AppContext.open(lib)) {
            assertEquals(Database.latestVersion(), ctx.database().schemaVersion());
            assertEquals(1, ctx.articles().count());
        }
    }
}
