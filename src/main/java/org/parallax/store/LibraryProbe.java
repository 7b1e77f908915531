package org.parallax.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.sqlite.SQLiteConfig;

/**
 * Decides, before anything writes to it, whether a file may be opened as a library: missing or empty (a new library),
 * or a Parallax library this version can read. Another program's SQLite file, a file that is not SQLite at all, and a
 * library from a newer Parallax are refused with a {@link StoreException} and left byte for byte as they were.
 */
final class LibraryProbe {
    /** {@code PRAGMA application_id} of every Parallax library: "PRLX" in ASCII. */
    static final int APPLICATION_ID = 0x50524C58;
    /** A table every Parallax schema since V001 has; with user_version > 0 it marks a library made before the id. */
    private static final String PARALLAX_TABLE = "article";
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private LibraryProbe() {
    }

    /**
     * Refuses {@code file} unless it is missing, empty, or a Parallax library at schema {@code knownVersion} or below.
     * The fast path reads only the header: a WAL-mode file stamped with our application id is opened as it is (the
     * migration still refuses a newer schema, which WAL mode keeps in its log). Everything else is looked at through
     * a read-only connection, which cannot change the file.
     */
    static void check(Path file, int knownVersion) {
        byte[] header;
        try {
            if (!Files.exists(file) || Files.size(file) == 0) return;
            try (InputStream in = Files.newInputStream(file)) {
                header = in.readNBytes(HEADER);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read library " + file + ": " + e.getMessage(), e);
        }
        if (header.length < HEADER || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw refused(file, "it is not an SQLite database");
        }
        ByteBuffer h = ByteBuffer.wrap(header);
        boolean wal = header[18] == 2;
        if (wal && h.getInt(68) == APPLICATION_ID) return;
        inspect(file, knownVersion);
    }

    /** What the probe saw: {@code PRAGMA application_id}, {@code user_version}, and the schema's tables. */
    private record Seen(int appId, int version, boolean empty, boolean parallaxTable) {
    }

    private static void inspect(Path file, int knownVersion) {
        Seen seen;
        try {
            seen = look(file, true);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("SQLITE_NOTADB")) throw refused(file, "it is not an SQLite database");
            try {
                // a read-only connection cannot open a WAL file whose -shm is missing (left by a crash): a plain one
                // can, and only reads here
                seen = look(file, false);
            } catch (SQLException again) {
                throw new StoreException("Cannot open library " + file + ": " + again.getMessage()
                        + ". Check that the file is a Parallax library and that you may read and write it.", again);
            }
        }
        int appId = seen.appId();
        int version = seen.version();
        boolean empty = seen.empty();
        boolean parallaxTable = seen.parallaxTable();
        if (appId != 0 && appId != APPLICATION_ID) {
            throw refused(file, String.format("it belongs to another program (application id 0x%08X)", appId));
        }
        boolean ours = appId == APPLICATION_ID || (version > 0 && parallaxTable);
        if (!ours && !(empty && version == 0)) {
            throw refused(file, "it is another program's SQLite database");
        }
        if (version > knownVersion) {
            throw newer(file, version, knownVersion);
        }
    }

    private static Seen look(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(10_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            try (ResultSet rs = s.executeQuery("SELECT count(*), count(CASE WHEN type = 'table' AND name = '"
                    + PARALLAX_TABLE + "' THEN 1 END) FROM sqlite_master")) {
                rs.next();
                return new Seen(appId, version, rs.getInt(1) == 0, rs.getInt(2) > 0);
            }
        }
    }

    /** The refusal of a library whose schema is newer than this build's (checked here and again when migrating). */
    static StoreException newer(Path file, int version, int knownVersion) {
        return new StoreException("Library " + file + " was written by a newer version of Parallax (schema " + version
                + "; this version knows up to " + knownVersion + "). Upgrade Parallax, or open another library with --library.");
    }

    private static StoreException refused(Path file, String why) {
        return new StoreException("Refusing to open " + file + " as a library: " + why
                + ". It was left unchanged; name a new file or a Parallax library with --library.");
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
