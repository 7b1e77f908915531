package org.parallax.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * What Parallax says about itself: its version (the jar manifest's Implementation-Version, else Maven's
 * pom.properties, else "dev" when run from classes) and the licences of the bundled components, kept in the one
 * resource {@value #THIRD_PARTY} that the About dialog and the installer's users read.
 */
public final class AppInfo {
    public static final String THIRD_PARTY = "/licenses/THIRD-PARTY.txt";
    private static final String POM_PROPERTIES = "/META-INF/maven/org.parallax/parallax/pom.properties";

    private AppInfo() {
    }

    public static String version() {
        Package p = AppInfo.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        if (v != null && !v.isBlank()) return v;
        try (InputStream in = AppInfo.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties props = new Properties();
                props.load(in);
                v = props.getProperty("version");
                if (v != null && !v.isBlank()) return v;
            }
        } catch (IOException e) {
            // fall through: an unreadable properties file is the same as none
        }
        return "dev";
    }

    /** The bundled components and their licences, one per line. */
    public static String thirdPartyLicences() {
        try (InputStream in = AppInfo.class.getResourceAsStream(THIRD_PARTY)) {
            if (in == null) throw new IllegalStateException("Missing resource " + THIRD_PARTY);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
