package org.parallax.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table an edit touched, as they were before and after it (keyed by primary key). Reverting deletes
 * the rows the edit created and writes back the rows as they were; re-applying does the opposite. {@link #encode} and
 * {@link #decode} store a list of changes in the library's edit history and read it back value for value.
 */
public record RowChange(String table, Map<List<Object>, Map<String, Object>> before, Map<List<Object>, Map<String, Object>> after) {
    private static final int FORMAT = 1;

    public RowChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    public boolean isEmpty() {
        return before.equals(after);
    }

    /** The changes as bytes for the edit history; every JDBC value keeps its Java type, so undo writes back the same rows. */
    public static byte[] encode(Collection<RowChange> changes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeInt(changes.size());
            for (RowChange ch : changes) {
                writeString(out, ch.table());
                writeRows(out, ch.before());
                writeRows(out, ch.after());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #encode} wrote. */
    public static List<RowChange> decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int format = in.readInt();
            if (format != FORMAT) throw new StoreException("An undo entry has format " + format + ", which this version cannot read.");
            int n = in.readInt();
            List<RowChange> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(new RowChange(readString(in), readRows(in), readRows(in)));
            return out;
        } catch (IOException e) {
            throw new StoreException("An undo entry in the library is damaged: " + e.getMessage(), e);
        }
    }

    private static void writeRows(DataOutputStream out, Map<List<Object>, Map<String, Object>> rows) throws IOException {
        out.writeInt(rows.size());
        for (Map.Entry<List<Object>, Map<String, Object>> row : rows.entrySet()) {
            out.writeInt(row.getKey().size());
            for (Object k : row.getKey()) writeValue(out, k);
            out.writeInt(row.getValue().size());
            for (Map.Entry<String, Object> col : row.getValue().entrySet()) {
                writeString(out, col.getKey());
                writeValue(out, col.getValue());
            }
        }
    }

    private static Map<List<Object>, Map<String, Object>> readRows(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int keys = in.readInt();
            List<Object> key = new ArrayList<>(keys);
            for (int k = 0; k < keys; k++) key.add(readValue(in));
            int cols = in.readInt();
            // column order matters: the upsert lists the columns in this order
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < cols; c++) row.put(readString(in), readValue(in));
            rows.put(key, row);
        }
        return rows;
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte('N');
        } else if (v instanceof Integer i) {
            out.writeByte('I');
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte('L');
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte('D');
            out.writeDouble(d);
        } else if (v instanceof String s) {
            out.writeByte('S');
            writeString(out, s);
        } else if (v instanceof byte[] b) {
            out.writeByte('B');
            out.writeInt(b.length);
            out.write(b);
        } else {
            throw new IllegalArgumentException("SQLite gave a value of an unexpected type: " + v.getClass().getName());
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 'N' -> null;
            case 'I' -> in.readInt();
            case 'L' -> in.readLong();
            case 'D' -> in.readDouble();
            case 'S' -> readString(in);
            case 'B' -> bytes(in);
            default -> throw new IOException("unknown value tag " + tag);
        };
    }

    // writeUTF stops at 64 KB; a note's text may be longer
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(bytes(in), StandardCharsets.UTF_8);
    }

    /** A length-prefixed byte run; a cut-off entry fails here (readFully) instead of decoding to a shorter value. */
    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("a value claims " + n + " bytes, more than the entry holds");
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
