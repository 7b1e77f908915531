package org.parallax.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.Sentence;
import org.parallax.text.ClosedClass;

/**
 * Finds dated events in an article's body sentences: a sentence with a calendar date (day, week or month) and an
 * event cue becomes a VISIT or MEETING with those who take part as "who" and where it happens as "where" ({@link
 * EventRoles}: not the visitors' origin, not the body that reports it), a title or sub-heading being a source only of
 * an event no body sentence of the article reports; a date attached to a reporting verb ("said on Friday") becomes a
 * STATEMENT. It also decides when two reports are one
 * event: overlapping dates, compatible kinds, and a shared participant (or a shared place when one names nobody).
 * A mention or entity name made only of closed-class words ("her") is never a participant.
 */
public final class EventExtractor {
    /**
     * Going back somewhere to do something there ("returned to Beirut on Wednesday to brief X", "would return to the
     * county on Friday with Y to inspect the levee"): a visit; going home ("is due to return to Stockholm") is not.
     */
    private static final String RETURN_TO = "return(s|ed|ing)?\\s+to(?=\\s[^.;]{1,80}?\\bto\\s+(?!(the|a|an|his|her|their|its)\\b)"
            + "(?-i:\\p{Ll}{2,})\\b)";
    /**
     * Attending an occasion held somewhere: "attended the state funeral of X in Lisbon on Friday", "for attending the final
     * in Sydney on Saturday". Going there is a visit; attending a school or a course is not (no such occasion).
     */
    private static final String ATTENDED = "attend(s|ed|ing)?\\s+(the|a|an|his|her|their)\\s+([\\p{L}'’-]+\\s+){0,3}?(funeral|final"
            + "|ceremony|inauguration|coronation|wedding|opening|games|championships?|celebrations?|commemorations?|memorial"
            + "|parade|jubilee|festival|tournament|match)";
    /** A month or weekday name: a time, not a place ("expected back in February"). */
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b";
    /**
     * Going somewhere told by a named subject: "X last came to the town in September 2029", "By 6pm the king had left for
     * Tallinn", "The duke left at 4.30pm for Carlisle", "He is due back in Damascus next week", "X spent Thursday in
     * Tbilisi", "spent the day at the new Grand Stade". Not "came to power", "left for dead", "expected back in February",
     * nor one nobody names ("A commissioner last came to the island").
     */
    private static final String WENT_TO = "((?-i:\\p{Lu})[\\p{L}'’-]+|he|she|they)\\s+((last|first|once|previously|finally|never)\\s+)?"
            + "(came|comes|come|coming)\\s+(back\\s+)?to\\s+(?=(the\\s+(town|city|island|country|region|village|capital|county)\\b"
            + "|(?-i:\\p{Lu})))|(left|leaves|leave|leaving)\\s+((at|by|on|after)\\s+([^,.;]|(?<=\\d)\\.(?=\\d)){1,20}?\\s+)?"
            + "for\\s+(?=(?-i:\\p{Lu}))|(due|expected)\\s+back\\s+(in|to)\\s+(?!" + MONTH
            + ")(?=(?-i:\\p{Lu}))|spen(t|ds?|ding)\\s+((the\\s+)?(day|night|weekend|morning|afternoon|evening)|" + MONTH
            + "|(two|three|four|five|several|a\\s+few)\\s+days)\\s+(in|at)\\s+(the\\s+(new\\s+)?)?(?=(?-i:\\p{Lu}))";
    /**
     * A campaign's stops and a presence told plainly: "crammed four campaign stops into Monday", "who campaigned in
     * Naples on Monday", "her bus had rolled into Milan", "Then on to Bergamo", "On Wednesday she is in Genoa". Not "she
     * is in charge" or "expected in February"; a rally alone is no visit (fresh-news/events a09's gold: "held his final
     * rally in Porto").
     */
    private static final String CAMPAIGN = "campaign\\s+(stops?|trail|visits?|tours?)|campaign(s|ed|ing)?\\s+(in|at)"
            + "(?=\\s+(?-i:\\p{Lu}))|(rolled|rolls|swept|sweeps)\\s+into(?=\\s+(?-i:\\p{Lu}))|^\\W*(then\\s+)?on\\s+to(?=\\s+(?-i:\\p{Lu}))"
            + "|(he|she|they|we|i)\\s+(is|was|were|are|will\\s+be)\\s+(back\\s+)?in\\s+(?!" + MONTH + ")(?=(?-i:\\p{Lu}))";
    static final Pattern VISIT = Pattern.compile("\\b(visit(s|ed|ing)?|trips?|travel(s|led|ed|ling|ing)?"
            + "|delegations?|arriv(e|es|ed|ing|al)|tour(s|ed|ing)?|mov(e|es|ed|ing)\\s+on\\s+to|land(s|ed|ing)?\\s+in|fl(y|ies|ew|ying)\\s+(on\\s+)?to(?=\\s+(?-i:\\p{Lu}))|shuttl(e|es|ed|ing)|missions?\\s+to|guests?\\s+of|pilgrimages?"
            + "|" + RETURN_TO + "|" + ATTENDED + "|" + WENT_TO + "|" + CAMPAIGN + "|" + InformalVisits.CUE
            + "|" + PortCalls.CUE + "|" + Inspections.CUE + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A meal or reception given for the visitors: "will host a lunch for the royal couple", "gave a state banquet"; not
     * a plan told in the past ("who was to host a state dinner"), which the story has called off.
     */
    private static final String HOSTED_MEAL = "(?<!(was|were)\\s{1,3}to\\s{1,3})"
            + "(host(s|ed|ing)?|give(s|n)?|gave|giving|offer(s|ed)?)\\s+(a|an)\\s+(state\\s+|official\\s+)?"
            + "(lunch|luncheon|dinner|banquet|reception|breakfast)";
    /** The visitors told before as the object: "a lunch for the royal couple", "a dinner in her honour". */
    private static final Pattern FOR_THE_PARTY = Pattern.compile("\\b(for|in\\s+honou?r\\s+of)\\s+(him|her|them|the\\s+"
            + "(royal\\s+couple|couple|visitors?|guests?|delegation|visiting\\s+\\p{L}+|" + "king|queen|pope|president|prime"
            + "\\s+minister|chancellor))\\b|\\bin\\s+(his|her|their)\\s+honou?r\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A diplomat's call on a host: "paid a courtesy call on X", "received the credentials of four new ambassadors",
     * "presented her credentials to X", "presented her letters of credence to Emperor X", "called on the foreign
     * minister, X, on Thursday"; an envoy's farewell calls ("paid a farewell call on X", "bade farewell to the governor, X",
     * "to take leave of the provincial governor"). Not "called on the government to act" (an appeal).
     */
    private static final String DIPLOMATIC = "(courtesy|farewell)\\s+calls?|(present(s|ed|ing)?|receiv(es|ed|ing)|accept(s|ed|ing))\\s+"
            + "((the|his|her|their)\\s+)?(letters\\s+of\\s+)?(credentials|credence)"
            + "|((called|calls|calling)\\s+on|(bade|bid|bids|bidding)\\s+farewell\\s+to|(take|takes|took|taking)\\s+leave\\s+of)\\s+(?![^.;]{0,80}?\\bto\\s+(?-i:\\p{Ll}))(?!" + MONTH + ")(?=(the\\s+)?((\\p{L}+\\s+){0,2}(?-i:minister|president|king"
            + "|queen|emperor|empress|chancellor|premier|governor|mayor|ambassador|secretary|pope|emir|sultan)\\b|(?-i:\\p{Lu})))";
    static final Pattern MEETING = Pattern.compile("\\b(meet(s|ing|ings)?|met|talks|dialogue|summit|conference"
            + "|(?<!\\b(the|this|that)\\s{1,3})video[-\\s]?calls?"
            + "|rounds?\\s+of\\s+(talks|negotiations)|(new|next|last|first|second|third|fresh|further|final|latest)\\s+round"
            + "|negotiations?|consultations?|" + EventRoles.RECEPTION + "|" + HOSTED_MEAL + "|" + RightAfter.HOSTED_AT_MEAL + "|" + DIPLOMATIC
            + "|" + InformalVisits.SAT_DOWN
            + "|" + HostVisits.CUE + "|" + Audiences.CUE
            + "|receiv(es|ed|ing)(?=\\s+(?-i:\\p{Lu})"
            + "|\\s+the\\s+((?-i:\\p{Lu})\\p{L}+\\s+){0,2}(?-i:Minister|President|Prime|Secretary|Ambassador|Chancellor|King"
            + "|Queen|Emir|Premier|Governor|Envoy|Crown)\\b))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "on a three-day state visit", "for two days of talks", "a week-long tour": the event lasts that many days from the
     * date the sentence gives.
     */
    private static final Pattern DURATION = Pattern.compile("\\b(?:(two|three|four|five|six|seven|[2-7])[-\u2013 ]days?"
            + "(?:\\s+of)?|(?:one[-\u2013 ])?week[-\u2013 ]long)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?(visits?|trips?|tours?|stay|summit|conference|meetings?|talks|missions?)\\b", Pattern.CASE_INSENSITIVE);
    /** Whether the sentence's only visit or meeting cue is an arrival ("would arrive by March"). */
    private static boolean onlyArrival(String sentenceText) {
        String rest = ARRIVAL.matcher(sentenceText).replaceAll(" ");
        return ARRIVAL.matcher(sentenceText).find() && !VISIT.matcher(rest).find() && !MEETING.matcher(rest).find();
    }

    /** An arrival: told after the event it starts ("met X on Tuesday. Y arrived on Monday"), it opens that event. */
    private static final Pattern ARRIVAL = Pattern.compile("\\b(arriv(e|es|ed|ing)|fl(ew|own|ies|y)\\s+in|landed)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A subject brought in as a new party ("A Vietnamese trade mission arrived in Hanover on Monday", "Another delegation
     * arrives"): its arrival opens its own visit, not the event told before.
     */
    private static final Pattern NEW_PARTY = Pattern.compile("^\\W*" + "(?:(?:on|in|at|later|then)\\b[^,.;]{0,40}?,?\\s+)?"
            + "(a|an|another)\\s+(\\p{L}+\\s+){0,3}?(delegation|mission|team|group|party|visitors?|contingent)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The longest gap, in days, between an arrival and the event it opens. */
    private static final int ARRIVAL_DAYS = 3;
    /** The date closes the event rather than opens it ("at the end of a three-day visit", "wrapped up"). */
    private static final Pattern ENDING = Pattern.compile("\\b((end|close|conclusion)\\s+of|ended|ends|concluded|concludes"
            + "|wrapped\\s+up|wraps\\s+up|wound\\s+up)\\b", Pattern.CASE_INSENSITIVE);
    /** An event named as one already told ("joined the talks", "said after the meeting"): a back-reference, no new event. */
    static final Pattern BACK_REFERENCE = Pattern.compile("\\b(the|this|that)\\s+(visit|trip|tour|delegation|talks"
            + "|meeting|summit|conference|dialogue|negotiations|consultations|banquet|dinner|lunch|luncheon|reception)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A back-reference that only places something else in time ("said after the meeting that ..."). */
    private static final Pattern TIME_REFERENCE = Pattern.compile("\\b(after|before|following|since|during|ahead\\s+of)\\s+"
            + "(the|this|that)\\s+\\p{L}+\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven");
    /** A reporting verb a few words before the date: the date is when it was said. */
    private static final Pattern STATEMENT_BEFORE_DATE = Pattern.compile("\\b(said|says|announced|stated|told|statement"
            + "|declared|tweeted|added|confirmed|reported)\\b(?:\\W+\\w+){0,4}?\\W*(on|in|this|last)?\\W*$",
            Pattern.CASE_INSENSITIVE);

    /** Right before a date that tells how long the event has been planned: "had been planned since the autumn". */
    private static final Pattern PLANNED_SINCE = Pattern.compile("\\b(planned|prepared|arranged|discussed|in\\s+the\\s+works"
            + "|under\\s+discussion|in\\s+preparation)\\s+(since|for)\\s+(the\\s+|last\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern OTHER_VERB = Pattern.compile("\\b(will|would|shall|is|are|was|were|be|been|to)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The events reported by one article. {@code read} are its resolved dates, {@code mentions} its accepted linked
     * name mentions (entity ids set), {@code entityNames} the names of those entities. Only sentences starting in a body
     * block count, so bylines, captions and related links give no events.
     */
    public List<EventCandidate> extract(long articleId, String text, List<Sentence> sentences, List<Block> blocks,
                                        List<ResolvedDate> read, List<Mention> mentions, Map<Long, String> entityNames) {
        // a surname the tagger left alone ("Nes and Leblanc meet") after the full name: that person
        return extractFrom(articleId, text, sentences, blocks, read, MissedSurnames.added(text, mentions, entityNames), entityNames);
    }

    private List<EventCandidate> extractFrom(long articleId, String text, List<Sentence> sentences, List<Block> blocks,
                                             List<ResolvedDate> read, List<Mention> mentions, Map<Long, String> entityNames) {
        List<ResolvedDate> dates = YearDated.withLeadingYears(text, read);
        List<EventCandidate> out = new ArrayList<>();
        List<UndatedJoins.Companion> companions = new ArrayList<>();
        List<Map.Entry<Integer, EventSource>> joinedSources = new ArrayList<>();
        DateRange storyDay = null;
        List<EventCandidate> headlines = new ArrayList<>();
        Map<EventCandidate, Integer> references = new IdentityHashMap<>();
        List<EventCandidate> yearDated = new ArrayList<>();
        // sentences counting meetings over a span: read as events, so later lines find their subject, but not reported
        Set<Integer> summaries = new HashSet<>();
        Map.Entry<Long, String> dateline = null;
        int previousStart = -1;
        for (Sentence s : clauses(text, sentences, dates)) {
            if (!inBody(s, blocks)) continue;
            int previous = previousStart;
            previousStart = s.start();
            Map.Entry<Long, String> filed = DatelinePlaces.opening(s.textIn(text), s.start(), mentions, entityNames);
            if (filed != null) dateline = filed;
            List<ResolvedDate> sentenceDates = dates.stream().filter(d -> d.start() >= s.start() && d.end() <= s.end()).toList();
            List<ResolvedDate> inSentence = sentenceDates.stream()
                    .filter(d -> (usable(d) || YearDated.usable(text, d)) && !NotAnEvent.notTheEventsDate(text, d))
                    .toList();
            Matcher eventDay = EVENT_DAY.matcher(s.textIn(text));
            if (inSentence.isEmpty() && !inHeadline(s, blocks) && eventDay.find()) {
                // "On the final day the king travels to Bergen": a day of the event just told
                DateRange day = dayOfLast(out, eventDay.group(2));
                if (day != null) {
                    inSentence = List.of(new ResolvedDate(s.start() + eventDay.start(), s.start() + eventDay.end(),
                            eventDay.group(), day, false));
                }
            }
            DateRange rightAfter = inSentence.isEmpty() && !inHeadline(s, blocks) ? RightAfter.dayOf(s.textIn(text), out, previous,
                    mentions.stream().filter(m -> m.entityId() != null && m.type() == EntityType.LOCATION && m.start() >= s.start()
                            && m.end() <= s.end()).map(Mention::entityId).toList()) : null;
            if (rightAfter != null) {
                // "The two held a brief meeting in the VIP lounge": the day of the event the sentence before told
                inSentence = List.of(new ResolvedDate(s.start(), s.start(), "", rightAfter, false));
            }
            DateRange toldDay = null;
            if (inSentence.isEmpty() && storyDay != null && inBody(s, blocks) && !inHeadline(s, blocks)) {
                // "In the afternoon she meets X": the day the story is telling, not the publication day
                DateRange day = storyDay;
                inSentence = dates.stream()
                        .filter(d -> d.start() >= s.start() && d.end() <= s.end() && partOfDay(d))
                        .limit(1).map(d -> new ResolvedDate(d.start(), d.end(), d.text(), day, false)).toList();
                if (!inSentence.isEmpty()) toldDay = day;
            }
            if (inSentence.isEmpty() && storyDay == null && !inHeadline(s, blocks)) {
                // "09:40 The prime minister has landed in Warsaw": a live report's entry time is the publication day
                Matcher entry = ENTRY_TIME.matcher(s.textIn(text));
                if (entry.find()) {
                    int at = s.start() + entry.start(1);
                    // the entry time as the resolver read it (a time of the publication day), else the publication date
                    Optional<ResolvedDate> day = dates.stream().filter(d -> d.range() != null && d.start() <= at && d.end() > at
                            && d.range().precision() == DatePrecision.DAY && d.range().start().equals(d.range().end())).findFirst()
                            .or(() -> dates.stream().filter(d -> d.publicationDate() && d.range() != null
                                    && d.range().precision() == DatePrecision.DAY).findFirst());
                    if (day.isPresent()) {
                        inSentence = List.of(new ResolvedDate(at, s.start() + entry.end(1), entry.group(1), day.get().range(), false));
                    }
                }
            }
            String sentenceText = s.textIn(text);
            Map<Long, String> who = new LinkedHashMap<>();
            Map<Long, String> where = new LinkedHashMap<>();
            List<Mention> named = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.entityId() == null || m.start() < s.start() || m.end() > s.end()) continue;
                String name = entityNames.getOrDefault(m.entityId(), m.text());
                // "Visit: Ilse Marren, her": a pronoun is nobody's name, whatever an older run linked it to
                if (ClosedClass.isClosedClass(m.text()) || ClosedClass.isClosedClass(name)) continue;
                named.add(m);
                if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) who.putIfAbsent(m.entityId(), name);
                else if (m.type() == EntityType.LOCATION) where.putIfAbsent(m.entityId(), name);
            }
            // every date the sentence gives, a year too: a sentence of another time joins no event
            List<DateRange> own = sentenceDates.stream().filter(d -> d.range() != null && !d.publicationDate())
                    .map(ResolvedDate::range).toList();
            if (inSentence.isEmpty()) {
                if (!inHeadline(s, blocks)) {
                    UndatedJoins.companion(UndatedJoins.joinUndated(out, references,
                            new EventSource(articleId, s.start(), s.end(), sentenceText), named, entityNames, joinedSources, own),
                            sentenceText, s.start(), named, entityNames, companions);
                }
                continue;
            }
            EventSource source = new EventSource(articleId, s.start(), s.end(), sentenceText);
            List<ResolvedDate> eventDates = new ArrayList<>();
            for (ResolvedDate d : inSentence) {
                String before = text.substring(s.start(), d.start());
                if (PLANNED_SINCE.matcher(before).find()) {
                    // "the trip had been planned since the autumn": when it was planned, not when it happens
                    continue;
                } else if (isStatementDate(before) || ReportingDays.isReportingDay(sentenceText, d.end() - s.start(),
                        inSentence.stream().filter(o -> o != d).map(o -> o.start() - s.start()).toList())) {
                    EventCandidate c = candidate(EventKind.STATEMENT, d.range(), speakers(sentenceText, s.start(), named,
                            entityNames), Map.of(), source);
                    (inHeadline(s, blocks) ? headlines : out).add(c);
                    if (StatementDays.alsoTheEvents(sentenceText, d.end() - s.start())) eventDates.add(d);
                } else {
                    eventDates.add(d);
                }
            }
            NotAnEvent.dropDateline(sentenceText, s.start(), eventDates);
            String kindText = NotAnEvent.BODY_SESSION.matcher(NotAnEvent.OTHER_SENSE.matcher(MeetingsNamed.blank(LATER_TRAVEL.matcher(sentenceText)
                    .replaceAll(" "))).replaceAll(" ")).replaceAll(" ");
            // "Princess Anne opened the new wing at X Hospital on Thursday": a visit by the opener to that place
            EventKind kind = VISIT.matcher(kindText).find() || EventRoles.opensPlace(sentenceText, named.stream().sorted(Comparator.comparingInt(
                    Mention::start)).map(m -> new EventRoles.Span(m.start() - s.start(), m.end() - s.start(), m.type())).toList())
                    ? EventKind.VISIT
                    : MEETING.matcher(kindText).find() ? EventKind.MEETING : null;
            boolean listLine = !inHeadline(s, blocks) && ListLines.inList(text, s.start(), sentenceText);
            if (kind == null && listLine) kind = ListLines.kindOf(named);
            if (kind == null && !listLine) kind = ListLines.entryKind(text, s.start(), sentenceText, named);
            // "The second day took her to Dhubri": a day of the tour told before, counted from its start
            if (kind == null && TourDays.opensWithOrdinalDay(sentenceText) && TourDays.TOOK_TO.matcher(sentenceText).find()) kind = EventKind.VISIT;
            if (!inHeadline(s, blocks)) {
                // the last single day the body dated something on: what a later "in the afternoon" refers to
                for (ResolvedDate d : eventDates) {
                    if (d.range().precision() == DatePrecision.DAY && d.range().start().equals(d.range().end())) storyDay = d.range();
                }
            }
            if (kind != null && NotAnEvent.planOff(sentenceText) || kind == EventKind.VISIT && NotAnEvent.FIXTURE.matcher(sentenceText).find()
                    || kind == EventKind.VISIT && onlyArrival(kindText) && NotAnEvent.CAREER.matcher(sentenceText).find()) {
                // the dates are those of the plan called off (a new date comes in a sentence of its own), a team's
                // travel is to an away match, or an arrival starts a course or a post
                continue;
            }
            if (kind != null && !eventDates.isEmpty()) {
                // the most precise date of the sentence is the event's
                ResolvedDate best = eventDates.stream()
                        .min(Comparator.comparing((ResolvedDate d) -> d.range().precision())).orElseThrow();
                Map<Long, String> roleWho = new LinkedHashMap<>();
                Map<Long, String> roleWhere = new LinkedHashMap<>();
                roles(sentenceText, s.start(), named, entityNames, roleWho, roleWhere);
                PlaceNouns.named(text, s.start(), sentenceText, mentions, entityNames, roleWho, roleWhere);
                VenueTowns.add(mentions, entityNames, roleWhere);
                PlacesAsParties.drop(text, sentenceText, mentions, roleWho, roleWhere);
                DefinitePlaces.fromLast(sentenceText, out, roleWhere);
                int few = EarlierParty.few(sentenceText);
                if (!inHeadline(s, blocks) && (few > 0 || SUBJECT_PLURAL.matcher(sentenceText).find()
                        || OBJECT_PLURAL.matcher(sentenceText).find())) {
                    // "They will meet again in Doha": all who took part in the event just told; "X met both negotiators":
                    // the two people of the last event that had two, X aside
                    Map<Long, String> withParty = new LinkedHashMap<>(few > 0 ? EarlierParty.firstOfLast(out, mentions, roleWho, few)
                            : SUBJECT_PLURAL.matcher(sentenceText).find() && !THE_TWO.matcher(sentenceText).find()
                            ? EarlierParty.partyOfLast(out) : EarlierParty.pairOfLast(out, mentions, roleWho));
                    roleWho.forEach(withParty::putIfAbsent);
                    roleWho.clear();
                    roleWho.putAll(withParty);
                } else if (!inHeadline(s, blocks) && roleWho.size() < 2 && THEY_CLAUSE.matcher(sentenceText).find()) {
                    // "their first meeting since they met in Ankara", "invited the pope when they met": the two who
                    // lead the event just told, with whoever the sentence names
                    Map<Long, String> withParty = new LinkedHashMap<>();
                    EarlierParty.partyOfLast(out).entrySet().stream().limit(2).forEach(e -> withParty.put(e.getKey(), e.getValue()));
                    roleWho.forEach(withParty::putIfAbsent);
                    roleWho.clear();
                    roleWho.putAll(withParty);
                } else if (!inHeadline(s, blocks) && FOR_THE_PARTY.matcher(sentenceText).find()
                        && Pattern.compile(HOSTED_MEAL, Pattern.CASE_INSENSITIVE).matcher(sentenceText).find()) {
                    // "X will host a lunch for the royal couple": the party of the event just told (first, so "the king"
                    // later is still its visitor) and the host
                    Map<Long, String> withParty = new LinkedHashMap<>(EarlierParty.partyOfLast(out));
                    roleWho.forEach(withParty::putIfAbsent);
                    roleWho.clear();
                    roleWho.putAll(withParty);
                } else if (!inHeadline(s, blocks) && SUBJECT_PRONOUN.matcher(sentenceText).find()
                        && !TitledSubject.namedRightAfter(sentenceText)) {
                    TitledSubject.of(text, sentenceText, s.start(), mentions).or(() -> GROUP_SUBJECT.matcher(sentenceText).find()
                            ? EarlierParty.visitorOfLastVisit(out, mentions) : Optional.<Long>empty())
                            .or(() -> EarlierParty.subjectOfLast(out, mentions, s.start(), PRONOUN.matcher(sentenceText).find()))
                            .ifPresent(id -> {
                        Map<Long, String> withSubject = new LinkedHashMap<>();
                        withSubject.put(id, entityNames.getOrDefault(id, EarlierParty.lastName(out, id)));
                        roleWho.forEach(withSubject::putIfAbsent);
                        roleWho.clear();
                        roleWho.putAll(withSubject);
                    });
                }
                if (!inHeadline(s, blocks) && QuotedSpeaker.FIRST_PERSON.matcher(sentenceText).find()) {
                    // "I met her once before," Patel said: the one who speaks takes part, first
                    Map<Long, String> said = speakers(sentenceText, s.start(), named, entityNames);
                    Optional<Long> speaker = said.isEmpty() ? EarlierParty.subjectOfLast(out, mentions, s.start(), true)
                            : Optional.of(said.keySet().iterator().next());
                    speaker.ifPresent(id -> {
                        Map<Long, String> withSpeaker = new LinkedHashMap<>();
                        withSpeaker.put(id, entityNames.getOrDefault(id, said.getOrDefault(id, mentions.stream()
                                .filter(m -> id.equals(m.entityId())).map(Mention::text).findFirst().orElse(""))));
                        roleWho.forEach(withSpeaker::putIfAbsent);
                        roleWho.clear();
                        roleWho.putAll(withSpeaker);
                    });
                }
                if (listLine) ListLines.visitorFirst(out, mentions, named, s.start(), entityNames, roleWho, roleWhere);
                WeParty.leaderFirst(text, sentenceText, mentions, entityNames, roleWho);
                guestsFirst(sentenceText, s.start(), named, roleWho);
                List<EventCandidate> stops = inHeadline(s, blocks) ? List.of()
                        : DaySplits.stops(kind, sentenceText, eventDates, roleWho, roleWhere, named, source);
                if (stops.size() < 2 && !inHeadline(s, blocks)) {
                    stops = ListedStops.split(sentenceText, s.start(), best.range(), roleWho, roleWhere, named, source);
                }
                if (stops.size() > 1) {
                    out.addAll(stops);
                    continue;
                }
                dropLaterDestinations(sentenceText, s.start(), named, roleWhere);
                PassingPlaces.drop(sentenceText, s.start(), named, roleWhere);
                dropOtherEventsPlaces(sentenceText, s.start(), best.start(), named, roleWhere);
                if (toldDay != null && roleWhere.isEmpty()) placesOfTheDay(out, toldDay, roleWhere);
                if (kind == EventKind.MEETING && !inHeadline(s, blocks)) DatelinePlaces.fill(sentenceText, dateline, out, roleWhere);
                EventCandidate c = candidate(kind, lasting(sentenceText, best.range()), roleWho, roleWhere, source);
                if (inHeadline(s, blocks)) {
                    headlines.add(c);
                } else if (best.range().precision() == DatePrecision.YEAR) {
                    // "She first visited Tonga in 1998": told aside, so no later sentence joins or widens it; naming no one
                    // and nowhere ("The delegation visited in 2021"), a year tells nothing
                    if (!c.whoIds().isEmpty() || !c.whereIds().isEmpty()) yearDated.add(c);
                    continue;
                } else {
                    out.add(c);
                    if (MeetingsNamed.summary(sentenceText)) summaries.add(s.start());
                    if (ARRIVAL.matcher(sentenceText).find() && !NEW_PARTY.matcher(sentenceText).find()) {
                        c = opens(out, references);
                    }
                }
                int ref = backReference(sentenceText);
                if (ref != NEW_EVENT) references.put(c, ref);
            } else if (!inHeadline(s, blocks)) {
                UndatedJoins.companion(UndatedJoins.joinUndated(out, references,
                        new EventSource(articleId, s.start(), s.end(), sentenceText), named, entityNames, joinedSources, own),
                        sentenceText, s.start(), named, entityNames, companions);
            }
        }
        UndatedJoins.joinWholeTrip(out, references, companions);
        out.addAll(yearDated);
        // an undated sentence that added names to an event is a source of it too (a copy the library joins to it), so
        // the calendar shows where those names come from
        for (Map.Entry<Integer, EventSource> j : joinedSources) {
            EventCandidate e = out.get(j.getKey());
            out.add(new EventCandidate(e.kind(), e.when(), e.whoIds(), e.who(), e.whereIds(), e.where(), j.getValue()));
        }
        List<EventCandidate> body = TripPlaces.placesOfTrips(TripPlaces.placesOfGatherings(venuesOfTrips(joinBackReferences(out, references))));
        // a headline announces what the body reports: it is a source only of an event no body sentence reports; a body
        // sentence naming no one and nowhere ("the dialogue on March 6-7") likewise adds nothing to a named report
        List<EventCandidate> kept = new ArrayList<>();
        for (EventCandidate c : body) {
            boolean anonymous = c.whoIds().isEmpty() && c.whereIds().isEmpty();
            // nobody and nowhere, and the only cue an arrival: "the remaining systems would arrive by March" is goods
            if (anonymous && c.kind() == EventKind.VISIT && onlyArrival(c.source().sentenceText())) continue;
            if (namesNobody(c) || summaries.contains(c.source().sentenceStart())) continue;
            if (!anonymous || body.stream().noneMatch(b -> b != c && !b.whoIds().isEmpty() && reportsSame(c, b))) kept.add(c);
        }
        for (EventCandidate h : headlines) {
            if (!namesNobody(h) && kept.stream().noneMatch(b -> reportsSame(h, b))) kept.add(h);
        }
        return kept;
    }

    /**
     * A statement nobody named made: "he said Friday" with no name to stand for, "the companies said today". It still
     * owns its date (no visit or meeting takes it), but it is no entry for the calendar.
     */
    private static boolean namesNobody(EventCandidate c) {
        return c.kind() == EventKind.STATEMENT && c.whoIds().isEmpty();
    }

    /**
     * A group or the event itself standing for the party told before: "the delegation", "the visitors", "the imperial
     * couple", "the tour ends in Dakar", "the mission will be in Riyadh".
     */
    static final String PARTY_NOUN = "(delegation|visitors|guests|couple|tour|trip|visit|mission)";
    /**
     * A person named by title alone ("the king", "the Indian diplomat", "the general", "the High Commissioner"), the one
     * the story told before.
     */
    static final String TITLE_NOUN = "(king|queen|pope|president|prime\\s+minister|premier|chancellor|minister"
            + "|secretary|diplomat|envoy|leader|monarch|emperor|prince|princess|governor|mayor|patriarch|general|commander"
            + "|admiral|ambassador|high\\s+commissioner)";
    /**
     * A phrase put before the subject: "From Mexico City the king travels on", "On Tuesday, he ...", "At 11.30 she",
     * "Leaving Nairobi for Addis Ababa on Tuesday, she ...", "Instead she ...", "Earlier, on Saturday, the High
     * Commissioner ...", "Before that, from 25 to 27 February, she had been in X" (a second phrase of time or place after
     * the first one's comma).
     */
    static final String FRONTED = "(?:(?:[01]?\\d|2[0-3])[:.][0-5]\\d\\s+)?"
            + "(?:(?:(?:from|on|in|at|after|before|later|then|during)\\b(?:[^,.;]|(?<=\\d)\\.(?=\\d)){0,40}?"
            + "|\\p{L}{2,}ing\\b[^,.;]{0,60}?|instead|meanwhile|afterwards|yesterday|today|tomorrow|earlier),\\s+"
            + "(?:(?:on|in|at|from)\\b[^,.;]{0,40}?,\\s+)?" + "|(?:(?:from|on|in|at|after|later|then|during)\\b(?:[^,.;]|(?<=\\d)\\.(?=\\d)){0,40}?"
            + "|\\p{L}{2,}ing\\b[^,.;]{0,60}?|instead|meanwhile|afterwards|yesterday|today|tomorrow)\\s+)?";

    /**
     * An event sentence whose subject is told before: "He will fly on to Jakarta for a meeting with X", "Her last
     * meeting of the day, with X, ran late" (the event named as the subject's own).
     */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile("^\\W*" + FRONTED + "(he|she|the\\s+(\\p{L}+\\s+)?"
            + PARTY_NOUN + "|the\\s+((special|personal|deputy)\\s+)?" + TITLE_NOUN
            + "|(his|her)\\s+([\\p{L}\\p{N}]+\\s+){0,2}?(visit|trip|tour|meeting|talks|stay|mission|stop)\\b"
            + "(?!\\s+(to|with)\\s+(him|her)\\b))\\b", Pattern.CASE_INSENSITIVE);
    /** A visiting group as the subject: "the delegation flew on to Dubai", "The mission ends in Abu Dhabi today". */
    private static final Pattern GROUP_SUBJECT = Pattern.compile("^\\W*" + FRONTED + "the\\s+(\\p{L}+\\s+)?(delegation|mission"
            + "|visitors|guests)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A personal pronoun as the subject, or a possessive one before the event: "She met X", "Instead she ...", a
     * profile's "Her first visit to X, in 2029, ..." and "Her 2031 trip to Lima": with no event told before, the person
     * the article named first.
     */
    private static final Pattern PRONOUN = Pattern.compile("^\\W*" + FRONTED + "(he|she|(his|her)\\s+([\\p{L}\\p{N}]+\\s+){0,2}?"
            + "(visit|trip|tour|meeting|talks|stay|mission|stop))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A plural subject told before: "They will meet again", "The ministers will meet again in May", "Both sides ...",
     * "The two last met in Madrid", "...; they last met on 21 February" (after a semicolon too), "The two leaders travel
     * to Aarhus on Thursday" (a plural subject's trip told in the present), the talks told before
     * going on ("The talks continued on Wednesday", "The talks will resume in May": those who held them).
     */
    private static final Pattern SUBJECT_PLURAL = Pattern.compile("(?:^|;)\\W*" + FRONTED + "((they|the\\s+two(\\s+(men|women))?|the\\s+(\\p{L}+\\s+)?"
            + "(leaders|ministers|presidents|sides|delegations|envoys))(\\s*,\\s*who)?(\\s+(last|first|previously|once))?"
            + "\\s+(will|would|are|were|also|had|have|met|meet|held|hold|holds|travel|fly|head|go|visit|tour)"
            + "|both\\s+(sides|leaders|ministers|delegations|parties|countries|governments)"
            + "|the\\s+(talks|negotiations|discussions)\\s+(continued|resumed|resume|(will|would)\\s+(continue|resume)|(are|were)\\s+due\\s+to\\s+resume))\\b",
            Pattern.CASE_INSENSITIVE);

    /** "The two are expected to resume talks": the two people of the last event that named two, as "both" is. */
    private static final Pattern THE_TWO = Pattern.compile("(?:^|;)\\W*" + FRONTED + "the\\s+two\\s+(?!(leaders|ministers"
            + "|presidents|sides|delegations|envoys)\\b)", Pattern.CASE_INSENSITIVE);
    /** The party told before as the object: "who met both negotiators separately", "received the two leaders". */
    /** "they" in a clause of its own mid-sentence: "since they met in Ankara", "when they last met". */
    private static final Pattern THEY_CLAUSE = Pattern.compile("\\b(since|when|after|before|until|where|as)\\s+they\\s+"
            + "((last|first|previously|once)\\s+)?(met|meet|visited|held\\s+talks|talked|spoke)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OBJECT_PLURAL = Pattern.compile("\\b(met|meet|meets|meeting|received|receives|hosted|hosts"
            + "|welcomed|joined)\\s+(both|the\\s+two)\\s+(sides|leaders|ministers|negotiators|delegations|parties|presidents"
            + "|envoys|delegates|executives|chiefs|men|women)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The arrival just added to {@code out} ("Y arrived on Monday") opens the visit or meeting told just before it when
     * it falls up to {@link #ARRIVAL_DAYS} days before it: both then run from the arrival to the event's end, with
     * everyone and every place of both, so the library joins them. Returns the arrival as it now stands.
     */
    private static EventCandidate opens(List<EventCandidate> out, Map<EventCandidate, Integer> references) {
        int at = out.size() - 1;
        EventCandidate arrival = out.get(at);
        int prev = at - 1;
        while (prev >= 0 && out.get(prev).kind() == EventKind.STATEMENT) prev--;
        if (prev < 0) return arrival;
        // one sentence's guests on two days ("will host X on Thursday and Y on Friday. X arrives on Wednesday"): the
        // arrival opens the day of the one arriving, or the first day if it names none of them
        int last = prev;
        if (out.get(last).whoIds().stream().noneMatch(arrival.whoIds()::contains)) {
            int earliest = last;
            for (int j = last - 1; j >= 0 && out.get(j).source().equals(out.get(last).source()); j--) {
                if (out.get(j).whoIds().stream().anyMatch(arrival.whoIds()::contains)) {
                    prev = j;
                    break;
                }
                if (out.get(j).kind() != EventKind.STATEMENT && out.get(j).when().start().isBefore(out.get(earliest).when().start())) {
                    earliest = j;
                }
            }
            if (prev == last) prev = earliest;
        }
        EventCandidate e = out.get(prev);
        if (e.when().precision() != DatePrecision.DAY || arrival.when().precision() != DatePrecision.DAY) return arrival;
        long gap = java.time.temporal.ChronoUnit.DAYS.between(arrival.when().end(), e.when().start());
        if (gap < 0 || gap > ARRIVAL_DAYS || !arrival.when().start().isBefore(e.when().start())) return arrival;
        DateRange whole = new DateRange(arrival.when().start(), e.when().end(), DatePrecision.DAY);
        Map<Long, String> who = new LinkedHashMap<>();
        Map<Long, String> where = new LinkedHashMap<>();
        for (EventCandidate x : List.of(e, arrival)) {
            for (int i = 0; i < x.whoIds().size(); i++) who.putIfAbsent(x.whoIds().get(i), x.who().get(i));
            for (int i = 0; i < x.whereIds().size(); i++) where.putIfAbsent(x.whereIds().get(i), x.where().get(i));
        }
        EventCandidate widenedEvent = candidate(e.kind(), whole, who, where, e.source());
        EventCandidate widenedArrival = candidate(arrival.kind(), whole, who, where, arrival.source());
        Integer ref = references.remove(e);
        if (ref != null) references.put(widenedEvent, ref);
        out.set(prev, widenedEvent);
        out.set(at, widenedArrival);
        return widenedArrival;
    }


    /**
     * Right before where the party goes after the event: "held talks at X before travelling to Y", "before flying on
     * to Y". In a sentence telling one event, Y is the next trip's place, not this one's.
     */
    private static final Pattern LATER_DESTINATION = Pattern.compile("\\bbefore\\s+(fl(y|ying)|travel(l)?ing|head(ing)?"
            + "|leav(e|ing)(\\s+for)?|mov(e|ing)|go(ing)?|continu(e|ing))(\\s+on)?(\\s+to)?\\s+(the\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** Travel after the event ("talks at X before travelling to Y"): no visit cue of the sentence's own event. */
    private static final Pattern LATER_TRAVEL = Pattern.compile("\\bbefore\\s+(flying|travel(l)?ing|heading|leaving|moving"
            + "|going|continuing)(\\s+on)?\\s+(to|for)\\b", Pattern.CASE_INSENSITIVE);

    /** Two events told side by side: "X arrives in A on Monday, while Y will visit B from Tuesday". */
    private static final Pattern WHILE = Pattern.compile(",\\s+(while|whereas)\\s+", Pattern.CASE_INSENSITIVE);

    /**
     * The sentences, each one telling two events side by side split in two at its ", while": both halves with a
     * visit or meeting cue and a date of their own, so each half's names and dates are its own event's.
     */
    private static List<Sentence> clauses(String text, List<Sentence> sentences, List<ResolvedDate> dates) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences.stream().flatMap(line -> ListLines.entries(text, line).stream()).toList()) {
            Matcher w = WHILE.matcher(s.textIn(text));
            if (w.find()) {
                int mid = s.start() + w.start() + 1;
                Sentence a = new Sentence(s.start(), mid);
                Sentence b = new Sentence(mid, s.end());
                if (tellsEvent(text, a, dates) && tellsEvent(text, b, dates)) {
                    out.add(a);
                    out.add(b);
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean tellsEvent(String text, Sentence s, List<ResolvedDate> dates) {
        String t = s.textIn(text);
        return (VISIT.matcher(t).find() || MEETING.matcher(t).find())
                && dates.stream().anyMatch(d -> d.start() >= s.start() && d.end() <= s.end() && d.range() != null);
    }

    /** Removes from {@code where} each place named only right after {@link #LATER_DESTINATION}. */
    private static void dropLaterDestinations(String sentenceText, int sentenceStart, List<Mention> named, Map<Long, String> where) {
        for (Long id : List.copyOf(where.keySet())) {
            boolean onlyLater = named.stream().anyMatch(m -> id.equals(m.entityId())); // a place named by its noun stays
            for (Mention m : named) {
                if (!id.equals(m.entityId())) continue;
                String before = sentenceText.substring(0, Math.max(0, m.start() - sentenceStart));
                onlyLater &= LATER_DESTINATION.matcher(before).find();
            }
            if (onlyLater) where.remove(id);
        }
    }

    /**
     * "Talks opened in Muscat on Wednesday. X met Y in the morning and Z in the afternoon": a sentence dated only by a
     * part of the day the story tells, naming no place, happens where the last visit or meeting of that day did.
     */
    static void placesOfTheDay(List<EventCandidate> out, DateRange day, Map<Long, String> where) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventCandidate e = out.get(i);
            if (e.kind() == EventKind.STATEMENT) continue;
            if (e.when().start().isAfter(day.start()) || e.when().end().isBefore(day.end())) return;
            where.putAll(names(e.whereIds(), e.where()));
            return;
        }
    }

    /**
     * A clause dating the event by another one: "a week after eight of them met in person in Suva", "a year after X's
     * trip to Hanoi", "two days after their victory over Y in the final". What it names happened at another time.
     */
    private static final Pattern OTHER_EVENT_CLAUSE = Pattern.compile("\\b(a|an|one|two|three|four|five|six|\\d+|several"
            + "|some|a\\s+few)\\s+(days?|weeks?|months?|years?|decades?)\\s+(after|before|since)\\b[^,;]*",
            Pattern.CASE_INSENSITIVE);

    /**
     * Removes from {@code where} each place named only in a {@link #OTHER_EVENT_CLAUSE} not holding the event's date
     * ({@code dateAt}): the other event's place. "The attack came two days after X visited Y on 29 September" keeps Y.
     */
    private static void dropOtherEventsPlaces(String sentenceText, int sentenceStart, int dateAt, List<Mention> named,
                                              Map<Long, String> where) {
        List<int[]> clauses = new ArrayList<>();
        Matcher c = OTHER_EVENT_CLAUSE.matcher(sentenceText);
        while (c.find()) {
            if (dateAt < sentenceStart + c.start() || dateAt >= sentenceStart + c.end()) {
                clauses.add(new int[] {sentenceStart + c.start(), sentenceStart + c.end()});
            }
        }
        if (clauses.isEmpty()) return;
        for (Long id : List.copyOf(where.keySet())) {
            List<Mention> of = named.stream().filter(m -> id.equals(m.entityId())).toList();
            if (!of.isEmpty() && of.stream().allMatch(m -> clauses.stream().anyMatch(k -> m.start() >= k[0] && m.end() <= k[1]))) {
                where.remove(id);
            }
        }
    }

    /** A live report's entry: a clock time opening the sentence ("09:40 The prime minister has landed"). */
    private static final Pattern ENTRY_TIME = Pattern.compile("^\\W*((?:[01]?\\d|2[0-3])[:.][0-5]\\d)\\s+(?-i:\\p{Lu})");

    /** A day counted within the event just told: "on the final day", "on the second day of the visit". */
    private static final Pattern EVENT_DAY = Pattern.compile("(\\bon\\s+|^\\W*)the\\s+(first|opening|second|third|final|last|closing)"
            + "\\s+day\\b", Pattern.CASE_INSENSITIVE);

    /** That day of the article's last visit or meeting lasting several days (told by the day), else null. */
    private static DateRange dayOfLast(List<EventCandidate> out, String which) {
        for (int i = out.size() - 1; i >= 0; i--) {
            EventCandidate e = out.get(i);
            DateRange w = e.when();
            // a single day told since (a lunch during the visit) is part of it: the visit is the event counted in
            if (e.kind() == EventKind.STATEMENT || w.precision() == DatePrecision.DAY && !w.end().isAfter(w.start())) continue;
            if (w.precision() != DatePrecision.DAY) return null;
            java.time.LocalDate d = switch (which.toLowerCase(Locale.ROOT)) {
                case "first", "opening" -> w.start();
                case "second" -> w.start().plusDays(1);
                case "third" -> w.start().plusDays(2);
                default -> w.end();
            };
            return d.isAfter(w.end()) ? null : DateRange.day(d);
        }
        return null;
    }

    /** Who makes a statement: the names {@link EventRoles#speakers} finds, in order of mention. */
    private static Map<Long, String> speakers(String sentenceText, int sentenceStart, List<Mention> named,
                                              Map<Long, String> entityNames) {
        List<Mention> sorted = named.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        List<EventRoles.Span> spans = sorted.stream()
                .map(m -> new EventRoles.Span(m.start() - sentenceStart, m.end() - sentenceStart, m.type())).toList();
        boolean[] speaker = EventRoles.speakers(sentenceText, spans);
        Map<Long, String> who = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (speaker[i]) who.putIfAbsent(sorted.get(i).entityId(), entityNames.getOrDefault(sorted.get(i).entityId(),
                    sorted.get(i).text()));
        }
        return who;
    }

    static final int NEW_EVENT = 0;
    private static final int SAME_EVENT = 1;
    static final int TIME_ONLY = 2;

    /**
     * Whether the sentence tells a new event or refers back to one told before: every cue of it is "the talks", "the
     * meeting" (a back-reference), and every one of those follows "after", "since" ... (it only dates something else).
     */
    private static int backReference(String sentenceText) {
        int cues = 0;
        Matcher v = VISIT.matcher(sentenceText);
        while (v.find()) cues++;
        Matcher mt = MEETING.matcher(sentenceText);
        while (mt.find()) cues++;
        int refs = 0;
        int timeRefs = 0;
        Matcher r = BACK_REFERENCE.matcher(sentenceText);
        while (r.find()) {
            refs++;
            String before = sentenceText.substring(0, r.end());
            Matcher t = TIME_REFERENCE.matcher(before);
            if (t.find() && t.end() == before.length()) timeRefs++;
        }
        if (cues == 0 || refs < cues) return NEW_EVENT;
        return timeRefs == refs ? TIME_ONLY : SAME_EVENT;
    }

    /**
     * A sentence that refers back to an event the article told before ("Witkoff, who joined the talks on February 18"),
     * or that names a place but nobody within that event's dates ("the delegation also toured the port of Mombasa on
     * April 21"), is a source of that event: it takes on its participants and places, so the library joins the two. When no earlier
     * event of the article shares its dates and the reference only dates something else ("said after the meeting that
     * data would be shared from January"), the date is not the event's and the sentence gives no event.
     */
    private static List<EventCandidate> joinBackReferences(List<EventCandidate> out, Map<EventCandidate, Integer> references) {
        List<EventCandidate> joined = new ArrayList<>();
        for (EventCandidate c : out) {
            Integer ref = references.get(c);
            // "The delegation also toured the port of Mombasa on April 21": who is unnamed, so the one told before
            boolean unnamed = ref == null && c.whoIds().isEmpty() && !c.whereIds().isEmpty();
            if (ref == null && !unnamed) {
                joined.add(c);
                continue;
            }
            EventCandidate told = null;
            boolean earlier = false;
            int lastEarlier = -1;
            for (EventCandidate e : joined) {
                if (e.kind() == EventKind.STATEMENT || !SameEvents.compatible(e.kind(), c.kind())) continue;
                if (unnamed && e.whoIds().isEmpty()) continue;
                earlier = true;
                lastEarlier = joined.indexOf(e);
                if (!e.when().end().isBefore(c.when().start()) && !c.when().end().isBefore(e.when().start())) told = e;
            }
            if (told == null && ref != null && ref == SAME_EVENT && lastEarlier >= 0
                    && ENDING.matcher(c.source().sentenceText()).find()) {
                // "The visit ends on Thursday": the visit told last runs on to that day, unless the sentence names a
                // stop of its own ("The tour ends in Dakar on Friday" is the last stop)
                int at = lastEarlier;
                for (int k = lastEarlier; k >= 0 && c.kind() == EventKind.VISIT; k--) {
                    if (joined.get(k).kind() == EventKind.VISIT) {
                        at = k;
                        break;
                    }
                }
                EventCandidate e = joined.get(at);
                if (e.whereIds().containsAll(c.whereIds()) && e.when().precision() == DatePrecision.DAY && c.when().precision() == DatePrecision.DAY
                        && e.when().start().isBefore(c.when().start())
                        && java.time.temporal.ChronoUnit.DAYS.between(e.when().end(), c.when().start()) <= ENDS_WITHIN_DAYS) {
                    DateRange whole = new DateRange(e.when().start(), c.when().end(), DatePrecision.DAY);
                    EventCandidate widened = candidate(e.kind(), whole, names(e.whoIds(), e.who()), names(e.whereIds(), e.where()),
                            e.source());
                    joined.set(at, widened);
                    Map<Long, String> who = names(e.whoIds(), e.who());
                    names(c.whoIds(), c.who()).forEach(who::putIfAbsent);
                    Map<Long, String> where = names(e.whereIds(), e.where());
                    names(c.whereIds(), c.where()).forEach(where::putIfAbsent);
                    joined.add(candidate(c.kind(), whole, who, where, c.source()));
                    continue;
                }
            }
            if (told != null) {
                Map<Long, String> who = new LinkedHashMap<>();
                Map<Long, String> where = new LinkedHashMap<>();
                for (int i = 0; i < told.whoIds().size(); i++) who.put(told.whoIds().get(i), told.who().get(i));
                for (int i = 0; i < c.whoIds().size(); i++) who.putIfAbsent(c.whoIds().get(i), c.who().get(i));
                for (int i = 0; i < told.whereIds().size(); i++) where.put(told.whereIds().get(i), told.where().get(i));
                for (int i = 0; i < c.whereIds().size(); i++) where.putIfAbsent(c.whereIds().get(i), c.where().get(i));
                joined.add(candidate(c.kind(), c.when(), who, where, c.source()));
            } else if (unnamed || !(earlier && ref == TIME_ONLY)) {
                joined.add(c);
            } else if (!c.whoIds().isEmpty()) {
                // "Jonson said after the meeting that ...": no event of its own, but Jonson was at the meeting
                EventCandidate e = joined.get(lastEarlier);
                Map<Long, String> who = new LinkedHashMap<>();
                for (int i = 0; i < e.whoIds().size(); i++) who.put(e.whoIds().get(i), e.who().get(i));
                for (int i = 0; i < c.whoIds().size(); i++) who.putIfAbsent(c.whoIds().get(i), c.who().get(i));
                Map<Long, String> where = new LinkedHashMap<>();
                for (int i = 0; i < e.whereIds().size(); i++) where.put(e.whereIds().get(i), e.where().get(i));
                joined.set(lastEarlier, candidate(e.kind(), e.when(), who, where, e.source()));
            }
        }
        return joined;
    }

    /**
     * A day of a tour ({@link SameEvents#TOUR_DAYS}) whose only places are venues ("met X at Malacanang Palace on Monday")
     * is in the trip's places too: a venue is no stop of its own ({@link SameEvents#anotherStop}).
     */
    private static List<EventCandidate> venuesOfTrips(List<EventCandidate> body) {
        List<EventCandidate> out = new ArrayList<>(body);
        for (int i = 0; i < out.size(); i++) {
            EventCandidate c = out.get(i);
            if (c.kind() == EventKind.STATEMENT || c.whereIds().isEmpty() || !c.when().start().equals(c.when().end())) continue;
            String text = c.source().sentenceText();
            if (c.where().stream().anyMatch(w -> !Pattern.compile("\\bat\\s+(the\\s+)?" + Pattern.quote(w)).matcher(text).find())) continue;
            for (EventCandidate t : out.subList(0, i)) {
                if (t.kind() != EventKind.STATEMENT && t.when().precision() == DatePrecision.DAY
                        && !t.when().start().plusDays(SameEvents.TOUR_DAYS - 1L).isAfter(t.when().end())
                        && !c.when().start().isBefore(t.when().start()) && !c.when().end().isAfter(t.when().end()) && !t.whereIds().isEmpty()) {
                    Map<Long, String> where = names(c.whereIds(), c.where());
                    names(t.whereIds(), t.where()).forEach(where::putIfAbsent);
                    out.set(i, candidate(c.kind(), c.when(), names(c.whoIds(), c.who()), where, c.source()));
                    break;
                }
            }
        }
        return out;
    }

    /** How many days after the event told before a sentence saying it ends ("The visit ends on Thursday") may fall. */
    private static final int ENDS_WITHIN_DAYS = 7;

    private static Map<Long, String> names(List<Long> ids, List<String> names) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) out.putIfAbsent(ids.get(i), names.get(i));
        return out;
    }

    /**
     * The event's dates when the sentence gives its length ("arrived on Monday on a three-day visit"): a single day
     * starts the event, or ends it when the sentence says so; any other date is kept as it is.
     */
    static DateRange lasting(String sentenceText, DateRange date) {
        if (date.precision() != DatePrecision.DAY || !date.start().equals(date.end())) return date;
        Matcher m = DURATION.matcher(sentenceText);
        if (!m.find()) return date;
        String n = m.group(1) == null ? "7" : m.group(1).toLowerCase(Locale.ROOT);
        int days = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.indexOf(n) + 2;
        if (ENDING.matcher(sentenceText).find()) {
            return new DateRange(date.start().minusDays(days - 1L), date.end(), DatePrecision.DAY);
        }
        return new DateRange(date.start(), date.start().plusDays(days - 1L), DatePrecision.DAY);
    }

    /** The guests of a host's verb ({@link EventRoles#guests}) come first among those taking part, the host after them. */
    private static void guestsFirst(String sentenceText, int sentenceStart, List<Mention> named, Map<Long, String> who) {
        List<Mention> people = named.stream().filter(m -> who.containsKey(m.entityId())).sorted(Comparator.comparingInt(Mention::start)).toList();
        Map<Long, String> ordered = new LinkedHashMap<>();
        for (int i : EventRoles.guests(sentenceText, people.stream()
                .map(m -> new EventRoles.Span(m.start() - sentenceStart, m.end() - sentenceStart, m.type())).toList())) {
            ordered.putIfAbsent(people.get(i).entityId(), who.get(people.get(i).entityId()));
        }
        who.forEach(ordered::putIfAbsent);
        who.clear();
        who.putAll(ordered);
    }

    /** The participants and places of a visit or meeting sentence, by {@link EventRoles}, in order of mention. */
    static void roles(String sentenceText, int sentenceStart, List<Mention> named, Map<Long, String> entityNames,
                              Map<Long, String> who, Map<Long, String> where) {
        List<Mention> sorted = named.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
        List<EventRoles.Span> spans = sorted.stream()
                .map(m -> new EventRoles.Span(m.start() - sentenceStart, m.end() - sentenceStart, m.type())).toList();
        EventRoles.Roles r = EventRoles.of(sentenceText, spans);
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            String name = entityNames.getOrDefault(m.entityId(), m.text());
            if (r.participant()[i]) who.putIfAbsent(m.entityId(), name);
            if (r.place()[i]) where.putIfAbsent(m.entityId(), name);
        }
    }

    /** A headline and a body sentence of one article report the same event: {@link #sameEvent}, or an anonymous headline. */
    private static boolean reportsSame(EventCandidate headline, EventCandidate body) {
        if (sameEvent(headline, body)) return true;
        return headline.whoIds().isEmpty() && SameEvents.compatible(headline.kind(), body.kind())
                && !headline.when().end().isBefore(body.when().start()) && !body.when().end().isBefore(headline.when().start());
    }

    private static boolean inHeadline(Sentence s, List<Block> blocks) {
        return Block.at(blocks, s.start()).map(b -> b.type() == BlockType.TITLE || b.type() == BlockType.HEADING).orElse(false);
    }

    /** "said in a statement on Friday", but not "said the visit is on Friday": nothing else may own the date. */
    private static boolean isStatementDate(String before) {
        Matcher m = STATEMENT_BEFORE_DATE.matcher(before);
        if (!m.find()) return false;
        String between = before.substring(m.end(1));
        return !VISIT.matcher(between).find() && !MEETING.matcher(between).find() && !OTHER_VERB.matcher(between).find();
    }

    private static boolean usable(ResolvedDate d) {
        return d.range() != null && !d.publicationDate() && d.range().precision() != DatePrecision.YEAR && !partOfDay(d);
    }

    private static boolean partOfDay(ResolvedDate d) {
        return d.range() != null && d.text() != null && PART_OF_DAY.matcher(d.text().strip()).matches();
    }

    /**
     * A part of the day or a clock time alone ("in the afternoon", "At 11.30", "10am"): in a programme it is the day
     * the story is telling (the last single day a body sentence dated an event on), not the publication day.
     */
    private static final Pattern PART_OF_DAY = Pattern.compile("((in|on|at|during)\\s+)?(the\\s+)?(morning|afternoon|evening"
            + "|night|overnight|noon|midday|lunchtime)|(at\\s+)?\\d{1,2}([.:]\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.|h)?",
            Pattern.CASE_INSENSITIVE);

    private static boolean inBody(Sentence s, List<Block> blocks) {
        if (blocks.isEmpty()) return true;
        return Block.at(blocks, s.start()).map(b -> b.type().isBody()).orElse(false);
    }

    static EventCandidate candidate(EventKind kind, DateRange when, Map<Long, String> who, Map<Long, String> where,
                                            EventSource source) {
        return new EventCandidate(kind, when, List.copyOf(who.keySet()), List.copyOf(who.values()),
                List.copyOf(where.keySet()), List.copyOf(where.values()), source);
    }

    /** Whether a candidate reports the same event as a known one. */
    public static boolean sameEvent(EventCandidate c, Event e) {
        return sameEvent(c.kind(), c.when(), c.whoIds(), c.whereIds(), e.kind(), e.when(), e.whoIds(), e.whereIds());
    }

    /** Whether two candidates report the same event. */
    public static boolean sameEvent(EventCandidate a, EventCandidate b) {
        return sameEvent(a.kind(), a.when(), a.whoIds(), a.whereIds(), b.kind(), b.when(), b.whoIds(), b.whereIds());
    }

    static boolean sameEvent(EventKind k1, DateRange d1, Collection<Long> who1, Collection<Long> where1,
                             EventKind k2, DateRange d2, Collection<Long> who2, Collection<Long> where2) {
        return SameEvents.same(k1, d1, who1, where1, k2, d2, who2, where2);
    }

    /** The kind of a merged event: a visit absorbs a meeting. */
    public static EventKind mergedKind(EventKind a, EventKind b) {
        return a == EventKind.VISIT || b == EventKind.VISIT ? EventKind.VISIT : a;
    }

    /**
     * The date of a merged event: the more precise of the two; when both are days, both together ("a meeting on the
     * 15th" and "a visit from the 14th to the 16th" are the visit of the 14th to the 16th, in whichever order they
     * come); otherwise the first.
     */
    public static DateRange mergedDate(DateRange a, DateRange b) {
        if (a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY) {
            return new DateRange(a.start().isBefore(b.start()) ? a.start() : b.start(),
                    a.end().isAfter(b.end()) ? a.end() : b.end(), DatePrecision.DAY);
        }
        return b.precision().compareTo(a.precision()) < 0 ? b : a;
    }
}
