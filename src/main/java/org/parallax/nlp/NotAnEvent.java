package org.parallax.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences and cue words that tell no visit or meeting, for {@link EventExtractor}: a cue word in another sense
 * ("meet the deadline"), a body's own session ("the council will meet on Monday"), and a plan called off, overtaken or
 * told only as possible.
 */
final class NotAnEvent {
    private NotAnEvent() {
    }

    /**
     * A cue word in another sense: a visit to a website ("visits to the company's website", "visit the site"), meeting a
     * demand ("meet investors' concerns", "meet the target", "had met every expectation", "met all our needs"), a
     * mountain's top ("reached the summit of the mountain", "the summit of Aconcagua"), a post held ("a former visiting
     * professor at X"), a reception ("met with criticism", "a result that was met with relief"), a conference given to
     * the press ("held a press conference", "told a news conference"; not a joint one, nor two "appeared together at a
     * press conference", which is their meeting), an imperative to the reader ("For a list, visit
     * X"), moving on to another task ("moved on to another project"), a stay as someone's guest for good ("lived in X as
     * a guest of Y"), meeting the press ("will meet the press on Monday", told like "told reporters"), a place or room
     * named for meetings ("a meeting point"), a visit only hoped for ("She hopes to visit every gallery before
     * Christmas") or only urged ("The president should visit Albi"), a personal appointment ("a visit to the doctor"),
     * the hours a place lets visitors in ("visiting hours for the open days are 10am to 2pm", "visiting times"), a sports
     * team playing away ("the visiting team, X, won 2-0", "The visiting England cricket team beat",
     * "beat the visiting team from Harlow", not "a visiting team from the X Institute"), a match's away fans ("closed to
     * visiting fans for Saturday's match"), a place hosting a tournament ("hosted the Rugby League World Cup in 2030",
     * "has hosted the Yorkshire Cup final every year"). No visit or meeting.
     */
    static final Pattern OTHER_SENSE = Pattern.compile("\\b(visit(s|ed|ing|ors)?\\s+(to\\s+)?(the|its|our|their|his|her|a)?"
            + "\\s*(\\p{L}+(['’]s?)?\\s+){0,2}?(website|site|web\\s*page|webpage|page|app|portal|platform|online\\s+shop)s?"
            + "|(meet(s|ing)?|met)\\s+((all|every|each|most|none\\s+of)\\s+)?(the\\s+|its\\s+|their\\s+|this\\s+|our\\s+|his\\s+"
            + "|her\\s+|(\\p{L}+['’]?s?\\s+))?(\\p{L}+\\s+)?(concerns?|demands?"
            + "|targets?|needs?|expectations?|deadlines?|costs|requirements?|criteria|standards?|obligations|goals?|conditions)"
            + "|(reach(ed|es|ing)?|climb(ed|s|ing)?|scal(ed|es|ing)|conquer(ed|s|ing)?)\\s+(the\\s+)?summit"
            + "|summits?\\s+of\\s+((the|a)\\s+)?(mountain|peak|hill|volcano|ridge|(?-i:Mount|Mt|Everest|K2|Aconcagua|Kilimanjaro))"
            + "|visiting\\s+(professor|fellow|scholar|lecturer|researcher|academic|artist|writer)s?"
            + "|visit(ing|or)\\s+(hours|times|arrangements|rules|slots)"
            + "|visiting\\s+((?-i:\\p{Lu})\\p{L}+\\s+){0,3}((cricket|football|rugby|hockey|netball|basketball|baseball)\\s+)?"
            + "(team|side|squad|XI|club)s?(?!\\s+(from|of|led)\\b)|visiting\\s+(fans|supporters|spectators)"
            // the opponent of a match, wherever it comes from: "Ashby Rovers beat the visiting team from Harlow 3-1"
            + "|(beat|beats|beaten|beating|defeated|defeats|edged|edges|thrashed|drew\\s+with|draw\\s+with|lost\\s+to|loses\\s+to"
            + "|against|played|plays|face[sd]?)\\s+the\\s+visiting\\s+(\\p{L}+\\s+){0,2}?(team|side|squad|XI|club)s?"
            + "|(meet(s|ing)?|met)\\s+with\\s+(criticism|opposition|resistance|scepticism|skepticism|anger|protests?|derision"
            + "|approval|success|silence|relief|dismay|disappointment|surprise|delight|applause|acclaim|praise|outrage|fury|alarm"
            + "|concern|indifference|boos|jeers|derision|a\\s+mixed\\s+reception)"
            // two leaders who give a press conference together met: "gave a joint press conference", "appeared together at
            // a second press conference" (the conference is then the meeting's cue)
            + "|(?<!(joint|together\\s{1,3}at\\s{1,3}(a|an|the)(\\s{1,3}\\p{L}{1,12})?)\\s{1,3})(press|news)\\s+conferences?"
            // not people of the press met as people ("met the press officers", "met media owners")
            + "|(meet(s|ing)?|met)\\s+(the\\s+)?(press|media|reporters|journalists)(?!\\s+(officers?|secretar(y|ies)|teams?|attach\\w*|aides?"
            + "|advisers?|advisors?|chiefs?|barons?|owners?|regulators?|watchdogs?|council|office|union|freedom)\\b)|meeting\\s+(points?|rooms?)"
            + "|(hopes?|hoped|hoping|wants?|wanted|wish(es|ed)?|would\\s+like)\\s+to\\s+(visit|meet|travel|tour|go)"
            // what a writer says someone ought to do: "The president should visit Albi", "she ought to meet the mayors"
            + "|(should|ought\\s+to)\\s+(visit|meet|travel|tour|go)"
            // a personal appointment: "her monthly visit to the doctor", "a visit to the dentist"
            + "|visits?\\s+to\\s+(the|a|an|his|her|their|my|your|our)\\s+(local\\s+|family\\s+)?(doctor|dentist|GP|surgery"
            + "|optician|hairdresser|barber|vet|chiropodist|physio(therapist)?)s?"
            + "|^\\W*(for\\s+[^.;]{1,100}?,\\s*)?(please\\s+)?visit\\b(?!\\s+(to|by|of|from|was|is|will)\\b)"
            + "|mov(e|es|ed|ing)\\s+on\\s+to\\s+(another|other|a|an|new|the\\s+next)\\b"
            + "|(lived|lives|living|resided|resides|residing)\\b[^.;]{0,60}?\\bas\\s+(a\\s+)?guests?\\s+of"
            // a place hosting a sporting or song contest: "Leeds hosted the Rugby League World Cup in 2030"
            + "|host(s|ed|ing)?\\s+(the\\s+)?(\\d{4}\\s+)?((?-i:\\p{Lu})[\\p{L}-]*\\s+){0,4}(world\\s+cup|olympics|olympic\\s+games"
            + "|games|championships?|grand\\s+prix|song\\s+contest|eurovision|cup(\\s+final)?|final|tournament|expo))\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A body meeting on its own, naming nobody it meets: "The town council will meet on Monday to approve the budget",
     * "their boards would meet on 9 September", "The Security Council is due to meet on the crisis", "The trustees will
     * meet on 25 November", "Drivers will meet in Manchester on Saturday to vote", "The committee will next meet on 14
     * August", "The Security Council met this morning in closed consultations"; minutes' own words for the session they
     * record or the next one ("Minutes of the Planning Committee, ..., meeting of 10 July", "Date of next meeting"). A
     * session, no visit or meeting ("The committee will meet the minister", "The board will meet investors" still are).
     */
    static final Pattern BODY_SESSION = Pattern.compile("\\b(council|councils|board|boards|cabinet|committee|parliament"
            + "|assembly|senate|congress|shareholders|directors|trustees|governors|members|drivers|workers|staff|employees)"
            + "\\s+((is|are|will|would|was|were|shall)\\s+)?((next|again|first)\\s+)?((due|expected|set"
            + "|scheduled|going)\\s+to\\s+)?(meet|meets|met|convene[sd]?)"
            // "The Security Council met this morning in closed consultations": the session's own form
            + "((\\s+(this\\s+(morning|afternoon|evening)|today|yesterday))?\\s+in\\s+(closed|private|open|emergency|plenary|informal)"
            + "\\s+(consultations|sessions?))?(?=\\s*([,.;]|$|(on|in|at|to|for|this|next|today|tomorrow"
            + "|tonight|again|later|early|from|behind|privately)\\b))"
            + "|^\\W*minutes\\s+of\\s+the\\b[^.;]{0,120}?\\bmeetings?\\b|\\b(date|time|venue)\\s+of\\s+(the\\s+)?next\\s+meetings?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A sports team's away match: "travel to Plymouth on Saturday for the first of three away fixtures", "the away leg in
     * Porto on Tuesday", "games on the road". A fixture is the team's work, no visit to anyone; its hospital visit or
     * civic reception, told in a sentence of its own, still is.
     */
    static final Pattern FIXTURE = Pattern.compile("\\b(away\\s+(fixtures?|games?|match(es)?|legs?|ties?|days?)"
            + "|(fixtures?|games?|match(es)?)\\s+(away\\s+from\\s+home|on\\s+the\\s+road))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A date that dates no event of its sentence: a day named with an indefinite article ("After a romantic weekend
     * break goes awry": no particular weekend), a vague span back or on ("who had arrived a few years earlier"), a day
     * whose year, given right after it, the reader missed ("the day of September 3, 1943" read in the article's year),
     * a day of an act told as someone's own ("his vow on Monday", "the minister's resignation last Friday"), or a week
     * or month named by what happened in it ("the week it became a capital"): the date is that act's.
     */
    static boolean notTheEventsDate(String text, ResolvedDate d) {
        String before = text.substring(Math.max(0, d.start() - 80), d.start());
        String after = text.substring(d.end(), Math.min(text.length(), d.end() + 8));
        Matcher year = YEAR_AFTER.matcher(after);
        String own = d.text() == null ? "" : d.text();
        return INDEFINITE_DAY.matcher(before).find() && DAY_NOUN.matcher(own).matches()
                || VAGUE_SPAN.matcher(own).find()
                || year.find() && d.range() != null && Integer.parseInt(year.group(1)) != d.range().start().getYear()
                || OWN_ACT.matcher(before).find()
                || DEFINITE_UNIT.matcher(own).matches() && (own.strip().toLowerCase().startsWith("the")
                        || THE_BEFORE.matcher(before).find())
                && CLAUSE_AFTER.matcher(text.substring(d.end(), Math.min(text.length(), d.end() + 60))).find();
    }

    /**
     * A week or month by its noun alone: "the week", "the same month" (not a part of the day: "In the afternoon she
     * visited" is a programme's).
     */
    private static final Pattern DEFINITE_UNIT = Pattern.compile("\\s*(the\\s+)?(very\\s+|same\\s+)?(week|weekend|month)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+((very|same)\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * A clause of its own after the unit, naming the time by what happened in it: "the week it became a capital", "the
     * week South Sudan became independent", "the month that he arrived". The date is that happening's, not this week's.
     */
    private static final Pattern CLAUSE_AFTER = Pattern.compile("^\\s+((that|when)\\s+)?(it|he|she|they|we|I|you"
            + "|\\p{Lu}\\p{L}+(\\s+\\p{Lu}\\p{L}+){0,3})\\s+((first|finally)\\s+)?(\\p{Ll}+ed|became|was|were|won|fell|began"
            + "|came|broke|went|took|made|left|had|got|rose|died|ran|saw|gave|hit|struck)\\b");

    /** "a", "an", "any" or "every", and at most a word that describes ("romantic", "long", "rainy"), not a noun. */
    private static final Pattern INDEFINITE_DAY = Pattern.compile("(?<![\\p{L}\\p{N}'’.-])(a|an|any|every)\\s+"
            + "(\\p{L}+(ic|al|ous|ful|ive|y|ed|ing)\\s+|(long|short|quiet|free|single|whole|normal|busy|hot|cold)\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A day or part of the week by its name alone: "weekend", "Monday", "morning". */
    private static final Pattern DAY_NOUN = Pattern.compile("(weekend|week|day|night|morning|afternoon|evening|Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VAGUE_SPAN = Pattern.compile("\\b(a\\s+few|several|some|many|a\\s+couple\\s+of)\\s+"
            + "(years|months|weeks|decades|days)\\s+(earlier|later|ago|before|after|on)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_AFTER = Pattern.compile("^,?\\s*(1[5-9]\\d\\d|20\\d\\d)\\b");
    /** An act told as someone's own right before the date: "his vow on", "the minister's resignation last". */
    private static final Pattern OWN_ACT = Pattern.compile("\\b(his|her|their|its|\\p{L}+['’]s?)\\s+(\\p{L}+\\s+)?(vow|pledge"
            + "|promise|decision|announcement|remarks|comments|warning|threat|victory|defeat|election|re-?election"
            + "|resignation|arrest|death|birth|appointment|vote|ruling|verdict|nomination|dismissal)"
            + "\\s+((on|of|last|this)\\s+)?$", Pattern.CASE_INSENSITIVE);

    /**
     * A wire brief's dateline before the sentence's own words: "KAMPALA, Aug 2 (Agency) - X will visit Kigali next
     * week", "NAIROBI, Jan 21 (AFP) -". Its date is the day the brief was filed, not the event's: with another date in
     * the sentence, the dateline's is dropped from {@code dates} (alone, it stays).
     */
    static void dropDateline(String sentenceText, int sentenceStart, List<ResolvedDate> dates) {
        if (dates.size() < 2) return;
        List<ResolvedDate> dateline = dates.stream().filter(d -> {
            int from = d.start() - sentenceStart;
            int to = d.end() - sentenceStart;
            return from >= 0 && to <= sentenceText.length() && DATELINE_BEFORE.matcher(sentenceText.substring(0, from)).matches()
                    && DATELINE_AFTER.matcher(sentenceText.substring(to)).find();
        }).toList();
        if (dateline.size() < dates.size()) dates.removeAll(dateline);
    }

    /** A dateline's place in capitals and a comma: "KAMPALA, ", "NEW YORK, ". */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("\\W*\\p{Lu}[\\p{Lu} .'’-]+,\\s*");
    /** The agency in brackets and a dash after the date: " (Agency) - ", " (Reuters) — ". */
    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*\\([\\p{L}][\\p{L} .&-]{0,30}\\)\\s*[-\u2013\u2014]");

    /**
     * An arrival that starts a course or a post, not a visit: "arrived at X in the summer of 1959, with a math degree",
     * "joining the department as a graduate student", "arrived as a professor in 1990".
     */
    static final Pattern CAREER = Pattern.compile("\\b(degree|diploma|graduate\\s+students?|undergraduates?|students?"
            + "|professors?|postdoc(toral)?|faculty|department|freshman|hired|career|PhD|doctorate|apprentices?"
            + "|to\\s+(study|work|teach))\\b", Pattern.CASE_INSENSITIVE);

    /** Whether the sentence tells its visit or meeting only as possible ({@link #ONLY_POSSIBLE}). */
    static boolean onlyPossible(String sentenceText) {
        return ONLY_POSSIBLE.matcher(sentenceText).find();
    }

    /** A plan called off: "had been due to travel ... but that leg has been postponed": its date is no event's. */
    static final Pattern CALLED_OFF = Pattern.compile("\\b(postpon(e|es|ed|ing)|cancel(l?(ed|ing))?|cancels"
            + "|called\\s+off|call(s)?\\s+off|scrapped|scraps?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A plan told as called off in the sentence itself, with no new date: "A planned meeting ... has also been
     * cancelled", "postponed its annual meeting indefinitely", "meetings that were planned this week had been
     * postponed" (no new date given; not "talks that had been postponed twice", held at last), "She had been due to
     * travel to X on Thursday" (a plan the
     * story has overtaken): its date is no event's.
     */
    static final Pattern PLAN_OFF = Pattern.compile("\\b((has|have|was|were)\\s+(also\\s+|now\\s+)?been\\s+"
            + "(cancell?ed|called\\s+off|scrapped|shelved)|(postponed|put\\s+off|cancell?ed|suspended)\\b[^.;]{0,60}?"
            + "\\bindefinitely|(?<!\\b(that|which)\\s{1,3})(has|have|had|was|were)\\s+(also\\s+|now\\s+)?been\\s+(postponed|put\\s+off|delayed)"
            + "(?!\\s+(until|till|to|for|by)\\b)|had\\s+been\\s+(due|scheduled|expected|set|planned|supposed)\\s+to)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * An event told only as possible: under a condition ("A direct meeting could follow in March if both sides agree",
     * "they would meet in May if the talks progress") or as an attempt ("she would try again to visit X before the end of
     * July"). No event; "even if" and "asked if" are no condition.
     */
    static final Pattern ONLY_POSSIBLE = Pattern.compile("\\b((could|might|(?-i:may)|would)\\b[^.;]{1,80}?(?<!(even|asked|see|know)\\s)"
            + "\\b(if|unless|provided)\\b|(will|would|to)\\s+try\\s+(again\\s+)?to\\s+(visit|meet|travel|go))\\b",
            Pattern.CASE_INSENSITIVE);

    /** A plan: "was due to", "had been scheduled for", "was to have taken place" (called off in the same sentence). */
    static final Pattern WAS_DUE = Pattern.compile("\\b((was|were|had\\s+been|has\\s+been|is)\\s+((first|originally"
            + "|initially)\\s+)?(due|scheduled|set|expected|planned|supposed)\\s+(to|for)|(was|were)\\s+(originally\\s+)?to\\s+have)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * What a correction says was wrong: "An earlier version of this article said that X and Y met in Riga on Tuesday",
     * "The story incorrectly stated that ...". The dates and places are the error's, not an event's.
     */
    static final Pattern CORRECTED = Pattern.compile("\\b((earlier|previous|original|first)\\s+version\\s+of\\s+this\\s+"
            + "(article|story|report|piece)\\b[^.;]{0,40}?\\b(said|stated|reported|gave|described)|(wrongly|incorrectly"
            + "|mistakenly|erroneously)\\s+(said|stated|reported|described))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A visit or meeting that someone denies: "on Thursday denied reports that she had secretly visited Tehran last week",
     * "dismissed claims that the two had met in Doha", "denies having travelled to Minsk": the visit or meeting is the
     * verb the denied clause opens with (not "denied that the talks had failed after he met X"). No event; what the
     * denial affirms comes in a sentence of its own.
     */
    static final Pattern DENIED = Pattern.compile("\\b(denied|denies|deny|denying|dismissed|dismisses|rejected|rejects)\\s+"
            + "((the|media|press|newspaper|all|any)\\s+)*((reports?|claims?|suggestions?|rumou?rs?|allegations?|speculation)\\s+)?"
            + "(that\\s+((he|she|they|it|we|the\\s+two(\\s+\\p{L}+)?|(?-i:\\p{Lu})[\\p{L}'’-]+(\\s+(?-i:\\p{Lu})[\\p{L}'’-]+){0,2})\\s+)?"
            + "|having\\s+)((had|has|have|was|were|did|ever)\\s+)*(\\p{L}+ly\\s+)?(visit(ed|ing)?|met|travell?ed|flown|flew"
            + "|been\\s+to|gone\\s+to|held\\s+talks)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the sentence's dates are those of a plan called off, overtaken or told only as possible, of an error a
     * correction puts right, or of a visit or meeting denied or only offered ({@link OfferedOnly}).
     */
    static boolean planOff(String sentenceText) {
        return CALLED_OFF.matcher(sentenceText).find() && WAS_DUE.matcher(sentenceText).find()
                || PLAN_OFF.matcher(sentenceText).find() || onlyPossible(sentenceText) || CORRECTED.matcher(sentenceText).find()
                || DENIED.matcher(sentenceText).find() || OfferedOnly.offeredOnly(sentenceText);
    }
}
