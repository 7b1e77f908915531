package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.store.EventRepository;
import org.parallax.testsupport.FreshNews;
import org.parallax.testsupport.TestLibrary;

/**
 * Holds the events figure on the freshly written news articles (src/test/resources/fresh-news/events, performance.md
 * "Events in freshly written news"): the twelve articles are imported into a real library and run through the NLP
 * queue with the real CoreNLP engine, and the library's visits and meetings are scored against {@code expected.tsv},
 * the machine-readable form of the reader's {@code gold.txt} (25 visits and meetings).
 *
 * <p>As performance.md scores them: a gold event is found when a visit or meeting carries its sentence; its date is
 * right when the event's dates lie within the gold range; its place and participant sets are right only when exactly
 * equal (optional names aside); it is fully right when all four hold. Where several events carry the sentence, the
 * one scoring best counts. A talk inside a visit may be merged into it: then it is scored as the visit is. A false
 * event is a visit or meeting carrying no gold sentence. The floors are today's counts: any drop fails.
 */
@Tag("contract")
class FreshNewsEventsTest {
    /**
     * Today's counts, scored strictly. performance.md ("after 6d0e0f9") gives participants 21 of 24 and 20 of 25 fully
     * right; here Pal Jonson (a12) is stored as "Jonson" alone, a surname the gold's full name does not match, so 20
     * and 19. False events: the one false event (a08's "in the new year", 2027-01-01) and the one extra fragment
     * (a06's "also met ... on Thursday", 17 September, apart from the reception of 16 September). With a name cut at its
     * particle made whole ("Henrique Gouveia e Melo", engine revision 69): participants 22, fully right 22.
     */
    private static final int FOUND_FLOOR = 25;
    private static final int DATE_FLOOR = 24;
    private static final int PLACE_FLOOR = 25;
    private static final int WHO_FLOOR = 22;
    private static final int FULLY_RIGHT_FLOOR = 22;
    private static final int FALSE_CEILING = 2;

    private static final java.util.regex.Pattern ROYAL_TITLE =
            java.util.regex.Pattern.compile("^(?:King|Queen|Emperor|Empress|Prince|Princess|Pope) ");

    @TempDir
    static Path dir;
    static AppContext ctx;
    static Map<Long, String> articleName;

    record Gold(String id, String article, String sentence, LocalDate lo, LocalDate hi, Set<String> places,
                Set<String> optionalPlaces, Set<String> who, Set<String> optionalWho, String partOf) {
    }

    record Score(boolean found, boolean date, boolean place, boolean who) {
        boolean fully() {
            return found && date && place && who;
        }

        int points() {
            return (found ? 1 : 0) + (date ? 1 : 0) + (place ? 1 : 0) + (who ? 1 : 0);
        }
    }

    @BeforeAll
    static void importAndRecognise() {
        ctx = TestLibrary.context(dir.resolve("library.db"));
        articleName = new java.util.HashMap<>();
        FreshNews.importAndRecognise(ctx, "events", 12).forEach((name, a) -> articleName.put(a.id(), name));
    }

    @AfterAll
    static void close() {
        if (ctx != null) ctx.close();
    }

    /**
     * The second held-out set (fresh-news/events3, 33 visits and meetings over twelve articles: stops, trips cut short
     * or postponed, hosts of several visitors, participants named over several sentences, titles and pronouns,
     * datelines, phone calls and interviews). Held out 4/33 fully right with 7 false events; after the fixes 19/33
     * with 1 (performance.md "Events in freshly written news, a second check"), 21/33 with 0 after the events4 fixes,
     * 22/33 after the events5 fixes. The one false event since then is a12's "will travel to Argentina and Uruguay in
     * October", the trip as a whole: events4 and events5 count such a trip as an event of its own (I4x, J3x) and the
     * events5 fix keeps it apart from its stops, but events3's gold, written first, lists only the stops.
     */
    // 25/33 at engine revision 32: "Rwanda was represented by X" after "hosted ministers from ... Rwanda" joins X (a11)
    // 26/33 (place 29) at engine revision 50: "toured the Malaba border crossing" places Malaba (H11b)
    // 27/33 (place 30) at engine revision 95: a placeless meeting takes the dateline's city ("PARIS: ..."; H9b)
    private static final int[] EVENTS3_FLOORS = {30, 30, 30, 27, 27};
    private static final int EVENTS3_FALSE_CEILING = 1;

    @Test
    void freshNewsEvents3HoldTodaysFigure(@TempDir Path dir3) throws IOException {
        holdsFloors("events3", dir3, EVENTS3_FLOORS, EVENTS3_FALSE_CEILING);
    }

