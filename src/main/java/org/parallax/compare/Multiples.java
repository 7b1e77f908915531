package org.parallax.compare;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value told as a multiple of a limit or a norm, for {@link FactExtractor}: "ammonia levels 50 times above the legal limit",
 * "30 times the permitted level", "up to 40 times the safe limit". Kind "multiple"; two counterpart sentences that give
 * different multiples disagree. "Three times" with nothing it multiplies after it ("was arrested three times", "three times
 * a week") tells how often, and is no multiple. Pure.
 */
final class Multiples {
    static final String KIND = "multiple";
    private static final Pattern MULTIPLE = Pattern.compile("(?i)(?:\\b(" + FactExtractor.QUAL + ")\\s+)?\\b(\\d[\\d,]*(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)"
            + "\\s+times\\s+(?:above|over|higher\\s+than|more\\s+than|greater\\s+than|the|as\\s+(?:high|much|many)\\s+as)\\b");

    private Multiples() {
    }

    /** Adds the multiples of sentence {@code s} (starting at {@code base}, ending at {@code sentEnd}) to {@code out}. */
    static void find(String s, int base, int sentEnd, List<Fact> out) {
        Matcher m = MULTIPLE.matcher(s);
        while (m.find()) {
            OptionalDouble v = NumberWords.parse(m.group(2).replace(",", ""));
            if (v.isEmpty() || v.getAsDouble() < 2) continue;
            FactExtractor.Range r = FactExtractor.range(m.group(1), v.getAsDouble(), 1, 1);
            int end = m.start(2) + m.group(2).length() + " times".length();
            int start = m.group(1) != null ? m.start(1) : m.start(2);
            out.add(new Fact(KIND, r.lo(), r.hi(), s.substring(start, end), r.norm() + "x", base + start, base + end, base, sentEnd));
        }
    }
}
