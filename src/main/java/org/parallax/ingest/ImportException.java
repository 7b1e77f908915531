package org.parallax.ingest;

/** A file that cannot be imported. The message is the reason, fit for one line of the import report. */
public class ImportException extends Exception {
    public ImportException(String reason) {
        super(reason);
    }

    public ImportException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
