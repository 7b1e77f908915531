package org.parallax.ingest;

import java.nio.file.Path;

/**
 * What happened to one input file or web link: imported (with its article id), already in the library, or failed
 * (why). A link's result has its URL as {@code url} and no path; a file's has a path and no URL.
 */
public record ImportResult(Path path, Status status, long articleId, String title, String message, String url) {
    public enum Status { IMPORTED, DUPLICATE, FAILED }

    public ImportResult(Path path, Status status, long articleId, String title, String message) {
        this(path, status, articleId, title, message, null);
    }

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

    /** The same result for a web link instead of a file. */
    public ImportResult forUrl(String link) {
        return new ImportResult(null, status, articleId, title, message, link);
    }

    /** One line for a report: the file or link, then the id and title, or the reason. */
    public String line() {
        Object source = url != null ? url : path;
        return switch (status) {
            case IMPORTED -> source + ": imported as " + articleId + " \"" + title + "\"";
            case DUPLICATE -> source + ": skipped, " + message;
            case FAILED -> source + ": failed, " + message;
        };
    }
}
