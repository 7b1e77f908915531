package org.parallax.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;

/**
 * The joining of undated sentences for {@link EventExtractor}: a sentence without the event's date that tells who else
 * takes part in the visit or meeting just told ("He is accompanied by X", "The delegation met X", "X greeted her on
 * arrival") adds its participants and places to that event, and one who goes "throughout the trip" joins every stop of
 * it.
 */
final class UndatedJoins {
    private UndatedJoins() {
    }

    /** "She was shown the new trains for the Metro by X": X takes part; what was shown, and what it is for, do not. */
    private static final String SHOWN_BY = "(was|were)\\s+(\\p{Ll}+\\s+)?shown\\s+[^,.;]{1,60}?\\s+by";
    /** Those one joins in the event told before: "joined the leaders for lunch", "joins the delegation". */
    private static final String JOINED_PARTY = "(them|him|her|the\\s+(two\\s+)?(leaders|ministers|delegations?|visitors|party))";
    /** The party told before greeted by a host: "X greeted her on arrival", "welcomed the king at the airport". */
    private static final String GREETED_PARTY = "(greet(s|ed)?|welcom(es|ed)|receiv(es|ed))\\s+(him|her|them|the\\s+(\\p{L}+\\s+)?("
            + EventExtractor.TITLE_NOUN + "|delegation|visitors|guests|couple|party))(?!\\s*['’])"
            // the visitor by name, met where one arrives: "X greeted Mehta at Jomo Kenyatta International Airport"
            + "|greet(s|ed)\\s+(?-i:\\p{Lu})[\\p{L}'’-]+\\s+(at|on)\\s+(the\\s+)?([^,.;]{0,40}?\\s)?(airport|airfield|tarmac|arrival|quayside|station)";

