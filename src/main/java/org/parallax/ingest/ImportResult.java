package org.parallax.ingest;

import java.nio.file.Path;

/** What happened to one input file: imported (with its article id), already in the library, or failed (why). */
public record ImportResult(Path path, Status status, long articleId, String title, String message) {
    public enum Status { IMPORTED, DUPLICATE, FAILED }

    public static ImportResult imported(Path path, long id, String title) {
        return new ImportResult(path, Status.IMPORTED, id, title, null);
    }

    public static ImportResult duplicate(Path path, long existingId, String title) {
        return new ImportResult(path, Status.DUPLICATE, existingId, title,
                "already in the library as article " + existingId);
    }

    public static ImportResult failed(Path path, String reason) {
        return new ImportResult(path, Status.FAILED, 0, null, reason);
    }

    /** One line for a report: the file, then the id and title, or the reason. */
    public String line() {
        return switch (status) {
            case IMPORTED -> path + ": imported as " + articleId + " \"" + title + "\"";
            case DUPLICATE -> path + ": skipped, " + message;
            case FAILED -> path + ": failed, " + message;
        };
    }
}
