package org.parallax.ingest;

import java.util.List;

/** The outcome of one import batch, one result per file, in the order the files were read. */
public record ImportReport(List<ImportResult> results, boolean cancelled) {
    public ImportReport {
        results = List.copyOf(results);
    }

    public long count(ImportResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public boolean hasFailures() {
        return count(ImportResult.Status.FAILED) > 0;
    }

    /** The ids of the articles this batch added. */
    public List<Long> importedIds() {
        return results.stream().filter(r -> r.status() == ImportResult.Status.IMPORTED).map(ImportResult::articleId).toList();
    }

    public String summary() {
        return count(ImportResult.Status.IMPORTED) + " imported, " + count(ImportResult.Status.DUPLICATE)
                + " already in the library, " + count(ImportResult.Status.FAILED) + " failed" + (cancelled ? " (cancelled)" : "");
    }
}
