package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The undo history stores row images as bytes: they must come back value for value, Java types and column order included. */
class RowChangeTest {
    @Test
    void encodedChangesDecodeToEqualChangesWithTheSameValueTypesAndColumnOrder() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("id", 7);
        before.put("big", 12_345_678_901L);
        before.put("score", 0.25);
        before.put("text", "Ünïcode \u201cquotes\u201d and a long " + "x".repeat(70_000));
        before.put("entity_id", null);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("entity_id", 3);
        RowChange change = new RowChange("mention", Map.of(List.of(7L), before), Map.of(List.of(7L), after));
        RowChange created = new RowChange("note", Map.of(), Map.of(List.of(9L), Map.of("id", 9)));

        List<RowChange> back = RowChange.decode(RowChange.encode(List.of(change, created)));

        assertEquals(List.of(change, created), back);
        Map<String, Object> row = back.get(0).after().get(List.of(7L));
        assertEquals(List.of("id", "big", "score", "text", "entity_id"), List.copyOf(row.keySet()));
        assertEquals(Integer.class, row.get("id").getClass());
        assertEquals(Long.class, row.get("big").getClass());
    }

    @Test
    void blobsSurviveAndADamagedEntryIsReportedNotMisread() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1L);
        row.put("data", new byte[] {0, 1, (byte) 0xff});
        byte[] encoded = RowChange.encode(List.of(new RowChange("entity", Map.of(), Map.of(List.of(1L), row))));
        Object data = RowChange.decode(encoded).get(0).after().get(List.of(1L)).get("data");
        assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, (byte[]) data);

        assertThrows(StoreException.class, () -> RowChange.decode(Arrays.copyOf(encoded, encoded.length - 2)));
    }
}
