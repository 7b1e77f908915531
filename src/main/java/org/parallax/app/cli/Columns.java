package org.parallax.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Text output in aligned columns: rows are collected, then printed with each column as wide as its widest cell
 * (cells longer than the column's cap are cut with an ellipsis). Null cells print as "-".
 */
final class Columns {
    private final String[] headers;
    private final int[] caps;
    private final List<String[]> rows = new ArrayList<>();

    /** @param caps the widest each column may be; 0 for no cap */
    Columns(String[] headers, int[] caps) {
        this.headers = headers.clone();
        this.caps = caps.clone();
    }

    Columns add(Object... cells) {
        String[] row = new String[headers.length];
        for (int i = 0; i < row.length; i++) {
            Object c = i < cells.length ? cells[i] : null;
            String s = c == null ? "-" : c.toString().replace('\n', ' ');
            if (caps[i] > 0 && s.length() > caps[i]) s = s.substring(0, caps[i] - 1) + "…";
            row[i] = s;
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[headers.length];
        for (int i = 0; i < headers.length; i++) width[i] = headers[i].length();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        printRow(out, headers, width);
        for (String[] r : rows) printRow(out, r, width);
    }

    private static void printRow(PrintWriter out, String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append(cells[i]);
            if (i < cells.length - 1) sb.append(" ".repeat(width[i] - cells[i].length()));
        }
        out.println(sb.toString().stripTrailing());
    }
}
