package org.parallax.nlp;

/**
 * A ship's port calls, for {@link EventExtractor}'s visit cue: "The frigate HMS Montrose called at Lisbon on Monday",
 * "the frigate put in at Gibraltar for fuel", "she docked in Cadiz", "berthed at Valletta", "The last call, at Brest
 * on Thursday". A port must follow, written with a capital: not "call at any time", "called at 10pm", "called at
 * Monday's meeting".
 */
final class PortCalls {
    private PortCalls() {
    }

    /** A day or month name, a time rather than a port. */
    private static final String NOT_A_DAY = "(?!(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)\\b)";

    /** The cue, as an alternative of a case-insensitive pattern. */
    static final String CUE = "((called|calls|calling)\\s+at|(put|puts|putting)\\s+in\\s+(at|to)|(docked|docks|docking|berthed"
            + "|berths|berthing|moored|moors|mooring)\\s+(in|at)|((first|last|next|final|second|third)\\s+)(port\\s+)?call,?\\s+(at|in)"
            + "|port\\s+calls?\\s+(at|in))\\s+(the\\s+port\\s+of\\s+)?" + NOT_A_DAY + "(?=(?-i:\\p{Lu}))";
}
