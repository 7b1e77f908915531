package org.parallax.export.annotations;

import java.util.Locale;

/** The standard formats annotations go out in: brat standoff, W3C Web Annotation JSON-LD, CoNLL-2003 BIO. */
public enum AnnotationFormat {
    BRAT(true), W3C(true), CONLL(true);

    private final boolean importable;

    AnnotationFormat(boolean importable) {
        this.importable = importable;
    }

    public boolean importable() {
        return importable;
    }

    /** Reads "brat", "w3c" or "conll" in any case. */
    public static AnnotationFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + s + "\" is not an annotation format: use brat, w3c or conll", e);
        }
    }
}
