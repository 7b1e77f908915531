package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Sentence;

/** Counterparts told in other words: word forms, spelled numbers, a name and its short form, a lead that joins two facts. */
class AlignByMeaningTest {
    private final SentenceAligner aligner = new SentenceAligner();

    @Test
    void aReworderedMainFactIsACounterpart() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Last June, Oppal appointed a special prosecutor to review the polygamy case.",
                "The community has lived in the valley for decades."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Attorney General Wally Oppal appointed a special prosecutor in June after two earlier reviews.",
                "Lawyers for the church declined to comment on Wednesday."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Last June", b, "Wally Oppal"), al.toString());
        assertTrue(al.similarity() > 0.2, al.toString());
    }

    @Test
    void eventWordsOfLikeMeaningMeetThroughWordVectors() {
        // one shared word ("warehouse") is too few for an event link; "blaze"/"inferno" share no stem and no event class,
        // and only their word vectors make them the second
        Article a = Samples.ofParagraphs(1, List.of(
                "A blaze gutted the warehouse.",
                "The owner said the building was insured."));
        Article b = Samples.ofParagraphs(2, List.of(
                "The mayor visited the site on Monday and promised help to the neighbours.",
                "An inferno destroyed the warehouse."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "A blaze", b, "An inferno"), al.toString());
        assertTrue(WordVectors.cosine(WordVectors.get().of("blaze"), WordVectors.get().of("inferno")) >= EventLinks.WORD_SIMILARITY);
        assertTrue(WordVectors.get().of("Blaze") == null, "vectors are looked up in lower case");
    }

    @Test
    void aSentenceWithItsCounterpartTakesNoEventLinkToASentenceWithAClose() {
        // the woman's death and the roads share "tree" and "fall", but each sentence already has its counterpart: an event
        // link between them would be a second counterpart through words of another fact of the story
        Article a = Samples.ofParagraphs(1, List.of(
                "Storm Elna killed a woman in Kessel on Monday and left thousands without power.",
                "Nearly 100 roads were blocked by fallen trees.",
                "Schools in the region stayed shut.",
                "Ferries to the islands were cancelled."));
        Article b = Samples.ofParagraphs(2, List.of(
                "A woman died in Kessel on Monday when a falling tree hit her.",
                "More than 100 roads were blocked by fallen trees.",
                "Elna also flooded several villages in the west.",
                "Forecasters expect calmer weather by Thursday."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Nearly 100", b, "More than 100"), al.toString());
        assertFalse(Samples.paired(al, a, "Nearly 100", b, "A woman died"), al.toString());
    }

    @Test
    void twoSentencesWithCounterpartsTakeAWeakEventLinkToEachOtherOnlyNearTheirCounterpartsStrength() {
        // the earlier record and the sale share the story's event words ("record", "sold", "million dollars") but tell two
        // facts; each has a counterpart (similarity about 0.46 and 0.49), and the link between them (cosine about 0.2) is
        // under 0.65 of the weaker one, so it is no second counterpart
        Article a = Samples.ofParagraphs(1, List.of(
                "A landscape by Marten Voss fetched a record 95 million dollars when it went under the hammer in Kessel on Tuesday.",
                "Bidding opened at 30 million and lasted nineteen minutes.",
                "The painter's previous record, for a portrait, stood at 40 million dollars."));
        Article b = Samples.ofParagraphs(2, List.of(
                "The Voss landscape sold for 95 million dollars, a record for the painter, auctioneers in Kessel said on Tuesday.",
                "It had been expected to reach about 60 million.",
                "His portraits have sold for up to 40 million dollars, the painter's record until this week."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "A landscape", b, "The Voss landscape"), al.toString());
        assertTrue(Samples.paired(al, a, "previous record", b, "His portraits"), al.toString());
        assertFalse(Samples.paired(al, a, "previous record", b, "The Voss landscape"), al.toString());
        assertTrue(SentenceAligner.BOTH_MATCHED_SHARE * 0.46 > 0.25, "the share keeps a margin over this link's cosine");
    }

    @Test
    void spelledNumbersAndWordFormsMeet() {
        Article a = Samples.ofParagraphs(1, List.of("Seven people died when the ferry capsized near the harbour on Sunday."));
        Article b = Samples.ofParagraphs(2, List.of("The capsizing of a ferry near the harbour killed 7, officials said Sunday."));
        Alignment al = aligner.align(a, b);
        assertEquals(1, al.pairs().size(), al.toString());
    }

    @Test
    void aLeadJoiningTwoFactsPairsWithBothNonAdjacentSentences() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Police arrested the driver of the stolen truck on Tuesday, and the mayor ordered an inquiry into the chase.",
                "Residents gathered outside the town hall in the evening."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Police arrested the driver of a stolen truck on Tuesday after a long chase.",
                "The truck had been taken from a depot in the north of the county.",
                "Witnesses described cars swerving off the road.",
                "The mayor ordered an inquiry into how the chase was handled."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Police arrested", b, "Police arrested"), al.toString());
        assertTrue(Samples.paired(al, a, "Police arrested", b, "The mayor ordered"), al.toString());
        List<Sentence> unique = al.uniqueB();
        assertTrue(unique.stream().noneMatch(s -> s.textIn(b.text()).startsWith("The mayor")), al.toString());
    }

    @Test
    void aSentenceThatJoinsTwoFactsMeetsBothCounterpartsEvenWhenTheSecondIsWeaker() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Incumbent Tom Gray took 39.2 percent of the ballots cast, and the remaining two candidates shared the rest.",
                "The new council meets in January.",
                "Gray conceded defeat shortly after midnight on Sunday."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Mayor Tom Gray admitted defeat at about midnight on Sunday after winning 39.2 percent.",
                "Turnout was the lowest in twenty years."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "conceded defeat", b, "admitted defeat"), al.toString());
        assertTrue(Samples.paired(al, a, "took 39.2", b, "admitted defeat"), al.toString());
        assertTrue(!Samples.paired(al, a, "council meets", b, "Turnout"), al.toString());
    }

    @Test
    void aShortHeadingBesideASentenceThatAlreadyHasACounterpartIsOnlyAWeakLink() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Council on positive trajectory",
                "Last month, council leader Ann Roe visited Harbury and held a series of meetings with the mayor and the police chief"
                        + " as a sign of a positive trajectory of relations with the port and its ferry operators."));
        Article b = Samples.ofParagraphs(2, List.of(
                "In May, council leader Ann Roe visited Harbury and held a series of meetings with the mayor and the police chief"
                        + " as a sign of a positive trajectory of relations with the port and its ferry operators."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Last month", b, "In May"), al.toString());
        assertTrue(al.pairs().stream().noneMatch(p -> p.similarity() >= SentenceAligner.EVENT_LINK_WEIGHT
                && p.a().stream().anyMatch(s -> s.textIn(a.text()).contains("Council on positive"))), al.toString());
    }
    @Test
    void backgroundWithAYearTheOtherArticleNeverNamesIsNoOtherTellingOfTheEvent() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Fire swept through an apartment block in the Kallio district early on Sunday, killing a young girl.",
                "A similar fire in the same district killed two people in 2019."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Four people were killed when fire swept through an apartment block in the Kallio district early on Sunday."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Fire swept", b, "Four people"), al.toString());
        assertTrue(!Samples.paired(al, a, "similar fire", b, "Four people"), al.toString());
    }

    @Test
    void aValueOfOneKindThatEachSideStatesOnceLinksTwoTellingsInOtherWords() {
        // a clock time, a sum and a number written the same: no two of the sentences share enough words for any other
        // link, but each kind is stated once on each side - the same fact, its value told apart or not
        Article a = Samples.ofParagraphs(1, List.of(
                "Gunmen seized a coach carrying pilgrims near Tarvel on Friday.",
                "The hijacking was reported at 7 p.m. by a passing driver.",
                "The gang wants 2 million euros for the hostages.",
                "Troops freed 38 passengers in a dawn raid."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Armed men took over a bus full of pilgrims close to Tarvel on Friday.",
                "A motorist alerted police shortly after 8 p.m.",
                "The kidnappers are asking for €3 million.",
                "Soldiers stormed the vehicle at first light, rescuing 38 people."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "The hijacking", b, "A motorist"), al.toString());
        assertTrue(Samples.paired(al, a, "The gang", b, "The kidnappers"), al.toString());
        assertTrue(Samples.paired(al, a, "Troops freed", b, "Soldiers stormed"), al.toString());
        assertTrue(al.pairs().stream().filter(p -> p.a().stream().anyMatch(s -> s.textIn(a.text()).startsWith("The gang")))
                .allMatch(p -> p.similarity() < SentenceAligner.EVENT_LINK_WEIGHT), "a weak link: " + al);
    }

    @Test
    void aCountOfPeopleInOneStateThatEachSideGivesOnceLinksTwoTellingsInOtherWords() {
        // no shared words beyond the story's, and values told apart: each article counts the missing once, and the rescued once
        Article a = Samples.ofParagraphs(1, List.of(
                "A bus plunged into the Selva river near Orto on Tuesday night.",
                "A further 12 passengers are still missing.",
                "Divers pulled out 19 people alive.",
                "The driver had worked for the company for ten years."));
        Article b = Samples.ofParagraphs(2, List.of(
                "A coach fell from a bridge into the Selva river near Orto late on Tuesday.",
                "Nine people remain unaccounted for.",
                "Twenty survivors were rescued from the water.",
                "The bridge was built in 1962."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "A further 12", b, "Nine people"), al.toString());
        assertTrue(Samples.paired(al, a, "Divers pulled", b, "Twenty survivors"), al.toString());
        // a state each side counts twice tells no counterpart by itself
        Article c = Samples.ofParagraphs(3, List.of(
                "A bus plunged into the Selva river near Orto on Tuesday night.",
                "A further 12 passengers are still missing.",
                "Two crew members are also missing."));
        Article d = Samples.ofParagraphs(4, List.of(
                "A coach fell from a bridge into the Selva river near Orto late on Tuesday.",
                "Nine people remain unaccounted for.",
                "Three children are missing as well."));
        Alignment cd = aligner.align(c, d);
        assertFalse(Samples.paired(cd, c, "Two crew", d, "Nine people"), cd.toString());
    }

    @Test
    void aDistanceInsideTheOtherSidesJoinedSentenceIsItsCounterpart() {
        // the lead joins the eruption and the plume's height; the plume's own sentence, in other words and another value,
        // meets it only through the one distance each side gives
        Article a = Samples.ofParagraphs(1, List.of(
                "Mount Orlo erupted on Sunday, throwing a plume of ash 6 kilometres high and forcing villagers to flee.",
                "Roads to the summit were closed."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Villagers fled when Mount Orlo erupted on Sunday.",
                "Its cloud rose to about 8 km.",
                "Police shut the summit roads."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Mount Orlo", b, "Villagers fled"), al.toString());
        assertTrue(Samples.paired(al, a, "Mount Orlo", b, "Its cloud"), al.toString());
    }

    @Test
    void aValueKindSeveralSentencesStateNeedsTheThingItIsAbout() {
        // two sums on each side: the kind alone does not say which sentence tells which, and no word is shared
        Article a = Samples.ofParagraphs(1, List.of(
                "The stadium cost 90 million euros to build.",
                "Tickets sell for 40 euros.",
                "Fans queued overnight."));
        Article b = Samples.ofParagraphs(2, List.of(
                "The club paid a striker €5 million.",
                "Its revenue rose to €120 million.",
                "Supporters camped outside."));
        Alignment al = aligner.align(a, b);
        assertFalse(Samples.paired(al, a, "The stadium", b, "The club"), al.toString());
        assertFalse(Samples.paired(al, a, "Tickets", b, "Its revenue"), al.toString());
    }

    @Test
    void aClosureToldInOtherWordsAndUntilAnotherDayIsACounterpart() {
        // "closed until Monday" / "reopen on Tuesday": the only closure each side states, no word in common
        Article a = Samples.ofParagraphs(1, List.of(
                "Thieves stole two paintings from the Lenz gallery on Saturday night.",
                "The gallery will stay closed until Monday."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Two paintings were taken from the Lenz gallery late on Saturday.",
                "Its doors reopen on Tuesday, a curator said."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "stay closed", b, "Its doors"), al.toString());
    }

    @Test
    void aClosureSeveralSentencesStateMeetsTheOneAboutTheSameThing() {
        // two closures on each side: the harbour's meet through "harbour", the closure word itself is no shared thing
        Article a = Samples.ofParagraphs(1, List.of(
                "A storm hit the coast of Velm on Friday.",
                "The harbour was closed for the rest of the week.",
                "Critics asked why the coastal road had not been closed sooner."));
        Article b = Samples.ofParagraphs(2, List.of(
                "A storm struck the Velm coast on Friday.",
                "Officials were asked whether they should have closed the bridge earlier.",
                "The harbour will stay shut until Monday."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "The harbour", b, "The harbour"), al.toString());
        assertFalse(Samples.paired(al, a, "The harbour", b, "Officials"), al.toString());
    }

    @Test
    void aSentenceWithAFullCounterpartTakesNoWeakerSecondEventLinkToALead() {
        // B's lead shares story words ("strike", "ballot", "pay", "days") with A's lead and with the ballot sentence, which has its
        // full counterpart; both ask B's lead for an event link, and the ballot sentence's, weaker, is dropped
        Article a = Samples.ofParagraphs(1, List.of(
                "Staff at 40 hospitals will strike for three days next month in a dispute over pay, their union said.",
                "In the strike ballot, 91% of members backed the action, on a turnout of 62%.",
                "The union has about 80,000 members."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Nurses are set to walk out for two days in June after a strike ballot over pay.",
                "Hospital managers warned of delays to operations.",
                "Some 91 percent of members backed the action, with turnout at 60 percent.",
                "The union represents 80,000 nurses."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Staff at 40", b, "Nurses are set"), al.toString());
        assertTrue(Samples.paired(al, a, "In the strike ballot", b, "Some 91 percent"), al.toString());
        assertFalse(Samples.paired(al, a, "In the strike ballot", b, "Nurses are set"), al.toString());
    }

    @Test
    void aNumberOfThingsIsNoCounterpartOfTheSameNumberOfPeople() {
        // "14" is the only number of two digits each side states once, but one counts boats and the other the dead
        Article a = Samples.ofParagraphs(1, List.of(
                "At least nine people died when a dam burst on the Orva river on Monday, flooding three villages.",
                "Rescue teams used 14 boats and two helicopters."));
        Article b = Samples.ofParagraphs(2, List.of(
                "A dam on the Orva river gave way on Monday, killing at least 14 people and flooding three villages.",
                "Engineers had raised concerns about the structure."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "At least nine", b, "A dam on"), al.toString());
        assertFalse(Samples.paired(al, a, "Rescue teams", b, "A dam on"), al.toString());
    }

    @Test
    void twoSentencesWithCounterpartsTakeNoEventLinkBelowTheirCounterpartsMeanStrength() {
        // the sofas sentence has a close counterpart (about 0.49) and B's lead a weaker one (A's lead, about 0.30); they share "heroin",
        // "found" and "shipment" (cosine about 0.24), over 0.65 of the weaker counterpart but under 0.62 of the two's mean: the sofas
        // sentence tells its own fact, which B tells in its second sentence, so it is no second telling of B's lead
        Article a = Samples.ofParagraphs(1, List.of(
                "Border guards seized 400 kilograms of heroin hidden in a load of furniture at the Tarvo crossing, the largest seizure this year.",
                "The heroin was found in 12 sofas and a shipment of old chairs and tables on a lorry from the south.",
                "Two drivers were detained."));
        Article b = Samples.ofParagraphs(2, List.of(
                "More than 400 kilograms of heroin were found in a furniture shipment in Tarvo, customs said on Friday.",
                "The drugs were inside 12 sofas and old tables on a lorry.",
                "The drivers, both 40, were detained at the scene."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Border guards", b, "More than 400"), al.toString());
        assertTrue(Samples.paired(al, a, "The heroin was found", b, "The drugs were inside"), al.toString());
        assertFalse(Samples.paired(al, a, "The heroin was found", b, "More than 400"), al.toString());
    }

    @Test
    void backgroundInThePastPerfectIsNoOtherTellingOfTheLead() {
        // B's second sentence tells what had happened before the final ("had beaten"); it shares "beat" and "game" with A's lead, which
        // tells the final itself, and asks it for an event link; a main clause in the past perfect is background, so there is none
        Article a = Samples.ofParagraphs(1, List.of(
                "Tomas Berg won the national chess championship on Sunday, beating the holder Anna Roth in the final game.",
                "Berg, 19, is the youngest champion in the event's history.",
                "The prize is 20,000 euros."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Tomas Berg became national chess champion on Sunday after beating Anna Roth in a tense final.",
                "Roth had beaten him in all three of their earlier games.",
                "The title carries a prize of 20,000 euros."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Tomas Berg won", b, "Tomas Berg became"), al.toString());
        assertFalse(Samples.paired(al, a, "Tomas Berg won", b, "Roth had beaten"), al.toString());
        // a main clause's past perfect, past an adverb; speech reported, a relative clause or a second clause is no background
        assertTrue(Meaning.pastPerfect(Tokens.words("The weather service had already issued a warning.", 0, 49)));
        assertFalse(Meaning.pastPerfect(Tokens.words("Officials said 4,800 people had been moved out.", 0, 47)));
        assertFalse(Meaning.pastPerfect(Tokens.words("It was found on a ship that had sailed from Ecuador.", 0, 52)));
        assertFalse(Meaning.pastPerfect(Tokens.words("Most are children, and 71% had not been vaccinated.", 0, 51)));
        assertFalse(Meaning.pastPerfect(Tokens.words("The town had no time to prepare.", 0, 32)));
    }

    private static boolean perfect(String s) {
        return Meaning.pastPerfect(Tokens.words(s, 0, s.length()));
    }

    @Test
    void aPastPerfectThatTellsAFirstIsNoBackground() {
        assertFalse(perfect("No woman had ever won the open championship before."));
        assertFalse(perfect("No team had ever scored six goals in a final."));
        assertFalse(perfect("The club had never lost at home before Saturday."));
        // "never" with no "before": background all the same
        assertTrue(perfect("Saranov had never met her."));
        assertTrue(perfect("Saranov, 29, had been champion for seven years."));
    }

    @Test
    void aFirstToldInThePastPerfectMeetsTheFirstToldInThePresent() {
        Article a = Samples.ofParagraphs(1, List.of(
                "Norwegian grandmaster Elin Haugstad won the world chess championship on Sunday, beating the holder Viktor Saranov.",
                "Haugstad, aged 34, is the first woman to hold the open title.",
                "The deciding game lasted 61 moves."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Elin Haugstad is the new world chess champion after beating Viktor Saranov on Sunday.",
                "No woman had ever won the open championship before.",
                "The final game went to 58 moves."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Haugstad, aged 34", b, "No woman had ever"), al.toString());
        // background in the past perfect stays apart from the first
        Article c = Samples.ofParagraphs(3, List.of(
                "Elin Haugstad is the new world chess champion after beating Viktor Saranov on Sunday.",
                "Women had played in the open championship for decades.",
                "The final game went to 58 moves."));
        Alignment al2 = aligner.align(a, c);
        assertFalse(Samples.paired(al2, a, "Haugstad, aged 34", c, "Women had played"), al2.toString());
    }

    /** The article of {@link Samples#ofParagraphs} published on the given day. */
    private static Article dated(long id, String day, List<String> paragraphs) {
        Article a = Samples.ofParagraphs(id, paragraphs);
        ArticleMeta m = new ArticleMeta("article " + id, true, null, null, null, null, java.time.LocalDate.parse(day), null, null, null, "text",
                "en");
        return new Article(a.id(), m, a.text(), a.blocks(), a.contentHash(), a.importedAt());
    }

    @Test
    void aYearWrittenOutMeetsTheSameYearToldAsYearsAgo() {
        // each side tells two past years, one written out and one as "N years ago"; each year, within the one year that "N years
        // ago" rounds, is told by one sentence each side (the second a conflict: 2016 against "nine years ago", 2017)
        List<String> pa = List.of(
                "The old ferry Marisol sank off the coast of Tarn on Sunday, and all 40 people on board were rescued.",
                "The vessel entered service in 2004 and was sold to its current owner later.",
                "Inspectors found faults in its hull in 2016 and ordered repairs.");
        List<String> pb = List.of(
                "All 40 passengers and crew were rescued after the ferry Marisol went down off Tarn on Sunday.",
                "Built 22 years ago, it changed hands twice since.",
                "A report nine years ago flagged damage below the waterline.");
        Article a = dated(1, "2026-04-12", pa), b = dated(2, "2026-04-13", pb);
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "The old ferry", b, "All 40"), al.toString());
        assertTrue(Samples.paired(al, a, "The vessel entered", b, "Built 22"), al.toString());
        assertTrue(Samples.paired(al, a, "Inspectors found", b, "A report nine"), al.toString());
        // with no year of publication, "N years ago" names no year
        Alignment undated = aligner.align(Samples.ofParagraphs(1, pa), Samples.ofParagraphs(2, pb));
        assertFalse(Samples.paired(undated, a, "Inspectors found", b, "A report nine"), undated.toString());
    }

    @Test
    void aYearOfTheNineteenthCenturyMeetsTheSameYearToldAsYearsAgo() {
        // background history: a year before 1900 written out on one side and told as "N years ago" on the other (issue 16, set 17)
        List<String> pa = List.of(
                "Volunteers reopened the Harrow Point lighthouse to visitors on Saturday after a two-year restoration.",
                "The tower was put up by the harbour board in 1874 to guard the reef.",
                "Tickets cost eight pounds for adults.");
        List<String> pb = List.of(
                "The restored Harrow Point lighthouse welcomed its first visitors on Saturday, volunteers said.",
                "Adults pay eight pounds to climb it.",
                "Its granite column went up 155 years ago, after a string of wrecks on the nearby rocks.");
        Article a = dated(1, "2029-06-02", pa), b = dated(2, "2029-06-03", pb);
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "The tower was put up", b, "Its granite column"), al.toString());
        // a year more than one from the one "N years ago" names is none of it
        Article c = dated(3, "2029-06-03", List.of(pb.get(0), pb.get(1), "Its granite column went up 140 years ago, after a string of wrecks."));
        assertFalse(Samples.paired(aligner.align(a, c), a, "The tower was put up", c, "Its granite column"), aligner.align(a, c).toString());
    }

    @Test
    void aSumWithItsScaleWrittenOrAbbreviatedIsOneValue() {
        // several sentences each side state sums of money; only "£2.4 billion" / "£2.4bn" states one value
        Article a = Samples.ofParagraphs(1, List.of(
                "A regulator fined the lender Corvin Bank £38 million on Tuesday over failures in its checks.",
                "The bank handled £2.4 billion of suspicious payments over several years.",
                "Its chief executive earned £3 million last year."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Corvin Bank has been fined £38m by the regulator for weak checks on customers.",
                "Over six years, some £2.4bn in dubious transfers went through its accounts.",
                "Shares fell 2% after the fine was announced."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "The bank handled", b, "Over six years"), al.toString());
    }

    @Test
    void aLengthOfTimeInOtherUnitsIsOneValue() {
        // "48 hours" and "two days" are one length of time; neither sentence shares a content word with the other
        Article a = Samples.ofParagraphs(1, List.of(
                "More than 200 passengers on the cruise ship Alder fell ill with norovirus, the operator said on Monday.",
                "The vessel will be scrubbed for 48 hours before it leaves port."));
        Article b = Samples.ofParagraphs(2, List.of(
                "A norovirus outbreak has sickened over 200 people aboard the Alder, its operator said on Monday.",
                "Crews are to spend two days disinfecting every cabin."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "The vessel will", b, "Crews are"), al.toString());
    }

    @Test
    void lengthsOfTimeNearEachOtherAreOneHedgedValueAndFarApartTwoFacts() {
        // each side states one length of time: "nearly five hours" / "four hours" are one fact told with other values; "for three
        // weeks" is another (the lengths lie far apart)
        Article a = Samples.ofParagraphs(1, List.of(
                "A gas tanker overturned on the M4 near Pell on Tuesday, forcing the evacuation of 300 homes.",
                "Crews sprayed water curtains for nearly five hours before the valve was sealed."));
        Article b = Samples.ofParagraphs(2, List.of(
                "About 300 homes near Pell were evacuated on Tuesday after a gas tanker overturned on the M4.",
                "It took firefighters four hours to stop the leak."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Crews sprayed", b, "It took"), al.toString());
        Article far = Samples.ofParagraphs(3, List.of(
                "About 300 homes near Pell were evacuated on Tuesday after a gas tanker overturned on the M4.",
                "The road will stay shut for three weeks."));
        Alignment al2 = aligner.align(a, far);
        assertFalse(Samples.paired(al2, a, "Crews sprayed", far, "The road"), al2.toString());
    }

    @Test
    void aYearOneFromTheOtherSidesIsOneFactsYear() {
        // the release of the beavers: the two sentences share no word, and each article gives one year the other never names, one
        // apart; years further apart are two facts
        List<String> pa = List.of(
                "A survey counted 80 beavers along the river Olm this spring, the park authority said.",
                "The animals were released into the valley in 2004 after a long absence.",
                "Farmers complain that dams flood their fields.");
        Article a = dated(1, "2026-05-02", pa);
        Article b = dated(2, "2026-05-02", List.of(
                "The river Olm is now home to some 80 beavers, according to park rangers.",
                "Beavers were brought back to the area in 2005.",
                "A new survey is planned for next year."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "The animals were released", b, "Beavers were brought back"), al.toString());
        Article far = dated(3, "2026-05-02", List.of(
                "The river Olm is now home to some 80 beavers, according to park rangers.",
                "Beavers were brought back to the area in 2009.",
                "A new survey is planned for next year."));
        Alignment apart = aligner.align(a, far);
        assertFalse(Samples.paired(apart, a, "The animals were released", far, "Beavers were brought back"), apart.toString());
        assertTrue(SentenceAligner.nextYears(java.util.Set.of("2024"), java.util.Set.of("2023"), java.util.Set.of("2023"),
                java.util.Set.of("2024")));
        assertFalse(SentenceAligner.nextYears(java.util.Set.of("2024"), java.util.Set.of("2023", "2024"), java.util.Set.of("2023"),
                java.util.Set.of("2024")), "a year both articles name is no year told differently");
    }

    @Test
    void yearsOneApartInSentencesThatEachNameTheirOwnThingsAreTwoFacts() {
        // two background purchases: each sentence names a seller or a player the other article never names, so the years one
        // apart are the years of two facts, and the two sentences stay apart
        Article a = dated(1, "2026-05-02", List.of(
                "The city museum has bought the painting Harbour Light for a record sum, the museum said on Monday.",
                "Its previous record purchase was a portrait by Ilse Moran, which cost a fortune in 2019.",
                "The painting will go on show in June."));
        Article b = dated(2, "2026-05-02", List.of(
                "The painting Harbour Light has been sold to the city museum for a record sum.",
                "The seller had bought it from the Hallam family in 2018.",
                "It will be shown to the public in June."));
        Alignment al = aligner.align(a, b);
        assertFalse(Samples.paired(al, a, "Its previous record", b, "The seller had bought"), al.toString());
        // one side naming a place the other never names is still one fact's year told differently
        Article c = dated(3, "2026-05-02", List.of(
                "A survey counted 80 beavers along the river Olm this spring, the park authority said.",
                "The animals were released into the valley from Carpathia in 2004 after a long absence.",
                "Farmers complain that dams flood their fields."));
        Article d = dated(4, "2026-05-02", List.of(
                "The river Olm is now home to some 80 beavers, according to park rangers.",
                "Beavers were brought back to the area in 2005.",
                "A new survey is planned for next year."));
        Alignment one = aligner.align(c, d);
        assertTrue(Samples.paired(one, c, "The animals were released", d, "Beavers were brought back"), one.toString());
    }

    @Test
    void theOneAgeEachSideGivesLinksItsSentences() {
        // the fisherman's age: the two sentences share no word; each article gives one age, so they tell of one person
        List<String> pa = List.of(
                "A fisherman was rescued off the coast of Brela on Sunday after his boat capsized in a squall.",
                "Tomas Hrad, 61, had spent the night clinging to the hull.",
                "The coast guard said the sea had calmed by the morning.");
        Article a = Samples.ofParagraphs(1, pa);
        Article b = Samples.ofParagraphs(2, List.of(
                "The coast guard saved a fisherman whose boat overturned in a squall near Brela on Sunday.",
                "The 62-year-old was pulled from the water by a helicopter crew.",
                "His family thanked the rescuers."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "Tomas Hrad", b, "The 62-year-old"), al.toString());
        // a second age on one side: two people, perhaps
        Article two = Samples.ofParagraphs(3, List.of(
                "The coast guard saved a fisherman whose boat overturned in a squall near Brela on Sunday.",
                "The 62-year-old was pulled from the water by a helicopter crew.",
                "The pilot, 44, said the waves were high."));
        Alignment al2 = aligner.align(a, two);
        assertFalse(Samples.paired(al2, a, "Tomas Hrad", two, "The 62-year-old"), al2.toString());
        assertTrue(PersonAgeKind.states("Luc Marin, 47, had been at sea.", 0, 30));
        assertFalse(PersonAgeKind.states("The race had 47 boats, and 12 retired.", 0, 38));
    }

    @Test
    void theOneCalendarDayEachSideGivesLinksItsSentences() {
        // the start of the race: "Lisbon" alone is too little; each article gives one day of a month, a day apart
        Article a = Samples.ofParagraphs(1, List.of(
                "A solo sailor was rescued by a cargo ship in the Atlantic on Monday after his yacht lost its mast.",
                "He was one of 32 skippers who set off from Lisbon on 24 October.",
                "Three other boats have already retired from the race."));
        Article b = Samples.ofParagraphs(2, List.of(
                "A cargo ship picked up the sailor in the Atlantic on Monday, two days after his boat was dismasted.",
                "The fleet of 30 boats left Lisbon on 25 October.",
                "Organisers praised the crew of the ship."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "He was one of 32", b, "The fleet of 30"), al.toString());
    }

    @Test
    void theOneDayAheadEachSideGivesIsOneComingStepWhateverTheDay() {
        // the two court dates share only "court": the one weekday ahead each side gives says they tell one step
        Article a = Samples.ofParagraphs(1, List.of(
                "Police seized two tonnes of heroin in the port of Kessel on Friday.",
                "The drugs were hidden in a shipment of furniture.",
                "The three men will appear before a judge on Monday."));
        Article b = Samples.ofParagraphs(2, List.of(
                "Customs officers found 2,000 kg of heroin in Kessel's harbour.",
                "Officers said the drugs were packed inside sofas.",
                "The suspects are due in court on Tuesday."));
        Alignment al = aligner.align(a, b);
        assertTrue(Samples.paired(al, a, "The three men", b, "The suspects"), al.toString());
    }
}
