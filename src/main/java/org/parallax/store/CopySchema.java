package org.parallax.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables a library copy carries, read from this build's SQLite schema after migration (one source for the list):
 * every ordinary table in foreign-key order, without FTS5 virtual tables and their shadow tables (the search index is
 * rebuilt on the target instead), with each table's columns, primary key and the rows a fresh library already holds
 * (a migration's seed). Also the content hash both engines compute alike: SHA-256 over rows in primary-key order,
 * each value tagged by kind and normalised (integers in decimal, text as UTF-8, blobs as bytes, doubles through
 * {@link Double#toString}, a null marker).
 */
final class CopySchema {
    /** One column: its name and declared type as SQLite's schema states it. */
    record Column(String name, String type) {
        boolean isText() {
            String t = type.toUpperCase(Locale.ROOT);
            return t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT");
        }
    }

    /** One table to copy, with what a freshly migrated library holds in it. */
    record Table(String name, List<Column> columns, List<String> key, long freshRows, String freshHash) {
        String columnList() {
            return String.join(", ", columns.stream().map(Column::name).toList());
        }

        /** The single integer primary key column (an identity column on PostgreSQL), or null. */
        String identity() {
            if (key.size() != 1) return null;
            for (Column c : columns) {
                if (c.name().equals(key.get(0)) && c.type().toUpperCase(Locale.ROOT).contains("INT")) return c.name();
            }
            return null;
        }
    }

    /** A table's row count and content hash (hex SHA-256) on one side. */
    record Digest(long rows, String sha256) {
    }

    private static volatile List<Table> tables;

    private CopySchema() {
    }

    /** The tables of this build's schema in foreign-key order (referenced tables first); read once per process. */
    static List<Table> tables() {
        List<Table> t = tables;
        if (t == null) {
            synchronized (CopySchema.class) {
                if (tables == null) tables = List.copyOf(probe());
                t = tables;
            }
        }
        return t;
    }

    /** Migrates a throwaway library file with this build's migrations and reads its schema. */
    private static List<Table> probe() {
        Path dir;
        try {
            dir = Files.createTempDirectory("parallax-schema");
        } catch (IOException e) {
            throw new StoreException("Cannot create a temporary folder to read the library schema: " + e.getMessage(), e);
        }
        Path file = dir.resolve("schema.db");
        try (Database db = Database.open(file)) {
            return db.read(CopySchema::read);
        } finally {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                try {
                    Files.deleteIfExists(dir.resolve("schema.db" + suffix));
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
            try {
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // as above
            }
        }
    }

    private static List<Table> read(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> virtual = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rs.next()) {
                String sql = rs.getString(2) == null ? "" : rs.getString(2);
                if (sql.toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL TABLE")) virtual.add(rs.getString(1));
                else names.add(rs.getString(1));
            }
        }
        // FTS5 keeps its index in shadow tables named after the virtual table (article_fts_data, _idx, _content ...)
        names.removeIf(n -> virtual.stream().anyMatch(v -> n.startsWith(v + "_")));
        // the entity change log is the target's own: its triggers write it as the entities are copied in
        names.remove("entity_change");
        // the NLP queue's rows are the target's own too: its triggers write them as articles and states are copied in
        names.removeAll(List.of("nlp_queue", "nlp_queue_version"));
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (String n : names) {
            Set<String> refs = new LinkedHashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + quote(n) + ")")) {
                while (rs.next()) {
                    String target = rs.getString("table");
                    if (!target.equals(n)) refs.add(target);
                }
            }
            references.put(n, refs);
        }
        List<Table> out = new ArrayList<>();
        for (String n : foreignKeyOrder(references)) {
            List<Column> columns = new ArrayList<>();
            Map<Integer, String> key = new java.util.TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(n) + ")")) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString("name"), rs.getString("type")));
                    if (rs.getInt("pk") > 0) key.put(rs.getInt("pk"), rs.getString("name"));
                }
            }
            // every Parallax table has a primary key; a table without one would be ordered by all its columns
            List<String> keyColumns = key.isEmpty() ? columns.stream().map(Column::name).toList() : List.copyOf(key.values());
            Table shell = new Table(n, List.copyOf(columns), keyColumns, 0, "");
            Digest fresh = digest(c, shell, Database.Engine.SQLITE);
            out.add(new Table(n, shell.columns(), keyColumns, fresh.rows(), fresh.sha256()));
        }
        return out;
    }

    /** Tables ordered so that each comes after the tables it references; ties keep the schema's creation order. */
    static List<String> foreignKeyOrder(Map<String, Set<String>> references) {
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < references.size()) {
            boolean progressed = false;
            for (Map.Entry<String, Set<String>> e : references.entrySet()) {
                if (placed.contains(e.getKey())) continue;
                boolean ready = e.getValue().stream().allMatch(r -> placed.contains(r) || !references.containsKey(r));
                if (ready) {
                    placed.add(e.getKey());
                    order.add(e.getKey());
                    progressed = true;
                    break;
                }
            }
            if (!progressed) {
                throw new StoreException("The library schema has a cycle of foreign keys among " + references.keySet()
                        + "; a copy cannot order them");
            }
        }
        return order;
    }

    /** The SELECT reading a table's rows in primary-key order; text keys in byte order on both engines. */
    static String select(Table t, Database.Engine engine) {
        List<String> order = new ArrayList<>();
        for (String k : t.key()) {
            boolean text = t.columns().stream().anyMatch(col -> col.name().equals(k) && col.isText());
            // SQLite compares text by its bytes (BINARY); PostgreSQL's "C" collation does the same for UTF-8
            order.add(text && engine == Database.Engine.POSTGRESQL ? k + " COLLATE \"C\"" : k);
        }
        return "SELECT " + t.columnList() + " FROM " + t.name() + " ORDER BY " + String.join(", ", order);
    }

    /** Counts and hashes a table on {@code c}. */
    static Digest digest(Connection c, Table t, Database.Engine engine) throws SQLException {
        RowHash hash = new RowHash();
        try (PreparedStatement ps = c.prepareStatement(select(t, engine))) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                int n = t.columns().size();
                Object[] row = new Object[n];
                while (rs.next()) {
                    for (int i = 0; i < n; i++) row[i] = rs.getObject(i + 1);
                    hash.add(row);
                }
            }
        }
        return hash.digest();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The running content hash of one table's rows. */
    static final class RowHash {
        private final MessageDigest md;
        private long rows;

        RowHash() {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }

        void add(Object[] row) {
            rows++;
            md.update((byte) 'R');
            for (Object v : row) value(v);
        }

        /** One value, tagged by kind and length-prefixed where it has a length, so no two rows hash alike by shifting. */
        private void value(Object v) {
            if (v == null) {
                md.update((byte) 'N');
            } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                    || v instanceof java.math.BigInteger) {
                tagged('I', v.toString().getBytes(StandardCharsets.US_ASCII));
            } else if (v instanceof Boolean b) {
                tagged('I', (b ? "1" : "0").getBytes(StandardCharsets.US_ASCII));
            } else if (v instanceof java.math.BigDecimal d) {
                if (d.stripTrailingZeros().scale() <= 0) tagged('I', d.toBigIntegerExact().toString().getBytes(StandardCharsets.US_ASCII));
                else tagged('D', Double.toString(d.doubleValue()).getBytes(StandardCharsets.US_ASCII));
            } else if (v instanceof Double || v instanceof Float) {
                tagged('D', Double.toString(((Number) v).doubleValue()).getBytes(StandardCharsets.US_ASCII));
            } else if (v instanceof byte[] b) {
                tagged('B', b);
            } else {
                tagged('T', v.toString().getBytes(StandardCharsets.UTF_8));
            }
        }

        private void tagged(char tag, byte[] bytes) {
            md.update((byte) tag);
            int n = bytes.length;
            md.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            md.update(bytes);
        }

        Digest digest() {
            return new Digest(rows, HexFormat.of().formatHex(md.digest()));
        }
    }
}
