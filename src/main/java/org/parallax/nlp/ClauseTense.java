package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Sentence;
import org.parallax.text.Sentences;

/**
 * The tense of the verb that governs a date expression, read from the words of its own clause: the nearest verb cue
 * before the date inside the clause (the reporting verb in "said on Friday that they will go"), else the first after
 * it, else the clause that follows a fronted date ("On March 1, ministers met") or the nearest one before it that has a
 * verb cue (past an apposition: "will meet the minister, Ann Lee, on Tuesday"). Clauses end at
 * sentence ends, commas, semicolons, colons and dashes, so a "will" elsewhere in the sentence never decides. The
 * recogniser does not hand part-of-speech tags to the resolver, so verbs are told by form: will/shall/going to/set to
 * and the like ("is due" too) for the future, a past form (an irregular one or a lower-case "-ed" word) for the past. Stateless.
 */
final class ClauseTense {

    /** What the governing verb says about when the date lies, relative to the document date. */
    enum Tense { PAST, FUTURE, NONE }

    private ClauseTense() {
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\u2013\u2014]|\\s-\\s");
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|won't|wo n't|going to|(?:is|are|was|were) to"
            + "|(?:set|due|scheduled|expected|slated|poised|planned|planning|plans?|intends?|intended|hopes?|aims?) to"
            + "|scheduled|rescheduled|upcoming|expected|expects?|expecting|(?:is|are)\\s+(?:now\\s+|also\\s+)?due"
            + "|(?:postponed|delayed|deferred|put\\s+off|pushed\\s+back)\\s+(?:to|until|till)"
            // an obligation looks ahead ("must report by Friday", "have to register by 15 January"), not "must have"
            // ("need to see the February figures" is left out: what is needed is often a past month's data)
            + "|must(?!\\s+have\\b)|(?:has|have)\\s+to"
            // a deadline still open ("Rovers have until 11pm on Thursday to sign a striker"), not "had until"
            + "|(?:has|have)\\s+(?:only\\s+|just\\s+)?until"
            // "should be under way by early December" looks ahead as "must" does, not "should have"; a hearing "set for"
            // or "listed for" a date, a case "adjourned until" one, is still to come ("has been set for the week of 17 May")
            + "|should(?!\\s+have\\b)|(?:set|fixed|listed|booked|planned|pencilled\\s+in)\\s+for|adjourned\\s+(?:to|until|till)"
            // a warning or a ticket "valid from 6pm Tuesday until noon Thursday" names days still to come
            + "|valid\\s+(?:from|until|till)"
            // a weather or travel warning "for the west from 6pm on Wednesday until noon on Thursday" runs ahead, whatever
            // tense its issuing is told in (not "a warning was in force from Monday")
            + "|(?:warning|alert)s?\\s+(?:(?!(?:was|were|had)\\b)[\\p{L}-]+\\s+){0,5}?(?:from|until|till)"
            // "the A30 may close on Thursday": what may or might happen lies ahead (not "may have", nor the month May)
            + "|(?-i:may|might)(?!\\s+(?:well\\s+|not\\s+)?have\\b)"
            // "data due on Friday": "due" that leads to a date without "is", but not "was due on"
            + "|(?<!\\b(?:was|were|been)\\s)due(?=\\s+(?:on|by|before|in|at|next|this)\\b)"
            // a date in a clause about next year's or next summer's event lies ahead ("results day next summer falls
            // on 19 August"); not a possessive ("next year's budget") nor a shorter unit
            + "|next\\s+(?:summer|spring|autumn|winter|year)(?!'))\\b|'ll\\b", Pattern.CASE_INSENSITIVE);
    /**
     * Right before a date: a verb that moves an appointment to it ("has since been moved to Friday", "brought forward to
     * 3 May", "switched to Sunday", "has been moved forward to 12-16 September"): the new date lies ahead, whatever
     * tense the moving is told in.
     */
    private static final Pattern MOVED_TO_BEFORE = Pattern.compile("\\b(?:moved(?:\\s+(?:forward|back|up))?|brought\\s+forward|put\\s+back|pushed\\s+back"
            + "|rescheduled|switched|changed|postponed|delayed|deferred)\\s+(?:to|until|till)\\s+(?:the\\s+)?(?:\\d{1,2}\\s*[-\u2013]\\s*)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Right before a date: an occasion called or set for it ("Unions have called a general strike for 1 June", "announced a
     * referendum for 3 October"): the occasion lies ahead, however the calling is told.
     */
    private static final Pattern OCCASION_FOR_BEFORE = Pattern.compile("\\b(?:call(?:s|ed)?|announc(?:es|ed)|declared|set|fixed|scheduled)\\s+"
            + "(?:a|an|the|their|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:strike|walkout|stoppage|election|vote|referendum|ballot|protest|march"
            + "|rally|demonstration|meeting|summit|hearing)\\s+for\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "had been due to", "had planned to": a plan told in the past perfect, whose date may lie on either side of today. */
    private static final Pattern PAST_PERFECT_BEFORE = Pattern.compile("\\bhad\\s+(?:been\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** "were first set for", "was originally scheduled for": a date fixed in the past, which may lie on either side of today. */
    private static final Pattern WAS_BEFORE = Pattern.compile("\\b(?:was|were)\\s+(?:first\\s+|originally\\s+|initially\\s+"
            + "|previously\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * After a past verb of arrangement ("had agreed on", "decided on", "settled on"): a coming event it arranges ("a new
     * round", "the next meeting"), whose date may lie on either side of today; the verb dates the agreement, not the round.
     */
    private static final Pattern ARRANGED_EVENT_AFTER = Pattern.compile("^\\s+(?:on|upon)?\\s*(?:a|an|the)\\s+(?:(?:new|next"
            + "|further|fresh|second|third|fourth|final|follow-up|date\\s+for\\s+(?:a|an|the))\\s+)*(?:round|meeting|summit|talks"
            + "|session|visit|vote|referendum|election|conference|hearing|ceasefire)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ARRANGING = Set.of("agreed", "decided", "settled", "arranged");
    /** "since March", "since early 2020": a date that "since" governs lies before the document date. */
    private static final Pattern SINCE_BEFORE = Pattern.compile("\\bsince\\s+(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+"
            + "|(?:start|end|beginning|middle)\\s+of\\s+(?:the\\s+)?)?$", Pattern.CASE_INSENSITIVE);
    /**
     * Present-tense verbs that, with no past or future cue, put a bare weekday in the coming days in listings and
     * fixtures ("the festival runs from Friday", "tickets for Saturday are sold out", "they travel on Monday").
     */
    private static final Pattern PRESENT = Pattern.compile("\\b(?:is|are|opens?|closes?|runs|starts|begins|ends|plays|meets"
            + "|screens|returns|resumes|hosts|faces|travels?|takes\\s+place|goes\\s+on|go\\s+on"
            // a journey told in the present ("Tanabe flies to Barcelona on Friday", "she heads to Oslo on Monday")
            + "|flies|heads\\s+(?:to|for|out|off|on)|departs|sets\\s+(?:off|out)"
            // a visit told in the present ("X visits Canada from Wednesday to Friday", "the King tours the port"), not the
            // noun after a determiner or an adjective of visits ("his visits on Monday", "state visits")
            + "|(?<!\\b(?:a|an|the|his|her|their|its|our|no|of|two|three|four|several|many|such|these|those|state|official"
            + "|royal|recent|previous|past|further|frequent|regular|private|weekly|annual|return|site|home|future|and)\\s)"
            + "(?:visits|tours)(?![-\\w])"
            // the same verbs after a plural subject ("Rovers return from the winter break on Saturday"), not an infinitive
            // ("Residents were allowed to return at 11 p.m. on Monday")
            + "|(?<!\\bto\\s)(?:return|resume|start|begin|play|meet|host|face|kick\\s+off|take\\s+place)|kicks\\s+off"
            // a rule or a sale that starts on a day ("the new fares take effect on Monday", "the law comes into force on
            // 1 May", "tickets go on sale on Friday"), a fixture that moves ("collections move by a day"), not the noun
            // after a determiner ("a move on Friday")
            + "|(?<!\\bto\\s)(?:takes?\\s+effect|comes?\\s+into\\s+(?:force|effect)|goes\\s+on\\s+sale)"
            + "|(?<!\\b(?:to|a|an|the|this|that|its|his|her|their|our|no|any|one|each|every|first|next|last|big|major)\\s)"
            + "moves?(?![-\\w]))\\b");
    /** "it sits", "she still meets": a pronoun and a present verb in -s (not "was", "has", "does", "is"), a clause of its own. */
    private static final Pattern THIRD_PERSON_PRESENT = Pattern.compile("\\b(?:[Ii]t|[Hh]e|[Ss]he)\\s+(?:\\p{Ll}+ly\\s+|still\\s+|also\\s+)?"
            + "(?!(?:was|has|does|is|its|thus|this|plus|less|unless|always|perhaps|as)\\b)\\p{Ll}{2,}[^s\\W]s\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /** After "to": a lower-case word that is not a determiner, pronoun or number starts an infinitive ("to run"). */
    private static final Pattern INFINITIVE = Pattern.compile("\\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these"
            + "|those|some|any|all|each|every|no|him|them|us|me|one|two|three|date|day|week|month|year|mid|early|late|end)\\b)"
            + "\\p{Ll}+\\b");
    /** Before "to": a present or present-perfect passive of instruction ("are asked", "have been told not"). */
    private static final Pattern INSTRUCTED = Pattern.compile("\\b(?:is|are|am|(?:has|have)\\s+been)\\s+(?:\\p{Ll}+ly\\s+|being\\s+)?"
            + "(?:told|asked|urged|advised|ordered|instructed|encouraged|reminded|invited|warned|called\\s+on)(?:\\s+not)?\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** After these an "-ed" word describes a noun ("a restored print", "the revised plan"): no verb, no tense. */
    private static final Set<String> DETERMINER = Set.of("a", "an", "the", "its", "their", "his", "her", "our", "my", "your",
            "this", "that", "these", "those");
    private static final Pattern HAVE_THEN = Pattern.compile("\\s+have\\s+(?:[\\p{L}']+\\s+){0,3}", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_OBJECT = Pattern.compile("\\s+(?:the|a|an|its|his|her|their|our|in|on|at|by|to|from|with)\\b");
    private static final Set<String> AUX_ADVERB = Set.of("already", "now", "still", "also", "not", "all", "just", "yet");
    private static final Set<String> PASSIVE_AUX = Set.of("be", "being", "is", "are", "am", "get", "gets", "getting");
    private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "met", "was", "were", "had", "did", "spoke",
            "made", "took", "gave", "went", "came", "left", "held", "began", "wrote", "saw", "knew", "thought", "found",
            "led", "fell", "rose", "won", "lost", "sold", "bought", "paid", "sent", "spent", "built", "struck", "hit",
            "shot", "ran", "broke", "chose", "drove", "flew", "froze", "grew", "hid", "kept", "lay", "laid", "meant",
            "quit", "sat", "set", "shut", "stood", "stole", "swore", "taught", "threw", "understood", "woke", "wore",
            "became", "brought", "caught", "fought", "felt", "heard", "ago", "earlier", "been");
    /** Lower-case words ending in "-ed" that are not past forms. */
    private static final Set<String> NOT_PAST = Set.of("need", "speed", "feed", "seed", "breed", "proceed", "exceed", "succeed",
            "indeed", "embed", "shred", "sacred", "naked", "wicked", "kindred", "hundred", "bed", "red", "shed", "weed",
            "bleed", "greed", "reed", "steed", "tweed", "creed", "deed", "heed", "wed", "bred", "fed");

    /** Cue code of "would": NONE to callers of {@link #of}, told apart by {@link #conditional}. */
    private static final int WOULD = 3;

    /** The tense governing the date at {@code [start, end)} of {@code text}. */
    static Tense of(String text, int start, int end) {
        int code = governing(text, start, end);
        return code == WOULD ? Tense.NONE : Tense.values()[code];
    }

    /**
     * Whether the verb governing the date is "would", a future seen from the past ("said he would return on
     * Thursday"): the date may lie on either side of the document date.
     */
    static boolean conditional(String text, int start, int end) {
        return governing(text, start, end) == WOULD;
    }

    /** The cue code ({@link Tense} ordinal or {@link #WOULD}) of the verb governing {@code [start, end)}. */
    private static int governing(String text, int start, int end) {
        if (SINCE_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()) return Tense.PAST.ordinal();
        if (MOVED_TO_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()
                || OCCASION_FOR_BEFORE.matcher(text.substring(Math.max(0, start - 80), start)).find()) {
            return Tense.FUTURE.ordinal();
        }
        Sentence s = Sentences.around(text, start, end);
        int[] clause = clause(text, s, start, end);
        int clauseStart = clause[0], clauseEnd = clause[1];
        Integer before = lastBefore(text.substring(clauseStart, start));
        if (before != null && REPORTED_SUBJECT.matcher(text.substring(clauseStart, start)).find()
                && MODAL_AFTER.matcher(text.substring(end, clauseEnd)).lookingAt()) {
            // "said the first half of March would be colder": the date is the subject of the reported verb after it
            Integer after = first(text.substring(end, clauseEnd));
            if (after != null) return after;
        }
        if (before == null && MODAL_AHEAD_AFTER.matcher(text.substring(end, clauseEnd)).lookingAt()) {
            return Tense.FUTURE.ordinal(); // "Saturday night could fall to minus 4C": the date is the subject of a modal
        }
        if (before != null && before == Tense.NONE.ordinal() && HEADLINE_INFINITIVE.matcher(text.substring(s.start(), start)).matches()
                && headline(text, s)) {
            return Tense.FUTURE.ordinal(); // a headline's "Storm to bring gales overnight into Thursday": what is to come
        }
        if (before != null) return before;
        Integer after = first(text.substring(end, clauseEnd));
        if (after != null) return after;
        // a clause with its own subject and present verb ("..., and it sits again on Wednesday") is not governed by the
        // clause before it ("Last week the committee took evidence")
        if (THIRD_PERSON_PRESENT.matcher(text.substring(clauseStart, clauseEnd)).find()) return Tense.NONE.ordinal();
        // a fronted date ("On March 1, ministers met") is governed by the clause that follows it, a trailing one by the one before
        if (clauseEnd < s.end()) {
            int from = clauseEnd + 1;
            Matcher n = CLAUSE_BREAK.matcher(text.substring(from, s.end()));
            String nextClause = text.substring(from, n.find() ? from + n.start() : s.end());
            Integer next = first(nextClause);
            // "..., with a record date of 23 March, the company said on Monday": a closing attribution tells when it was
            // said, not when the clause before it happens; the clauses before decide
            if (next != null && !ATTRIBUTION.matcher(nextClause).matches()) return next;
        }
        if (clauseStart > s.start()) {
            // the clause before, and when that holds no verb (an apposition: "will meet the minister, Ann Lee, on
            // Tuesday"), the ones before it, nearest first
            String head = text.substring(s.start(), clauseStart - 1);
            List<Integer> breaks = clauseStarts(head);
            int to = head.length();
            for (int i = breaks.size() - 1; i >= 0; i--) {
                Integer previous = lastBefore(head.substring(breaks.get(i), to));
                if (previous != null) return previous;
                to = Math.max(breaks.get(i) - 1, 0);
            }
        }
        return Tense.NONE.ordinal();
    }

    /** A reporting verb and at most an article before the date: the date opens the reported clause ("said the ", "warned "). */
    private static final Pattern REPORTED_SUBJECT = Pattern.compile("\\b(?:said|says|predicted|forecast|warned|expected|believed|thought"
            + "|announced|added)\\s+(?:that\\s+)?(?:the\\s+|this\\s+|next\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Right after the date, a modal that makes it the subject of the reported verb ("... would be colder"). */
    /** Right after a date with no verb before it: a modal that looks ahead ("Saturday night could fall to minus 4C"). */
    private static final Pattern MODAL_AHEAD_AFTER = Pattern.compile("^\\s+(?:could|may|might)\\s+(?!(?:not\\s+)?have\\b)\\p{Ll}",
            Pattern.CASE_INSENSITIVE);
    /** A headline's subject and "to" and a verb before the date ("Storm to bring gales ", "MPs to sit into "). */
    private static final Pattern HEADLINE_INFINITIVE = Pattern.compile("^(?:\\p{Lu}[\\p{L}'-]*\\s+){1,4}to\\s+\\p{Ll}+\\b.*",
            Pattern.DOTALL);

    /** Whether the sentence is a line of its own with no closing stop, as a headline is. */
    private static boolean headline(String text, Sentence s) {
        String line = text.substring(s.start(), s.end()).strip();
        boolean ownLine = (s.start() == 0 || text.charAt(s.start() - 1) == '\n') && (s.end() >= text.length() || text.charAt(s.end()) == '\n');
        return ownLine && !line.isEmpty() && ".!?\"'\u201d".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static final Pattern MODAL_AFTER = Pattern.compile("^\\s+(?:would|will|could|should|might|may)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern REPORTING = Pattern.compile("\\b(?:said|says|told|announced|added|warned|insisted|confirmed"
            + "|promised|hoped|wanted|planned|decided|agreed|expected)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether a past verb governing {@code [start, end)} tells of something done, not reported or intended: no verb of
     * saying, hoping or planning stands in its sentence ("signed a contract in the summer", not "said he could not wait
     * until the autumn" nor "'sell him in the summer,' he said").
     */
    static boolean pastDone(String text, int start, int end) {
        Sentence s = Sentences.around(text, start, end);
        return of(text, start, end) == Tense.PAST && !REPORTING.matcher(text.substring(s.start(), s.end())).find();
    }

    /** Whether a verb that moves an appointment stands right before {@code start} ("moved to Friday"). */
    static boolean movedTo(String text, int start) {
        return MOVED_TO_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find();
    }

    /** {@link #PRESENT} without "is" and "are": verbs of a fixture or listing, not of a state or a statistic. */
    private static final Pattern SCHEDULED = Pattern.compile("\\b(?:opens|closes|runs|starts|begins|plays|meets|screens|returns"
            // a plural subject's ("flights run daily until 28 October") and a shutting ("it shuts again from November")
            + "|run|begin|resume|shuts|reopens"
            + "|resumes|hosts|holds|takes\\s+place|take\\s+place|kicks\\s+off|goes\\s+on\\s+sale|takes\\s+effect|comes\\s+into\\s+(?:force|effect)"
            // an occasion whose tickets are gone is still to come ("the carol concert is already sold out")
            + "|(?:is|are)\\s+(?:already\\s+|now\\s+|all\\s+)?sold\\s+out)\\b");

    /** Whether the clause of the date at {@code [start, end)} has a present verb of a fixture ({@link #SCHEDULED}). */
    static boolean scheduled(String text, int start, int end) {
        int[] clause = clause(text, Sentences.around(text, start, end), start, end);
        return SCHEDULED.matcher(text.substring(clause[0], start) + " " + text.substring(end, clause[1])).find()
                || IS_ON_BEFORE.matcher(text.substring(clause[0], start)).find();
    }

    /** Right before a date: "is on" or "are on" of a fixture ("The harvest supper is on the penultimate Friday"). */
    private static final Pattern IS_ON_BEFORE = Pattern.compile("\\b(?:is|are)\\s+on\\s+(?:the\\s+)?(?:penultimate\\s+)?$");

    /**
     * The tense governing {@code [start, end)}, where a present verb of a fixture or listing with no other cue ("this
     * year's parade takes place on 30 October", "the festival opens on 2 May") looks ahead.
     */
    static Tense listing(String text, int start, int end) {
        Tense tense = of(text, start, end);
        return tense == Tense.NONE && scheduled(text, start, end) ? Tense.FUTURE : tense;
    }

    /**
     * {@link #listing}, and under "would" a future seen from the past, so ahead of the report ("would lead a return
     * visit in June", written in December: next June); not "would have", a past that did not happen.
     */
    static Tense ahead(String text, int start, int end) {
        Tense tense = listing(text, start, end);
        if (tense != Tense.NONE || !conditional(text, start, end)) return tense;
        int[] clause = clause(text, Sentences.around(text, start, end), start, end);
        return WOULD_HAVE.matcher(text.substring(clause[0], clause[1])).find() ? Tense.NONE : Tense.FUTURE;
    }

    private static final Pattern WOULD_HAVE = Pattern.compile("\\bwould(?:\\s+not|n't)?\\s+(?:\\w+ly\\s+)?have\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether the clause of the date at {@code [start, end)} has a present-tense verb of {@link #PRESENT}. */
    static boolean present(String text, int start, int end) {
        Sentence s = Sentences.around(text, start, end);
        int[] clause = clause(text, s, start, end);
        String words = text.substring(clause[0], start) + " " + text.substring(end, clause[1]);
        if (presentVerb(words)) return true;
        // an infinitive right after the date tells the journey's purpose ("travels on to Katowice, Poland, on Wednesday
        // to visit X"), not the verb that governs the date: the clauses around it still decide
        String after = PURPOSE_AFTER.matcher(text.substring(end, clause[1])).replaceFirst("");
        if (!cues(text.substring(clause[0], start) + " " + after).isEmpty() || VERB_LIKE.matcher(words).find()) return false;
        // the clause that opens the sentence has a verb of its own even when it is one no cue knows ("A ferry sank off
        // X on Saturday night with 214 aboard, and at least 31 are dead"): only a later clause can lack one
        if (clause[0] <= s.start()) return false;
        // a clause with no verb of its own (an apposition, "with Thursday's collection on Friday", "a restaurant in
        // Guildford, on Friday") is governed by the clauses around it, as in governing(): the one after, then the
        // ones before, nearest first, up to the first that has a verb
        if (clause[1] < s.end()) {
            Matcher n = CLAUSE_BREAK.matcher(text.substring(clause[1] + 1, s.end()));
            String next = text.substring(clause[1] + 1, n.find() ? clause[1] + 1 + n.start() : s.end());
            if (presentVerb(next)) return true;
            if (!cues(next).isEmpty()) return false;
        }
        String head = text.substring(s.start(), Math.max(s.start(), clause[0] - 1));
        List<Integer> breaks = clauseStarts(head);
        int to = head.length();
        for (int i = breaks.size() - 1; i >= 0; i--) {
            String previous = head.substring(Math.min(breaks.get(i), to), to);
            if (presentVerb(previous)) return true;
            if (!cues(previous).isEmpty()) return false;
            to = Math.max(breaks.get(i) - 1, 0);
        }
        return false;
    }

    /** Right after a date: "to" and a verb of purpose and what follows ("to visit Silesia Cells"). */
    private static final Pattern PURPOSE_AFTER = Pattern.compile("^\\s+to\\s+(?:visit|meet|see|open|tour|inspect|attend|sign|join"
            + "|hold|address|launch)\\b.*", Pattern.DOTALL);

    /** Where each clause of {@code head} starts: 0, then the end of every {@link #CLAUSE_BREAK}. */
    private static List<Integer> clauseStarts(String head) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher p = CLAUSE_BREAK.matcher(head);
        while (p.find()) starts.add(p.end());
        return starts;
    }

    private static boolean presentVerb(String words) {
        return PRESENT.matcher(words).find() || THIRD_PERSON_PRESENT.matcher(words).find();
    }

    /** A clause that has a verb of its own though no cue: a present form that is not a fixture's, or "has", "does". */
    private static final Pattern VERB_LIKE = Pattern.compile("\\b(?:has|have|does|do|am|can|cannot|may|might|could|would)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The clause of sentence {@code s} around {@code [start, end)}: {start, end}, bounded by {@link #CLAUSE_BREAK}s. */
    private static int[] clause(String text, Sentence s, int start, int end) {
        int clauseStart = s.start();
        Matcher b = CLAUSE_BREAK.matcher(text.substring(s.start(), start));
        while (b.find()) clauseStart = s.start() + b.end();
        int clauseEnd = s.end();
        Matcher a = CLAUSE_BREAK.matcher(text.substring(end, s.end()));
        if (a.find()) clauseEnd = end + a.start();
        return new int[] {clauseStart, clauseEnd};
    }

    /**
     * The cue nearest the end of {@code span}, null when it has none; an untensed verb there ("to run through June")
     * gives NONE and ends the search, since it is the verb that governs the date.
     */
    private static Integer last(String span) {
        List<int[]> cues = cues(span);
        return cues.isEmpty() ? null : cues.get(cues.size() - 1)[1];
    }

    /** A clause that closes a sentence with who said it ("the company said on Monday", "she added"). */
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*(?:[\\p{L}'.-]+\\s+){1,4}(?:said|says|announced|added|confirmed)"
            + "(?:\\s+on\\s+\\p{Lu}\\p{Ll}+day|\\s+\\p{Ll}+day)?\\s*[.!?\"\u201d]*\\s*$");

    /**
     * {@link #last}, except that a present verb of a fixture after the last past form governs what follows it ("went
     * back on Monday for a term that runs until 29 March": the term's end lies ahead): NONE then, which
     * {@link #listing} reads as ahead.
     */
    private static Integer lastBefore(String span) {
        List<int[]> cues = cues(span);
        if (cues.isEmpty()) return null;
        int[] c = cues.get(cues.size() - 1);
        if (c[1] == Tense.PAST.ordinal() && SCHEDULED.matcher(span.substring(c[0])).find()) return Tense.NONE.ordinal();
        return c[1];
    }

    private static Integer first(String span) {
        List<int[]> cues = cues(span);
        return cues.isEmpty() ? null : cues.get(0)[1];
    }

    /**
     * The verb cues of a span in text order, as {position, Tense ordinal}: future phrases, past forms (not a
     * participle after "be"/"is"/"are", a passive whose tense is its auxiliary's), and infinitives (NONE).
     */
    private static List<int[]> cues(String span) {
        List<int[]> out = new ArrayList<>();
        List<int[]> future = new ArrayList<>();
        Matcher f = FUTURE.matcher(span);
        while (f.find()) {
            future.add(new int[] {f.start(), f.end()});
            boolean pastPlan = PAST_PERFECT_BEFORE.matcher(span.substring(0, f.start())).find()
                    || f.group().matches("(?is).*\\sfor") && WAS_BEFORE.matcher(span.substring(0, f.start())).find();
            out.add(new int[] {f.start(), (pastPlan ? Tense.NONE : Tense.FUTURE).ordinal()});
        }
        Matcher w = WORD.matcher(span);
        String previous = "";
        while (w.find()) {
            String word = w.group();
            int at = w.start();
            boolean insideFuture = future.stream().anyMatch(r -> at >= r[0] && at < r[1]);
            if (!insideFuture) {
                // "that" before a past form is a relative pronoun when an object or a preposition follows ("work that
                // closed the hall in January"), a determiner otherwise ("that revised plan")
                boolean relative = previous.equals("that") && RELATIVE_OBJECT.matcher(span.substring(w.end())).lookingAt();
                // a participle after "will have" ("will have his appeal heard in March", "will have finished by May") is
                // the future's, not a past form
                boolean afterWillHave = future.stream().anyMatch(r -> r[1] <= at && HAVE_THEN.matcher(span.substring(r[1], at)).matches());
                if (isPast(word, span, w.end()) && !PASSIVE_AUX.contains(previous) && (relative || !DETERMINER.contains(previous))
                        && !afterWillHave) {
                    boolean arranged = ARRANGING.contains(word.toLowerCase(Locale.ROOT))
                            && ARRANGED_EVENT_AFTER.matcher(span.substring(w.end())).lookingAt();
                    out.add(new int[] {at, (arranged ? Tense.NONE : Tense.PAST).ordinal()});
                } else if (word.equals("would")) {
                    out.add(new int[] {at, WOULD}); // a future seen from the past: either side of today
                } else if (word.equals("to") && INFINITIVE.matcher(span.substring(w.end())).lookingAt()) {
                    // what someone "is asked" or "has been told" to do is still to come ("have been told to avoid
                    // travelling on Saturday"); not "was asked to", told of the past
                    out.add(new int[] {at, INSTRUCTED.matcher(span.substring(0, at)).find() ? Tense.FUTURE.ordinal() : -1});
                }
            }
            String lower = word.toLowerCase(Locale.ROOT);
            // an adverb between an auxiliary and its participle ("will be formally recorded") keeps the auxiliary
            // ("is already sold out", "are now closed": an adverb of time or negation does the same)
            if (!((lower.endsWith("ly") || AUX_ADVERB.contains(lower)) && PASSIVE_AUX.contains(previous))) previous = lower;
        }
        out.sort(Comparator.comparingInt(c -> c[0]));
        // an infinitive is untensed, unless a future verb leads to it ("expects trading to improve in H2")
        int lastTensed = -1;
        for (int[] c : out) {
            if (c[1] == -1) c[1] = lastTensed == Tense.FUTURE.ordinal() ? Tense.FUTURE.ordinal() : Tense.NONE.ordinal();
            else lastTensed = c[1];
        }
        return out;
    }

    /** A past form, unless it opens a future phrase ("expected to", "scheduled to"). */
    private static boolean isPast(String word, String span, int wordEnd) {
        if (Character.isUpperCase(word.charAt(0))) return false; // a name ("United") rather than a verb
        String w = word.toLowerCase(Locale.ROOT);
        boolean past = IRREGULAR_PAST.contains(w) || (w.length() >= 5 && w.endsWith("ed") && !NOT_PAST.contains(w));
        if (!past) return false;
        String rest = span.substring(wordEnd);
        if (w.equals("earlier") && rest.startsWith(" than ")) return false; // a comparison ("a week earlier than last summer")
        return !(rest.startsWith(" to ") && FUTURE.matcher(w + " to").lookingAt());
    }
}
