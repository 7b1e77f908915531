package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.EntityType;
import org.parallax.testsupport.TestLibrary;

/**
 * The entity change log on both engines: a recogniser told exactly which entities another process changed, so it
 * never has to read every entity again because someone else wrote.
 */
@Tag("contract")
class EntityChangeLogTest {
    @TempDir
    Path dir;

    @Test
    void anotherProcesssChangesAreReportedByEntity() {
        Path file = dir.resolve("library.db");
        try (Database mine = TestLibrary.open(file); Database theirs = TestLibrary.open(file)) {
            EntityRepository my = new EntityRepository(mine);
            EntityRepository other = new EntityRepository(theirs);
            long a = other.create(EntityType.PERSON, "Christopher Landberg", List.of());
            long b = other.create(EntityType.ORGANIZATION, "State Department", List.of());
            assertEquals(Optional.empty(), mine.write(my::changedEntities), "the first call reads everything");
            assertEquals(Optional.of(Set.of()), mine.write(my::changedEntities), "nothing changed since");

            other.rename(a, "Chris Landberg");
            other.addAlias(b, "DoS");
            assertEquals(Optional.of(Set.of(a, b)), mine.write(my::changedEntities));
            long c = my.create(EntityType.LOCATION, "Islamabad", List.of());
            assertEquals(Optional.of(Set.of(c)), mine.write(my::changedEntities), "its own changes too");
            assertEquals(Optional.of(Set.of()), mine.write(my::changedEntities));
        }
    }

    @Test
    void aReaderBehindThePrunedLogReadsEverythingOnce() {
        Path file = dir.resolve("library.db");
        try (Database db = TestLibrary.open(file)) {
            EntityRepository slow = new EntityRepository(db);
            EntityRepository busy = new EntityRepository(db);
            db.write(slow::changedEntities);
            long id = busy.create(EntityType.PERSON, "Someone", List.of());
            // enough changes that a reader keeping up prunes the entries the slow one has not read
            db.write(c -> {
                try (var ps = c.prepareStatement("UPDATE entity SET name = ? WHERE id = ?")) {
                    for (long i = 0; i <= 2 * EntityRepository.KEEP_CHANGES + 1; i++) {
                        ps.setString(1, "Someone " + i);
                        ps.setLong(2, id);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                return null;
            });
            assertEquals(Optional.empty(), db.write(busy::changedEntities), "busy's first call");
            assertEquals(Optional.empty(), db.write(slow::changedEntities), "its entries were pruned: read everything");
            assertTrue(db.write(slow::changedEntities).orElseThrow().isEmpty());
        }
    }
}
