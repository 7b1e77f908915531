package org.parallax.ui.common;

import java.net.URL;

import org.parallax.app.Settings.Theme;

/**
 * The AtlantaFX user-agent style sheets for Parallax's two themes. The sheets are read straight from the
 * atlantafx-base jar as resources: the jar's classes (2.1.0) are Java 21 bytecode and cannot be loaded on Java 17,
 * but its CSS needs none of them for the standard controls.
 */
public final class Themes {
    private Themes() {
    }

    /** The style sheet URL of {@code theme} (PrimerLight or PrimerDark). */
    public static String userAgentStylesheet(Theme theme) {
        String path = theme == Theme.DARK ? "/atlantafx/base/theme/primer-dark.css" : "/atlantafx/base/theme/primer-light.css";
        URL url = Themes.class.getResource(path);
        if (url == null) throw new IllegalStateException("The AtlantaFX theme " + path + " is not on the class path");
        return url.toExternalForm();
    }
}
