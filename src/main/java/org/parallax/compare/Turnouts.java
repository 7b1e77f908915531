package org.parallax.compare;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate in percent that tells a vote's or a ballot's turnout ("Turnout was 61%", "Some 58% of the electorate took part",
 * "62 percent of registered voters cast a ballot") is kind {@link #KIND}, not a plain "percent": it is one fact of its own,
 * which must neither meet the shares of the vote ("54.2% backing the plan") nor be compared with them. A rate is a
 * turnout when its clause (the words between commas, semicolons, "and" or "while") says so. Pure.
 */
final class Turnouts {
    /** The kind of a turnout in percent. Each article gives it once as a rule, so two such rates are one fact however worded. */
    static final String KIND = "turnout";

    /** Words of a turnout, in one clause with the rate. */
    private static final Pattern HINT = Pattern.compile("(?i)\\bturnout\\b|\\b(?:took|take|taking)\\s+part\\b|\\belectorate\\b"
            + "|\\b(?:eligible|registered)\\s+voters\\b|\\bwent\\s+to\\s+the\\s+polls\\b|\\bcast\\s+(?:a|their)\\s+(?:votes?|ballots?)\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]|\\s(?:and|while|whereas|but)\\s");

    private Turnouts() {
    }

    /** Whether {@code low} (a lower-cased sentence) may speak of a turnout: a cheap check before {@link #relabel}. */
    static boolean mayHold(String low) {
        return low.contains("turnout") || low.contains("part") || low.contains("electorate") || low.contains("voters") || low.contains("polls")
                || low.contains("cast");
    }

    /** Turns the plain rates in percent of {@code s} (which starts at {@code base}) whose clause tells a turnout into turnouts. */
    static void relabel(String s, int base, List<Fact> out) {
        for (int k = 0; k < out.size(); k++) {
            Fact f = out.get(k);
            if (!f.kind().equals("percent")) continue;
            int at = f.start() - base, end = f.end() - base, from = 0;
            Matcher before = CLAUSE_END.matcher(s.substring(0, at));
            while (before.find()) from = before.end();
            Matcher after = CLAUSE_END.matcher(s);
            int to = after.find(end) ? after.start() : s.length();
            if (!HINT.matcher(s.substring(from, to)).find()) continue;
            out.set(k, new Fact(KIND, f.lo(), f.hi(), f.text(), f.normalised(), f.start(), f.end(), f.sentenceStart(), f.sentenceEnd()));
        }
    }
}