    /**
     * The third held-out set (fresh-news/events4, 45 visits and meetings over twelve articles: wire copy with agency
     * datelines, a ministry press release, a minister's tour of a region, a trade mission, a royal and a papal visit, a
     * summit, talks in a third country, a cancelled visit, a meeting on a summit's sidelines, "yesterday", a programme
     * with times). Held out 12/45 fully right with 1 false event; after the fixes 33/45 (performance.md "Events in
     * freshly written news, a third check"); 40/45 after the events5 fixes; 41/45 with "when they met" (I6e).
     */
    private static final int[] EVENTS4_FLOORS = {44, 44, 44, 41, 41};
    private static final int EVENTS4_FALSE_CEILING = 0;

    @Test
    void freshNewsEvents4HoldTodaysFigure(@TempDir Path dir4) throws IOException {
        holdsFloors("events4", dir4, EVENTS4_FLOORS, EVENTS4_FALSE_CEILING);
    }

    /**
     * The fourth held-out set (fresh-news/events5, 48 visits and meetings over twelve articles: a foreign delegation to
     * a regional city, a sports team's official visit, a three-country tour a day per country, a visit told twenty years
     * on, an opposition leader's trip, a disaster area, talks by video link, talks postponed then held, a spokesperson's
     * "from 3 to 5 May", a state banquet, an envoy shuttling between two capitals, two overlapping visits). Held out
     * 13/48 fully right with 4 false events; after the fixes 27/48 with 2 (performance.md "Events in freshly written
     * news, a fourth check"); 31/48 after the date fixes of issue 15 item 4 (a04's "The next day" and "on 15 May" in
     * 2008, a08's "had agreed on a new round ... on 20 October"); 36/48 after weekdays after "next week" are that week's
     * and a host's second guest at the same time starts an event of their own (a12); 37/48 (found 46) after "returned to
     * X on Wednesday to brief Y" is a visit (a11, events8); 38/48 (found 47) after "is due back in X next week" is a
     * visit (a11, engine revision 32); 39/48 (participants 42) after "met both negotiators" is the two of the last
     * event that named two (J8c, engine revision 36); found 48, date 48, place 43 after a visit "in 1992" is an event
     * (J10e, engine revision 45).
     */
    // 40/48 (participants 43) with a subject named by title alone as the person introduced with it (J10e)
    private static final int[] EVENTS5_FLOORS = {48, 48, 43, 43, 40};
    private static final int EVENTS5_FALSE_CEILING = 2;

    @Test
    void freshNewsEvents5HoldTodaysFigure(@TempDir Path dir5) throws IOException {
        holdsFloors("events5", dir5, EVENTS5_FLOORS, EVENTS5_FALSE_CEILING);
    }

    /**
     * The fifth held-out set (fresh-news/events6, 45 visits and meetings over twelve articles: a royal opening told by a
     * local paper, a defence minister's unannounced visit to troops abroad, a trade fair with several delegations, a
     * visiting rector's partnership signing, a president hosting two leaders on consecutive days, a visit cut short by
     * a crisis at home, a parliamentary committee's fact-finding trip, a diaspora leader's homecoming, a summit whose
     * venue moved, a retrospective "a year after his visit to Kyiv", a liveblog with times, and a story with "visit"
     * and "meeting" but no visit or meeting). Held out 6/45 fully right with 7 false events (found 29, date 23, place 16,
     * participants 16); after the fixes 11/45 with 1 (found 36, date 31, place 20, participants 20; performance.md "Events
     * in freshly written news, a fifth check"). The one false event is a03's "opened its doors on Monday with official
     * delegations from 14 countries", a fair's opening naming no delegation. A person opening a building or place as a
     * visit (events7): 14/45 with 1 (found 39, date 34, place 22, participants 24). A host's two guests on two days as
     * a meeting a day (events8): 15/45 (place 23). "Lula" linked to "Luiz Inacio Lula da Silva" (engine revision 28,
     * NameRuns): 18/45 (participants 27). Undated "held talks" and signings joining the event just told (engine revision
     * 29): found 41, date 36, participants 28.
     */
    // 23/45 (place 29, participants 33) with a title subject and a title with its holder named after it (K11)
    private static final int[] EVENTS6_FLOORS = {41, 36, 29, 33, 23};
    private static final int EVENTS6_FALSE_CEILING = 1;

    @Test
    void freshNewsEvents6HoldTodaysFigure(@TempDir Path dir6) throws IOException {
        holdsFloors("events6", dir6, EVENTS6_FLOORS, EVENTS6_FALSE_CEILING);
    }

