package org.parallax.nlp;

import java.util.regex.Pattern;

/**
 * A meeting only named as a thing, or a count of meetings over a span: no event of its own. "he had no memory of the
 * meeting", "the minutes of these meetings should be published", "The minutes of Tuesday's council meeting are online"
 * (a body's own session, named by its day), "met property developers five times between July and September" (a summary
 * of meetings each told elsewhere). "met three more times in October" (a count in one month) still is an event, and so
 * is any other cue in the same sentence: only the words matched are taken out; a summary sentence is dropped only after
 * the article is read.
 */
final class MeetingsNamed {

    private MeetingsNamed() {
    }

    private static final String DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
            + "|last\\s+week|this\\s+week|next\\s+week)";

    private static final String BODY = "(council|board|cabinet|committee|parliamentary|assembly|senate|shareholders"
            + "|trustees|governors|members|staff|parish|party)";

    private static final String COUNT = "(once|twice|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many"
            + "|\\d{1,3}|a\\s+dozen|dozens\\s+of|a\\s+number\\s+of)\\s+times)";

    static final Pattern NAMED = Pattern.compile("\\b(no|any|little|vague|some)\\s+(memory|recollection|record|knowledge|note)s?"
            + "\\s+of\\s+(the|that|this|these|those|any|such\\s+an?|an?)\\s+meetings?\\b"
            + "|\\bminutes\\s+of\\s+(the|these|those|this|that|its|their|his|her|\\p{L}+['’]s)\\s+([\\p{L}'’-]+\\s+){0,3}?meetings?\\b"
            + "|\\b" + DAY + "['’]s\\s+" + BODY + "\\s+meetings?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A count of meetings or visits over a span: "met property developers five times between July and September". Its
     * sentence is kept while the article is read, so a list below it ("2 July 2037: meeting with X") still has its
     * subject as the one who met, and dropped from what is reported.
     */
    static final Pattern SUMMARY = Pattern.compile("\\b(met|meets|meet|meeting|visited|visits|visit|visiting)\\b[^.;]{0,60}?\\b"
            + COUNT + "\\s+(between|since|over|during|in\\s+the\\s+(past|last)|so\\s+far|this\\s+year|last\\s+year)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether the sentence counts meetings or visits over a span rather than telling one. */
    static boolean summary(String sentenceText) {
        return SUMMARY.matcher(sentenceText).find();
    }

    /** The sentence with every meeting named as a thing blanked out. */
    static String blank(String sentenceText) {
        return NAMED.matcher(sentenceText).replaceAll(" ");
    }
}
