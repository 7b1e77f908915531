package org.parallax.app.cli;

import java.io.PrintWriter;

import org.parallax.model.Progress;

/**
 * Draws a long task's progress on one terminal line of stderr, rewritten in place with a carriage return.
 * Only used when stderr is a terminal, so redirected output and JSON never contain it. It is never cancelled.
 */
final class TerminalProgress implements Progress {
    private static final int WIDTH = 79;
    private final PrintWriter err;
    private int lastLength;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, String message) {
        String line = message == null ? "" : message;
        if (line.length() > WIDTH) line = line.substring(0, WIDTH - 1) + "…";
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
    }

    /** Rubs out the progress line so the report starts on a clean line. */
    void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