    /**
     * The sixth held-out set (fresh-news/events7, 48 visits and meetings over twelve articles, 2030: a foreign
     * minister's four-capital tour told with "leaving X for Y" and "from there", a governor touring a flooded county
     * told through quotes, a sports federation inspecting a venue, a state visit's programme told in advance, talks
     * aboard a ship, a UN envoy refused entry at a border, a visit told in the passive, two chief executives, a
     * pilgrimage, an obituary's visits of past years, a news brief with two unrelated visits, a twin-town delegation).
     * Held out 10/48 fully right with 6 false events (found 40, date 36, place 18, participants 14); after the fixes by
     * kind 18/48 with 3 (found 44, date 39, place 22, participants 21); with a week-long tour's stops kept apart 23/48
     * (date 42, place 27, participants 26); found 45, date 43, place 28 with "flew in by helicopter from X"; with the
     * dates "the day before", "would ... in June" and "the Christmas lights switch-on" 24/48 with 2 (date 45, place 29,
     * participants 27); with "the island" alone as the island named before, "the Commission's president, X" as X alone
     * and a programme's days kept apart from the week-dated visit (L4b, L4c, L9b): 28/48 with 2 (date 45, place 33,
     * participants 31); with "President Recep Tayyip Erdogan" whole where the recogniser tagged "Tayyip Erdogan" (engine
     * revision 28, NameRuns): 32/48 (participants 35); 1 false event after "would try again to visit" is none (engine
     * revision 32). With a town typed a person in one sentence no participant (engine revision 63): 33/48 (place 34,
     * participants 36).
     */
    // 34/48 (participants 37) with "the patriarch" as the patriarch named before (L9d); 35/48 (place 35) with two
    // single-place visits of one day kept apart (engine revision 83, L6b)
    private static final int[] EVENTS7_FLOORS = {45, 45, 35, 37, 35};
    private static final int EVENTS7_FALSE_CEILING = 1;

    @Test
    void freshNewsEvents7HoldTodaysFigure(@TempDir Path dir7) throws IOException {
        holdsFloors("events7", dir7, EVENTS7_FLOORS, EVENTS7_FALSE_CEILING);
    }

    /**
     * The seventh held-out set (fresh-news/events8, 56 visits and meetings over twelve articles, 2031: a state funeral
     * abroad with several delegations, proximity talks with a mediator shuttling between two delegations in one city, a
     * prime minister's domestic visit to a hospital and a school, a chief executive's plant visit told by the local paper,
     * a virtual summit beside an in-person one, a visit postponed twice before it happened, a reciprocal visit, an
     * arrival "met at the airport by" a deputy, five bilateral meetings in one day at the UN General Assembly, a rugby
     * team's reception by a head of state, a visit told through clock times, a future trip told with "will travel next
     * month" and "is expected to"; negatives: "a meeting of minds", "the visiting team", "visitor numbers", "met
     * expectations"). Held out 19/56 fully right with 2 false events (found 42, date 37, place 30, participants 25); after
     * the fixes by kind (engine revision 29: "met every expectation", a place in "a year after X's trip to Y", "Her last
     * meeting", undated talks and signings, a part of the story's day) 28/56 with 1 (found 44, date 39, place 36,
     * participants 30); with attending an occasion as a visit ("attended the state funeral", "attending the final")
     * 29/56 (found 46, date 41, place 38, participants 31); with "came to", "left for", "due back in" as visits,
     * "chaired the call" and "spent an hour at" joining, and a meeting told only as possible ("could follow ... if") as
     * none (engine revision 32): 35/56 with 0 (found 50, date 45, place 40, participants 38); with a country sending
     * someone ("Cape Verde sent X") joining them: found 52, date 47, place 42; with an undated "she saw X and then Y"
     * joining the day's meetings (engine revision 36): 37/56 (found 54, date 49, place 44, participants 40); place 46
     * with "the company's Washington plant" placing Washington (engine revision 50). With a place-less meeting on a trip
     * taking the trip's town (engine revision 61): 38/56, place 48. With "flies to Barcelona on Friday" looking ahead
     * (engine revision 69): 39/56, date 50.
     */
    private static final int[] EVENTS8_FLOORS = {54, 50, 48, 40, 39};
    private static final int EVENTS8_FALSE_CEILING = 0;

    @Test
    void freshNewsEvents8HoldTodaysFigure(@TempDir Path dir8) throws IOException {
        holdsFloors("events8", dir8, EVENTS8_FLOORS, EVENTS8_FALSE_CEILING);
    }

