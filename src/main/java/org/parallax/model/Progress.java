package org.parallax.model;

/**
 * How a long-running core operation reports progress and learns that it was cancelled. Core services take one;
 * the UI adapts it to a JavaFX Task, the command line to stderr, tests to {@link #NONE}.
 */
public interface Progress {
    void update(long done, long total, String message);

    boolean isCancelled();

    /** Reports nothing and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
