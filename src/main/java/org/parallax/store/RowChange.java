package org.parallax.store;

import java.util.List;
import java.util.Map;

/**
 * The rows of one table an edit touched, as they were before and after it (keyed by primary key). Reverting deletes
 * the rows the edit created and writes back the rows as they were; re-applying does the opposite.
 */
public record RowChange(String table, Map<List<Object>, Map<String, Object>> before, Map<List<Object>, Map<String, Object>> after) {
    public RowChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    public boolean isEmpty() {
        return before.equals(after);
    }
}