    /**
     * The eighth held-out set (fresh-news/events9, 56 visits and meetings over twelve articles, 2032: a parliamentary
     * delegation's week told day by day in the past, a roadshow schedule told as "Day: City" lines, a sports body's
     * inspection visit, a minister's constituency surgery, a trade fair with three ministers, an envoy's shuttle told in
     * reported speech, an interview with past and planned meetings, ambassadors presenting credentials, a local-paper
     * royal visit with clock times, a correction of a meeting's day and place; negatives: "meet the deadline",
     * "visiting professor", "the summit of the mountain", "met with criticism", "met its target"). Held out 12/56 fully
     * right with 3 false events (found 43, date 36, place 26, participants 19). After the fixes by kind (engine
     * revision 36: a mountain's summit and a correction's error as no event, "spent Thursday in", "left at 4.30pm for",
     * "the EU's envoy for X, Y" as Y alone, "paid a courtesy call on", "received the credentials"): 15/56 with 1 (found
     * 49, date 42, place 28, participants 23). With a quote's "I" as its speaker (engine revision 50): 17/56
     * (participants 25). With a programme's list lines as the visitor's events (engine revision 55): 21/56 (found 51,
     * date 44, place 31, participants 29).
     */
    // 22/56 (place 32) at engine revision 75: "Okafor last visited the estate" takes the last event's place (N4d)
    // 24/56 (found 52, date 45, place 33, participants 31) at engine revision 90: a meeting told in ", where" after a
    // statement's date (N12c), and "They" after it its party (N12d)
    private static final int[] EVENTS9_FLOORS = {52, 45, 33, 31, 24};
    private static final int EVENTS9_FALSE_CEILING = 1;

    @Test
    void freshNewsEvents9HoldTodaysFigure(@TempDir Path dir9) throws IOException {
        holdsFloors("events9", dir9, EVENTS9_FLOORS, EVENTS9_FALSE_CEILING);
    }

    /**
     * The ninth held-out set (fresh-news/events10, 57 visits and meetings over twelve articles, 2033: a foreign minister's
     * tour told in one paragraph, a mayor's twin-town visit, a union leader's talks with an employer, a state banquet
     * told from the host's side, a bishop's pastoral visit, a scientist's field trip, a summit's sidelines as a list, a
     * meeting called off and moved, a profile with visits by year, a trade mission as "the group" and "they", a
     * pottery's royal visit told by its hosts; negatives: "meet the press", "visitor numbers", "a meeting point", "a visit
     * to the doctor", "no formal meeting", bodies' own sessions). Held out 7/57 fully right with 6 false events (found
     * 35, date 30, place 14, participants 13). After the fixes by kind (engine revision 45: a visit or meeting "in 1998"
     * or "last year", "meet the press", "a meeting point", "hopes to visit", members' own sessions, "was to have taken
     * place", "the two" and "; they" as the party told before, "played host to"): 11/57 with 0 (found 43, date 37, place
     * 19, participants 18). With a programme's list lines as the visitor's events (engine revision 55) the summit's list
     * lines are found, joined to the sidelines meeting: found 47, place 23. With "Dame" no part of a shown name (engine
     * revision 61): 15/57, participants 23.
     */
    // found 48, date 38, participants 24 at engine revision 75: "Castellanos had welcomed Matos" is a visit's cue (S1b)
    // 16/57 (place 25) at engine revision 90: "before flying to Mexico City on Friday" is Friday's place, not today's (S1d)
    private static final int[] EVENTS10_FLOORS = {48, 38, 25, 25, 16};
    private static final int EVENTS10_FALSE_CEILING = 0;

    @Test
    void freshNewsEvents10HoldTodaysFigure(@TempDir Path dir10) throws IOException {
        holdsFloors("events10", dir10, EVENTS10_FLOORS, EVENTS10_FALSE_CEILING);
    }

    /**
     * The tenth held-out set (fresh-news/events11, 47 visits and meetings over twelve articles, 2034: a staff newsletter's
     * site visits, a football team's away fixtures (no visits) beside its hospital visit and civic reception, a state
     * visit's bulleted programme, talks between two sides in a neutral city, an ambassador's credentials, a local paper's
     * hospital visit, an opposition leader's campaign stops, a video call, a meeting told by one side only, an
     * interview's "I", news briefs; negatives: "visiting hours", "the visiting team", "met expectations", "a meeting of
     * minds", a phone call, an undated return visit, a denial, bodies' own sessions). Held out 8/47 fully right with 4
     * false events (found 31, date 29, place 19, participants 15). After the fixes by kind (engine revision 50: visiting
     * hours and away fixtures, letters of credence and "called on", a place before its site, campaign stops and "she is
     * in X", a video call and "the two men", a quote's "I", "The talks continued"): 18/47 with 1 (found 39, date 37,
     * place 28, participants 24). With a programme's list lines as the visitor's events and "the week it became a
     * capital" as no date of today and "in 2011, the week ..." as 2011 (engine revision 55): 20/47 with 0 (found 40,
     * date 38, place 29, participants 28). With a town gone to no participant (engine revision 61): 21/47,
     * participants 29.
     */
    // 24/47 (place 31, participants 32) with "the X leader, Y," no reference back to the last event's party (G7)
    private static final int[] EVENTS11_FLOORS = {40, 38, 31, 32, 24};
    private static final int EVENTS11_FALSE_CEILING = 0;

