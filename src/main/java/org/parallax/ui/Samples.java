package org.parallax.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The bundled sample articles copied to a temporary folder (deleted on exit), so they import like any file. */
final class Samples {
    private Samples() {
    }

    /** Copies each bundled resource of {@code resources} that exists; empty when none is bundled. */
    static List<Path> copy(List<String> resources) throws IOException {
        List<Path> out = new ArrayList<>();
        Path dir = null;
        for (String res : resources) {
            try (InputStream in = Samples.class.getResourceAsStream(res)) {
                if (in == null) continue;
                if (dir == null) dir = Files.createTempDirectory("parallax-samples");
                Path f = dir.resolve(res.substring(res.lastIndexOf('/') + 1));
                Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
                f.toFile().deleteOnExit();
                out.add(f);
            }
        }
        if (dir != null) dir.toFile().deleteOnExit();
        return out;
    }
}