    /** Chairing the event told: "X chaired the video call from his office, with Y and Z joining from their capitals". */
    private static final String CHAIRED = "chair(s|ed|ing)\\s+(the|a|an|this|that)\\b";
    /**
     * A country sending someone to the event just told, right after its name: "Cape Verde sent Prime Minister X", "Rwanda
     * was represented by X". The country is no place of the event.
     */
    private static final Pattern SENDS = Pattern.compile("^\\s+(sent|sends|(was|were|is)\\s+represented\\s+by)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Time spent at a stop of the visit: "then spent an hour at the school, where X introduced him to pupils". */
    private static final String SPENT = "spen(t|ds?|ding)\\s+(a|an|one|two|three|four|several|the|half\\s+an)\\s+(\\p{Ll}+\\s+)?"
            + "(hours?|days?|mornings?|afternoons?|evenings?|nights?|minutes)\\s+(at|in|with|touring|visiting)";

    /**
     * A sentence without the event's date that tells who else takes part in the event just told: "He is accompanied by
     * X", "The two leaders were joined for lunch on deck by X", "The delegation met X", "Y was received by X at the
     * palace", "X chaired the call, with Y joining", "then spent an hour at the school, where X introduced him", "X also
     * attended the meeting", "After lunch she saw X and then Y", "The two leaders held talks for three hours and witnessed the signing ... by
     * X and Y", "At that meeting X and Y signed an agreement".
     */
    private static final Pattern JOINS = Pattern.compile("\\b((accompanied|joined)\\s+((?!by\\b)\\p{Ll}+\\s+){0,4}?by|led\\s+by|represented\\s+by"
            + "|chaired\\s+by|mediated\\s+by|tour(s|ed)|" + SHOWN_BY + "|" + CHAIRED + "|" + SPENT + "|sen(t|ds)\\s+(?=(?-i:\\p{Lu}))"
            + "|includes?|included|accompan(y|ies|ied|ying)|travel(s|led|ed|ling|ing)?\\s+with|call(s|ed)?\\s+on"
            + "|attend(s|ed)?|meet|met|meets|(saw|seen|sees)\\s+(?=(?-i:\\p{Lu}))|(hold|holds|held|holding)\\s+(\\p{Ll}+\\s+)?talks|sign(s|ed)|witness(es|ed)\\s+the\\s+signing"
            + "|also\\s+(\\p{Ll}+\\s+){0,2}?visit(s|ed)?|(flew|flies|fly|flown)\\s+in\\s+((by|on|aboard)\\s+[^,.;]{1,30}?\\s+)?from"
            + "|laid\\s+(a\\s+)?(wreaths?|flowers)|" + EventRoles.RECEPTION + "|" + GREETED_PARTY + "|join(s|ed)?\\s+" + JOINED_PARTY
            + ")\\b", Pattern.CASE_INSENSITIVE);
    /** The party told before, as an object pronoun: "will travel with him", "will accompany her". */
    private static final Pattern PARTY_OBJECT = Pattern.compile("\\b((with|accompan(y|ies|ied|ying)|joined|joins|join)\\s+"
            + "(him|her|them|the\\s+" + EventExtractor.TITLE_NOUN + ")|join(s|ed)?\\s+" + JOINED_PARTY + "|" + GREETED_PARTY + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHOWN = Pattern.compile("\\bshown\\s+[^,.;]{1,60}?\\s+by\\b", Pattern.CASE_INSENSITIVE);

    /** "X and Y have confirmed that they will attend.": attending, with nothing named, the event just told. */
    private static final Pattern ATTEND_IT = Pattern.compile("\\battend(s|ed|ing)?\\s*[.;!]?\\s*$", Pattern.CASE_INSENSITIVE);
    /** A sentence about an earlier part of the story ("Earlier in the tour, X visited Y"): not the event just told. */
    private static final Pattern EARLIER = Pattern.compile("^\\W*(earlier|previously|before\\s+that|last\\s+(week|month|year))\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The sentence's subject is the event's party already told: a pronoun, "the delegation", "the two leaders", also
     * after a fronted phrase ("In the afternoon the minister held talks ...").
     */
    private static final Pattern SAME_PARTY = Pattern.compile("^\\W*" + EventExtractor.FRONTED + "(he|she|they|the\\s+(\\p{L}+\\s+)?"
            + EventExtractor.PARTY_NOUN
            + "|the\\s+two\\s+(leaders|sides|ministers|delegations)|the\\s+(\\p{L}+\\s+)?" + EventExtractor.TITLE_NOUN + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Adds the participants and places of an undated sentence to the article's last visit or meeting (noting the sentence
     * in {@code joinedSources} as a source of it) when the sentence
     * tells who else took part in it ({@link #JOINS}) and is about it: it names one of its participants, its subject is
     * the same party ({@link #SAME_PARTY}), it refers back to it ("the meeting"), or the event names nobody yet; and it
     * gives no date of its own ({@code own}, a year too) or one in the event's year.
     */
    static EventCandidate joinUndated(List<EventCandidate> out, Map<EventCandidate, Integer> references,
                                              EventSource source, List<Mention> named, Map<Long, String> entityNames,
                                              List<Map.Entry<Integer, EventSource>> joinedSources, List<DateRange> own) {
        String sentenceText = source.sentenceText();
        int sentenceStart = source.sentenceStart();
        if (!JOINS.matcher(sentenceText).find() || NOT_MET.matcher(sentenceText).find() || ONLY_HOPED.matcher(sentenceText).find()
                || NotAnEvent.planOff(sentenceText)) {
            return null;
        }
        int last = out.size() - 1;
        // a statement is no visit, and "said after the meeting that ... from January" dates no event
        while (last >= 0 && (out.get(last).kind() == EventKind.STATEMENT
                || references.getOrDefault(out.get(last), EventExtractor.NEW_EVENT) == EventExtractor.TIME_ONLY)) {
            last--;
        }
        if (last < 0) return null;
        last = placeNamed(out, last, named);
        EventCandidate e = out.get(last);
        // "In his September 2013 address ...": a sentence dated in another year tells of another event
        if (!own.isEmpty() && own.stream().noneMatch(r -> r.end().getYear() >= e.when().start().getYear()
                && e.when().end().getYear() >= r.start().getYear())) {
            return null;
        }
        Map<Long, String> who = new LinkedHashMap<>();
        Map<Long, String> where = new LinkedHashMap<>();
        EventExtractor.roles(sentenceText, sentenceStart, named, entityNames, who, where);
        if (EARLIER.matcher(sentenceText).find()) return null;
        Matcher shown = SHOWN.matcher(sentenceText);
        if (shown.find()) {
            for (Mention m : named) {
                int at = m.start() - sentenceStart;
                if (at > shown.start() && at < shown.end() && named.stream().noneMatch(o -> o != m
                        && o.entityId().equals(m.entityId()) && (o.start() - sentenceStart < shown.start() || o.start() - sentenceStart >= shown.end()))) {
                    who.remove(m.entityId());
                }
            }
        }
        // a country sending someone ("Cape Verde sent X", "Rwanda was represented by X"): it takes part; it is no place
        List<Mention> senders = named.stream().filter(m -> m.type() == EntityType.LOCATION
                && SENDS.matcher(sentenceText.substring(Math.min(sentenceText.length(), m.end() - sentenceStart))).find()).toList();
        senders.forEach(m -> where.remove(m.entityId()));
        boolean opensWithSender = senders.stream().anyMatch(m -> sentenceText.substring(0, m.start() - sentenceStart).isBlank());
        boolean about = e.whoIds().isEmpty() || opensWithSender || SAME_PARTY.matcher(sentenceText).find()
                || EventExtractor.BACK_REFERENCE.matcher(sentenceText).find() || PARTY_OBJECT.matcher(sentenceText).find()
                || ATTEND_IT.matcher(sentenceText).find() || startsWithSurname(sentenceText, e.who())
                || named.stream().anyMatch(m -> e.whoIds().contains(m.entityId()));
        if (!about || (who.isEmpty() && where.isEmpty())) return null;
        Map<Long, String> allWhere = new LinkedHashMap<>();
        for (int i = 0; i < e.whereIds().size(); i++) allWhere.put(e.whereIds().get(i), e.where().get(i));
        if (e.kind() == EventKind.MEETING && e.whoIds().size() == 2 && ALSO_MET.matcher(sentenceText).find()
                && who.keySet().stream().anyMatch(id -> !e.whoIds().contains(id))) {
            // "X met Y in Muscat today. He also met Z": a meeting of X's own with Z, the same day and place
            Map<Long, String> party = new LinkedHashMap<>();
            party.put(e.whoIds().get(0), e.who().get(0));
            who.forEach(party::putIfAbsent);
            where.forEach(allWhere::putIfAbsent);
            EventCandidate other = EventExtractor.candidate(EventKind.MEETING, e.when(), party, allWhere, source);
            out.add(other);
            return other;
        }
        Map<Long, String> allWho = new LinkedHashMap<>();
        allWhere.clear();
        for (int i = 0; i < e.whoIds().size(); i++) allWho.put(e.whoIds().get(i), e.who().get(i));
        for (int i = 0; i < e.whereIds().size(); i++) allWhere.put(e.whereIds().get(i), e.where().get(i));
        who.forEach(allWho::putIfAbsent);
        where.forEach(allWhere::putIfAbsent);
        EventCandidate widened = EventExtractor.candidate(e.kind(), e.when(), allWho, allWhere, e.source());
        Integer ref = references.remove(e);
        if (ref != null) references.put(widened, ref);
        out.set(last, widened);
        joinedSources.add(Map.entry(last, source));
        return widened;
    }

    /**
     * "In Dakar she met X" after the stops of a tour: the event told last names other places, an earlier one of the
     * article names this one, so the sentence is about that earlier event.
     */
    private static int placeNamed(List<EventCandidate> out, int last, List<Mention> named) {
        List<Long> places = named.stream().filter(m -> m.type() == EntityType.LOCATION).map(Mention::entityId).toList();
        if (places.isEmpty() || out.get(last).whereIds().stream().anyMatch(places::contains)) return last;
        for (int k = last - 1; k >= 0; k--) {
            EventCandidate e = out.get(k);
            if (e.kind() != EventKind.STATEMENT && e.whereIds().stream().anyMatch(places::contains)) return k;
        }
        return last;
    }

    /**
     * A second meeting told after a meeting of two: "He also met a delegation led by X", "She also received Y". A
     * meeting of its own (a talk inside a visit still joins the visit).
     */
    private static final Pattern ALSO_MET = Pattern.compile("^\\W*(he|she)\\s+also\\s+(met|received|held\\s+talks\\s+with|saw"
            + "|sat\\s+down\\s+with)\\b", Pattern.CASE_INSENSITIVE);

    /** A meeting or visit denied: "who has not yet met X", "were not expected to meet": nobody joins through it. */
    private static final Pattern NOT_MET = Pattern.compile("\\b(not|never)\\s+((yet|been|expected\\s+to|due\\s+to|planning\\s+to"
            + "|going\\s+to)\\s+)?(met|meet|meets|visit|visited|attend|attended)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A visit or meeting only hoped for, or a leg left out: "had also hoped to visit X, but the trip could not be fitted
     * in", "said he hoped to meet Y". Its names are of no event that took place.
     */
    private static final Pattern ONLY_HOPED = Pattern.compile("\\b((hope[sd]?|hoping|wish(es|ed)?)\\s+to\\s+(visit|meet|travel|go|stop|see"
            + "|call\\s+on)|could\\s+not\\s+be\\s+(fitted|squeezed)\\s+in)\\b", Pattern.CASE_INSENSITIVE);

    /** Someone who goes the whole trip: "X will accompany him throughout the trip", "... for the whole visit". */
    private static final Pattern WHOLE_TRIP = Pattern.compile("\\b(throughout|for\\s+the\\s+(whole|entire|full)\\s+(trip|tour"
            + "|visit|journey|mission)|on\\s+(all|every|each)\\s+(legs?|stops?)\\s+of)\\b", Pattern.CASE_INSENSITIVE);
    /** How far from the event a companion joined another stop of the same trip may be, in days. */
    private static final int TRIP_DAYS = 14;

    /** The companions of a whole trip, the party they go with (its first participant) and the event they joined. */
    record Companion(long subject, DateRange when, Map<Long, String> who) {
    }

    /** Notes the sentence's participants as companions of the whole trip when it says so and joined an event. */
    static void companion(EventCandidate joined, String sentenceText, int sentenceStart, List<Mention> named,
                                  Map<Long, String> entityNames, List<Companion> companions) {
        if (joined == null || joined.whoIds().isEmpty() || !WHOLE_TRIP.matcher(sentenceText).find()) return;
        Map<Long, String> who = new LinkedHashMap<>();
        EventExtractor.roles(sentenceText, sentenceStart, named, entityNames, who, new LinkedHashMap<>());
        who.remove(joined.whoIds().get(0));
        if (!who.isEmpty()) companions.add(new Companion(joined.whoIds().get(0), joined.when(), who));
    }

    /**
     * A companion of the whole trip takes part in every stop of it: each visit or meeting of the article with the same
     * party, within {@link #TRIP_DAYS} days of the event the companion sentence joined (not the party's earlier trips).
     */
    static void joinWholeTrip(List<EventCandidate> out, Map<EventCandidate, Integer> references,
                                      List<Companion> companions) {
        for (Companion k : companions) {
            for (int i = 0; i < out.size(); i++) {
                EventCandidate e = out.get(i);
                if (e.kind() == EventKind.STATEMENT || !e.whoIds().contains(k.subject())) continue;
                if (e.when().end().isBefore(k.when().start().minusDays(TRIP_DAYS))
                        || e.when().start().isAfter(k.when().end().plusDays(TRIP_DAYS))) continue;
                Map<Long, String> who = new LinkedHashMap<>();
                for (int j = 0; j < e.whoIds().size(); j++) who.put(e.whoIds().get(j), e.who().get(j));
                k.who().forEach(who::putIfAbsent);
                if (who.size() == e.whoIds().size()) continue;
                Map<Long, String> where = new LinkedHashMap<>();
                for (int j = 0; j < e.whereIds().size(); j++) where.put(e.whereIds().get(j), e.where().get(j));
                EventCandidate widened = EventExtractor.candidate(e.kind(), e.when(), who, where, e.source());
                Integer ref = references.remove(e);
                if (ref != null) references.put(widened, ref);
                out.set(i, widened);
            }
        }
    }

    /** The sentence opens with the surname of one who takes part ("Dask is also expected ..."), linked or not. */
    private static boolean startsWithSurname(String sentenceText, List<String> who) {
        Matcher m = FIRST_WORD.matcher(sentenceText);
        if (!m.find()) return false;
        String first = m.group(1);
        for (String name : who) {
            String[] words = name.strip().split("\\s+");
            if (words.length > 1 && words[words.length - 1].equals(first)) return true;
        }
        return false;
    }

    private static final Pattern FIRST_WORD = Pattern.compile("^\\W*(\\p{Lu}[\\p{L}'’-]+)\\s+\\p{Ll}");
}
