package org.parallax.nlp;

import java.nio.file.Path;

/** Where the shared test data lives (the pom passes it as {@code parallax.sharedData}). */
final class SharedData {
    private SharedData() {
    }

    static Path path(String relative) {
        return Path.of(System.getProperty("parallax.sharedData", "../shared/data")).resolve(relative);
    }
}
