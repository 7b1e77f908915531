package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.cli.Cli;

class StartupArgsTest {
    @TempDir
    Path dir;

    private static StartupArgs parse(String... args) {
        return StartupArgs.parse(args, Cli.commandNames());
    }

    @Test
    void noArgumentsOpenTheWindow() {
        StartupArgs s = parse();
        assertTrue(s.window());
        assertNull(s.library());
        assertEquals(List.of(), s.files());
        assertFalse(s.startupProbe());
    }

    @Test
    void existingFilesAndFoldersOpenTheWindowToImportThem() throws Exception {
        Path f = Files.writeString(dir.resolve("story.txt"), "x");
        Path sub = Files.createDirectory(dir.resolve("folder"));
        StartupArgs s = parse(f.toString(), sub.toString());
        assertTrue(s.window());
        assertEquals(List.of(f, sub), s.files());
    }

    @Test
    void filesAreMadeAbsoluteForTheHandOff() {
        StartupArgs s = StartupArgs.parse(new String[] {"rel/story.txt"}, Set.of(), p -> true);
        assertEquals(List.of(Path.of("rel/story.txt").toAbsolutePath().normalize()), s.files());
    }

    @Test
    void libraryOptionGoesAlongWithFiles() throws Exception {
        Path f = Files.writeString(dir.resolve("a.md"), "x");
        StartupArgs s = parse("--library", "/tmp/l.db", f.toString());
        assertTrue(s.window());
        assertEquals("/tmp/l.db", s.library());
        assertEquals(List.of(f), s.files());
        assertEquals("/tmp/b.db", parse(f.toString(), "--library=/tmp/b.db").library());
    }

    @Test
    void aServerAddressOpensTheWindowAndStaysText() {
        StartupArgs s = parse("--library", "postgresql://ana@db.example.org:5433/desk?sslmode=require");
        assertTrue(s.window());
        assertEquals("postgresql://ana@db.example.org:5433/desk?sslmode=require", s.library());
        assertEquals("postgresql://db/lib", parse("--library=postgresql://db/lib").library());
    }

    @Test
    void probeFlagOpensTheWindowAndIsRemembered() {
        StartupArgs s = parse("--startup-probe", "--library", "/tmp/l.db");
        assertTrue(s.window());
        assertTrue(s.startupProbe());
    }

    @Test
    void subCommandsGoToTheCommandLineEvenWhenAFileHasTheirName() {
        assertFalse(parse("import", "x.txt").window());
        assertFalse(parse("--library", "/tmp/l.db", "list").window());
        // a file called "list" in the working folder does not turn the command into an import
        assertFalse(StartupArgs.parse(new String[] {"list"}, Cli.commandNames(), p -> true).window());
    }

    @Test
    void otherOptionsAndMissingFilesGoToTheCommandLine() {
        assertFalse(parse("--version").window());
        assertFalse(parse("--help").window());
        assertFalse(parse(dir.resolve("missing.txt").toString()).window());
        assertFalse(parse("--library").window());
    }

    @Test
    void commandNamesComeFromTheCommandLineDefinition() {
        assertTrue(Cli.commandNames().containsAll(Set.of("import", "list", "show", "search", "delete")));
    }
}
