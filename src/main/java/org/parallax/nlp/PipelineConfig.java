package org.parallax.nlp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeMap;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The CoreNLP settings of one recogniser: the NER model, how newlines split sentences, and whether SUTime runs only on
 * sentences with a temporal cue. {@link #version()} changes whenever anything that can change the output changes, so
 * stored recognition results can be keyed on it.
 */
public record PipelineConfig(String nerModel, String newlineIsSentenceBreak, boolean selectiveSutime) {

    /** The 3-class CRF: the only NER model the trimmed models set carries. */
    public static final String THREE_CLASS_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    public static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    /**
     * The app's configuration (the "app" column of the NLP tables in src/site/markdown/performance.md). Newlines
     * always break sentences because the article text puts each paragraph, caption line, byline and related headline
     * on its own line; with "two", adjacent caption and headline lines ran together into one sentence and produced
     * cross-line entities.
     */
    public static final PipelineConfig APP = new PipelineConfig(THREE_CLASS_MODEL, "always", true);

    /**
     * Bumped when the Java side of recognition (cue words, mention mapping, SUTime windows) changes output. 5: SUTime
     * and the numeric classifiers run on windows around cues, not whole sentences. 6: no name mention is made only of
     * closed-class words ({@code text.ClosedClass}), so libraries holding "he" or "her" as persons are recognised again.
     * 7: events name their roles ({@code EventRoles}: destination not origin, no announcer, no headline-only source).
     * 7: entities are relinked by EntityLinker's no-conflation rules (a short form joins only a sole candidate).
     * 8: date mentions that name no date ("now", "currently", "once", a range's lone "to": DateResolver.namesNoDate)
     * are no longer stored, so libraries are recognised again and lose them; "from 2019 to 2024" is one span of years.
     * 9: a model or standard number after a code of capitals ("GTX 1080", "RFC 2119") is no year.
     * 10: a coming weekday within a coming event's days named just before is that event's day ("before returning on
     * Sunday" after "on June 14-15"), and where the visitors return to is no place of the visit.
     * 11: hyphened dates SUTime misses ("mid-December", "mid-2023": {@code JoinedDates}) are dates; a lower-case
     * "march", "may" or "august" alone is no month; "this weekend" is its Saturday and Sunday; "earlier this year" and
     * "later this month" are the part of the unit before or after the publication date, not all of it.
     * 12: event roles on fresh text: a passive reporting verb reports nothing ("was welcomed by"), an organisation after
     * "at" is a venue, a reception ("received by", "hosted") is a meeting, "a three-day visit" lasts three days, and a
     * sentence referring back to "the talks" is a source of them (or no event when it only dates something else);
     * an undated "He is accompanied by X" joins the event just told, and a statement is made by its speaker only;
     * "He" or "the delegation" opening an event sentence is the last event's visitor, "X said after the meeting" was at
     * it, and "EU leaders" (a plural role) makes the organisation a participant.
     * 12 also: "on the 18th" is a day of the publication month, "2008-09" two years, a part of a week or decade ("the end of
     * next week", "the mid-1980s") not all of it, a past bare weekend the last one, "on Saturdays" and "the day" no date,
     * and a bare weekday or month placed by a present verb, "would", "since", "rescheduled for" or "had been due to".
     * 12 also: EntityLinker: a surname two people of an article share is the first introduced, initials tell "George H.W."
     * from "George W." apart, a lone person word that is the article's place or organisation joins it, and "Mrs X" is
     * not the person an article's "Mr X" is.
     * 13: a counted span to or from the publication date ("the past three months", "the next five years") is that
     * span at its unit's precision, not a duration without a date.
     * 14: other writers' styles (fresh-news dates3): obligations and an adjectival "due" look ahead, an untensed weekday
     * agrees with the same weekday elsewhere, "Friday week", "a century ago", slashed dates in the text's order, and
     * "the 89th minute", "the Second World War", "late-night" name no date; "the first week of July", "the week before
     * Christmas" and "seven days a week from 10 January" get their days; a month inside a name ("the May Queen") is no
     * date; "within the fortnight" runs from the publication date. A verb before an apposition governs the date after
     * it ("will meet the minister, Ann Lee, on Tuesday"), and a future verb moves a season already over to next year.
     * 14 also: entity linking tells generations apart ("the elder/younger X", "Jr."/"III"), joins a bare surname to a
     * name with initials, a club's first word to the club, an alias the article gives a person to that person, and
     * "the Bank" to the article's one bank; an event's place is not where it was reported ("said in X") nor "aid to X".
     * 15: entity linking (fresh-news entities3): a place or organisation with a gendered title or an age is a person
     * ("Ms Morgan", "Dallas, 61,"); a place written with its region ("Paris, Texas") is no same-named place elsewhere;
     * a lone word starting one person's name is that person ("Xi", "Mr Kim", "Dame Helen"); an organisation's first
     * word ("Harvard") and its ampersand acronym ("M&S") are that organisation; an acronym spelled out in lower case is
     * no entity; and "Garcia Marquez" names no one over "Gabriel Garcia Marquez".
     * 15 also: events join participants named over several sentences, an arrival opens the event told before it, a plan
     * called off gives no event, and an all-capitals dateline is no participant (fresh-news/events3).
     * 16: entity linking (fresh-news entities4): two namesakes in one article are told apart by a kin word or pronoun
     * ("His wife, Meena Patel", "Hale said she"); Margaret "Peggy" Lowell is one person; a lone name followed by "its" is no person.
     * 16 also: wire datelines, a stop per day in one sentence, whole-trip companions, parts of the day (fresh-news/events4).
     * 17: a part of the day or a clock time alone ("in the afternoon", "At 11.30") is dated on the day the story is
     * telling, not the publication day.
     * 18: dates (fresh-news/dates4): Good Friday, Easter Monday, "bank holiday Monday", "the first weekend of June",
     * "Friday evenings" as no date; dates a meeting is moved to, "set for", "should", plural fixture verbs look ahead;
     * a listing's present verb puts a month-day ahead; "the winter break" no date; "the same period last year"; "week 51".
     * 18 also: events (fresh-news/events5): a later destination, a trip told as a whole apart from its stops, "the tour" or
     * "the visitors" as subject, ", while" two events, "the visit ends on", rounds, missions, shuttles.
     * 19: dates (issue 15 item 4): "the next day" from the story's day, a yearless month-day in a past story's year, plans told in the past.
     * 20: entity linking (fresh-news entities5): a ship's name is the vessel, a name cut at a hyphen the whole name, half a hyphenated surname no given name;
     * the first of two surnames, a peer's or royal's title place, one name in two transliterations.
     * 20 also: dates (fresh-news/dates5): a date spelled inside a valueless mention, "this day in 1969", "N years ago this week",
     * "the coming weekend", "the winter of 2009-10", weekday ranges with clock times, seasons naming holidays or polls.
     * 20 also: events (fresh-news/events6): plans called off in the sentence ("has been cancelled", "indefinitely", "had been due
     * to"), website visits and "meet concerns", goods arriving, a new party's arrival, venues no stops, "overnight", live-report times.
     * 21: entity linking (issue 15 items 1-2): a lone name typed a place or organisation with a person's verb after it
     * ("Laidlaw said", "Ford's agent") is the one person of the article with that name; "Washington state" is not the bare
     * "Washington" of another article; a full name typed a place whose last word the article writes alone as a person's
     * ("Sri Wahyuni" / "Wahyuni") is that person.
     * 21 also: weekdays told in the present after "next week" are that week's days; a host's guest leads an event's party, and a
     * report of another visitor at the same time, elsewhere, starts its own event rather than joining a shared host's.
     * 21 also: a decimal number before a period ends a sentence (text.Sentences, read by the date resolver's clause rules).
     * 22: a person opening a building or place ("opened the new wing at X Hospital") is a visit to it.
     * 22 also: a host greeting the visitor told before ("X greeted her on arrival", "welcomed the king") joins their visit.
     * 22 also: an organisation opened ("opened the new X Concert Hall") is the visit's place, not a participant.
     * 23: events7 kinds: "returned to X to do Y" and a pilgrimage are visits, a body's own session is none, a pronoun after
     * a fronted phrase or with nothing told before, two guests on two days, "joined for lunch by", the passive "visited by".
     * 23 also: dates (fresh-news/dates6): a weekday with its day and month in its year, holidays and seasons under a fixture's verb ahead, and more.
     * 23 also: entity linking (fresh-news entities6): "Reed Jr." and "Reed Sr." go to that generation's full name; one place name
     * written with two regions in an article ("Springfield, Illinois" / "Springfield, Massachusetts") is two places; in a
     * report with a score, a place with a result or a club's staff after it ("Boston beat", "Denver's coach") is the club,
     * and so is one the text calls a band or a club ("the rock band Chicago");
     * a two-word name in both orders in an article ("Kishida Fumio" / "Fumio Kishida") is one person, and an organisation
     * or place that is the last words of one person's longer name there ("Ferreira Santos Costa") is that person; a title
     * of a place with its holder in apposition ("the Archbishop of Canterbury, Daniel Ashcroft,") is that person.
     * 24: a tour of a week or more keeps its stops elsewhere apart; an undated "In X she met" joins the event naming X;
     *     "since they met in X" mid-sentence is the two who led the event just told; an undated "flew in from X" joins.
     * 25: dates: "the day before" followed by "and" counts from the story's day; a month or holiday under "would" lies
     *     ahead; a holiday naming a kind of thing ("the Christmas lights switch-on") in a sentence that dates its day is no date;
     *     "ended the week" (month, year) is the one just ended.
     * 26: display names from the whole name the text writes a cut-off mention in ("Lord Smith of Finsbury", "King Charles", "the Russian Air Force").
     * 27: "the island" / "the monastery" alone is the one place of that kind the article named; "the Commission's
     *     president, X" is X alone; a programme's days ("received by X in Oslo on Tuesday, then by Y on Wednesday") stay
     *     apart from the visit "to Norway next week".
     * 28: a given name left out after a title, an inner name of one longer name ("Lula"), a town typed a person.
     * 29: dates that name none ("sat the first", "weekday evenings", "Year 11", "the 2031 Act", "hours later", "every
     *     Friday and Saturday night", a trial's "week 12"); "after midnight", centuries' thirds, "the final quarter of",
     *     "said March would", a past deed's season, "the rest of the week", "next academic year".
     * 30: a whole surname beside a hyphenated one, a bare head before its longer name, a surname typed a company beside
     *     the person, unquoted and real-name aliases, translated and bracketed short names, towns for their university.
     * 31: events8 kinds: "met every expectation" is no meeting; a place in "a year after X's trip to Y" is not this event's;
     *     "Her last meeting ..." has the last event's visitor as subject; undated "held talks" and signings join; a part
     *     of the story's day naming no place is where that day's event was; attending an occasion ("the funeral") is a visit.
     * 32: "came to the town", "left for X", "due back in X" are visits; "chaired the call" and "spent an hour at" join the
     *     event just told; a meeting told only as possible ("could follow in March if ...", "would try again to visit") is none;
     *     a country sending someone ("Cape Verde sent X", "Rwanda was represented by X") joins them, not itself as a place.
     * 33: dates9: fixture verbs "take effect", "come into force", plural "open"/"move"; a verbless clause takes the
     *     present verb around it; what people "are told to" do lies ahead; further date kinds of dates3-dates6.
     * 34: entities: "Paris, Texas, and another" keeps its state; a town paired with another university is its own; "X is a
     *     former adviser" is a person; "Bank of England" in a headline cut to "England"; "the Commission" after "(EC)".
     * 35: the clause that opens a sentence has a verb of its own: a later clause's present no longer moves its weekday ahead.
     * 36: a statement nobody is named for is no event (it still owns its date); a press or news conference is no meeting.
     * 37: entities8: an acronym bound to its bracketed name, "formerly known as", Korean names in both orders, Dmitry/Dmitri,
     *     "Judge X" between namesakes, Washington the state and the capital in one story, "X, 24, from Y" and "the port of Y".
     * 38: events: a mountain's summit, "visiting professor", "met with criticism" and a correction's error are no event; an
     *     undated "saw X" joins; "met both X" is the last pair; "left at 4.30pm for", "spent Thursday in"; "the EU's envoy".
     * 39: a body named after its several-word organisation ("United Nations Security Council") is not its longer form.
     * 40: real pages: "the last quarter-century" is no quarter; "the first night" and "the morning of the 18th" are not today.
     * 41: real saved pages: a reference's author written surname first ("Wilson, John (2009)") is one person; a place a
     *     long text writes as a place is no club for one result word after it ("early New Zealand led to").
     * 42: real text: "a weekend", "a few years earlier", a day whose year was missed and "his vow on Monday" date no event;
     *     "visit X" to the reader, "moved on to another", a career's arrival, a plan put off are none; another year joins none.
     *     "Obama administration officials said": the person before "administration" neither speaks nor takes part.
     * 43: dates8: feasts by word and weekday (Ash Wednesday, Black Friday), "until the 14th after", versions and street
     *     numbers and opening hours no dates, "moved forward to", plural fixture verbs, "for Friday", Lunar New Year,
     *     "the following spring".
     * 44: a name ending in a picture agency's word ("Getty Images" in a caption's credit) is an organisation.
     * 45: dates9: "N years ago (today)", weeks later / "the following Friday" / "that evening" from the story's day, "the
     *     following spring" after a year, "that August", "the December quarter", "day in May", rubrics and year ends no date.
     * 46: entities9: courtesy titles of other languages ("Herr", "Señora"), "Snr"/"Jnr", "& Sons"/"Ltd" organisations, an
     *     acronym typed a place that spells the article's organisation, "the Whitcombe" is the foundation, places in lists,
     *     a city's own name is its English one (Den Haag, Brussel, München).
     * 47: an occasion called or set for a date lies ahead ("Unions have called a general strike for 1 June").
     * 48: events10: a visit or meeting "in 1998" or "last year" is an event told aside; "meet the press", "a meeting point",
     *     "hopes to visit", members' own sessions, "was to have taken place" are none; "the two" and "; they" are the
     *     party told before; "played host to X" is a meeting.
     * 49: "met the press officers" is a meeting again (events10's "meet the press" rule left people of the press out).
     * 50: events11: visiting hours and away fixtures no visit; letters of credence, "called on X", a video call are
     *     meetings; "the Wrexham bakery" places Wrexham; campaign stops, "she is in X" are visits; a quote's "I" is its
     *     speaker; "the two men" and "The talks continued" are the party told before.
     * 51: dates10: "earlier than" compares, a fixture's present verb after a past one and a closing attribution in clause
     *     tense, "8 May, a week earlier than", "last a fortnight", "the week" + "after Easter", "the night before last",
     *     "the sixties" / "the mid-'80s", months "of that year".
     * 52: entities10: a bare surname beside "Judge X" is the other namesake, "X's chief executive" is a company, "St" /
     *     "Saint" places, a person and a town of one name, clubs typed organisations, names cut at "and", "is to be renamed",
     *     "X, the Leeds company" is a company.
     * 53: dates13: "this/last/next fiscal (financial) year" is that year; "a January day in 2011" is the year after "in".
     * 54: ents15: a maiden name ("won it as Harriet Moss") is the present name; "win at Brentford" is the club; a prize
     *     named after a person or a place ("Corrigan Prize", "Rotterdam Water Prize") is the prize.
     * 55: ev16: a programme's list lines ("- Tuesday 14 March: talks with X") are the visitor's events; "the week it
     *     became a capital" dates no event of today; "in 2011, the week ...", read as one mention, is 2011.
     * 56: an ordinal day counted from an event ("the 99th day" of an expedition, "the third day of the trial") is no date.
     * 57: minutes' own sessions and "the visiting team" tell no event; "Her 2031 trip to X" and "Her first visit" are the
     *     article's first person's; a dateline's date gives way to the sentence's own; "the delegation" is the last visitor.
     * 58: "Carlisle" is the "Carlisle United" of its sports report; "MP for X", "X, the capital of" make a surname a
     *     place; "Ravel founder" is Ravel Audio; Gaddafi / Qadhafi; Walter "Buck" Hennessy is named "Walter Hennessy".
     * 59: "last February" is the latest ended one; bank holidays by month; "in his twenties" from the birth year;
     *     "a fortnight today", "the final days of November"; "may"/"might", a headline's "to", a warning's days look ahead; "24/7", "a fall" no dates.
     * 60: a common noun taken for a name ("Police", "Woman", "Suspect", "CEO") links to no entity of another article.
     * 61: a place-less meeting during a trip takes the trip's town; streets and towns gone to are no participants;
     *     "Dame", "Sir", "Cllr", "Councillor" are no part of a shown name ("Cllr Sandhu" a short form).
     * 62: a company's own quarters where the text says when its financial year runs ("Q3", "the final quarter of fiscal 2034");
     *     the hours of a span of the clock ("open from 10am to 4.30pm") are no date; "adjourned from X to Y" is a move.
     * 63: an occupation written as a false title before a full name is cut off it ("Porter Sam Adeyemi"); "the England and
     *     [Wales Cricket Board]" is named whole; a town typed a person in one sentence and a place in another is no participant.
     * 64: a place's clock after a clock time ("at 11 a.m. Paris time, and ...") goes on the sentence (text.Sentences).
     * 65: "Tom and Sarah Whitlock" are two Whitlocks; "Pike, Simon" in a list is Simon Pike; "Pryce v Dunmore" and "Storm
     *     Colin" are no person; "Halbury, who were" is the club; "the store chain Alice Tennant"; a ministry's comma'd name.
     * 66: a subject named by title alone is the person introduced with it; "He also met" after a meeting of two is its own
     *     meeting; a summit's margins take its town; "Halifax Town Hall" places Halifax; "popped into", "dropped in at".
     * 67: church feasts (Pentecost, the Orthodox Easter, Advent Sunday, the start of Lent); "a year earlier" and "the previous
     *     three months" after a period; "by 31 May and 6 July" two days; "have until Thursday" ahead; "Section 2036", odds no dates.
     * 68: a person keeps the roles its articles give it ("Owen Hart (striker)"): a judge does not join a footballer of one
     *     full name; a version is part of a product's name ("IE8" joins neither "IE9" nor the bare "Internet Explorer").
     * 69: a journey in the present with a weekday looks ahead ("flies to Barcelona on Friday", "travels on to X on Wednesday
     *     to visit Y"); a name cut at its particle is one person ("Salem bin Awad", "Henrique Gouveia e Melo").
     * 70: a day joined by "and" or "until" to a day its sentence named before comes after it ("starts on 13 April, and breaks
     *     up on 22 July"; "adjourned on Friday until 14 June"); a bare season in a sentence dating a day ahead is of its year.
     *     A lunar feast whose day the text gives ("Diwali is on 19 October") takes that day wherever it is named; "ten days later, on 1 October" one day.
     * 71: names are matched without their accents ("Jose Antunez" is "José Antúnez") and shown with them (nlp.Diacritics).
     * 72: "Fiscal 2035" is the company's year where the text says when it runs; a British tax year ("the 2036-37 tax year",
     *     "the current tax year", "the end of the tax year") runs 6 April to 5 April (nlp.FiscalYears).
     * 73: two places or bodies joined by a hyphen ("Pakistan-US dialogue") are two names again, not one hyphenated name:
     *     revision 20's rule had put every "US" of the bundled sample pair on an entity named "Pakistan".
     * 74: entities14: "Senior"/"Junior" written out part father and son; a name cut before its hyphen's syllable ("Lee Min"
     *     of "Lee Min-jun") is the whole; company cues where the name went unrecognised, "Shares in X"; a town before a
     *     band's noun; a name after "chief executive," a person; a party of one name in two countries (nlp.CountryMarks).
     * 75: a visit told from the host's side ("welcomed the Korean ambassador", "hosted the conductor X"); a ship's port calls;
     *     a box's capital heading leads a list; "the three" as a subject; "visited the jail" takes the last event's place.
     * 76: no dates: "The second week" (of a festival), "1990s-style", "the first Friday of each month", "its steepest fall", "10am to 6pm daily",
     *     "the summer transfer window"; "The 22nd century may" is the century (nlp.TrailingModal); dates13's round.
     * 77: no event for a meeting named as a thing ("no memory of the meeting", "the minutes of Tuesday's council meeting")
     *     or a count over a span (nlp.MeetingsNamed); days that open their clauses split a sentence's stops; tour days by order.
     *     A blog told as "we" has its group's leader ("Our group, led by X") in the narrator's events (nlp.WeParty).
     * 78: a day named after its event ("polling day", "the eve of polling day", "Launch day", "Opening night") takes the day
     *     the text gives the event (nlp.EventDays).
     * 79: named days SUTime does not know ("Bonfire Night", "Remembrance Sunday", "Hogmanay", "Orthodox Christmas", "the day
     *     after Twelfth Night") are their days (nlp.NamedDays); a zero-led number ("log 0347 of 16 August") is no year;
     *     "the second Tuesday of next month", "the penultimate Friday of September"; "take place" and "is on" look ahead;
     *     "Labor Day weekend" is one weekend, Thanksgiving's Thursday to Sunday; "will fall in 2081" is no autumn.
     * 80: entities15: a research ship (RV, RRS) apart from its namesake; a person's initials ("KBF"); a lone peer's title
     *     ("The Duke"); a hyphenated surname cut at its hyphen; streets, sites' towns, companies' names typed places; a
     *     team called by its town alone and typed a person ("Hullport beat Dunmore 2-0", "Hullport have named").
     * 81: an untagged repeat of a name the recogniser tagged elsewhere in the article is a mention of that type
     *     ("led a delegation to Halvik"; nlp.RepeatedNames).
     * 82: events15 kinds: a visit denied in its own sentence, "beat the visiting team from X", an inspection of troops,
     *     "the general" / "the High Commissioner" as the person introduced so, "received the foreign minister, X".
     * 83: a trip's stops listed in one sentence ("made stops in A, B and C") are a visit each (nlp.ListedStops); a diary
     *     line's timed entries ("10:00 meets X; 16:00 calls on Y") are events of their own.
     * 84: a weekday counted from a named day ("the Saturday after Labor Day", "the Monday before Easter"); a market's
     *     close named by its weekday ("to Monday's closing price") is the last such day (nlp.WeekdaysByDay, MarketCloses).
     * 85: a lone given name after "son"/"daughter" joins the bare given name ("Their son Dev" / "Asha and Dev"); a South
     *     Asian honorific before a full name ("Sardar", "Begum", "Mian", "Chaudhry") is no part of it; "Okafor airport"
     *     is a place, not the man.
     * 86: a joint press conference is a meeting; farewell calls; "should visit" and "a visit to the doctor" are none; places
     *     after going home or "on his way to" are not the event's; "The two leaders travel to"; "Before that, from X to Y,".
     * 87: dates15 kinds: "a week on Friday", "a week last Monday", "a week ago today", "Saturday fortnight"; numbered weeks
     *     ("weeks 27 to 30", "week 40 of last year"; nlp.WeekNumbers); "the noughties", "the late 1800s"; fiscal quarters by
     *     tense; "from 28 February to 20 March" written on 2 March is one range.
     * 88: an article that does not read as English (German, French, Polish ...) gets no recognised mentions, dates or
     *     events: the English models took its words for people ("Leider", "Wie") and German "Fall" for autumn.
     * 89: entities16: a full name without "Jr." beside the same with it is the father; "Petrov's son" names the father; a
     *     lone name in an article of given names ("Alemu" beside "Tesfaye Alemu", "Tesfaye", "Alemu Bekele"); a name cut
     *     before "of Team X"; "The French Foreign Ministry"; "a timber firm, X,"; "their daughter, X."; "Care Inspectorate Wales".
     * 90: events: two calls on two days in one sentence, each day opening its clause, and talks then "fly on to" a meeting
     *     elsewhere are two events; a visit only hoped for adds no names; a meeting told in ", where" after "announced on X".
     * 91: a lone surname of two people written surname first ("Li", "Mr Li", "Ms Li" beside "Li Wei" and "Li Na"); a
     *     founder's surname that ends the firm's name ("Harlow & Quint, the law firm") is not made the firm.
     * 92: a company's own halves ("H1", "the second half", "the first half of FY2038") and "the 2035-36 fiscal year" run
     *     as its stated fiscal year does; a bare half follows a half the article names with its year ("H1 2024").
     * 93: Ascension Day, Veterans Day, Martin Luther King Jr. Day and Presidents' Day are their days; seasons under a
     *     southern dateline ("SYDNEY -", "AUCKLAND:") are the southern seasons (winter June to August); "the week after
     *     next" and "the weekend after next" are a unit beyond the coming one.
     * 94: entities17: "Hartley's Law" is the law, not the man; "its Wigan bakery" is the town; "the Church of England"
     *     written once is the church; a pen name ("writes as", "known as X is Y") is the writer.
     * 95: events: a lone surname the tagger missed after the full name is that person; "X visits Canada from Wednesday"
     *     looks ahead; a placeless meeting takes the dateline's city; "Kenya welcomed X" places the visit in Kenya;
     *     "X greeted Y at the airport" joins the visit told before.
     * 96: "the Tuesday before," and "that weekend" count from the story's day ("the Tuesday before" leaves it there); a
     *     clock time alone in a story dated years back is no time of today; "on 3 May ...; it moves to the 4th" is 4 May.
     * 97: entities17 round two: ages more than 15 years apart keep one full name two people across articles ("Barker,
     *     24," and "Barker, 61,"), and so does "no relation of"; a ferry, a horse or a brand named like a person is
     *     that thing, not the person.
     * 98: events: an undated meeting tied to the event just told ("The two held a brief meeting ... before driving into
     *     the city"), naming no other place, takes its day; "hosted her at a lunch" is a meeting; "the two held" is a pair.
     * 99: an early, mid or late part of a month alone in a past clause takes the year of the sentence's earlier season
     *     or month ("in the summer of 2004, ... announced his resignation in mid-August").
     * 100: dates17 kinds: government years by the dateline's country ("Budget for 2039-40" April-March under "NEW DELHI:",
     *     July-June under "CANBERRA:"; "the current fiscal"), "the June half", a weekday that fixes its year ("Tuesday 20
     *     December"), day-first slashed dates ("14/03/40"), "the festive period", "the mid-90s", model codes ("HX-2039"),
     *     "a week on Friday" beside another Friday, and Australian Father's Day.
     * 101: a West African or South Asian honorific before a full name is no part of it ("Alhaji Musa Danjuma", "Shri
     *     Rajesh Kumar Verma", "Smt", "Honourable"), nor an office run before one; an invitation to visit and "no such
     *     meeting took place" are no events.
     * 102: events: a day told right before a reporting verb is the statement's when the clause it governs gives its own
     *     ("on Friday confirmed that X met Y on Tuesday" is a Tuesday meeting); "received in audience" and "granted an
     *     audience to" are meetings.
     * 103: entities18: honorifics of West African, Ethiopian, Indonesian, Thai and Burmese usage ("Alhaji", "Ato", "Pak",
     *     "Ibu", "Daw") are no name word; a lone given name fitting a son's last word and his father's first is the
     *     father's in an article of given names; a headline's name takes its body's one type; "X of <place>" bodies.
     */
    static final int ENGINE_REVISION = 103;

    public PipelineConfig {
        if (nerModel == null || nerModel.isBlank()) throw new IllegalArgumentException("nerModel is required");
        if (!"always".equals(newlineIsSentenceBreak) && !"two".equals(newlineIsSentenceBreak) && !"never".equals(newlineIsSentenceBreak)) {
            throw new IllegalArgumentException("newlineIsSentenceBreak must be always, two or never: " + newlineIsSentenceBreak);
        }
    }

    public PipelineConfig withSelectiveSutime(boolean selective) {
        return new PipelineConfig(nerModel, newlineIsSentenceBreak, selective);
    }

    public PipelineConfig withNewlineIsSentenceBreak(String mode) {
        return new PipelineConfig(nerModel, mode, selectiveSutime);
    }

    /** Properties of the tokenize/ssplit/pos/lemma part, which runs as one {@code StanfordCoreNLP}. */
    Properties preNerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", newlineIsSentenceBreak);
        p.setProperty("pos.model", POS_MODEL);
        return p;
    }

    /**
     * The equivalent single-pipeline properties ("app-full-sutime" in src/site/markdown/performance.md), with SUTime
     * on everywhere. Used as the reference the selective engine is checked against, and part of the version hash.
     */
    public Properties fullPipelineProperties() {
        Properties p = preNerProperties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ner.model", nerModel);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.useNERSpecificTokenization", "false");
        return p;
    }

    /** A short string that changes with the configuration, the CoreNLP version and the engine revision. */
    public String version() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(fullPipelineProperties()).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        sb.append("selectiveSutime=").append(selectiveSutime).append('\n');
        sb.append("engine=").append(ENGINE_REVISION).append('\n');
        String coreNlp = coreNlpVersion();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((sb + coreNlp).getBytes(StandardCharsets.UTF_8));
            return "corenlp-" + coreNlp + "/" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CoreNLP's version from its jar manifest; the pom's version when the classes are not in a jar. */
    static String coreNlpVersion() {
        String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v != null ? v : "4.5.10";
    }
}