    @Test
    void freshNewsEvents11HoldTodaysFigure(@TempDir Path dir11) throws IOException {
        holdsFloors("events11", dir11, EVENTS11_FLOORS, EVENTS11_FALSE_CEILING);
    }

    /**
     * The eleventh held-out set (fresh-news/events12, 49 visits and meetings over twelve articles, 2035: a royal tour
     * told day by day by a court correspondent, a trade mission's named business leaders, a school exchange, a trial
     * witness's account, a meeting told only in a headline and captions, a visit postponed then held, a council's
     * minutes, wire briefs with datelines, a profile's past trips ("Her 2031 trip to Lima"), two mayors on a border
     * bridge, a club's news, an envoy's shuttle; negatives: "visiting the website", "meet the deadline", "the meeting
     * room", "the visiting team", "met with criticism", a denial, bodies' own sessions). Held out 8/49 fully right with 4
     * false events (found 34, date 28, place 20, participants 14). After the fixes by kind (engine revision 57: minutes'
     * own sessions and a visiting team, a profile's "Her 2031 trip", a dateline's date, "the delegation" as the last
     * visitor): 12/49 with 1 (found 35, date 30, place 21, participants 18). With a trip's town, streets as no
     * participants and "Cllr" as a title (engine revision 61): 15/49 (place 22, participants 21). With a town typed a
     * person no participant and "the England and [Wales Cricket Board]" named whole (engine revision 63): 17/49 (place
     * 23, participants 23).
     */
    // 18/49 (place 24) with "Ashby Library" placing Ashby (G7b)
    private static final int[] EVENTS12_FLOORS = {35, 30, 24, 23, 18};
    private static final int EVENTS12_FALSE_CEILING = 1;

    @Test
    void freshNewsEvents12HoldTodaysFigure(@TempDir Path dir12) throws IOException {
        holdsFloors("events12", dir12, EVENTS12_FLOORS, EVENTS12_FALSE_CEILING);
    }

    /**
     * The twelfth held-out set (fresh-news/events13, 50 visits and meetings over twelve articles, 2036: a patriarch's
     * pastoral journey, a company press release's plant tour, a UN spokesperson's daily briefing, a local "around town"
     * column, a club statement on a hospital visit, bilaterals on a summit's margins, visits told in the passive, a
     * future itinerary by weekdays, a cancelled visit beside a held one, a Q&A interview, a ministry's courtesy calls, a
     * family reunion; negatives: "meet the press", "visiting professor", "site visit", "met its target", "meeting point",
     * bodies' own sessions, a meeting that did not take place, one to be rescheduled). Held out 11/50 fully right with
     * 2 false events (found 37, date 30, place 26, participants 17). After the fixes by kind (a passive visit's subject
     * with its town, a council's closed consultations and visiting fans, a body "proud to share", "dropped in at" and
     * "popped into", a town's building named after it, "He also met" after a meeting of two, the summit's margins, a
     * subject named by title alone, "sat down with"): 23/50 with 0 (found 41, date 34, place 31, participants 28). With
     * "travels on to Katowice ... on Wednesday" looking ahead and "Salem bin Awad" whole (engine revision 69): 24/50
     * (date 35, participants 29).
     */
    // found 42, date 36, place 32 at engine revision 75: "X welcomed the patriarch at the port" is found (A1a)
    private static final int[] EVENTS13_FLOORS = {42, 36, 32, 29, 24};
    private static final int EVENTS13_FALSE_CEILING = 0;

    @Test
    void freshNewsEvents13HoldTodaysFigure(@TempDir Path dir13) throws IOException {
        holdsFloors("events13", dir13, EVENTS13_FLOORS, EVENTS13_FALSE_CEILING);
    }

    /**
     * The thirteenth held-out set (fresh-news/events14, 47 visits and meetings over twelve articles, 2037: a frigate's
     * port calls, a trade mission, prison visits by an inspector and a relative, a flood tour told by ordinal days, a
     * timeline box, an interfaith meeting and a video call, visits told from the host's side, reported speech dated from
     * a past date, a talk show, a transparency return's dated lines, a first-person plural blog, news briefs; negatives:
     * "open to visitors", "call at any time", "a welcome boost", "visiting hours", "a visit to the doctor", "visitor
     * numbers", "the minutes of the meeting", "hosted the World Cup in 2030", a talk show's interview, bodies' own
     * sessions). Held out 11/47 fully right with 6 false events (found 40, date 32, place 24, participants 20). After the
     * fixes by kind (engine revision 75: the host's side, a tournament hosted, a box's capital heading, port calls, "the
     * three", "visited the jail"): 17/47 with 5 (found 45, date 37, place 26, participants 30).
     */
    private static final int[] EVENTS14_FLOORS = {46, 40, 31, 32, 20};
    private static final int EVENTS14_FALSE_CEILING = 2;

