package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.fault.Child;

/**
 * Two Parallax processes opening an older library at once both migrate it without error: each migration step re-reads
 * the schema version under the write lock, and each process's backup gets a name of its own.
 */
class ConcurrentMigrationTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoProcessesMigratingOneOldLibraryBothSucceed() throws Exception {
        Path file = tmp.resolve("old.db");
        try (Database db = Database.open(file, "/db-schema1")) {
            assertEquals(1, db.schemaVersion());
        }
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < 2; i++) children.add(Child.parallax(tmp, "--library", file.toString(), "--json", "list"));
        for (Child c : children) assertEquals(0, c.waitFor(90), c.output());
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
        }
        try (Stream<Path> s = Files.list(tmp)) {
            List<Path> backups = s.filter(p -> p.getFileName().toString().endsWith(".bak")).toList();
            // the second process may find the library migrated already and skip its backup
            for (Path b : backups) {
                try (Database old = Database.open(b, "/db-schema1")) {
                    assertEquals(1, old.schemaVersion(), b + " is the library as it was");
                }
            }
            assertTrue(!backups.isEmpty() && backups.size() <= 2, backups.toString());
        }
    }
}
