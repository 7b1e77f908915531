package org.parallax.compare;

/** How a word span differs from the other side of an aligned pair. */
public enum DiffKind {
    /** Replaced by other words on the other side ("Last month" / "In February"). */
    CHANGED,
    /** Present on this side only. */
    ONLY_HERE,
    /** The same word written differently: hyphen, case, apostrophe ("counter-terrorism" / "counterterrorism"). */
    COSMETIC
}
