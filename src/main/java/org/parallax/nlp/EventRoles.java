package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.EntityType;

/**
 * Which names of one event sentence play a role in the event, by token patterns over the sentence and its name spans
 * (no parse: the pipeline runs none). A place is where the event happens: the object of a visit verb or of a locative
 * preposition ("visited X", "a delegation to X", "met in X", "the city of X"), never an origin ("from X", "a US
 * delegation", "Pakistan-US talks"), a title ("Secretary for X") or a topic ("to discuss ... X"). A participant is a
 * person or organisation who acts in it, never the body that reports it ("said the US Embassy", "according to X",
 * "told reporters"), an affiliation in someone's title ("Department of State Counselor Derek Chollet") or a topic.
 */
final class EventRoles {
    /** A name in the sentence: {@code [start, end)} relative to the sentence text. */
    record Span(int start, int end, EntityType type) {
    }

    /** For each span of {@link #of}, in order, whether it is a place or a participant of the sentence's event. */
    record Roles(boolean[] place, boolean[] participant) {
    }

    /**
     * A reception: the visitor is received or hosted by someone ("was received by", "was welcomed at State House by",
     * "hosted his counterparts", "played host to her Portuguese counterpart").
     */
    static final String RECEPTION = "(received|welcomed|greeted|hosted)\\s+((at|in)\\s+[^,.;]{1,40}?\\s+)?by"
            + "|(?<=(was|were|been|being)\\s{1,3})(received|welcomed|greeted)\\s+[^,.;]{1,80}?\\s+by|host(s|ed|ing)?\\s+(his|her|their|the|a)?\\s*"
            + "(counterparts?|delegations?|(?=(?-i:\\p{Lu})))|play(s|ed|ing)?\\s+host\\s+to";
    /** Words that say something happens: travel, meetings, attacks; a reporting verb is about one of them. */
    private static final Pattern CUE = Pattern.compile("\\b(visit(s|ed|ing)?|trips?|travel(s|led|ed|ling|ing)?"
            + "|delegations?|arriv(e|es|ed|ing|al)|tour(s|ed|ing)?|meet(s|ing|ings)?|met|talks|dialogue|summit|conference"
            + "|negotiations?|consultations?|" + RECEPTION + "|attack(s|ed)?|strikes?|airstrikes?|raids?|bomb(s|ed|ing|ings)?|killed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String REPORT_VERB = "(said|says|say|announced|announces|stated|states|told|tells|added|confirmed"
            + "|reported|reports|tweeted|declared|condemns|condemned"
            + "|welcomed(?!\\s+" + HostVisits.OBJECT + ")|welcomes(?!\\s+" + HostVisits.OBJECT + ")|issued\\s+a\\s+statement"
            + "|in\\s+a\\s+statement|in\\s+its\\s+statement"
            // a body's own release: "X Football Club is proud to share that ...", "X is pleased to announce"
            + "|(is|are)\\s+(proud|pleased|delighted|happy|thrilled)\\s+to\\s+(share|announce|confirm|report))";
    /** An auxiliary that makes a reporting verb passive: "X was welcomed by Y" is a reception, "X was told" no report by X. */
    private static final String PASSIVE_AUX = "was|were|is|are|be|been|being|get|gets|got";
    /** Between a reporter and its verb: a parenthesis, up to two lowercase words ("spokesman", "strongly"), no clause. */
    private static final Pattern REPORTER_BEFORE = Pattern.compile("^(\\s*,[^,]{1,80},)?\\s*(?:’\\s*s\\s+|'s\\s+)?"
            + "(?:(?!(?:that|which|who|and|or|to|will|would|" + PASSIVE_AUX + ")\\b)\\p{Ll}[\\p{L}-]*\\s+){0,2}"
            + REPORT_VERB + "\\b",
            Pattern.CASE_INSENSITIVE);
    /** A reporter after its verb ("said the US Embassy") or a source ("according to a ... release", "told HRW"). */
    private static final Pattern REPORTER_AFTER = Pattern.compile("\\b(said|says|announced|stated|told|tells|according\\s+to"
            + "|reported\\s+by|quoted\\s+by|statement\\s+(by|from)|on\\s+behalf\\s+of)\\s+(the\\s+|a\\s+|an\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Right after a name that follows a reporting verb, a verb of its own: "said Merz would visit Japan" makes the name
     * the subject of what is said, not its source ("said the US Embassy").
     */
    private static final Pattern SUBJECT_OF_REPORT = Pattern.compile("^\\s+(will|would|is|was|are|were|has|had|have|could"
            + "|should|may|might|plans|planned|intends|intended|hopes|wants|expects|expected|visited|met|travelled|traveled)\\b");
    /** An organisation glued to a lowercase word by a hyphen ("EU-mediated talks", "US-led"): a modifier, no actor. */
    private static final Pattern HYPHEN_MODIFIER = Pattern.compile("^[-\u2013]\\p{Ll}");
    /**
     * A person's name before the body or people named after them ("Obama administration officials said", "criticized by
     * the Trump campaign"): a modifier; the person neither speaks nor takes part.
     */
    private static final Pattern PERSON_MODIFIER = Pattern.compile("^\\s+(administration|campaign|government|aides|officials"
            + "|camp|era|allies|loyalists|supporters)\\b");
    /** After the reporting verb, a pronoun subject: the speaker reports what they did themselves ("said he met"). */
    private static final Pattern SELF_REPORT = Pattern.compile("^\\s*(that\\s+)?(he|she|they|we|i)\\b", Pattern.CASE_INSENSITIVE);
    /** "Speaking after a meeting with ...": the speaker was at the event. */
    private static final Pattern SPEAKING_AT = Pattern.compile("\\bspeaking\\s+(after|at|during|before|following)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Right after a reporting verb, the event it was said at: "said after the meeting", "told reporters during the visit". */
    private static final Pattern SAID_AT = Pattern.compile("^\\s*(\\p{Ll}+\\s+)?(after|at|during|following)\\s+(the|a|this)\\s+"
            + "(\\p{Ll}+\\s+)?(visit|trip|tour|talks|meeting|meetings|summit|conference|dialogue|negotiations|consultations)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What the event is about, not who is in it: everything after "to discuss" up to the clause's end. */
    private static final Pattern TOPIC = Pattern.compile("\\b(discuss(es|ed|ing)?|to\\s+liberate|on\\s+the\\s+situation"
            + "|situation|regarding|concerning|about)\\b", Pattern.CASE_INSENSITIVE);
    /** Right before a place: a locative or directional word, or a visit verb taking the place as its object. */
    private static final Pattern TOWARDS = Pattern.compile("\\b(to|into|in|at|near|inside|outside|across|visit(s|ed|ing)?"
            + "|tour(s|ed|ing)?|reached|reach(es|ing)?|(city|town|towns|village|province|district|region|capital"
            + "|neighbou?rhood|area|suburb|port|island|state|county)\\s+of|shuttl(e|es|ed|ing)\\s+between|(leav(e|es|ing)|left|depart(s|ed|ing)?)\\s+(\\p{Lu}[\\p{L}-]*\\s+){1,3}for|(attacks?|strikes?|airstrikes?|raids?|assaults?)\\s+on)\\s+(the\\s+)?(port\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Right before a place already found: another place in a list or an apposition ("Karrada, Baghdad"). */
    private static final Pattern CONJUNCT = Pattern.compile("^(\\s*,\\s*(and\\s+)?|[^,.;]{0,30}?\\s(and|or)\\s+)"
            + "(to\\s+|in\\s+|at\\s+)?(the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /**
     * Right before an organisation that is where the event happens ("at the Presidential Palace", "will tour the
     * Research Centre", "visited the Tate", "opened the new Orla Concert Hall"), not who acts.
     */
    private static final Pattern VENUE = Pattern.compile("\\b(at\\s+(the\\s+)?|(visit|tour)(s|ed|ing)?\\s+the\\s+"
            + "|(open(s|ed|ing)?|inaugurat(e|es|ed|ing))\\s+(the\\s+)?(new\\s+)?)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Right before the gathering a meeting was held beside ("on the sidelines of the UN General Assembly"): where it
     * happened, not who met; "the UNGA meeting" names the event itself and is neither.
     */
    private static final Pattern SIDELINES = Pattern.compile("\\b(on|at)\\s+the\\s+(sidelines?|margins?)\\s+of\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Right before an organisation that is a place by its position ("in Newcastle", "visiting Sunderland"): a city's
     * name the recogniser took for its club or council. Without "the", so "in the Commission" stays an actor.
     */
    private static final Pattern ORG_AS_PLACE = Pattern.compile("\\b(in|visit(s|ed|ing)?|tour(s|ed|ing)?)\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A travel word: a sentence with one has its own destination, so a dateline is never its place. */
    private static final Pattern TRAVEL = Pattern.compile("\\b(visit(s|ed|ing)?|trips?|travel(s|led|ed|ling|ing)?"
            + "|delegations?|arriv(e|es|ed|ing|al)|tour(s|ed|ing)?|fl(y|ies|ew|own|ying)|head(s|ed|ing)?\\s+to)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Right before an origin. */
    private static final Pattern FROM = Pattern.compile("\\bfrom\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Right before where the visitors go back to after the event ("before returning to Sarnec"): their home, no place of it. */
    private static final Pattern HOME = Pattern.compile("\\b((before|then|and|after)\\s+((will|would|to|then)\\s+)?(return(s|ed|ing)?|go(es|ing)?\\s+back"
            + "|head(s|ed|ing)?\\s+(back|home)|fl(y|ies|ew|ying)\\s+(back|home))|back\\s+home)\\s+(home\\s+)?to\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Where a report was made ("his ministry said in Amman", "told reporters in Canberra"): no place of the event. */
    private static final Pattern SAID_IN = Pattern.compile("\\b" + REPORT_VERB + "(\\s+(reporters|journalists))?\\s+in\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Where someone was born or lives ("who was born in Boston"): a description of the person, no place of the event. */
    private static final Pattern LIVES_IN = Pattern.compile("\\b(born|raised|grew\\s+up|lives|lived|living|resident)\\s+in\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** A body that sends others ("the EU will be represented by X"): those named after it take part, not the body. */
    private static final Pattern REPRESENTED_BY = Pattern.compile("^\\s+(will\\s+be|is|are|was|were|would\\s+be)\\s+represented\\s+by\\b",
            Pattern.CASE_INSENSITIVE);
    /** "to" after a noun of giving or trade ("aid to Gaza", "exports to China"): the place is what the event is about. */
    private static final Pattern GOODS_TO = Pattern.compile("\\b(aid|assistance|support|help|exports?|imports?|shipments?"
            + "|supplies|loans?|access|threats?|links?|ties|flights)\\s+to\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** Words that may follow a place name; any other lowercase word makes the name a modifier ("US officials"). */
    private static final Set<String> AFTER_PLACE = Set.of("and", "or", "but", "to", "from", "on", "in", "at", "for", "with",
            "by", "during", "since", "until", "after", "before", "when", "while", "where", "which", "who", "that", "as",
            "is", "was", "were", "will", "has", "had", "have", "today", "tomorrow", "yesterday", "this", "last", "next",
            "earlier", "later", "recently", "early", "late", "of", "the", "a", "an", "between", "over", "amid", "via",
            "under", "through", "into", "near", "about", "against", "tonight", "morning", "evening");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{Ll}[\\p{L}-]*)");
    /** A name glued to another by a hyphen ("Pakistan-US", "UK - France Summit") modifies a noun. */
    private static final Pattern HYPHEN_AFTER = Pattern.compile("^\\s?[-\u2013]\\s?\\p{Lu}");
    private static final Pattern HYPHEN_BEFORE = Pattern.compile("\\p{L}\\s?[-\u2013]\\s?$");
    /**
     * Right after a place, a site it names ("the Wrexham bakery", "our Carlisle distribution centre", "picket lines at
     * Leeds and York stations", "the Malaba border crossing"): the place is where the site is, not a modifier ("US
     * officials"); not a post at the site ("the Moscow station chief").
     */
    private static final Pattern SITE_AFTER = Pattern.compile("^\\s+(\\p{Ll}[\\p{L}-]*\\s+){0,2}?(bakery|bakeries|factory|factories"
            + "|plants?|sites?|centres?|centers?|depots?|warehouses?|stations?|dams?|estates?|mines?|ports?|campus|hospitals?"
            + "|offices?|headquarters|crossings?|terminals?|bases?|camps?|farms?|mills?|works|refinery|refineries|shipyards?|yards?"
            + "|stores?|branch|branches|stadium|airport)\\b(?!\\s+(chiefs?|managers?|heads?|directors?|staff|workers|bosses?"
            + "|officials?|teams?)\\b)");
    /** Right before a place named with its site: a locative or visit word, then "the", "our" or an owner ("the company's"). */
    private static final Pattern SITE_BEFORE = Pattern.compile("\\b(to|into|in|at|visit(s|ed|ing)?|tour(s|ed|ing)?)\\s+"
            + "((the|our|its|their|his|her)\\s+)?(\\p{L}+['’]s\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** A possessive after a place: "Washington's assurance" is no place of the event. */
    private static final Pattern POSSESSIVE = Pattern.compile("^\\s?['’]\\s?s\\b");
    /** Between an affiliation and the person it qualifies: capitalised title words, a parenthesis, nothing else. */
    private static final Pattern TITLE_GAP = Pattern.compile("^\\s*(\\([^)]{0,20}\\)\\s*)?(\\p{Lu}[\\p{L}.'’-]*\\s+){0,5}$");
    /** An organisation named for the event itself ("UK-France Summit") or naming it ("the UNGA meeting"). */
    private static final Pattern EVENT_NAME = Pattern.compile("\\b(summit|conference|meeting|talks|dialogue|forum|session)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_AFTER = Pattern.compile("^\\s+(summit|conference|meeting|talks|dialogue|forum|session)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A role word that ties an organisation to a person: "an ISIL gang leader", "commander, U.S. Central Command". */
    private static final String ROLE = "(leader|commander|chief|head|official|spokes(man|woman|person)|member|director|chairman"
            + "|president|secretary|minister|envoy|ambassador|adviser|advisor|governor|fighter|militant|operative)";
    private static final Pattern ROLE_AFTER = Pattern.compile("^\\s+(\\p{Ll}+\\s+){0,2}" + ROLE + "\\b(?!s)");
    /** Between a body and the person holding its office: "'s president, ", "’s foreign minister ". */
    private static final Pattern OWN_ROLE = Pattern.compile("\\s?['’]s\\s+(\\p{Ll}+\\s+){0,2}" + ROLE + "\\s*,?\\s*");
    /** The body's office named right after it, whatever follows: "The European Union's special envoy for the X, Y". */
    private static final Pattern OWN_ROLE_AFTER = Pattern.compile("^\\s?['’]s\\s+(\\p{Ll}+\\s+){0,2}" + ROLE + "\\b(?!s)");
    private static final Pattern ROLE_BEFORE = Pattern.compile("\\b" + ROLE + "\\s*(,|of|at|for)\\s*(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Title words that take a place ("Secretary for Pakistan Elizabeth Horst", "Minister for Central Asia"). */
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(Minister|Secretary|Envoy|Ambassador|Coordinator|Advis[eo]r"
            + "|Representative|Commissioner|Counselor|Director|Chief|Governor|President|Consul)\\s+(of|for|to)\\s+(the\\s+)?$");

    /**
     * An all-capitals dateline opening the sentence ("VATICAN CITY: ...", wire style "NAIROBI, Jan 21 (AFP) - ..."):
     * before and after the name in it.
     */
    private static final Pattern DATELINE_BEFORE = Pattern.compile("^[\\p{Lu}\\s.'’-]*$");
    private static final String WIRE_TAIL = "(,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*(\\([^()]{1,30}\\))?\\s*(:|[-\u2013\u2014]\\s)";
    private static final Pattern DATELINE_AFTER = Pattern.compile("^[\\p{Lu}\\s.'’-]*" + WIRE_TAIL);
    /** The agency in a wire dateline ("NAIROBI, Jan 21 (AFP) -"): who filed the report, no party of the event. */
    private static final Pattern AGENCY_BEFORE = Pattern.compile("^[\\p{Lu}\\s.'’-]+(,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*\\($");
    private static final Pattern AGENCY_AFTER = Pattern.compile("^\\)\\s*(:|[-\u2013\u2014]\\s)");

    private EventRoles() {
    }

    /**
     * Opening a building or place: "opened the new children's wing at X Hospital", "will open a bridge", "opens new
     * fire station", "the school was opened by X". Only a person's opening is a visit to that place ({@link #opensPlace});
     * a thing opening ("the fair opened its doors", "the market opened lower", "opened fire", "opened an investigation")
     * names none of these objects; the words between verb and object are no preposition ("opened fire on the station").
     */
    private static final Pattern OPENED = Pattern.compile("\\b((open(s|ed|ing)?|inaugurat(e|es|ed|ing))\\s+(?!fire\\b)"
            + "((the|a|an|its|their|his|her|\\p{L}+['’]s)\\s+)?((?!(the|a|an|on|in|at|to|into|for|with|of|and|or|up|its"
            + "|their)\\b)[\\p{L}-]+['’]?s?\\s+){0,3}?(wing|ward|hospital|clinic|hospice|bridge|tunnel|school|academy|college|university|campus|factory|plant|refinery|station|terminal"
            + "|airport|harbou?r|museum|gallery|library|theatre|theater|stadium|arena|hall|park|memorial|monument|building"
            + "|headquarters|offices?|embassy|consulate|centre|center|laboratory|facility|church|mosque|temple|cathedral"
            + "|pavilion|fair|exhibition|expo|festival|motorway|highway|railway|dam)s?\\b"
            + "|(?<=(was|were|been|be|being)\\s{1,3}((officially|formally)\\s{1,3})?)(opened|inaugurated)\\s+by)",
            Pattern.CASE_INSENSITIVE);
    /** A subject told before opening it: "He opened", "The princess opened", "The minister will open". */
    private static final Pattern OPENER_PRONOUN = Pattern.compile("^\\W*(he|she|they|the\\s+(\\p{L}+\\s+)?"
            + "(king|queen|pope|president|prime\\s+minister|premier|chancellor|minister|secretary|prince|princess|governor"
            + "|mayor|duke|duchess|emperor|empress|monarch|leader))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the sentence tells a person opening a building or place ({@link #OPENED}): the name nearest before the
     * verb is a person's, or no name comes before it and the subject is a pronoun or title, or (passive) the name right
     * after "opened by" is a person's. A company opening a factory or a fair opening its doors is no visit.
     */
    static boolean opensPlace(String sentence, List<Span> spans) {
        Matcher o = OPENED.matcher(sentence);
        while (o.find()) {
            int verb = o.start();
            int end = o.end();
            if (o.group().toLowerCase(Locale.ROOT).endsWith("by")) {
                Span after = spans.stream().filter(sp -> sp.start() >= end).findFirst().orElse(null);
                if (after != null && after.type() == EntityType.PERSON && after.start() - end <= OPENER_GAP) return true;
                continue;
            }
            Span before = null;
            for (Span sp : spans) {
                if (sp.end() <= verb) before = sp;
            }
            if (before != null ? before.type() == EntityType.PERSON : OPENER_PRONOUN.matcher(sentence).find()) return true;
        }
        return false;
    }

    /** How far after "opened by" the opener's name may start, in characters ("by the Princess Royal, Anne"). */
    private static final int OPENER_GAP = 40;

    /**
     * The passive of a visit right after a name: "X was visited by", "X is to be visited on Monday by", "The X Hospice in
     * Norwich was visited on Tuesday by" (the town it is in between).
     */
    private static final Pattern VISITED_BY = Pattern.compile("^(\\s+(in|at|on)\\s+(?-i:\\p{Lu})[\\p{L}'’-]*(\\s+(?-i:\\p{Lu})[\\p{L}'’-]*){0,3})?"
            + "\\s*(is|are|was|were|has\\s+been|had\\s+been|will\\s+be|is\\s+to\\s+be"
            + "|are\\s+to\\s+be)\\s+visited\\b", Pattern.CASE_INSENSITIVE);

    /** The roles of {@code spans} (in text order, relative to {@code sentence}) in the event the sentence reports. */
    static Roles of(String sentence, List<Span> spans) {
        int n = spans.size();
        boolean[] place = new boolean[n];
        boolean[] participant = new boolean[n];
        int topicFrom = topicStart(sentence);
        int dateline = -1;
        for (int i = 0; i < n; i++) {
            Span sp = spans.get(i);
            String before = sentence.substring(0, sp.start());
            String after = sentence.substring(sp.end());
            boolean topic = sp.start() >= topicFrom;
            // "VATICAN CITY: Pope Leo will travel": where the report was filed, neither a place nor a party of the event
            if (DATELINE_BEFORE.matcher(before).matches() && DATELINE_AFTER.matcher(after).find()
                    && sentence.substring(sp.start(), sp.end()).equals(sentence.substring(sp.start(), sp.end()).toUpperCase(Locale.ROOT))) {
                if (sp.type() == EntityType.LOCATION && dateline < 0) dateline = i;
                continue;
            }
            // "NAIROBI, Jan 21 (AFP) - ...": the agency that filed it
            if (AGENCY_BEFORE.matcher(before).matches() && AGENCY_AFTER.matcher(after).find()) continue;
            if (sp.type() == EntityType.LOCATION) {
                place[i] = !topic && isPlace(sentence, spans, place, i, before, after);
            } else if (sp.type() == EntityType.ORGANIZATION && VISITED_BY.matcher(after).find()) {
                // "The island of Texel was visited on Monday by X": what is visited is where, whatever the tagger says
                place[i] = !topic;
            } else if (sp.type() == EntityType.ORGANIZATION && (VENUE.matcher(before).find()
                    || SIDELINES.matcher(before).find() && !EVENT_AFTER.matcher(after).find())) {
                // "welcomed ... at the Presidential Palace": a building or campus where it happens, nobody who acts
                place[i] = !topic && !POSSESSIVE.matcher(after).find();
            } else if (sp.type() == EntityType.ORGANIZATION && !topic && isOrgPlace(sentence, spans, place, i, before, after)) {
                place[i] = true;
            } else if (sp.type() == EntityType.PERSON || sp.type() == EntityType.ORGANIZATION) {
                participant[i] = !topic && !isReporter(sentence, sp, before, after) && !isAffiliation(spans, i, sentence)
                        && !(sp.type() == EntityType.ORGANIZATION && (HYPHEN_MODIFIER.matcher(after).find()
                        || REPRESENTED_BY.matcher(after).find()))
                        && !(sp.type() == EntityType.PERSON && PERSON_MODIFIER.matcher(after).find());
            }
        }
        // "NEW YORK: X met Y on the sidelines of the UN ...": a meeting naming no town or country of its own is where the
        // report was filed; a sentence with a travel word has its own destination
        if (dateline >= 0 && !TRAVEL.matcher(sentence).find() && spans.get(dateline).start() < topicFrom) {
            boolean any = false;
            for (int i = 0; i < n; i++) any |= place[i] && spans.get(i).type() == EntityType.LOCATION;
            place[dateline] = !any;
        }
        return new Roles(place, participant);
    }

    /**
     * An organisation named where a place stands: after "in" or a visit verb ("talks in Newcastle", "visiting
     * Sunderland"), or listed after a place ("Durham and Newcastle"); never followed by a word that makes it a modifier.
     */
    private static boolean isOrgPlace(String sentence, List<Span> spans, boolean[] place, int i, String before, String after) {
        if (FROM.matcher(before).find() || HOME.matcher(before).find() || POSSESSIVE.matcher(after).find()) return false;
        if (HYPHEN_AFTER.matcher(after).find() || HYPHEN_BEFORE.matcher(before).find() || EVENT_AFTER.matcher(after).find()) return false;
        Matcher w = NEXT_WORD.matcher(after);
        if (w.find() && !AFTER_PLACE.contains(w.group(1).toLowerCase(Locale.ROOT))) return false;
        if (ORG_AS_PLACE.matcher(before).find()) return true;
        return i > 0 && place[i - 1] && CONJUNCT.matcher(sentence.substring(spans.get(i - 1).end(), spans.get(i).start())).find();
    }

    /**
     * Who makes the statement the sentence reports: each person or organisation that is the subject of a reporting
     * verb ("X said", "X, the envoy, said") or its source ("said X", "according to X"), not an affiliation in a title.
     */
    static boolean[] speakers(String sentence, List<Span> spans) {
        boolean[] speaker = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            Span sp = spans.get(i);
            if (sp.type() != EntityType.PERSON && sp.type() != EntityType.ORGANIZATION) continue;
            if (isAffiliation(spans, i, sentence)) continue;
            String before = sentence.substring(0, sp.start());
            String after = sentence.substring(sp.end());
            if (sp.type() == EntityType.PERSON && PERSON_MODIFIER.matcher(after).find()) continue;
            // "the governor of the bank, Helmut Krause, said": the apposition's comma stands before the verb
            speaker[i] = REPORTER_AFTER.matcher(before).find() && !SUBJECT_OF_REPORT.matcher(after).find() || REPORTER_BEFORE.matcher(after).find()
                    || REPORTER_BEFORE.matcher(after.replaceFirst("^\\s*,", "")).find();
        }
        return speaker;
    }

    /** A place that opens the sentence (after a fronted phrase of time) as the subject of a host's verb. */
    private static final Pattern HOST_PLACE_BEFORE = Pattern.compile("^\\W*" + EventExtractor.FRONTED + "(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Right after it, the host's verb and the one it receives: "welcomed the Indian prime minister", "will host Modi". */
    private static final Pattern HOST_PLACE_AFTER = Pattern.compile("^\\s+((will|would|is\\s+to|was\\s+to|has|had)\\s+)?"
            + "(welcom(ed|es|e)|host(ed|s)?|receiv(ed|es|e)|play(s|ed)?\\s+host\\s+to)\\s+(?=" + HostVisits.OBJECT + ")",
            Pattern.CASE_INSENSITIVE);

    private static boolean isPlace(String sentence, List<Span> spans, boolean[] place, int i, String before, String after) {
        // "Secretary for Pakistan Elizabeth Horst": a place in a title is no place of the event
        if (FROM.matcher(before).find() || HOME.matcher(before).find() || POSSESSIVE.matcher(after).find()) return false;
        if (HYPHEN_AFTER.matcher(after).find() || HYPHEN_BEFORE.matcher(before).find()) return false;
        if (TITLE_BEFORE.matcher(before).find()) return false;
        if (SAID_IN.matcher(before).find() || GOODS_TO.matcher(before).find() || LIVES_IN.matcher(before).find()) return false;
        // "Kenya welcomed the Indian prime minister, X, on Wednesday": the host country or city as the subject is where
        if (HOST_PLACE_BEFORE.matcher(before).matches() && HOST_PLACE_AFTER.matcher(after).find()) return true;
        Matcher w = NEXT_WORD.matcher(after);
        if (w.find() && !AFTER_PLACE.contains(w.group(1).toLowerCase(Locale.ROOT))) {
            // "at the Wrexham bakery": a place named with its site, or the last of a list of them ("Leeds and York stations")
            if (!SITE_AFTER.matcher(after).find()) return false;
            if (SITE_BEFORE.matcher(before).find()) return true;
        } else if (TOWARDS.matcher(before).find()) {
            return true;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (spans.get(j).type() != EntityType.LOCATION && !place[j]) continue;
            return place[j] && CONJUNCT.matcher(sentence.substring(spans.get(j).end(), spans.get(i).start())).find();
        }
        return false;
    }

    /**
     * Whether the span reports the event rather than takes part: the subject of a reporting verb whose content holds
     * the event ("X said Y will visit", "..., said X"), or the source after "according to" or "told".
     */
    /** Right after "welcomed", the visitor as a pronoun or title: "welcomed her", "welcomed the visiting king" (not "the king's"). */
    private static final Pattern GREETED_GUEST = Pattern.compile("^\\s+(him|her|them|the\\s+(\\p{L}+\\s+)?(king|queen|pope"
            + "|president|prime\\s+minister|premier|chancellor|minister|secretary|prince|princess|envoy|delegation|visitors|guests"
            + "|couple|party))\\b(?!\\s*['’])", Pattern.CASE_INSENSITIVE);

    private static boolean isReporter(String sentence, Span sp, String before, String after) {
        if (REPORTER_AFTER.matcher(before).find()) {
            return !SPEAKING_AT.matcher(sentence).find() && !SUBJECT_OF_REPORT.matcher(after).find();
        }
        Matcher m = REPORTER_BEFORE.matcher(after);
        if (!m.find()) return false;
        if (SPEAKING_AT.matcher(before).find()) return false;
        // "Jonson said after the meeting that ...": who speaks after the meeting was at it
        if (SAID_AT.matcher(after.substring(m.end())).find()) return false;
        // "Chollet, who visited Islamabad, said ...": the speaker is the one the parenthesis says took part
        if (m.group(1) != null && CUE.matcher(m.group(1)).find()) return false;
        String content = after.substring(m.end());
        if (SELF_REPORT.matcher(content).find()) return false;
        // "Holt welcomed her on arrival": a host greeting the visitor, no report
        if (m.group().toLowerCase(Locale.ROOT).matches("(?s).*welcom(ed|es)$") && GREETED_GUEST.matcher(content).find()) return false;
        // the event must be in what is reported: after the verb, or before the reporter when the report trails
        return CUE.matcher(content).find() || CUE.matcher(before).find();
    }

    /**
     * An organisation that is no actor: part of a person's title ("US Department of State Counselor Derek Chollet", "an
     * ISIL gang leader", "commander, U.S. Central Command"), or the event's own name ("the UK-France Summit").
     */
    private static boolean isAffiliation(List<Span> spans, int i, String sentence) {
        if (spans.get(i).type() != EntityType.ORGANIZATION) return false;
        Span sp = spans.get(i);
        String after = sentence.substring(sp.end());
        if (EVENT_NAME.matcher(sentence.substring(sp.start(), sp.end())).find() || EVENT_AFTER.matcher(after).find()) return true;
        // "the Commission's president, Ursula von der Leyen": the body the person heads, not one who takes part
        if (i + 1 < spans.size() && spans.get(i + 1).type() == EntityType.PERSON && OWN_ROLE.matcher(sentence.substring(sp.end(),
                spans.get(i + 1).start())).matches()) return true;
        if (ROLE_AFTER.matcher(after).find() || OWN_ROLE_AFTER.matcher(after).find()
                || ROLE_BEFORE.matcher(sentence.substring(0, sp.start())).find()) return true;
        for (int j = i + 1; j < spans.size(); j++) {
            String gap = sentence.substring(spans.get(j - 1).end(), spans.get(j).start());
            if (!TITLE_GAP.matcher(gap).matches() && !gap.strip().equals("(") && !gap.strip().equals(")")) return false;
            if (spans.get(j).type() == EntityType.PERSON) return true;
        }
        return false;
    }

    /** Where the topic of the sentence's event starts ("to discuss ..."), or past the end when it names none. */
    private static int topicStart(String sentence) {
        Matcher m = TOPIC.matcher(sentence);
        return m.find() ? m.end() : Integer.MAX_VALUE;
    }

    /** An active verb of receiving a guest ("received", "will host", "to welcome"), not a passive one ("was received by"). */
    private static final Pattern HOSTS_GUEST = Pattern.compile("(?<!\\b(?:was|were|been|being|is|are|be)\\s{1,3})\\b(receiv(e|es|ed|ing)"
            + "|host(s|ed|ing)?|welcom(e|es|ed|ing)|greet(s|ed|ing)?)\\s+", Pattern.CASE_INSENSITIVE);
    /**
     * What may not stand between the verb and its guest: a clause break, an agent ("by"), a source ("from"), another
     * party ("and", "with"), or an event that is hosted ("hosted talks between X and Y", "will host a summit").
     */
    private static final Pattern NOT_A_GUEST_GAP = Pattern.compile("[.;:]|\\b(by|from|and|with|talks|meetings?|summits?|conferences?"
            + "|forums?|lunch|luncheon|dinner|banquet|reception|event|games?|matches?|ceremony)\\b", Pattern.CASE_INSENSITIVE);
    /** The longest title, in characters, between a host's verb and the guest it names ("the foreign minister of X, Y"). */
    private static final int GUEST_REACH = 60;

    /**
     * The guests of a host's verb, as indexes into {@code spans} (sorted by start) in the order the verbs come: the first
     * person after each "received", "hosts", "to welcome" ("X received the foreign minister of Australia, Y"; "X will
     * host Li ... and fly to Sydney to welcome Modi"). They are the visitors, the subject their host.
     */
    static List<Integer> guests(String sentence, List<Span> spans) {
        List<Integer> out = new ArrayList<>();
        Matcher h = HOSTS_GUEST.matcher(sentence);
        while (h.find()) {
            for (int i = 0; i < spans.size(); i++) {
                Span sp = spans.get(i);
                if (sp.start() < h.end() || sp.type() != EntityType.PERSON) continue;
                if (sp.start() - h.end() <= GUEST_REACH && !NOT_A_GUEST_GAP.matcher(sentence.substring(h.end(), sp.start())).find()
                        && !out.contains(i)) {
                    out.add(i);
                }
                break;
            }
        }
        return out;
    }

    /**
     * Another party's visit at the same time: a report naming someone the known event does not, not the one who leads it
     * (its first participant: the visitor, or the subject who opened it), and only places it does not name ("X flies to
     * Sydney to welcome Modi" while Li's visit is told in Canberra). A host both receive does not pool two visitors'
     * places and people. {@code who}, {@code where} are the newer report's; with nobody or nowhere on either side, false.
     */
    static boolean anotherParty(Collection<Long> who, Collection<Long> where, Collection<Long> knownWho, Collection<Long> knownWhere) {
        if (who.isEmpty() || knownWho.isEmpty() || where.isEmpty() || knownWhere.isEmpty()) return false;
        if (where.stream().anyMatch(knownWhere::contains)) return false;
        Long lead = knownWho.iterator().next();
        return !who.contains(lead) && who.stream().anyMatch(id -> !knownWho.contains(id));
    }
}
