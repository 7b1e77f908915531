package org.parallax.testsupport;

import java.nio.file.Path;

/**
 * Where the shared test data lives: the folder the pom passes as {@code parallax.sharedData} ({@code ../shared/data}
 * beside the checkout when run outside Maven). Tests ask here instead of spelling the path out; the build stops
 * before the tests when the folder is missing (see {@link SharedDataCheck}), so no test has to skip on its absence.
 */
public final class SharedData {
    /** The system property the pom's surefire configuration sets. */
    public static final String PROPERTY = "parallax.sharedData";

    private SharedData() {
    }

    /** The shared data folder itself. */
    public static Path root() {
        return Path.of(System.getProperty(PROPERTY, "../shared/data"));
    }

    /** A file or folder inside the shared data, by its path relative to the folder ("ner-gold/re3d/..."). */
    public static Path path(String relative) {
        return root().resolve(relative);
    }

    /** The folder of the two sample articles ({@code story1-outlet-a.txt}, {@code story1-outlet-b.txt}). */
    public static Path samples() {
        return root().resolve("samples");
    }

    /** One file in {@link #samples()}. */
    public static Path sample(String name) {
        return samples().resolve(name);
    }
}