    @Test
    void freshNewsEvents14HoldTodaysFigure(@TempDir Path dir14) throws IOException {
        holdsFloors("events14", dir14, EVENTS14_FLOORS, EVENTS14_FALSE_CEILING);
    }

    /**
     * The fourteenth held-out set (fresh-news/events15, 52 visits and meetings over twelve articles, 2037: a government
     * readout, a published diary of engagements, South Asian courtesy calls, an earnings-call transcript, a commander's
     * inspection, a visit denied by a spokesman, a return visit, social-media posts, a translated wire dated by days of
     * the month, a postponed state visit beside one for next month, a club report, a campaign's stops in one sentence;
     * negatives: "visit our website", "met the deadline", "met with criticism", "met expectations", "the visiting team",
     * "hosted a podcast", a denied visit, a postponed one). Held out 15/52 fully right with 2 false events (found 38, date
     * 32, place 20, participants 19). After the fixes by kind (engine revision 82: a denied visit, the visiting team of a
     * match, "met with relief", an inspection of troops, "the general" and "the High Commissioner" as subjects, "received
     * the foreign minister"): 16/52 with 0 (found 41, date 34, place 22, participants 21). Engine revision 83 (a trip's
     * stops listed in one sentence, a diary line's timed entries): 18/52 with 0 (place 26, participants 24). After a South Asian honorific
     * left out of a name ("Sardar Imtiaz Khosa" is Imtiaz Khosa; engine revision 85): 17/52 and participants 23 on their own;
     * all of stop 44 together: 19/52 with 0 (found 41, date 34, place 26, participants 26).
     */
    private static final int[] EVENTS15_FLOORS = {41, 34, 26, 26, 19};
    private static final int EVENTS15_FALSE_CEILING = 0;

    @Test
    void freshNewsEvents15HoldTodaysFigure(@TempDir Path dir15) throws IOException {
        holdsFloors("events15", dir15, EVENTS15_FLOORS, EVENTS15_FALSE_CEILING);
    }

    /**
     * The fifteenth held-out set (fresh-news/events16, 44 visits and meetings over twelve articles, 2037: visits told in
     * the passive ("was received by the emir", "was hosted at a dinner by"), stays given by their length ("for a three-day
     * visit"), a visit across a month and one across a year, stopovers, "flies on to", a trip cut short, an ambassador's
     * farewell calls, joint press conferences, a visit in the past perfect, photo captions, a parliamentary delegation,
     * an opinion piece, indirect speech; negatives: "met its target", "the meeting room", "visitor numbers", "hosted the
     * European Games", "visiting professor", "should visit", "a visit to the doctor", a cancelled leg, "hoped to visit").
     * Held out 9/44 fully right with 3 false events (found 39, date 33, place 14, participants 18). After the fixes by
     * kind (engine revision 86: joint press conferences, farewell calls, "should visit" and "a visit to the doctor",
     * places after going home or on the way, "The two leaders travel", "Before that, from ..."): 17/44 with 1 (found 42,
     * date 36, place 20, participants 22). At engine revision 90 (two calls on two days in clauses opened by their days,
     * a visit only hoped for adds no place, talks then flying on to a meeting elsewhere): 19/44 (date 38, place 23,
     * participants 25). At engine revision 95 (a lone surname the tagger missed is the person named in full before):
     * 20/44 (participants 26).
     */
    private static final int[] EVENTS16_FLOORS = {42, 38, 23, 26, 20};
    private static final int EVENTS16_FALSE_CEILING = 1;

    @Test
    void freshNewsEvents16HoldTodaysFigure(@TempDir Path dir16) throws IOException {
        holdsFloors("events16", dir16, EVENTS16_FLOORS, EVENTS16_FALSE_CEILING);
    }

    /**
     * The sixteenth held-out set (fresh-news/events17, 46 visits and meetings over twelve articles, 2038: a state visit
     * told as a programme by ordinal days, a visit dated only in its headline and standfirst, a summit of many leaders,
     * a host named by office only, a visit told from the host country's side, "touched down in", "in town for",
     * "concluded a two-day visit", "wrapped up a visit", a visit postponed to new dates, a numbered timeline, a meeting
     * at the airport on arrival, an envoy's shuttle, a video call beside a phone call; negatives: "Since the 2031 state
     * visit", "Meet the Press", "met expectations", "the visiting side", "a visit from the bailiffs").
     * Held out 21/46 fully right with 0 false events (found 42, date 31, place 28, participants 28). After the fixes by
     * kind (engine revision 95: a lone surname the tagger missed, "visits ... from Wednesday" looking ahead, the
     * dateline's city for a placeless meeting, "Kenya welcomed X"): 31/46 with 0 (date 34, place 32, participants 32).
     * With a host greeting the visitor by name at the airport joined to the visit: 32/46 (found 43, date 35, place 33).
     * With an undated meeting tied to the event just told taking its day (engine revision 98): 33/46 (found 44, date 36,
     * place 34, participants 33).
     */
    private static final int[] EVENTS17_FLOORS = {44, 36, 34, 33, 33};
    private static final int EVENTS17_FALSE_CEILING = 0;

