package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Parameter lists for {@code IN (...)} clauses, which both engines accept alike, bound {@link #CHUNK} at most. */
final class SqlLists {
    /** Values per statement (well under SQLite's limit of bound parameters). */
    static final int CHUNK = 500;

    private SqlLists() {
    }

    /** {@code n} parameter marks separated by commas: "?,?,?". */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    /** {@code values} in order, cut into lists of at most {@link #CHUNK}: one statement each. */
    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        return out;
    }

    /** Binds {@code values} to the first parameters of {@code ps}, in order. */
    static void bind(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) ps.setObject(i + 1, values.get(i));
    }

    /**
     * {@code n} new ids from the identity sequence of {@code table}'s {@code id} column (PostgreSQL only), drawn in one
     * statement, so that many rows can go in as one statement with their ids known.
     */
    static List<Long> nextIds(Connection c, String table, int n) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
            ps.setString(1, table);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
