package org.parallax.app;

import java.io.IOException;
import java.sql.SQLException;

import org.parallax.model.NlpFailure;
import org.parallax.store.StoreException;

/**
 * Sorts an NLP failure into transient (tried again later) or permanent (kept FAILED until asked), with a short reason
 * for the status line; {@link NlpService#classify} is its public face. Knows the error codes of both engines.
 */
final class NlpClassifier {
    private NlpClassifier() {
    }

    /** See {@link NlpService#classify}. */
    static NlpFailure classify(Throwable e) {
        if (e instanceof OutOfMemoryError) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "out of memory");
        if (e instanceof StackOverflowError) return new NlpFailure(NlpFailure.Kind.PERMANENT, "text nested too deeply");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String msg = String.valueOf(sql.getMessage());
                int code = sql.getErrorCode() & 0xff; // extended codes (SQLITE_BUSY_SNAPSHOT) keep the primary in the low byte
                if (code == 5 || code == 6 || msg.contains("SQLITE_BUSY") || msg.contains("SQLITE_LOCKED")
                        || msg.contains("database is locked")) {
                    return new NlpFailure(NlpFailure.Kind.TRANSIENT, "database busy");
                }
                if (code == 13 || msg.contains("SQLITE_FULL")) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "disk full");
                if (code == 10 || msg.contains("SQLITE_IOERR")) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "disk I/O error");
                // PostgreSQL's SQLSTATE: 08 connection lost, 40 serialization or deadlock, 53 out of resources, 57P server going down
                String state = String.valueOf(sql.getSQLState());
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57P")) {
                    return new NlpFailure(NlpFailure.Kind.TRANSIENT, "library unavailable");
                }
                return new NlpFailure(NlpFailure.Kind.PERMANENT, "storage error");
            }
            if (t instanceof IOException) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "I/O error");
            if (t instanceof OutOfMemoryError) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "out of memory");
        }
        if (e instanceof StoreException) return new NlpFailure(NlpFailure.Kind.TRANSIENT, "library unavailable");
        return new NlpFailure(NlpFailure.Kind.PERMANENT, "recogniser rejected the text");
    }
}
