package org.parallax.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;

import org.parallax.store.CopySchema.Table;

/**
 * What {@link LibraryCopy} asks of a target before and after it writes: whether it is empty enough to copy into (a
 * missing or empty file, or a library holding no more than a freshly migrated one), and removing a partial file with
 * the journal files SQLite keeps beside it.
 */
final class CopyTargets {
    private CopyTargets() {
    }

    /** Refuses an existing file at {@code b} unless it is empty or a library holding no more than a fresh one does. */
    static void refuseNonEmptyFile(Path b, List<Table> tables) {
        try {
            if (!Files.exists(b)) return;
            if (!Files.isRegularFile(b)) throw new StoreException("Library " + b + " is not a file: name a new .db file with --to.");
            if (Files.size(b) == 0) return;
        } catch (IOException e) {
            throw new StoreException("Cannot read library " + b + ": " + e.getMessage(), e);
        }
        LibraryProbe.check(b, Database.latestVersion());
        // a plain connection, which only reads here: a read-only one would leave -wal and -shm files beside a WAL library
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + b)) {
            for (Table t : tables) {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                    ps.setString(1, t.name());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) continue;
                    }
                }
                long rows = count(c, t.name());
                if (rows > t.freshRows()) throw notEmpty(b.toString(), "table " + t.name() + " has " + rows + " rows");
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read library " + b + ": " + e.getMessage(), e);
        }
    }

    /** Why table {@code t} holds more than a freshly migrated library's, or null when it does not. */
    static String notFresh(Connection c, Table t, Database.Engine engine) throws SQLException {
        long rows = count(c, t.name());
        if (rows != t.freshRows()) return "table " + t.name() + " has " + rows + " rows";
        if (rows > 0 && !CopySchema.digest(c, t, engine).sha256().equals(t.freshHash())) {
            return "table " + t.name() + " was changed";
        }
        return null;
    }

    static StoreException notEmpty(String library, String why) {
        return new StoreException("Library " + library + " is not empty (" + why + "): a copy goes into a new file or an"
                + " empty database; nothing was copied.");
    }

    static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Deletes what a failed copy left, keeping the failure the one reported (a file that will not go is named in the log). */
    static void deleteQuietly(Path file) {
        try {
            deleteWithJournals(file);
        } catch (StoreException e) {
            Logger.getLogger(CopyTargets.class.getName()).warning(e.getMessage());
        }
    }

    static void deleteWithJournals(Path file) {
        for (String s : List.of("", "-wal", "-shm", "-journal")) {
            try {
                Files.deleteIfExists(Path.of(file + s));
            } catch (IOException e) {
                throw new StoreException("Cannot delete " + file + s + ": " + e.getMessage(), e);
            }
        }
    }
}
