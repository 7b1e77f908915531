package org.parallax.ui;

/** PLACEHOLDER: the JavaFX application, to be written. */
public final class ParallaxApp {
    private ParallaxApp() {
    }

    public static void launchWith(String[] args) {
        throw new UnsupportedOperationException("the window is not written yet");
    }
}
