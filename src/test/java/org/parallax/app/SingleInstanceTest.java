package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dir;

    @Test
    void secondStartHandsItsFilesToTheFirst() throws Exception {
        Path lib = dir.resolve("library.db");
        try (SingleInstance.Primary first = (SingleInstance.Primary) SingleInstance.claim(lib)) {
            BlockingQueue<List<Path>> received = new ArrayBlockingQueue<>(4);
            first.setReceiver(received::add);
            SingleInstance.Claim second = SingleInstance.claim(lib);
            SingleInstance.Secondary other = assertInstanceOf(SingleInstance.Secondary.class, second);
            other.handOff(List.of(dir.resolve("a.txt"), dir.resolve("b b.html")));
            assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b b.html")), received.poll(5, TimeUnit.SECONDS));
            other.handOff(List.of());
            assertEquals(List.of(), received.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void filesArrivingBeforeTheWindowIsReadyAreKept() throws Exception {
        Path lib = dir.resolve("library.db");
        try (SingleInstance.Primary first = (SingleInstance.Primary) SingleInstance.claim(lib)) {
            ((SingleInstance.Secondary) SingleInstance.claim(lib)).handOff(List.of(dir.resolve("early.txt")));
            BlockingQueue<List<Path>> received = new ArrayBlockingQueue<>(4);
            first.setReceiver(received::add);
            assertEquals(List.of(dir.resolve("early.txt")), received.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void listensOnLoopbackOnlyAndKeepsTheTokenPrivate() throws Exception {
        Path lib = dir.resolve("library.db");
        try (SingleInstance.Primary first = (SingleInstance.Primary) SingleInstance.claim(lib)) {
            Path file = SingleInstance.sibling(lib.toAbsolutePath(), ".instance");
            String[] parts = Files.readString(file).trim().split(" ");
            assertEquals(first.port(), Integer.parseInt(parts[0]));
            assertEquals(64, parts[1].length());
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        Path lib = dir.resolve("library.db");
        try (SingleInstance.Primary first = (SingleInstance.Primary) SingleInstance.claim(lib)) {
            BlockingQueue<List<Path>> received = new ArrayBlockingQueue<>(4);
            first.setReceiver(received::add);
            Path forged = Files.writeString(dir.resolve("forged"), first.port() + " " + "0".repeat(64) + "\n");
            assertThrows(IOException.class, () -> SingleInstance.send(forged, List.of(dir.resolve("x.txt")), 0));
            assertEquals(null, received.poll(300, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void staleInstanceFileOfACrashedWindowIsReplaced() throws Exception {
        Path lib = dir.resolve("library.db");
        Path instanceFile = SingleInstance.sibling(lib, ".instance");
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        // what a crashed first start leaves: its lock file (the OS lock died with it) and its port file
        Files.writeString(SingleInstance.sibling(lib, ".lock"), "");
        Files.writeString(instanceFile, deadPort + " " + "ab".repeat(32) + "\n");
        try (SingleInstance.Primary first = assertInstanceOf(SingleInstance.Primary.class, SingleInstance.claim(lib))) {
            String now = Files.readString(instanceFile);
            assertNotEquals(deadPort + " " + "ab".repeat(32) + "\n", now);
            assertTrue(now.startsWith(first.port() + " "));
            BlockingQueue<List<Path>> received = new ArrayBlockingQueue<>(4);
            first.setReceiver(received::add);
            ((SingleInstance.Secondary) SingleInstance.claim(lib)).handOff(List.of(dir.resolve("c.txt")));
            assertEquals(List.of(dir.resolve("c.txt")), received.poll(5, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(instanceFile));
    }

    @Test
    void closingFreesTheLibraryForTheNextStart() throws Exception {
        Path lib = dir.resolve("library.db");
        SingleInstance.Primary first = assertInstanceOf(SingleInstance.Primary.class, SingleInstance.claim(lib));
        first.close();
        try (SingleInstance.Primary next = assertInstanceOf(SingleInstance.Primary.class, SingleInstance.claim(lib))) {
            assertTrue(next.port() > 0);
        }
    }

    @Test
    void aSymlinkOrAnotherSpellingOfTheLibraryHasTheSameLockKey() throws Exception {
        Path lib = dir.resolve("real/library.db");
        Files.createDirectories(lib.getParent());
        Files.writeString(lib, "");
        Path fileLink = Files.createSymbolicLink(dir.resolve("link.db"), lib);
        Path folderLink = Files.createSymbolicLink(dir.resolve("folder-link"), lib.getParent());
        Path key = SingleInstance.lockKey(lib);
        assertEquals(key, SingleInstance.lockKey(fileLink));
        assertEquals(key, SingleInstance.lockKey(folderLink.resolve("library.db")));
        assertEquals(key, SingleInstance.lockKey(dir.resolve("real/../real/./library.db")));
        // a library not created yet: its folder is resolved, so both spellings still meet
        assertEquals(SingleInstance.lockKey(lib.resolveSibling("new.db")), SingleInstance.lockKey(folderLink.resolve("new.db")));
        assertNotEquals(key, SingleInstance.lockKey(lib.resolveSibling("other.db")));
    }

    @Test
    void aSecondStartThroughASymlinkFindsTheRunningWindow() throws Exception {
        Path lib = dir.resolve("library.db");
        Files.writeString(lib, "");
        Path link = Files.createSymbolicLink(dir.resolve("shortcut.db"), lib);
        try (SingleInstance.Primary first = (SingleInstance.Primary) SingleInstance.claim(lib)) {
            BlockingQueue<List<Path>> received = new ArrayBlockingQueue<>(2);
            first.setReceiver(received::add);
            SingleInstance.Secondary other = assertInstanceOf(SingleInstance.Secondary.class, SingleInstance.claim(link));
            other.handOff(List.of(dir.resolve("via-link.txt")));
            assertEquals(List.of(dir.resolve("via-link.txt")), received.poll(5, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(dir.resolve("shortcut.db.lock")), "no second lock beside the link");
    }
}