    @Test
    void freshNewsEvents17HoldTodaysFigure(@TempDir Path dir17) throws IOException {
        holdsFloors("events17", dir17, EVENTS17_FLOORS, EVENTS17_FALSE_CEILING);
    }

    /**
     * The seventeenth held-out set (fresh-news/events18, 48 visits and meetings over twelve articles, 2039: Nigerian and
     * Indian news style with honorifics ("Alhaji", "Shri", "Smt"), "received in audience", a tour told latest first, a
     * meeting denied then confirmed, a sports minister at a final abroad, "a three-day visit beginning Monday", meetings in
     * named buildings without a city (Chequers, the Elysee Palace), a correspondent's first-person notebook, a joint
     * communique, "since Saturday"; negatives: "visit the council's website", "the meeting room", "met the criteria", an
     * undated hope, a body's own session, an invitation, "no such meeting took place", a match). Held out 16/48 fully
     * right with 4 false events (found 41, date 33, place 28, participants 25). After the fixes by kind (engine revision
     * 100: an honorific before a full name, "Alhaji", "Shri", "Smt", "Honourable", is no part of it; an invitation to
     * visit and "no such meeting took place" are no events): 17/48 with 2 (participants 27). A short round on the kinds
     * left (engine revision 102: the day before a reporting verb is the statement's when the clause gives its own; an
     * audience is a meeting): 18/48 with 2 (found 43, date 36, place 30, participants 27).
     */
    private static final int[] EVENTS18_FLOORS = {43, 36, 30, 27, 18};
    private static final int EVENTS18_FALSE_CEILING = 2;

    @Test
    void freshNewsEvents18HoldTodaysFigure(@TempDir Path dir18) throws IOException {
        holdsFloors("events18", dir18, EVENTS18_FLOORS, EVENTS18_FALSE_CEILING);
    }

    /** Imports one folder into a library of its own and holds its found/date/place/who/fully-right floors and false ceiling. */
    private static void holdsFloors(String folder, Path libraryDir, int[] floors, int falseCeiling) throws IOException {
        try (AppContext own = TestLibrary.context(libraryDir.resolve("library.db"))) {
            Map<Long, String> names = new java.util.HashMap<>();
            FreshNews.importAndRecognise(own, folder, 12).forEach((name, a) -> names.put(a.id(), name));
            Map<Long, String> saved = articleName;
            articleName = names;
            try {
                int[] got = scoreFolder(folder, own);
                List<String> failures = new ArrayList<>();
                String[] what = {"found", "date right", "place set right", "participant set right", "fully right"};
                for (int i = 0; i < what.length; i++) {
                    if (got[i] < floors[i]) failures.add(what[i] + " " + got[i] + " < " + floors[i]);
                }
                if (got[5] > falseCeiling) failures.add("false events " + got[5] + " > " + falseCeiling);
                assertTrue(failures.isEmpty(), folder + ": " + failures);
            } finally {
                articleName = saved;
            }
        }
    }

    @Test
    void freshNewsEventsHoldTodaysFigure() throws IOException {
        int[] got = scoreFolder("events", ctx);
        List<String> failures = new ArrayList<>();
        if (got[0] < FOUND_FLOOR) failures.add("found " + got[0] + " < " + FOUND_FLOOR);
        if (got[1] < DATE_FLOOR) failures.add("date right " + got[1] + " < " + DATE_FLOOR);
        if (got[2] < PLACE_FLOOR) failures.add("place set right " + got[2] + " < " + PLACE_FLOOR);
        if (got[3] < WHO_FLOOR) failures.add("participant set right " + got[3] + " < " + WHO_FLOOR);
        if (got[4] < FULLY_RIGHT_FLOOR) failures.add("fully right " + got[4] + " < " + FULLY_RIGHT_FLOOR);
        if (got[5] > FALSE_CEILING) failures.add("false events " + got[5] + " > " + FALSE_CEILING);
        assertTrue(failures.isEmpty(), failures.toString());
    }

