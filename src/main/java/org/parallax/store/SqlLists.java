package org.parallax.store;

import java.util.Collections;

/** Parameter lists for {@code IN (...)} clauses, which both engines accept alike (the repositories bind 500 at most). */
final class SqlLists {
    private SqlLists() {
    }

    /** {@code n} parameter marks separated by commas: "?,?,?". */
    static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
