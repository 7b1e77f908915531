package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;

/** Conflicts and one-sided facts of whole articles, through ComparisonService as the app calls it. */
class FactPairingTest {
    private static final DateRange FEBRUARY = new DateRange(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28), DatePrecision.MONTH);

    private static DatedMention date(Article a, String surface, DateRange r) {
        int s = a.text().indexOf(surface, a.text().indexOf("WASHINGTON"));
        assertTrue(s >= 0, surface);
        return new DatedMention(s, s + surface.length(), surface, r);
    }

    @Test
    void theSamplePairShowsNoFalseConflict() {
        Article a = Samples.outletA(), b = Samples.outletB();
        Comparison c = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(date(a, "Last month", FEBRUARY))),
                b, new SideFacts(Map.of(), List.of(date(b, "In February", FEBRUARY))));
        assertTrue(c.facts().conflicts().isEmpty(), c.facts().conflicts().toString());
    }

    @Test
    void reportsAConflictInAlignedSentencesWithBothRanges() {
        Article a = Samples.fromText(1, "a", "A bomb hit the market in the capital on Sunday, and at least seven people were killed. "
                + "The police closed the roads around the square for the day.");
        Article b = Samples.fromText(2, "b", "A bomb hit the market in the capital on Sunday, and six people were killed. "
                + "The police closed the roads around the square for the day.");
        Comparison.Facts f = new ComparisonService().compare(a, b).facts();
        assertEquals(1, f.conflicts().size(), f.toString());
        Comparison.Conflict c = f.conflicts().get(0);
        assertEquals("killed", c.fact());
        assertEquals("at least seven", a.text().substring(c.a().start(), c.a().end()));
        assertEquals("six", b.text().substring(c.b().start(), c.b().end()));
        assertEquals(">=7", c.a().normalised());
        assertTrue(c.a().sentenceStart() <= c.a().start() && c.a().end() <= c.a().sentenceEnd());
    }

    @Test
    void aStartToldAsATimeAgoAndComparedAsASpanIsNoOneSidedDate() {
        Article a = Samples.fromText(1, "a", "Divers have found the wreck of the steamship Halcyon off the Cornish coast. "
                + "The team led by Ruth Penhale had searched for the wreck for six years.");
        String textB = "Divers have found the wreck of the steamship Halcyon off the coast of Cornwall. "
                + "Ruth Penhale's team began looking for the wreck eight years ago.";
        Article b = Samples.fromText(2, "b", textB);
        int at = b.text().indexOf("eight years ago");
        DateRange y2021 = new DateRange(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), DatePrecision.YEAR);
        SideFacts sideB = new SideFacts(Map.of(), List.of(new DatedMention(at, at + "eight years ago".length(), "eight years ago", y2021)));
        Comparison.Facts f = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of()), b, sideB).facts();
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals(FactExtractor.DURATION, f.conflicts().get(0).fact());
        assertTrue(f.onlyB().isEmpty(), f.toString());
        // no length on the other side: the span is not compared, and the date stays one-sided
        Article c = Samples.fromText(3, "c", "Divers have found the wreck of the steamship Halcyon off the Cornish coast. "
                + "The team led by Ruth Penhale used a remotely operated submarine to find the wreck.");
        Comparison.Facts g = new ComparisonService().compare(c, new SideFacts(Map.of(), List.of()), b, sideB).facts();
        assertTrue(g.onlyB().stream().anyMatch(o -> o.fact().equals("date")), g.toString());
    }

    @Test
    void pairsFactsOfTheSameEventOutsideTheAlignmentAndListsOneSidedOnes() {
        Article a = Samples.fromText(1, "a", "Rescue teams worked through the night in the mountain villages. "
                + "The earthquake killed 12 people in the province, officials said.");
        Article b = Samples.fromText(2, "b", "Soldiers handed out tents and water to families who had lost their homes. "
                + "Officials now say 15 died after the earthquake, and 30 were rescued from the rubble.");
        Comparison.Facts f = new ComparisonService().compare(a, b).facts();
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("killed", f.conflicts().get(0).fact());
        assertEquals("15", f.conflicts().get(0).b().text());
        assertEquals(1, f.onlyB().size(), f.toString());
        assertEquals("rescued", f.onlyB().get(0).fact());
        assertTrue(f.onlyA().isEmpty());
    }

    @Test
    void twoDatesOfRecordsWhoseSentencesShareOnlySinceAreNoConflict() {
        Article a = Samples.fromText(1, "a", "Rescue teams worked through the night in the mountain villages. "
                + "The share index suffered its biggest one-day drop since March 2020.");
        Article b = Samples.fromText(2, "b", "Soldiers handed out tents and water to families who had lost their homes. "
                + "Trading volumes were the highest since 2022.");
        DateRange march = new DateRange(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31), DatePrecision.MONTH);
        DateRange year = new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), DatePrecision.YEAR);
        int sa = a.text().indexOf("March 2020"), sb = b.text().indexOf("2022");
        Comparison.Facts f = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(new DatedMention(sa, sa + 10, "March 2020", march))),
                b, new SideFacts(Map.of(), List.of(new DatedMention(sb, sb + 4, "2022", year)))).facts();
        assertTrue(f.conflicts().isEmpty(), f.toString());
        assertEquals(1, f.onlyA().size(), f.toString());
        assertEquals(1, f.onlyB().size(), f.toString());
    }

    static Comparison.Facts oneSentenceEach(String a, String b) {
        return new ComparisonService().compare(Samples.fromText(1, "a", a), Samples.fromText(2, "b", b)).facts();
    }

    @Test
    void anUnnamedAgePairsWithTheOneAgeOfTheSamePersonInTheSameRole() {
        Comparison.Facts f = oneSentenceEach("Trial is set for May 3 for 45-year-old John Barker, who is accused of setting the warehouse fire.",
                "A jury has convicted a 46-year-old man of setting the warehouse fire that destroyed the depot.");
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("age of Barker", f.conflicts().get(0).fact());
        assertEquals(1, oneSentenceEach("Police arrested a 33-year-old man after the warehouse fire on Sunday night.",
                "Police arrested a 34-year-old man after the warehouse fire on Sunday night.").conflicts().size());
        // a victim's age against a suspect's, two ages in one sentence, or two different unnamed people: no conflict
        assertTrue(oneSentenceEach("A 10-year-old girl was killed when the warehouse fire spread on Sunday night.",
                "Police arrested John Barker, 45, after the warehouse fire spread on Sunday night.").conflicts().isEmpty());
        assertTrue(oneSentenceEach("A 45-year-old man was charged over the warehouse fire that killed a 70-year-old guard.",
                "Police charged John Barker, 46, over the warehouse fire that killed a guard.").conflicts().isEmpty());
        assertTrue(oneSentenceEach("Police arrested a 33-year-old woman after the warehouse fire on Sunday night.",
                "Police arrested a 34-year-old man after the warehouse fire on Sunday night.").conflicts().isEmpty());
    }

    private static Comparison.Facts twoSentencesEach(String a1, String a2, String b1, String b2) {
        return new ComparisonService().compare(Samples.fromText(1, "a", a1 + " " + a2), Samples.fromText(2, "b", b1 + " " + b2)).facts();
    }

    @Test
    void theOneAgeEachArticleGivesIsOnePersonEvenInSentencesThatDoNotAlign() {
        // the ages stand in sentences that report different things, so only the articles' one age each pairs them
        Comparison.Facts f = twoSentencesEach("A hiker missing for five days in the Tarn mountains has been found alive.",
                "Lena Vost, 34, was spotted by a helicopter crew in a gully near the old mine.",
                "Rescuers have found a 35-year-old woman who had been missing in the Tarn mountains.",
                "Volunteers from three villages searched the forest roads through the week.");
        assertEquals(1, f.conflicts().stream().filter(c -> c.fact().equals("age of Vost")).count(), f.toString());
        assertTrue(f.onlyA().stream().noneMatch(o -> o.fact().startsWith("age of")) && f.onlyB().stream().noneMatch(o -> o.fact().startsWith("age of")),
                f.toString());
        // "a 52-year-old Dallian": a nationality, no name, so it is the captain the other side names
        Comparison.Facts g = twoSentencesEach("Navy commandos seized the tanker Maren Star in the gulf on Monday.",
                "The captain, a 52-year-old Dallian, has not been allowed to call his family.",
                "Commandos seized the tanker Maren Star in the gulf early on Monday.",
                "The ship's master, Captain Oren Tal, 53, is from Dallia.");
        assertEquals(1, g.conflicts().stream().filter(c -> c.fact().equals("age of Tal")).count(), g.toString());
        // two people each named, or a suspect against a victim, stay two people
        assertTrue(twoSentencesEach("A hiker missing for five days in the Tarn mountains has been found alive.",
                "Lena Vost, 34, was spotted by a helicopter crew in a gully near the old mine.",
                "A hiker missing in the Tarn mountains has been found alive.",
                "Pavel Horn, 52, led the helicopter crew from the old mine.").conflicts().isEmpty());
        assertTrue(twoSentencesEach("A shop was set on fire in the old town on Sunday night.",
                "A 45-year-old man was arrested nearby on Monday.",
                "A shop was set on fire in the old town late on Sunday.",
                "The owner, John Barker, 61, was injured trying to put out the flames.").conflicts().isEmpty());
    }

    @Test
    void theOneAgeEachArticleGivesIsOnePersonInCounterpartSentencesToo() {
        // the aligner links the one sentence each side gives an age in; a victim's noun without a role word on the other side is
        // still the one person, as when the sentences do not align
        Comparison.Facts f = twoSentencesEach("A bus and a tractor collided on the coast road near Ostra on Friday.",
                "Among the dead was a 34-year-old bus driver.",
                "A bus hit a tractor on the coast road outside Ostra on Friday.",
                "The driver, 35, came from the capital, police said.");
        assertEquals(1, f.conflicts().stream().filter(c -> c.fact().equals("age of a driver")).count(), f.toString());
        // "the 64-year-old" accused on one side is the one person the other side names with an age and no role
        Comparison.Facts g = twoSentencesEach("A court cleared former minister Jan Oster of fraud on Monday.",
                "Oster, 63, smiled as the judge read out the ruling.",
                "Former minister Jan Oster was found not guilty on Monday.",
                "The 64-year-old had been accused of taking bribes from a builder.");
        assertEquals(1, g.conflicts().stream().filter(c -> c.fact().equals("age of Oster")).count(), g.toString());
    }

    @Test
    void anAgeAfterTheClauseIsThePersonsTheOtherSideAgesOtherwise() {
        Comparison.Facts f = oneSentenceEach("Roos died in Leiden in 1937, aged 61, after a long illness.",
                "The artist died in Leiden in 1937 at the age of 62, after a long illness.");
        assertEquals(1, f.conflicts().size(), f.toString());
        assertTrue(oneSentenceEach("Roos died in Leiden in 1937, aged 62, after a long illness.",
                "The artist died in Leiden in 1937 at the age of 62, after a long illness.").conflicts().isEmpty());
        // after a noun it is the noun's: "The driver of the truck, aged 56," is "The 58-year-old lorry driver"
        assertEquals(1, oneSentenceEach("The 58-year-old lorry driver was pulled from the river by a passing boat crew.",
                "The driver of the truck, aged 56, was pulled from the river by the crew of a boat.").conflicts().size());
        // "One of them, aged 19," tells no one the sentence is about, only one person with no noun (as "a 19-year-old,"); a list
        // of ages is none: "Two men, aged 41 and 38,"
        assertEquals(List.of(PersonAges.BARE), FactExtractor.extract("One of them, aged 19, was new.", 0, 30).stream().map(Fact::kind).toList());
        assertTrue(FactExtractor.extract("Two men, aged 41 and 38, were arrested.", 0, 39).stream()
                .noneMatch(x -> x.kind().equals(FactExtractor.DEFINITE_AGE)));
    }

    @Test
    void aNumberJoinedToItsNounCountsIt() {
        Comparison.Facts f = oneSentenceEach("A five-storey building collapsed in the port city late on Tuesday.",
                "A six-storey building collapsed in the port city late on Tuesday.");
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("number of storeys", f.conflicts().get(0).fact());
        assertTrue(oneSentenceEach("A five-storey building collapsed in the port city late on Tuesday.",
                "A five-story building collapsed in the port city late on Tuesday.").conflicts().isEmpty());
    }

    @Test
    void anAgeAfterTheNounOrByTheDefiniteArticlePairsWithTheOtherSidesAge() {
        // "one man, aged 71" is "a 71-year-old man": they agree, so neither is one-sided
        Comparison.Facts f = oneSentenceEach("The dead include a 71-year-old man who was at the depot with his wife.",
                "Among those killed at the depot was one man, aged 71, police said.");
        assertTrue(f.conflicts().isEmpty() && f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
        // a role noun ("The suspect, 35") is the same person as "a 34-year-old man" in the same role
        Comparison.Facts g = oneSentenceEach("The attacker, a 34-year-old man, was arrested at the depot after a standoff.",
                "The suspect, 35, was arrested by armed officers at the depot after a standoff.");
        assertEquals(1, g.conflicts().size(), g.toString());
        // "the 58-year-old" tells again of the person the other side names
        Comparison.Facts h = oneSentenceEach("Judge Ann Lee said Karl Ostrow, 58, had abused the trust of the town.",
                "Judge Ann Lee said the 58-year-old had abused the trust of the town.");
        assertTrue(h.conflicts().isEmpty() && h.onlyA().isEmpty() && h.onlyB().isEmpty(), h.toString());
        assertEquals(1, oneSentenceEach("Judge Ann Lee said Karl Ostrow, 58, had abused the trust of the town.",
                "Judge Ann Lee said the 59-year-old had abused the trust of the town.").conflicts().size());
        // but not a victim named on one side against "the 16-year-old" charged on the other
        assertTrue(oneSentenceEach("Police said 10-year-old Mary Tomas was killed by a stray bullet outside the depot.",
                "Police charged the 16-year-old over the stray bullet outside the depot.").conflicts().isEmpty());
        // a man against a woman stays apart, as before
        assertTrue(oneSentenceEach("A woman, aged 67, died when a tree fell in the park.",
                "A 66-year-old man died when a tree fell in the park.").conflicts().isEmpty());
    }

    @Test
    void aShareAndPerShareAreOneKindAndHospitalCountsAreFacts() {
        Comparison.Facts f = oneSentenceEach("Analysts at the bank cut their target for the stock to $38 a share.",
                "The bank lowered its target for the stock to $38 per share.");
        assertTrue(f.conflicts().isEmpty() && f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
        Comparison.Facts g = oneSentenceEach("Eleven patients are in hospital after the outbreak, two of them in intensive care.",
                "Twelve people are being treated in hospital after the outbreak, including two in intensive care.");
        assertEquals(1, g.conflicts().size(), g.toString());
        assertEquals("hospitalised", g.conflicts().get(0).fact());
        assertTrue(oneSentenceEach("At least seven people were still in hospital after the crash on Friday night.",
                "Eight passengers remained in hospital after the crash overnight.").conflicts().isEmpty());
    }

    @Test
    void countsOfThingsAndSpeedsConflictOnlyInCounterpartSentences() {
        Comparison.Facts f = oneSentenceEach("Officials said the town now has 64 cases of measles, most in young children.",
                "Officials said the town now has 71 confirmed cases of measles, most in young children.");
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("number of cases", f.conflicts().get(0).fact());
        assertEquals(1, oneSentenceEach("More than 300 flights were cancelled at the airport during the storm.",
                "Nearly 300 flights were cancelled at the airport during the storm.").conflicts().size());
        Comparison.Facts g = oneSentenceEach("The storm hit the coast with winds of up to 140 km/h on Monday.",
                "The storm brought gusts of up to 150 km/h to the coast on Monday.");
        assertEquals(1, g.conflicts().size(), g.toString());
        assertEquals("speed", g.conflicts().get(0).fact());
        // agreeing counts, and a count of things one side gives alone, are neither a conflict nor a one-sided fact
        Comparison.Facts h = oneSentenceEach("Rescuers brought 23 miners to the surface after four miners were killed in the collapse.",
                "Twenty-three miners were rescued, but five of their colleagues died in the collapse.");
        assertEquals(List.of("killed"), h.conflicts().stream().map(Comparison.Conflict::fact).toList(), h.toString());
        Comparison.Facts k = oneSentenceEach("The centre, which has 140 shops, will reopen on Monday after the shooting.",
                "The centre will reopen on Monday after the shooting, its owners said.");
        assertTrue(k.conflicts().isEmpty() && k.onlyA().isEmpty(), k.toString());
    }

    @Test
    void theSeriouslyInjuredAreACountOfTheirOwn() {
        Comparison.Facts f = oneSentenceEach("A train derailed near the village on Friday, injuring 31 people, four of them seriously.",
                "Four passengers were seriously injured when the train derailed near the village on Friday.");
        assertTrue(f.conflicts().isEmpty(), f.toString());
        assertEquals(1, oneSentenceEach("A train derailed near the village on Friday, injuring 31 people, four of them seriously.",
                "Five passengers were seriously injured when the train derailed near the village on Friday.").conflicts().size());
    }

    @Test
    void agreeingValuesWrittenDifferentlyAreNoConflict() {
        Article a = Samples.fromText(1, "a", "Forty-three people were arrested at the border crossing on Monday night.");
        Article b = Samples.fromText(2, "b", "Police said 43 people were arrested at the border crossing on Monday night.");
        Comparison.Facts f = new ComparisonService().compare(a, b).facts();
        assertTrue(f.conflicts().isEmpty() && f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
    }

    private static List<Comparison.Conflict> conflicts(String a, String b) {
        return EcbFactsGoldTest.facts(new EcbFactsGoldTest.Gold("t", List.of(), a, b)).conflicts();
    }

    @Test
    void aSumInAnotherCurrencyAtARoughRateIsOneSumNotOneSided() {
        Comparison.Facts f = oneSentenceEach("The regulator has fined the bank £42 million for the failings.",
                "The bank has been ordered to pay a €49 million penalty by the regulator for the failings.");
        assertTrue(f.conflicts().isEmpty() && f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
        // far from any rate: still one-sided on each side
        Comparison.Facts far = oneSentenceEach("The regulator has fined the bank £42 million for the failings.",
                "The bank has been ordered to pay a €90 million penalty by the regulator for the failings.");
        assertEquals(1, far.onlyA().size(), far.toString());
        assertEquals(1, far.onlyB().size(), far.toString());
    }

    @Test
    void theRateBeforeAChangeInPointsAgreesWithTheRateWrittenOut() {
        Comparison.Facts f = oneSentenceEach("People aged 65 and over now make up 21% of the population, up from 18%.",
                "The share of people aged 65 and over rose by three percentage points, to 21 percent.");
        assertTrue(f.conflicts().isEmpty() && f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
        assertEquals(1, oneSentenceEach("People aged 65 and over now make up 21% of the population, up from 17%.",
                "The share of people aged 65 and over rose by three percentage points, to 21 percent.").conflicts().size());
    }

    @Test
    void theOneCountOfAStateEachArticleGivesIsComparedWhateverTheWording() {
        Article a = Samples.fromText(1, "a", "A dam burst on the river early on Monday. Some 1,800 residents have been evacuated.");
        Article b = Samples.fromText(2, "b", "Floodwater tore through four villages when the dam collapsed. Around 2,500 people were forced from their homes.");
        Comparison.Facts f = new ComparisonService().compare(a, b).facts();
        assertEquals(1, f.conflicts().stream().filter(c -> c.fact().equals("evacuated")).count(), f.toString());
    }

    @Test
    void theOneTurnoutEachArticleGivesIsComparedWhateverTheWording() {
        Article a = Samples.fromText(1, "a", "Voters in Varnholm approved a tram line in a referendum on Sunday. Turnout was 61%, the highest for a local vote.");
        Article b = Samples.fromText(2, "b", "A plan for a tram line across Varnholm won a narrow majority. Some 52% of the electorate took part.");
        Comparison.Facts f = new ComparisonService().compare(a, b).facts();
        assertEquals(1, f.conflicts().stream().filter(c -> c.fact().equals(Turnouts.KIND)).count(), f.toString());
    }

    @Test
    void peopleInHospitalAmongTheInjuredAreOneAccount() {
        Comparison.Facts f = oneSentenceEach("An avalanche hit the resort on Saturday, killing four skiers and injuring seven.",
                "An avalanche hit the resort on Saturday; four skiers died and six people were taken to hospital.");
        assertTrue(f.conflicts().isEmpty() && f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
        // more in hospital than injured is no such account
        Comparison.Facts more = oneSentenceEach("An avalanche hit the resort on Saturday, killing four skiers and injuring seven.",
                "An avalanche hit the resort on Saturday; four skiers died and nine people were taken to hospital.");
        assertEquals(1, more.onlyB().size(), more.toString());
    }

    @Test
    void anUnnamedPersonInHospitalOnBothSidesIsOnePerson() {
        Comparison.Facts f = oneSentenceEach("Four people were taken to hospital, one of them an 81-year-old man.",
                "Five people needed hospital treatment, including a man of 82.");
        assertTrue(f.conflicts().stream().anyMatch(c -> c.fact().startsWith("age of")), f.toString());
        assertTrue(f.conflicts().stream().anyMatch(c -> c.fact().equals("hospitalised")), f.toString());
    }

    @Test
    void partsOneSentenceListsThatMakeTheOtherSidesWholeAreNoConflict() {
        Comparison.Facts f = oneSentenceEach("The winner takes home $100,000 for the win and a $50,000 bonus for the record.",
                "The winner earns $150,000 in prize money and bonuses for the record.");
        assertTrue(f.conflicts().isEmpty(), f.toString());
        Comparison.Facts off = oneSentenceEach("The winner takes home $100,000 for the win and a $50,000 bonus for the record.",
                "The winner earns $180,000 in prize money and bonuses for the record.");
        assertEquals(1, off.conflicts().size(), off.toString());
    }

    @Test
    void inAPairOfSeveralSentencesTheValuesOfTheSentencesSharingMostWordsAreCompared() {
        Article a = Samples.fromText(1, "a", "Daniel Kiprono won the marathon in record time, breaking the course record by 48 seconds. "
                + "Tesfaye Alemu was second, 22 seconds behind the winner.");
        Article b = Samples.fromText(2, "b", "Daniel Kiprono set a course record to win the marathon. Tesfaye Alemu finished 31 seconds back in second place.");
        List<Comparison.Conflict> cs = new ComparisonService().compare(a, b).facts().conflicts();
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("22 seconds", cs.get(0).a().text());
    }

    @Test
    void anUnnamedAgeWhoseNounIsTheNamedPersonsTitlePairs() {
        List<Comparison.Conflict> cs = conflicts("The pilot, a 51-year-old captain with 22 years of experience, was praised by the airline.",
                "Captain Ana Roel, 52, has flown for the airline for 22 years.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("a 51-year-old captain", cs.get(0).a().text());
        // no title: a witness and a named spokesman are two people
        assertTrue(conflicts("A 51-year-old man saw the plane land, the airline said.", "Ana Roel, 52, said the airline was proud.").isEmpty());
    }

    @Test
    void twoUnnamedAgesOfOneNounWithNoRolePair() {
        List<Comparison.Conflict> cs = conflicts("A 43-year-old climber is still missing on the north face.",
                "A climber of 44 has not been found on the north face.");
        assertEquals(1, cs.size(), cs.toString());
        // two nouns, or two roles, are two people
        assertTrue(conflicts("A 43-year-old woman is still missing on the north face.", "A man of 44 has not been found on the north face.")
                .isEmpty());
        assertTrue(conflicts("A 43-year-old climber was killed on the north face.", "A climber of 44 was arrested at the north face.").isEmpty());
    }

    @Test
    void aShareMoveDuringTheDayAndAtTheCloseAreTwoFacts() {
        assertTrue(conflicts("Vantor's shares fell 3.5% in early trading after the report.", "Vantor's shares closed down 6 percent after the report.")
                .isEmpty());
        // the same moment told twice still conflicts
        assertEquals(1, conflicts("Vantor's shares fell 3.5% in early trading after the report.",
                "Vantor's shares dropped 6 percent in morning trading after the report.").size());
    }

    @Test
    void aLengthConvertedToAnotherUnitAndRoundedAgrees() {
        assertTrue(conflicts("The winner pulled away from the leading group after 35 kilometres.",
                "The winner broke away from the leading group at the 22-mile mark.").isEmpty());
        assertEquals(1, conflicts("The winner pulled away from the leading group after 35 kilometres.",
                "The winner broke away from the leading group at the 25-mile mark.").size());
        // a round number was rounded to its tens: "up to 40 mph" is about 64 km/h, "up to 50 mph" is 80
        assertTrue(conflicts("Gusts of up to 60 km/h were forecast for Tuesday.", "Gusts of up to 40 mph were forecast for Tuesday.").isEmpty());
        assertEquals(1, conflicts("Gusts of up to 60 km/h were forecast for Tuesday.", "Gusts of up to 50 mph were forecast for Tuesday.").size());
    }

    @Test
    void aYearWrittenOutAndTheSameToldAsYearsAgoAreComparedAcrossTheArticles() {
        Article a = Samples.fromText(1, "a", "A weather satellite fell into the Pacific on Tuesday. It lost contact with ground control in 2019 and drifted.");
        Article b = Samples.fromText(2, "b", "The defunct weather satellite crashed into the sea, officials said. Controllers lost touch with it six years ago.");
        DateRange y2019 = new DateRange(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), DatePrecision.YEAR);
        DateRange y2020 = new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), DatePrecision.YEAR);
        Comparison c = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(date(a, "2019", y2019))),
                b, new SideFacts(Map.of(), List.of(date(b, "six years ago", y2020))));
        assertEquals(1, c.facts().conflicts().size(), c.facts().toString());
        // told as the same year: one fact, neither a conflict nor one-sided
        Comparison same = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(date(a, "2019", y2019))),
                b, new SideFacts(Map.of(), List.of(date(b, "six years ago", y2019))));
        assertTrue(same.facts().conflicts().isEmpty() && same.facts().onlyA().isEmpty() && same.facts().onlyB().isEmpty(), same.facts().toString());
    }

    @Test
    void sumsFarApartAreDifferentFactsNotAConflict() {
        assertTrue(conflicts("The chain, worth about $40 billion, can pay for the purchase in shares.",
                "The chain said it would pay $6.2 billion for the bakery group.").isEmpty());
        assertTrue(conflicts("Analysts put the fair price of the shares at $18.", "The bakery group is to be bought for $6.2 billion.").isEmpty());
        List<Comparison.Conflict> near = conflicts("The chain will pay $6.2 billion for the bakery group.",
                "The chain will pay $5 billion for the bakery group.");
        assertEquals(1, near.size(), near.toString());
    }

    @Test
    void aSumAboveARoundFigureMeetsThatFigure() {
        assertTrue(conflicts("The fire did an estimated $3 million in damage to the hall.",
                "The fire did more than $3 million in damage to the hall.").isEmpty());
        assertEquals(1, conflicts("The fire did $3 million in damage to the hall.", "The fire did more than $5 million in damage to the hall.").size());
    }

    @Test
    void magnitudesMoreThanOneApartAreTwoQuakes() {
        assertTrue(conflicts("A magnitude 2.1 tremor was felt near the lake before dawn.",
                "The 5.3-magnitude earthquake shook the lake towns on Monday.").isEmpty());
        assertEquals(1, conflicts("A magnitude 5.0 tremor shook the lake towns on Monday.",
                "The 5.3-magnitude earthquake shook the lake towns on Monday.").size());
    }

    @Test
    void agesOfTwoPeopleWithOneFamilyNameDoNotConflict() {
        assertTrue(conflicts("Police questioned Mark Ollen, 41, at the farm.", "The body of Sara Ollen, 39, was found at the farm.").isEmpty());
        assertEquals(1, conflicts("Police questioned Mark Ollen, 41, at the farm.", "Mark Ollen, 44, was questioned at the farm.").size());
        assertEquals(1, conflicts("Forty-year-old Mark Ollen was questioned at the farm.", "Police questioned 41-year-old Mark Ollen.").size());
    }

    @Test
    void lengthsConflictInAnyUnitButNotWhenFarApart() {
        assertEquals(1, conflicts("The hiker died after falling about 40 metres from the ledge.",
                "The hiker died after falling about 300 feet from the ledge.").size());
        assertTrue(conflicts("The hiker died after falling about 90 metres (300 feet) from the ledge.",
                "The hiker died after falling about 300 feet from the ledge.").isEmpty());
        assertTrue(conflicts("A hiker died after falling 20 metres on Friday.", "A climber died after falling 600 metres on Saturday.").isEmpty());
    }

    private static DatedMention dated(Article a, String surface, LocalDate day) {
        int s = a.text().indexOf(surface);
        assertTrue(s >= 0, surface);
        return new DatedMention(s, s + surface.length(), surface, new DateRange(day, day, DatePrecision.DAY));
    }

    @Test
    void aClockTimeWithNoDayWrittenIsNoDateFact() {
        Article a = Samples.fromText(1, "a", "The coach left the motorway near the town at 6 p.m. and overturned, police said.");
        Article b = Samples.fromText(2, "b", "The coach overturned on the motorway near the town on Friday at 6:00 p.m., police said.");
        Comparison c = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(dated(a, "6 p.m.", LocalDate.of(2026, 5, 9)))),
                b, new SideFacts(Map.of(), List.of(dated(b, "Friday at 6:00 p.m.", LocalDate.of(2026, 5, 8)))));
        assertTrue(c.facts().conflicts().isEmpty(), c.facts().toString());
        // a written day that differs is still a conflict
        Article d = Samples.fromText(3, "b", "The coach overturned on the motorway near the town on Thursday, police said.");
        Comparison e = new ComparisonService().compare(b, new SideFacts(Map.of(), List.of(dated(b, "Friday at 6:00 p.m.", LocalDate.of(2026, 5, 8)))),
                d, new SideFacts(Map.of(), List.of(dated(d, "Thursday", LocalDate.of(2026, 5, 7)))));
        assertEquals(1, e.facts().conflicts().size(), e.facts().toString());
    }

    @Test
    void aPartOfTheDayWithNoDayWrittenConflictsWithNoDate() {
        Article a = Samples.fromText(1, "a", "About 300 people spent the night in the sports hall after the flood.");
        Article b = Samples.fromText(2, "b", "Some 300 people slept in the sports hall overnight after the flood.");
        Comparison c = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(dated(a, "the night", LocalDate.of(2026, 5, 8)))),
                b, new SideFacts(Map.of(), List.of(dated(b, "overnight", LocalDate.of(2026, 5, 9)))));
        assertTrue(c.facts().conflicts().isEmpty(), c.facts().toString());
        assertTrue(c.facts().onlyA().isEmpty() && c.facts().onlyB().isEmpty(), c.facts().toString());
        // a night with its day written is still a date
        Article d = Samples.fromText(3, "b", "Some 300 people slept in the sports hall on Thursday night after the flood.");
        Comparison e = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(dated(a, "the night", LocalDate.of(2026, 5, 8)))),
                d, new SideFacts(Map.of(), List.of(dated(d, "Thursday night", LocalDate.of(2026, 5, 7)))));
        assertTrue(e.facts().onlyB().stream().anyMatch(x -> x.fact().equals("date")), e.facts().toString());
    }

    @Test
    void aDateWrittenWithTheSameWordsAgreesWhateverYearEachSideResolved() {
        Article a = Samples.fromText(1, "a", "The government plans to raise fuel taxes by 12 percent from April 1.");
        Article b = Samples.fromText(2, "b", "The rise in fuel taxes, 12% from April 1, was announced by the government last month.");
        Comparison c = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(dated(a, "April 1", LocalDate.of(2026, 4, 1)))),
                b, new SideFacts(Map.of(), List.of(dated(b, "April 1", LocalDate.of(2025, 4, 1)))));
        assertTrue(c.facts().conflicts().isEmpty(), c.facts().toString());
        assertTrue(c.facts().onlyA().isEmpty() && c.facts().onlyB().isEmpty(), c.facts().toString());
    }

    @Test
    void localTimeIsTheTimeOfAnUnzonedClock() {
        Comparison.Facts f = oneSentenceEach("The quake hit the port city at 6 p.m. local time, the institute said.",
                "The quake hit the port city at 6:00 p.m., the institute said.");
        assertTrue(f.conflicts().isEmpty() && f.onlyA().isEmpty() && f.onlyB().isEmpty(), f.toString());
        assertEquals(1, oneSentenceEach("The quake hit the port city at 6 p.m. local time, the institute said.",
                "The quake hit the port city at 7 p.m., the institute said.").conflicts().size());
    }

    @Test
    void twoLengthsOfTimeForOneThingConflictButAWindowARunningLengthOrAnOffsetInThePastDoNot() {
        assertEquals("duration", oneSentenceEach("The ferry left port at 9 p.m. and sank about two hours later in rough seas.",
                "The ferry left port at 9 p.m. and capsized roughly three hours into the voyage.").conflicts().get(0).fact());
        // "11 weeks" and "nearly three months" are one length in two units
        assertTrue(oneSentenceEach("The strike at the mine lasted 11 weeks before the union accepted the offer.",
                "The strike at the mine lasted nearly three months before the union accepted the offer.").conflicts().isEmpty());
        // a window around the news, a past offset (a date) and a length still running when each outlet wrote
        assertTrue(oneSentenceEach("The strike lasted five days and was the third at the school within 24 hours of the vote.",
                "The strike lasted five days and the vote was held eight days ago.").conflicts().isEmpty());
        assertTrue(oneSentenceEach("The riots in the capital have now lasted five days, the police said.",
                "For more than a week the riots in the capital have been going on, the police said.").conflicts().isEmpty());
        // a length of time is compared only between counterparts: never listed as one-sided
        Comparison.Facts f = oneSentenceEach("The bridge was closed for six weeks for repairs.", "The bridge reopened to traffic.");
        assertTrue(f.onlyA().stream().noneMatch(x -> x.fact().equals("duration")), f.toString());
    }

    @Test
    void theAgeOfANamedPersonConflictsWhateverTitleOrClauseCarriesIt() {
        Comparison.Facts f = oneSentenceEach("Commander Ana Brisk, 44, a former air force pilot, leads the crew of the capsule.",
                "The crew of the capsule is led by 45-year-old commander Ana Brisk.");
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("age of Brisk", f.conflicts().get(0).fact());
        f = oneSentenceEach("Kovel, 61, had led a three-party coalition since 2024.", "Kovel, who is 62, had led a coalition of three parties.");
        assertEquals(1, f.conflicts().size(), f.toString());
        // two people who share a family name stay apart
        assertTrue(oneSentenceEach("Dr John Jenkin, 23, was treated at the scene.", "Kathryn Jenkin, 20, was treated at the scene.")
                .conflicts().isEmpty());
    }

    @Test
    void theDayAnOutletReportedOnIsNoFactOfTheEvent() {
        Article a = Samples.fromText(1, "a", "Customs officers found 1,200 kilograms of cocaine in a container of bananas, officials said on Tuesday.");
        Article b = Samples.fromText(2, "b", "Customs officers found 1,200 kilograms of cocaine in a container of bananas on Monday.");
        Comparison c = new ComparisonService().compare(a, new SideFacts(Map.of(), List.of(dated(a, "Tuesday", LocalDate.of(2026, 3, 3)))),
                b, new SideFacts(Map.of(), List.of(dated(b, "Monday", LocalDate.of(2026, 3, 2)))));
        assertTrue(c.facts().conflicts().isEmpty(), c.facts().toString());
        assertTrue(c.facts().onlyA().isEmpty(), c.facts().toString());
        // "about two hours later" is a length of time, not a day either outlet wrote
        Article d = Samples.fromText(3, "d", "The ferry sank about two hours later in rough seas.");
        Comparison e = new ComparisonService().compare(d, new SideFacts(Map.of(), List.of(dated(d, "about two hours later", LocalDate.of(2026, 3, 3)))),
                b, new SideFacts(Map.of(), List.of()));
        assertTrue(e.facts().onlyA().stream().noneMatch(x -> x.fact().equals("date")), e.facts().toString());
    }

    @Test
    void lengthsNothingAnchorsConflictOnlyBetweenCounterpartSentences() {
        Article a = Samples.fromText(1, "a", "The oil slick off the northern coast is now 20 kilometres long, the coast guard said. "
                + "Fishing boats have been kept in port since the weekend. The tanker was built in a yard 40 km away.");
        Article b = Samples.fromText(2, "b", "The oil slick off the northern coast is now 25 km long, the coast guard said. "
                + "Fishing boats have been kept in port since the weekend. Divers worked 12 metres below the surface.");
        Comparison.Facts f = new ComparisonService().compare(a, b).facts();
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("length", f.conflicts().get(0).fact());
        assertEquals("25 km", f.conflicts().get(0).b().text());
        // a length in sentences that are no counterparts is no one-sided fact: it may be any length of anything
        assertTrue(f.onlyA().stream().noneMatch(x -> x.fact().equals("length")), f.toString());
        assertTrue(f.onlyB().stream().noneMatch(x -> x.fact().equals("length")), f.toString());
    }

    @Test
    void afterOneValueOfAKindAgreesTheOneLeftOnEachSideIsStillCompared() {
        Comparison.Facts f = oneSentenceEach("The deficit will fall to 2.8% of output next year from 3.4% this year, the minister said.",
                "The deficit will fall to 2.8 percent of output next year from 3.6 percent this year, the minister said.");
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("3.4%", f.conflicts().get(0).a().text());
        assertTrue(oneSentenceEach("The deficit will fall to 2.8% of output next year from 3.4% this year, the minister said.",
                "The deficit will fall to 2.8 percent of output next year from 3.4 percent this year, the minister said.").conflicts().isEmpty());
        // two values left on one side: which of them the other side's one tells is unknown, so none is compared
        assertTrue(oneSentenceEach("The deficit will fall to 2.8% of output next year from 3.4% this year, the minister said.",
                "The deficit, 2.8 percent of output next year, was 3.6 percent this year and 4.1 percent last year.").conflicts().isEmpty());
    }

    private static DatedMention at(Article a, String surface, LocalDate first, LocalDate last, DatePrecision p) {
        int s = a.text().indexOf(surface);
        assertTrue(s >= 0, surface);
        return new DatedMention(s, s + surface.length(), surface, new DateRange(first, last, p));
    }

    @Test
    void theDaySomethingWasAgreedAndTheMonthItStartsAreTwoFacts() {
        Article a = Samples.fromText(1, "a", "The oil producers' group agreed on Wednesday to cut output by 1.2 million barrels a day from May.");
        Article b = Samples.fromText(2, "b", "The group's members will pump 1.2 million fewer barrels of oil each day starting in May.");
        LocalDate wed = LocalDate.of(2029, 4, 4);
        SideFacts fa = new SideFacts(Map.of(), List.of(at(a, "Wednesday", wed, wed, DatePrecision.DAY)));
        SideFacts fb = new SideFacts(Map.of(), List.of(at(b, "May", LocalDate.of(2029, 5, 1), LocalDate.of(2029, 5, 31), DatePrecision.MONTH)));
        assertTrue(new ComparisonService().compare(a, fa, b, fb).facts().conflicts().isEmpty());
        // a month that holds the weekday, or a day against a day, is still one date told differently
        Article c = Samples.fromText(3, "c", "The group's members will pump 1.2 million fewer barrels of oil each day, the group agreed on Thursday.");
        LocalDate thu = LocalDate.of(2029, 4, 5);
        SideFacts fc = new SideFacts(Map.of(), List.of(at(c, "Thursday", thu, thu, DatePrecision.DAY)));
        assertEquals(1, new ComparisonService().compare(a, fa, c, fc).facts().conflicts().size());
        Fact day = new Fact("date", wed.toEpochDay(), wed.toEpochDay(), "Wednesday", "", 0, 9, 0, 9);
        Fact april = new Fact("date", LocalDate.of(2029, 4, 1).toEpochDay(), LocalDate.of(2029, 4, 30).toEpochDay(), "April", "", 0, 5, 0, 5);
        Fact june = new Fact("date", LocalDate.of(2029, 6, 1).toEpochDay(), LocalDate.of(2029, 6, 30).toEpochDay(), "June", "", 0, 4, 0, 4);
        Fact third = new Fact("date", LocalDate.of(2029, 4, 3).toEpochDay(), LocalDate.of(2029, 4, 3).toEpochDay(), "April 3", "", 0, 7, 0, 7);
        assertTrue(day.couldBeSame(april));
        assertTrue(!day.couldBeSame(june) && !june.couldBeSame(day));
        // a day written as a date ("April 3"), not a weekday, may be the month's date given wrongly
        assertTrue(third.couldBeSame(june));
    }

    @Test
    void anAgeWithNoNounIsThePersonTheOtherSideGivesByNoun() {
        Comparison.Facts f = oneSentenceEach("The last of the group, a 23-year-old student, was carried out on a stretcher at 6:40 p.m. on Sunday.",
                "The last to emerge, a 24-year-old, reached the surface at about 6:45 p.m.");
        assertEquals(1, f.conflicts().size(), f.toString());
        assertEquals("a 23-year-old student", f.conflicts().get(0).a().text());
        assertEquals("a 24-year-old", f.conflicts().get(0).b().text());
        // the same age agrees
        assertTrue(oneSentenceEach("The last of the group, a 23-year-old student, was carried out on Sunday.",
                "The last to emerge, a 23-year-old, reached the surface on Sunday.").conflicts().isEmpty());
        // a suspect and a victim are two people, with or without a noun
        assertTrue(oneSentenceEach("A 31-year-old man was arrested at the scene on Sunday.",
                "The victim, a 45-year-old, died at the scene on Sunday.").conflicts().isEmpty());
    }
}