    /** Scores one folder's expected.tsv against the library: found, date, place, who, fully right, false events. */
    private static int[] scoreFolder(String folder, AppContext context) throws IOException {
        List<Gold> gold = readGold(FreshNews.folder(folder).resolve("expected.tsv"));
        Map<String, Gold> byId = gold.stream().collect(Collectors.toMap(Gold::id, Function.identity()));
        List<Event> events = new EventRepository(context.database()).list().stream()
                .filter(e -> e.kind() == EventKind.VISIT || e.kind() == EventKind.MEETING)
                .sorted(Comparator.comparing(e -> e.when().start())).toList();
        StringBuilder report = new StringBuilder("Fresh-news " + folder + " (expected.tsv)\n");
        int found = 0;
        int date = 0;
        int place = 0;
        int who = 0;
        int fully = 0;
        for (Gold g : gold) {
            Score best = new Score(false, false, false, false);
            Event bestEvent = null;
            for (Event e : events) {
                if (!carries(e, g)) continue;
                Gold as = g.partOf().equals("-") || !carries(e, byId.get(g.partOf())) ? g : byId.get(g.partOf());
                Score s = score(e, as);
                if (bestEvent == null || s.points() > best.points()) {
                    best = s;
                    bestEvent = e;
                }
            }
            found += best.found() ? 1 : 0;
            date += best.date() ? 1 : 0;
            place += best.place() ? 1 : 0;
            who += best.who() ? 1 : 0;
            fully += best.fully() ? 1 : 0;
            report.append(String.format("%-5s %-5s %s%n", g.id(), best.fully() ? "ok" : "MISS",
                    bestEvent == null ? "not found" : (best.date() ? "" : "DATE ") + (best.place() ? "" : "PLACE ")
                            + (best.who() ? "" : "WHO ") + describe(bestEvent)));
        }
        List<Event> falseEvents = events.stream().filter(e -> gold.stream().noneMatch(g -> carries(e, g))).toList();
        falseEvents.forEach(e -> report.append("false ").append(describe(e)).append('\n'));
        report.append(String.format("found %d/%d, date right %d, place set right %d, participant set right %d, "
                + "fully right %d/%d, false events %d%n", found, gold.size(), date, place, who, fully, gold.size(), falseEvents.size()));
        System.out.println(report);
        return new int[] {found, date, place, who, fully, falseEvents.size()};
    }

    private static boolean carries(Event e, Gold g) {
        for (EventSource s : e.sources()) {
            if (g.article().equals(articleName.get(s.articleId())) && s.sentenceText().contains(g.sentence())) return true;
        }
        return false;
    }

    private static Score score(Event e, Gold g) {
        boolean date = !e.when().start().isBefore(g.lo()) && !e.when().end().isAfter(g.hi());
        return new Score(true, date, sameSet(e.where(), g.places(), g.optionalPlaces()), sameSet(e.who(), g.who(), g.optionalWho()));
    }

    /**
     * Every required name is there and every other name is an optional one (names compared case-insensitively and
     * without a leading royal title on either side: the app names a monarch by the title the text writes, "Emperor
     * Naruhito", and the answers may write "Naruhito", or the other way round; the title is no part of who it is).
     */
    private static boolean sameSet(List<String> got, Set<String> required, Set<String> optional) {
        Set<String> have = got.stream().map(FreshNewsEventsTest::key).collect(Collectors.toSet());
        Set<String> req = required.stream().map(FreshNewsEventsTest::key).collect(Collectors.toSet());
        Set<String> opt = optional.stream().map(FreshNewsEventsTest::key).collect(Collectors.toSet());
        return have.containsAll(req) && have.stream().allMatch(n -> req.contains(n) || opt.contains(n));
    }

    private static String key(String name) {
        return ROYAL_TITLE.matcher(name.strip()).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    private static String describe(Event e) {
        String arts = e.sources().stream().map(s -> articleName.get(s.articleId())).distinct().collect(Collectors.joining(","));
        return e.kind() + " " + e.when() + " where=" + e.where() + " who=" + e.who() + " [" + arts + "]";
    }

    static List<Gold> readGold(Path tsv) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 7) throw new IllegalArgumentException("expected 7 tab-separated fields: " + line);
            String[] range = f[3].split("\\.\\.");
            Set<String> places = new LinkedHashSet<>();
            Set<String> optionalPlaces = new LinkedHashSet<>();
            names(f[4], places, optionalPlaces);
            Set<String> who = new LinkedHashSet<>();
            Set<String> optionalWho = new LinkedHashSet<>();
            names(f[5], who, optionalWho);
            out.add(new Gold(f[0], f[1], f[2], LocalDate.parse(range[0]), LocalDate.parse(range[1]), places, optionalPlaces,
                    who, optionalWho, f[6]));
        }
        return out;
    }

    private static void names(String field, Set<String> required, Set<String> optional) {
        for (String n : field.split(";")) {
            String s = n.strip();
            if (s.isEmpty() || s.equals("-")) continue;
            if (s.startsWith("[") && s.endsWith("]")) optional.add(s.substring(1, s.length() - 1).strip());
            else required.add(s);
        }
    }
}
