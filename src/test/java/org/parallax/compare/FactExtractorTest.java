package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The facts of single sentences, and how vague and exact values are read. */
class FactExtractorTest {
    private static List<Fact> facts(String s) {
        return FactExtractor.extract(s, 0, s.length());
    }

    private static Fact only(String s, String kind) {
        List<Fact> fs = facts(s).stream().filter(f -> f.kind().equals(kind)).toList();
        assertEquals(1, fs.size(), s + " -> " + facts(s));
        return fs.get(0);
    }

    @Test
    void findsCountsOfPeopleBeforeAndAfterTheVerb() {
        Fact k = only("At least seven people were killed and 40 injured on Sunday.", "killed");
        assertEquals("At least seven", k.text());
        assertEquals(">=7", k.normalised());
        assertEquals(40, only("At least seven people were killed and 40 injured on Sunday.", "injured").lo());
        assertEquals(6, only("The blast, killing six and injuring almost 50, shook the town.", "killed").lo());
        assertEquals(3, only("Police said two women and one man died at a branch of the bank.", "killed").hi());
        assertEquals(1, only("A young girl was killed when a wall collapsed.", "killed").lo());
        assertEquals(2, only("1 dead, 2 hurt in office shooting", "injured").lo());
        // one person without a number word: a bare noun before the state, headline style, or an ordinal after the verb
        assertEquals(1, only("Dozens hurt, toddler dead as floods hit the valley", "killed").lo());
        assertEquals("1 (officer)", only("Police officer killed in raid on farm", "killed").normalised());
        assertEquals(1, only("The gunman shot dead two guards and wounded a third before fleeing.", "injured").lo());
    }

    @Test
    void peopleLivingWithinALengthWhoLeaveTheirHousesAreEvacuated() {
        // the length the people live within counts no one; the people before it are the count (issue 16, set 17)
        Fact a = only("Some 1,500 residents living within 400 metres were told to leave their homes for three hours.", "evacuated");
        assertEquals(1500, a.lo(), 150);
        assertEquals("Some 1,500", a.text());
        assertEquals(1800, only("Around 1,800 people had to leave their houses in an exclusion zone of 400 metres.", "evacuated").hi(), 180);
        assertEquals(60, only("About 60 people who live near the plant were ordered to leave their homes.", "evacuated").lo(), 6);
        // a length alone before the verb is no people
        assertTrue(facts("Everyone within 400 metres was told to leave their homes.").stream().noneMatch(f -> f.kind().equals("evacuated")));
        assertTrue(facts("The houses were sold last year.").stream().noneMatch(f -> f.kind().equals("evacuated")));
    }

    @Test
    void peopleWhoHadToLeaveTheirHomesAreEvacuated() {
        assertEquals("~40", only("A man died and about 40 residents had to leave their homes as the river rose.", "evacuated").normalised());
        assertEquals(180, only("About 200 people were forced to flee their homes.", "evacuated").lo());
        assertEquals(30, only("Thirty people fled their homes overnight.", "evacuated").lo());
        assertEquals(50, only("Almost 50 people were evacuated from their homes.", "evacuated").hi());
        // leaving a place that is no home, or homes left by no counted people, is no evacuation
        assertTrue(facts("About 40 workers had to leave the plant early.").stream().noneMatch(f -> f.kind().equals("evacuated")));
        // the people's place between them and their state
        assertEquals(8000, only("About 8,000 residents of central Kessburg were evacuated on Wednesday.", "evacuated").hi(), 900);
        assertEquals(12, only("Twelve people in the village of Arn were injured when the roof fell.", "injured").lo());
        // a place and a thing are no people: "40 houses in Arn were damaged" is no count
        assertTrue(facts("Forty houses in Arn were evacuated as a precaution.").stream().noneMatch(f -> f.kind().equals("evacuated")));
        assertTrue(facts("In 2019, floods forced residents to leave their homes.").stream().noneMatch(f -> f.kind().equals("evacuated")));
        // a passive in the perfect: "have been forced to leave their homes" (issue 16, set 12)
        assertEquals(3000, only("About 3,000 people have been forced to leave their homes.", "evacuated").lo(), 300);
        assertEquals(45, only("Some 45 families had been ordered to leave their homes by nightfall.", "evacuated").hi(), 5);
    }

    @Test
    void aLengthOfTimeMayTakeAWordOfSuccessionBeforeItsUnit() {
        // "four consecutive years" is four years, as "four years in a row" is (issue 16, set 12)
        assertEquals("4 years", only("The factory had been losing money for four consecutive years.", FactExtractor.DURATION).normalised());
        assertEquals("3 days", only("Rain fell for three straight days.", FactExtractor.DURATION).normalised());
        // an ordinal before the word is no length: "the ninth straight year"
        assertTrue(facts("It topped the list for the ninth straight year.").stream().noneMatch(f -> f.kind().equals(FactExtractor.DURATION)));
    }

    @Test
    void peopleAdmittedToOrStillInHospitalAreHospitalised() {
        assertEquals(9, only("Nine passengers were admitted to hospital after the crash.", "hospitalised").lo());
        assertEquals(13, only("Thirteen walkers have been admitted to hospital.", "hospitalised").lo());
        // "of the injured ... in hospital": those still in hospital, a part of the injured, not the injured
        assertEquals(6, only("Six of the injured are still in hospital in the city.", "hospitalised").lo());
        assertTrue(facts("Six of the injured are still in hospital in the city.").stream().noneMatch(f -> f.kind().equals("injured")));
        // taken to hospital, needing hospital treatment or treated for an illness: a count of those treated, as in hospital
        assertEquals(9, only("Nine passengers were taken to hospital.", "hospitalised").lo());
        assertEquals(3, only("Three runners needed hospital treatment for heat exhaustion.", "hospitalised").lo());
        assertEquals(4, only("Four hikers received hospital treatment.", "hospitalised").lo());
        assertEquals(3, only("No deaths have been reported, but three people were treated for breathing problems.", "hospitalised").lo());
        // flown or airlifted to hospital, of the injured too: taken there
        assertEquals(4, only("Four of the injured were flown to hospital by helicopter.", "hospitalised").lo());
        assertTrue(facts("Four of the injured were flown to hospital by helicopter.").stream().noneMatch(f -> f.kind().equals("injured")));
        assertEquals(7, only("Seven climbers were airlifted to hospital.", "hospitalised").lo());
        // hospital treatment a number of people wait for is no count of the treated
        assertTrue(facts("The number of patients waiting for planned hospital treatment rose to 412,000.").stream()
                .noneMatch(f -> f.kind().equals("hospitalised")));
    }

    @Test
    void aDeathTollThatRoseIsTheNumberKilled() {
        assertEquals(7, only("The death toll from the cyclone has risen to seven after it hit the coast.", "killed").lo());
        assertEquals(">=12", only("The death toll now stands at at least 12, officials said.", "killed").normalised());
        assertEquals(30, only("The quake had a death toll of 30.", "killed").lo());
        // a toll of something else, or a number after the toll that is no count of it
        assertTrue(facts("The road toll has risen to 4 euros.").stream().noneMatch(f -> f.kind().equals("killed")));
    }

    @Test
    void peopleForcedFromTheirHomesAreEvacuatedAndTheUnaccountedForMissing() {
        assertEquals(2250, only("Around 2,500 people were forced from their homes.", "evacuated").lo());
        assertEquals(220, only("Some 200 families were driven out of their homes.", "evacuated").hi(), 0.1);
        assertEquals(30, only("Rescuers were searching for 30 people who remain unaccounted for.", "missing").lo());
    }

    @Test
    void aPersonNamedByANounBeforeAndIsCountedWithTheNumber() {
        Fact k = only("The driver and one passenger were killed.", "killed");
        assertEquals(2, k.lo());
        assertEquals("The driver and one", k.text());
        assertEquals(3, only("A nurse and two patients died in the fire.", "killed").lo());
        // a number with no person noun before "and" counts alone
        assertEquals(2, only("The bus crashed and two people were killed.", "killed").lo());
    }

    @Test
    void aTwentyFourHourClockWithAZoneIsATime() {
        Fact t = only("It re-entered the atmosphere at 03.42 GMT, east of New Zealand.", "time GMT");
        assertEquals(3 * 60 + 42, t.lo());
        assertEquals(14 * 60 + 32, only("Lift-off came at 14:32 local time.", "time").lo());
        Fact about = only("The ship sank at about 21:10 UTC.", "time GMT");
        assertTrue(about.lo() < 21 * 60 + 10 && about.hi() > 21 * 60 + 10);
        // a score or a decimal with no zone is no time
        assertTrue(facts("The home side won 3.42 to 1.10 on points.").stream().noneMatch(f -> f.kind().startsWith("time")));
    }

    @Test
    void anAgeInAnAppositionIsThePersonsBeforeTheComma() {
        Fact pilot = only("The pilot, a 41-year-old local man, survived with broken legs.", "age of a pilot");
        assertEquals(41, pilot.lo());
        assertTrue(pilot.agreesWith(only("The pilot, 41, was being treated for leg fractures.", "age of a pilot")));
        // a noun after the age that tells a role of its own stays ("a 51-year-old captain" is the captain the other side names)
        assertEquals(51, only("The pilot, a 51-year-old captain, landed the plane.", "age of a captain").lo());
        // no role noun before the comma: the noun after the age
        assertEquals(30, only("In the end, a 30-year-old man was arrested.", "age of a man").lo());
    }

    @Test
    void aPlaceAfterAnAgeAndItsNounIsNoName() {
        assertEquals(58, only("The dead were two tourists and a 58-year-old woman from Canada.", "age of a woman").lo());
        assertTrue(facts("The dead were two tourists and a 58-year-old woman from Canada.").stream().noneMatch(f -> f.kind().contains("canada")));
        // a nationality before the noun, and "aged" after it
        assertEquals(59, only("The victims were two tourists and a Canadian woman aged 59.", "age of a woman").lo());
        // a name right after the age still is one
        assertEquals(27, only("The victim was 27-year-old Christopher Simpson, police said.", "age of Simpson").lo());
    }

    @Test
    void aHedgedSumOfWholeMillionsReachesHalfAMillion() {
        Fact about = only("Police seized about €2 million in digital currency.", "amount in €");
        assertFalse(about.agreesWith(only("Investigators seized €3 million in cryptocurrency.", "amount in €")));
        assertFalse(about.agreesWith(only("Repairs will cost €1.5 million.", "amount in €")));
        assertTrue(about.agreesWith(only("Investigators seized €2.3 million in cryptocurrency.", "amount in €")));
        assertTrue(about.agreesWith(only("Investigators seized €2 million in cryptocurrency.", "amount in €")));
        // a tenth of a larger sum still counts, and a sum with decimals keeps its own reach
        assertTrue(only("The bill came to about $40 million.", "amount in $").agreesWith(only("The bill came to $43 million.", "amount in $")));
        assertTrue(only("The bank lost about £4.2 million.", "amount in £").agreesWith(only("The bank lost £4.5 million.", "amount in £")));
    }

    @Test
    void aMultipleOfALimitIsAValue() {
        Fact fifty = only("Tests showed ammonia levels 50 times above the legal limit downstream of the plant.", "multiple");
        assertEquals(50, fifty.lo());
        assertEquals("50 times", fifty.text());
        Fact thirty = only("Ammonia readings downstream were 30 times the permitted level.", "multiple");
        assertFalse(fifty.agreesWith(thirty));
        Fact upTo = only("The drink contained methanol at levels up to 40 times the safe limit.", "multiple");
        assertTrue(upTo.lo() < 40 && upTo.hi() >= 40);
        // how often something happened is no multiple
        assertTrue(facts("He has been arrested three times this year.").stream().noneMatch(f -> f.kind().equals("multiple")));
        assertTrue(facts("The jackpot rolled over 17 times before it was won.").stream().noneMatch(f -> f.kind().equals("multiple")));
    }

    @Test
    void peopleOfTheBuildingsAroundAndPeopleMovedOutOfNearbyHomesAreEvacuated() {
        assertEquals(85, only("No one was hurt, but 85 residents of three nearby buildings were evacuated.", "evacuated").lo());
        assertEquals(1, facts("No one was hurt, but 85 residents of three nearby buildings were evacuated.").stream()
                .filter(f -> f.kind().equals("evacuated")).count());
        Fact moved = only("Some 120 people were moved out of nearby homes as a precaution.", "evacuated");
        assertTrue(moved.lo() < 120 && moved.hi() > 120);
        // a place named after the people still counts, and buildings are no people
        assertEquals(8000, only("About 8,000 residents of central Kessburg were evacuated.", "evacuated").lo(), 800);
        assertTrue(facts("Three nearby buildings were evacuated.").stream().noneMatch(f -> f.kind().equals("evacuated") && f.lo() == 3));
        // the people an evacuation moved
        Fact leak = only("A chlorine leak forced the evacuation of about 2,000 residents on Monday.", "evacuated");
        assertTrue(leak.agreesWith(only("Around 2,000 people were moved out of their homes on Monday.", "evacuated")));
    }

    @Test
    void aNumberWithAUnitOfMeasureCountsNoDead() {
        String s = "About 40 tonnes of dead fish have been pulled from the river since Wednesday.";
        assertTrue(facts(s).stream().noneMatch(f -> f.kind().equals("killed")), facts(s).toString());
        assertEquals(40000, only(s, "weight").lo(), 4000);
        assertTrue(facts("Some 3,000 litres of fuel leaked and two workers died.").stream().noneMatch(f -> f.kind().equals("killed")
                && f.lo() > 2));
        // the dead counted as such still are
        assertEquals(40, only("About 40 people were found dead in the river.", "killed").lo(), 4);
        assertEquals(2, only("Some 3,000 litres of fuel leaked and two workers died.", "killed").lo());
    }

    @Test
    void aTwentyFourHourTimeOnANamedZoneIsGreenwichTime() {
        // "14:32 UTC" and "16:32 Central European Summer Time" / "16:32 CEST" are one moment (issue 16, set 17)
        Fact utc = only("The probe touched down at 14:32 UTC on Wednesday.", "time GMT");
        Fact cest = only("The landing took place at 16:32 Central European Summer Time.", "time GMT");
        assertTrue(utc.agreesWith(cest), cest.toString());
        assertTrue(utc.agreesWith(only("It landed at 16:32 CEST, the agency said.", "time GMT")));
        assertTrue(utc.agreesWith(only("Lift-off came at 10:32 EDT on Wednesday.", "time GMT")));
        assertTrue(utc.agreesWith(only("It landed at 20:02 IST.", "time GMT")));
        assertTrue(utc.agreesWith(only("It landed at 2.32 p.m. GMT.", "time GMT")));
        // an hour apart once turned, or on Greenwich's clock read as summer time, is a conflict
        assertFalse(utc.agreesWith(only("It landed at 15:32 CEST, the agency said.", "time GMT")));
        assertFalse(utc.agreesWith(only("Lift-off came at 10:32 EST on Wednesday.", "time GMT")));
        assertFalse(utc.agreesWith(only("It landed at 16:32 Eastern European Summer Time.", "time GMT")));
        // a word in small letters after a time is no zone ("west of the city"); local time stays local
        assertEquals("time", facts("The fire broke out at 9 p.m. west of the city.").stream().filter(f -> f.kind().startsWith("time"))
                .findFirst().orElseThrow().kind());
        assertEquals("time", only("Crowds gathered at 16:32 local time.", "time").kind());
    }

    @Test
    void aTimeToldOnANamedClockIsTurnedToGreenwichTime() {
        Fact gmt = only("The outage began at 6 a.m. GMT and lasted all morning.", "time GMT");
        Fact cet = only("The problems started at 7 a.m. Central European Time on Thursday.", "time GMT");
        assertTrue(gmt.agreesWith(cet), cet.toString());
        Fact london = only("Sales opened at 10 a.m. in London on Friday.", "time GMT");
        Fact paris = only("Sales opened at 11 a.m. Paris time on Friday.", "time GMT");
        assertTrue(london.agreesWith(paris));
        assertEquals("11 a.m. Paris time", paris.text());
        // an hour apart on the same clock, or on two clocks, is still a conflict
        assertFalse(london.agreesWith(only("Sales opened at 1 p.m. Paris time on Friday.", "time GMT")));
        assertFalse(gmt.agreesWith(only("The outage began at 9 a.m. CET.", "time GMT")));
        assertFalse(gmt.agreesWith(only("The outage began at 8 a.m. EST.", "time GMT")));
        // an hour after midnight on a clock ahead of Greenwich is the evening before on Greenwich's
        Fact late = only("The quake struck at 00:30 Moscow time.", "time GMT");
        assertTrue(late.lo() >= 21 * 60 && late.hi() <= 22 * 60, late.toString());
        // no named clock: a place that is no clock this reader knows, or a name that goes on, stays local time
        assertEquals("time", facts("The crash happened at 4 p.m. in Kerest.").stream().filter(f -> f.kind().startsWith("time")).findFirst()
                .orElseThrow().kind());
        assertEquals("time", facts("He left at 9 p.m. in London's rain.").stream().filter(f -> f.kind().startsWith("time")).findFirst()
                .orElseThrow().kind());
    }

    @Test
    void aTwentyFourHourClockAfterAWordOfTimeIsTheLocalTime() {
        Fact t = only("The tower lost contact with the crew at 16:25, officials said.", "time");
        assertEquals(16 * 60 + 25, t.lo());
        assertEquals("16:25", t.normalised());
        // the same time as "4.25 p.m.", so the two agree
        assertEquals(t.lo(), only("The tower lost contact with the crew at 4.25 p.m.", "time").lo());
        Fact about = only("Crowds gathered from about 09:30 on Sunday.", "time");
        assertTrue(about.lo() < 9 * 60 + 30 && about.hi() > 9 * 60 + 30);
        // no word of time before it, or a zone after it: no local time here (a score, a ratio; the zone's finder)
        assertTrue(facts("The home side led 16:25 in the second set.").stream().noneMatch(f -> f.kind().startsWith("time")));
        assertEquals(1, facts("Lift-off came at 14:32 GMT on Friday.").stream().filter(f -> f.kind().startsWith("time")).count());
        assertEquals("time GMT", only("Lift-off came at 14:32 GMT on Friday.", "time GMT").kind());
    }

    @Test
    void aWholeRateMayBeADecimalOneRounded() {
        Fact whole = only("Food prices rose 6 per cent in the year.", "percent");
        assertTrue(whole.agreesWith(only("Food prices rose 6.1% in the year.", "percent")));
        assertTrue(only("Food prices rose 5.6% in the year.", "percent").agreesWith(whole));
        // more than half a point off, two decimals told differently, or a hedged rate: no rounding
        assertFalse(whole.agreesWith(only("Food prices rose 6.5% in the year.", "percent")));
        assertFalse(only("Prices rose 3.4% in the year.", "percent").agreesWith(only("Prices rose 3.5 per cent in the year.", "percent")));
        assertFalse(only("Prices rose about 6% in the year.", "percent").agreesWith(only("Prices rose 7.4% in the year.", "percent")));
    }

    @Test
    void aChangeInPercentagePointsToARateTellsTheRateBefore() {
        List<Fact> up = facts("The share of over-65s rose by three percentage points, to 21 percent.").stream()
                .filter(f -> f.kind().equals("percent")).toList();
        assertEquals(2, up.size(), up.toString());
        assertTrue(up.stream().anyMatch(f -> f.lo() <= 18 && f.hi() >= 18), up.toString());
        assertTrue(facts("The basic rate will be cut by one percentage point, to 19%, from January.").stream()
                .anyMatch(f -> f.kind().equals("percent") && f.lo() <= 20 && f.hi() >= 20 && f.hi() < 20.5));
        assertTrue(facts("The bank raised its main rate by a quarter of a percentage point to 4.25% on Thursday.").stream()
                .anyMatch(f -> f.kind().equals("percent") && Math.abs(f.lo() - 4.0) < 0.01));
        // points with no new rate tell no rate before
        assertEquals(0, facts("Bond yields rose 0.3 percentage points after the vote.").stream().filter(f -> f.kind().equals("percent")).count());
    }

    @Test
    void anUnnamedPersonsAgeAfterOfOrAgedAndOccupationNouns() {
        assertEquals(81, only("Five people needed hospital treatment, including a man of 81.", "age of a man").lo());
        assertEquals(67, only("A woman aged 67 was rescued from the roof.", "age of a woman").lo());
        // and her age is no count of the rescued
        assertTrue(facts("A woman aged 67 was rescued from the roof.").stream().noneMatch(f -> f.kind().equals("rescued") && f.lo() == 67));
        assertEquals(67, only("Among the dead was a 67-year-old fisherman who was swept off a jetty.", "age of a fisherman").lo());
        // "a man of 90 kilograms", "a man of the people": no age
        assertTrue(facts("He was a man of the people.").stream().noneMatch(f -> f.kind().startsWith("age of")));
        assertTrue(facts("The lift can carry a man of 90 kg with ease.").stream().noneMatch(f -> f.kind().startsWith("age of")));
    }

    @Test
    void anAgeAfterOfInWordsAndNoCountOfTheAge() {
        assertEquals(8, only("Two people, a boy of eight and his grandmother, died.", "age of a boy").lo());
        // the man is the one missing, 64 his age
        Fact missing = only("A man of 64 remains missing.", "missing");
        assertEquals(1, missing.lo());
        assertEquals(64, only("A man of 64 remains missing.", "age of a man").lo());
        // "a mother of two" tells children, no age
        assertTrue(facts("A mother of two was injured.").stream().noneMatch(f -> f.kind().startsWith("age of")));
        // "a baby of nine months" is no age in years
        assertTrue(facts("One of them is a baby of nine months.").stream().noneMatch(f -> f.kind().startsWith("age of")));
    }

    @Test
    void agesBetweenCommasAfterACountOfPeople() {
        assertEquals(5, only("Five men, aged between 29 and 54, were arrested.", "arrested").lo());
        assertEquals(2, only("Two men, aged 41 and 38, were arrested at the farmhouse.", "arrested").lo());
        // one person with an age between commas stays an age, not a count
        assertTrue(facts("A woman, aged 67, died when a tree fell.").stream().noneMatch(f -> f.kind().equals("killed")));
    }

    @Test
    void peopleARescuerBringsOutAreRescued() {
        assertEquals(205, only("Rescuers pulled 205 people from the water.", "rescued").lo());
        assertEquals(57, only("Rescue teams plucked 57 people from rooftops on Saturday.", "rescued").lo());
        assertEquals(23, only("Rescuers on Wednesday brought 23 miners to the surface.", "rescued").lo());
        assertEquals(14, only("Rescue workers have so far brought out 14 survivors.", "rescued").lo());
        assertEquals(40, only("Firefighters freed 40 people from the stuck cable cars.", "rescued").lo());
        assertTrue(facts("Firefighters found 40 people in the stuck cable cars.").stream().noneMatch(f -> f.kind().equals("rescued")));
        // the subject of an active state verb whose object is a number of people is not in that state
        assertEquals(57, only("Police boats and three fishing trawlers rescued 57 people on Friday.", "rescued").lo());
        assertTrue(facts("Three men were arrested 12 hours later.").stream().anyMatch(f -> f.kind().equals("arrested") && f.lo() == 3));
        assertTrue(facts("Rescuers found 12 bodies in the rubble.").stream().noneMatch(f -> f.kind().equals("rescued")));
        assertTrue(facts("Rescuers are still looking for three workers.").stream().noneMatch(f -> f.kind().equals("rescued")));
        // the state after a participle phrase that tells of the people counted
        assertEquals(23, only("Twenty-three miners trapped underground for 42 hours were rescued on Wednesday.", "rescued").lo());
    }

    @Test
    void peopleTreatedForMinorInjuriesAreTheInjuredNotThoseInHospital() {
        assertEquals(8, only("Eight passengers were treated for minor injuries.", "injured").lo());
        assertTrue(facts("Eight passengers were treated for minor injuries.").stream().noneMatch(f -> f.kind().equals("hospitalised")));
        assertEquals(5, only("Five people were treated for slight injuries at the scene.", "injured").lo());
        // treated for an illness or for injuries not said to be minor: still a count of the treated, as in hospital
        assertEquals(4, only("Four firefighters were treated for burns.", "hospitalised").lo());
    }

    @Test
    void temperaturesCompareInCelsiusWhateverTheScale() {
        Fact low = only("Temperatures fell to -38.2°C in the town overnight.", Temperatures.KIND);
        assertEquals(-38.2, low.lo(), 0.06);
        assertTrue(low.agreesWith(only("A new national low of minus 36.8F was set on Thursday night.", Temperatures.KIND)));
        Fact capital = only("In the capital the thermometer read -24°C.", Temperatures.KIND);
        assertFalse(capital.agreesWith(only("It was minus 17F in the capital.", Temperatures.KIND)));
        assertTrue(only("The high was 44 degrees Celsius.", Temperatures.KIND).agreesWith(only("It reached 111F in the city.", Temperatures.KIND)));
        assertFalse(only("The high was 44 degrees Celsius.", Temperatures.KIND).agreesWith(only("It reached 104F in the city.", Temperatures.KIND)));
        // a conversion in brackets is the same reading
        assertEquals(1, facts("Seville reached 40C (104F) on Monday.").stream().filter(f -> f.kind().equals(Temperatures.KIND)).count());
        // a hedge reaches two degrees
        assertTrue(only("It was about 40C at noon.", Temperatures.KIND).agreesWith(only("It was 41.5C at noon.", Temperatures.KIND)));
        // degrees with no scale are no temperature (an angle, or a guess at the scale)
        assertTrue(facts("The road turns 90 degrees at the bridge.").stream().noneMatch(f -> f.kind().equals(Temperatures.KIND)));
    }

    @Test
    void aYearCompoundBeforeATermIsItsLength() {
        Fact term = only("His driver received a two-year suspended sentence.", FactExtractor.DURATION);
        assertEquals("2 years", term.normalised());
        assertTrue(only("His driver received a suspended sentence of 18 months.", FactExtractor.DURATION).couldBeSame(term));
        assertFalse(only("His driver received a suspended sentence of 18 months.", FactExtractor.DURATION).agreesWith(term));
        assertEquals("5 years", only("The athlete was given a five-year ban.", FactExtractor.DURATION).normalised());
        assertEquals("3 years", only("He signed a three-year contract with the club.", FactExtractor.DURATION).normalised());
        // a year compound before anything else is no length told
        assertTrue(facts("Yields on the 10-year bond rose.").stream().noneMatch(f -> f.kind().equals(FactExtractor.DURATION)));
        assertTrue(facts("A 15-year veteran of the force was hurt.").stream().noneMatch(f -> f.kind().equals(FactExtractor.DURATION)));
    }

    @Test
    void aNumberOfTwoGroupsCountsNeitherAlone() {
        List<Fact> both = counted("All 164 passengers and crew escaped down the slides.");
        assertEquals(1, both.size(), both.toString());
        assertEquals("number of passengers and crew", both.get(0).kind());
        assertEquals("number of passengers and staff members", counted("It carried 120 passengers and staff members.").get(0).kind());
        assertEquals("number of passengers", counted("Flight 418 was carrying 158 passengers and six crew.").get(0).kind());
        // things and things stay a count of the first noun
        assertEquals("number of homes", counted("The storm damaged 40 homes and businesses.").get(0).kind());
    }

    private static List<Fact> counted(String s) {
        return FactExtractor.countedThings(s, 0, s.length(), facts(s));
    }

    @Test
    void aPartOfAWholeCountsThePartThenTheWhole() {
        List<Fact> seats = counted("The party took 38 of the 90 seats in the regional parliament.");
        assertEquals(2, seats.size(), seats.toString());
        assertEquals(38, seats.get(0).lo());
        assertEquals(FactExtractor.COUNTED + "seats", seats.get(0).kind());
        assertEquals(90, seats.get(1).lo());
        assertEquals(FactExtractor.COUNTED + "seats", seats.get(1).kind());
        List<Fact> regions = counted("Red alerts are in force in 9 of the country's 17 regions.");
        assertEquals(2, regions.size(), regions.toString());
        assertEquals(9, regions.get(0).lo());
        assertEquals(17, regions.get(1).lo());
        // the whole meets the other side's count of it, so the part has nothing to conflict with
        List<Fact> members = counted("Turnout was 73%, with about 96,000 of the party's 131,000 members taking part.");
        assertEquals(2, members.size(), members.toString());
        assertTrue(members.get(1).agreesWith(counted("Nearly three-quarters of the party's 131,000 members voted.").get(0)));
        assertFalse(members.get(0).agreesWith(counted("Nearly three-quarters of the party's 131,000 members voted.").get(0)));
        assertEquals(41_000, counted("About 41,000 of the affected cars were sold in Europe.").get(0).lo(), 4100);
        // "lost 11 of its 27 seats" tells a change: the whole is the count
        assertEquals(27, counted("The Workers' Party lost 11 of its 27 seats.").get(0).lo());
    }

    @Test
    void aPassiveIsNoLengthStillRunning() {
        assertEquals(2 * 86400, only("Two days of national mourning have been declared.", FactExtractor.DURATION).lo(), 86400 / 2.0);
        assertEquals(4, only("The runner has been banned for four years.", FactExtractor.DURATION).lo() / 31557600, 0.3);
        // "have been a battleground" is still running: no length
        assertTrue(facts("For more than a week, streets have been a battleground.").stream().noneMatch(f -> f.kind().equals(FactExtractor.DURATION)));
    }

    private static Fact before(String s) {
        List<Fact> fs = facts(s).stream().filter(f -> f.normalised().endsWith("(before)")).toList();
        assertEquals(1, fs.size(), s + " -> " + facts(s));
        return fs.get(0);
    }

    @Test
    void theRateBeforeAChangeInPointsAndTheRateFirst() {
        // "points" alone, and a change in whole points was rounded: 57.1 is within half a point of 63.5 - 6
        Fact turnout = before("Turnout rose by six points to 63.5 percent.");
        assertTrue(turnout.lo() <= 57.1 && 57.1 <= turnout.hi(), turnout.toString());
        assertFalse(turnout.lo() <= 56.8 && 56.8 <= turnout.hi(), turnout.toString());
        assertEquals(29.8, before("The operating margin improved by 1.4 points to 31.2 percent.").lo(), 0.1);
        // the rate first, then the change
        assertEquals(17.1, before("Its operating margin was 18.4 percent, up 1.3 percentage points.").lo(), 0.1);
        // points of a match or an index are no rate
        assertTrue(facts("The FTSE rose 30 points to 7,500.").stream().noneMatch(f -> f.normalised().endsWith("(before)")));
    }

    @Test
    void aLengthOfTimeInSeveralUnitsIsOneLengthAndSecondsAreLengths() {
        Fact t = only("He set a course record of 2 hours 4 minutes 31 seconds to win.", FactExtractor.DURATION);
        assertEquals(2 * 3600 + 4 * 60 + 31, t.lo());
        assertEquals("2 hours 4 minutes 31 seconds", t.text());
        assertEquals(3 * 3600 + 20 * 60, only("The meeting lasted 3 hours and 20 minutes.", FactExtractor.DURATION).lo());
        assertEquals(31, only("He finished 31 seconds back in second place.", FactExtractor.DURATION).lo(), 0.5);
    }

    @Test
    void aSecondBeforeANounIsAnOrdinalNotALengthOfTime() {
        assertTrue(facts("Police are looking for a second suspect.").stream().noneMatch(f -> f.kind().equals(FactExtractor.DURATION)));
        assertTrue(facts("The lights went out for a second during the hour-long storm.").stream()
                .anyMatch(f -> f.kind().equals(FactExtractor.DURATION) && f.text().equals("a second")));
    }

    @Test
    void peopleInASeriousOrCriticalConditionAreSeriouslyInjured() {
        assertEquals(3, only("Fifteen people were hurt, three of them in a critical condition.", "seriously injured").lo());
        assertEquals(2, only("Ten were admitted to hospital, two of them in a serious condition.", "seriously injured").lo());
        assertEquals(1, only("Ten were admitted to hospital, and one remains in a serious condition.", "seriously injured").lo());
        assertEquals(4, only("Four guards who are in a critical condition were flown to the capital.", "seriously injured").lo());
        assertTrue(facts("Two bridges are in a serious condition.").stream().noneMatch(f -> f.kind().equals("seriously injured")),
                facts("Two bridges are in a serious condition.").toString());
    }

    @Test
    void lengthsNoPlaceAnchorsAreLengthsAndAFallMayDrop() {
        assertEquals(9000, only("The volcano sent ash 9 kilometres into the sky.", "length").lo());
        assertEquals(3000, only("Everyone inside a 3-kilometre radius had to leave.", "length").lo());
        assertTrue(facts("Gusts reached 130 km/h on the coast.").stream().noneMatch(f -> f.kind().equals("length")));
        assertTrue(facts("The fund raised 1.5m for the hospital.").stream().noneMatch(f -> f.kind().equals("length")));
        assertEquals(80, only("The lorry left the bridge and dropped 80 metres into the river.", "distance fallen").lo());
        // a place after an adjective, or a town named after "the town of"
        assertEquals(200, only("He fired from a roof 200 metres from the main stage.", "distance from the stage").lo());
        assertEquals(30000, only("The bus crashed 30 km from the town of Ostra.", "distance from Ostra").lo());
    }

    @Test
    void weightsAreInKilogramsWhateverTheUnit() {
        Fact t = only("The ship spilled about 2 tonnes of diesel.", "weight");
        Fact kg = only("Roughly 2,000 kilograms of diesel leaked from the ship.", "weight");
        assertTrue(t.agreesWith(kg), t + " / " + kg);
        assertEquals(40000, only("A 40-tonne tank split open.", "weight").lo());
        Fact port = only("The port handles 1.5 million tons a year.", "weight");
        assertEquals(1.5e9, (port.lo() + port.hi()) / 2, 1e6);
        Fact a = only("An estimated 2,300 tonnes of crude leaked.", "weight"), b = only("About 2,000 tonnes of crude leaked.", "weight");
        assertFalse(a.agreesWith(b));
        assertTrue(a.couldBeSame(b));
        // grams: "1.2 kilograms" and "1,200 grams" agree, "about 1,500 grams" differs
        Fact kilos = only("The stone weighs 1.2 kilograms.", "weight");
        assertTrue(kilos.agreesWith(only("The stone weighs 1,200 grams.", "weight")));
        Fact grams = only("The meteorite, which weighs about 1,500 grams, is the size of an orange.", "weight");
        assertFalse(kilos.agreesWith(grams), kilos + " / " + grams);
        assertTrue(kilos.couldBeSame(grams));
    }

    @Test
    void speedsInMilesAnHourAreComparedInKilometresAnHour() {
        Fact kmh = only("Gusts of up to 250 km/h hit the coast.", "speed"), mph = only("Gusts of about 155 mph hit the coast.", "speed");
        assertTrue(kmh.agreesWith(mph), kmh + " / " + mph);
        assertFalse(only("Gusts of 120 mph hit the coast.", "speed").agreesWith(kmh));
    }

    @Test
    void theAgeOfAPersonToldByARoleNounAfterTheIsAnUnnamedAge() {
        assertEquals(51, only("Police detained the 51-year-old driver at the scene.", "age of a driver").lo());
        assertEquals(44, only("The 44-year-old was later released.", FactExtractor.DEFINITE_AGE).lo());
        assertTrue(facts("The 44-year-old driver Tom Reyes was released.").stream().noneMatch(f -> f.kind().equals("age of a driver")));
    }

    @Test
    void countedThingsMayHaveTwoWordsBeforeTheirNoun() {
        String s = "The council opened four walk-in vaccination clinics on Monday.";
        List<Fact> fs = FactExtractor.countedThings(s, 0, s.length(), List.of());
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("number of clinics", fs.get(0).kind());
    }

    @Test
    void theNumberCheckBeforeTheLongPatternLetsThroughEveryWayOfWritingANumber() {
        for (String s : List.of("Forty-three flights were cancelled.", "A dozen schools closed.", "Dozens of shops shut.",
                "Police closed 12 roads.", "SEVERAL villages were cut off.", "twenty-one boats sank")) {
            assertTrue(NumberScan.mayHoldNumber(s), s);
        }
        for (String s : List.of("The mayor spoke to reporters.", "Someone phoned the station often.", "Tens of roads.")) {
            assertFalse(NumberScan.mayHoldNumber(s), s);
        }
        String s = "Dozens of flights and twenty-one trains were cancelled.";
        assertEquals(2, FactExtractor.countedThings(s, 0, s.length(), List.of()).size());
    }

    @Test
    void ignoresNumbersThatCountNoPeople() {
        assertTrue(facts("The quake flattened seven villages and destroyed 800 homes.").isEmpty());
        assertTrue(facts("He was convicted on two counts of murder in 2011.").isEmpty());
        assertTrue(facts("The 10-year-old girl was playing outside.").stream().noneMatch(f -> f.kind().equals("killed")));
        assertTrue(facts("Later, man killed his neighbour in a row over a fence.").isEmpty());
        assertTrue(facts("Second climber dies on the mountain").isEmpty(), "an ordinal tells of an earlier death");
        assertTrue(facts("A second blast killed the power in the town.").isEmpty());
        assertTrue(facts("Floods wounded a third of the farms.").isEmpty());
        assertTrue(facts("No one was injured in the blast.").isEmpty(), "no one is no count of one");
        assertEquals(1, only("Only one was injured in the blast.", "injured").lo());
    }

    @Test
    void readsVagueAndExactValuesAsAReaderWould() {
        Fact almost50 = only("almost 50 injured", "injured"), about40 = only("about 40 injured", "injured");
        assertFalse(almost50.agreesWith(about40), "almost 50 and about 40 differ");
        assertTrue(only("43 people were arrested", "arrested").agreesWith(only("Forty-three people were arrested", "arrested")));
        Fact atLeast7 = only("killing at least seven people", "killed");
        assertTrue(atLeast7.agreesWith(only("killing seven people", "killed")));
        assertFalse(atLeast7.agreesWith(only("killing six people", "killed")));
        assertFalse(atLeast7.agreesWith(only("killing 10 people", "killed")));
        assertFalse(only("killing at least one person", "killed").agreesWith(only("killing at least three people", "killed")),
                "two different lower bounds are two confirmed tolls");
        assertTrue(only("killing at least 3 people", "killed").agreesWith(only("at least three people were killed", "killed")));
        // one lower bound of a length of time told in two units (issue 16, set 18)
        assertTrue(only("The babies will stay in intensive care for at least six weeks.", FactExtractor.DURATION)
                .agreesWith(only("The babies need at least a month and a half in intensive care.", FactExtractor.DURATION)));
        assertFalse(only("The babies will stay in intensive care for at least six weeks.", FactExtractor.DURATION)
                .agreesWith(only("The babies need at least two months in intensive care.", FactExtractor.DURATION)));
        assertTrue(only("dozens injured", "injured").agreesWith(only("about 50 hurt", "injured")));
        // a dropped "than" is still a lower bound
        assertEquals(">40", only("the blast left more 40 people injured", "injured").normalised());
        assertEquals("2", only("two more people were injured", "injured").normalised());
        assertFalse(only("dozens injured", "injured").agreesWith(only("more than 200 injured", "injured")));
    }

    @Test
    void findsMagnitudesInEveryWording() {
        for (String s : List.of("A 7.3-magnitude quake struck.", "A 7.3 magnitude quake struck.", "A magnitude 7.3 quake struck.",
                "An earthquake with a magnitude of 7.3 struck.", "A quake measuring 7.3 struck.")) {
            assertEquals(7.3, only(s, "magnitude").lo(), 0.05, s);
        }
        assertFalse(only("a 4.4-magnitude temblor", "magnitude").agreesWith(only("a 4.2 magnitude earthquake", "magnitude")));
        // a value the sentence says was replaced is not the report's value
        assertEquals(5.1, only("The 5.1-magnitude quake, which the agency originally had rated as 5.3 in magnitude, hit at dawn.",
                "magnitude").lo(), 0.05);
        assertEquals(9, only("Officials, who initially reported 12 people killed, now say 9 died.", "killed").lo());
    }

    @Test
    void findsAmountsPercentagesTimesAndAges() {
        Fact a = only("AMD buys SeaMicro for $334M to get into microservers", "amount in $");
        assertTrue(a.agreesWith(only("AMD will pay $334 million for SeaMicro.", "amount in $")));
        assertFalse(only("thieves nab $2.5 million worth of jewellery", "amount in $")
                .agreesWith(only("a $2.6 Million Jewelry Heist", "amount in $")));
        assertEquals("amount in €", only("jewels worth 2 million euros", "amount in €").kind());
        assertFalse(only("As much as 70% of traffic was cut", "percent").agreesWith(only("more than 75 percent of traffic", "percent")));
        assertTrue(only("at 6 p.m. on Friday", "time").agreesWith(only("at 6:00 p.m. on Friday", "time")));
        // a bare hour may be a time rounded to it; a quarter of an hour off, or another hour, is another time
        assertTrue(only("The plane took off at 10 a.m. on Sunday.", "time").agreesWith(only("The plane took off at 10.05 a.m. on Sunday.", "time")));
        assertFalse(only("The plane took off at 10 a.m. on Sunday.", "time").agreesWith(only("The plane took off at 10.15 a.m. on Sunday.", "time")));
        assertFalse(only("The escape was found at 6 a.m.", "time").agreesWith(only("The escape was found at 5 a.m.", "time")));
        assertFalse(only("at 3.45pm on Tuesday", "time").agreesWith(only("at about 3pm on Tuesday", "time")));
        assertEquals(27, only("finding Christopher Kenyon Simpson, 27, guilty", "age of Simpson").lo());
        assertEquals(26, only("Trial is set for 26-year-old Christopher Kenyon Simpson of Fort Coffee", "age of Simpson").lo());
        assertEquals(61, only("Police charged Mary Ann Smith, age 61, with murder.", "age of Smith").lo());
        assertEquals(32, only("Jones, a 32-year-old fertilizer salesman, was convicted.", "age of Jones").lo());
        // an adjective is no name: the climber is an unnamed person, and a place before the comma is no name either
        assertEquals(36, only("A 36-year-old Australian climber died.", "age of a climber").lo());
        assertEquals(27, only("In Boston, a 27-year-old man was arrested.", "age of a man").lo());
        assertEquals(15, only("Riots followed the killing of a 15-year-old boy, Andreas Konstantinou, by police.", "age of Konstantinou").lo());
        assertEquals(60, only("Police arrested a 60-year-old, terminally ill woman on Friday.", "age of a woman").lo());
    }

    @Test
    void offsetsPointIntoTheFullText() {
        String text = "Intro. Ten people were killed.";
        List<Fact> fs = FactExtractor.extract(text, 7, text.length());
        assertEquals("Ten", text.substring(fs.get(0).start(), fs.get(0).end()));
        assertEquals(7, fs.get(0).sentenceStart());
    }

    @Test
    void readsAgesWrittenInWords() {
        assertEquals(40, only("Forty-year-old Dana Mirel Koss is now charged with the theft.", "age of Koss").lo());
        assertEquals(71, only("Police found a seventy-one-year-old woman in the flat.", "age of a woman").lo());
    }

    @Test
    void countsLifeSentencesWrittenAsASentenceOfLifeOrAsMultiple() {
        assertEquals(1, only("The court gave him a sentence of life in prison.", "life sentences").lo());
        Fact many = only("The court gave him multiple life sentences.", "life sentences");
        assertTrue(many.lo() >= 2 && many.hi() > 2, many.toString());
    }

    @Test
    void readsLengthsWithWhatTheyMeasureInMetres() {
        Fact from = only("The blast was felt about 12 miles south-east of Lorham on Monday.", "distance from Lorham");
        assertTrue(from.lo() < 12 * 1609.344 && from.hi() > 12 * 1609.344, from.toString());
        Fact fall = only("The hiker died after falling 90 feet into a ravine.", "distance fallen");
        assertEquals(90 * 0.3048, fall.lo(), 1e-6);
        assertTrue(facts("The new bridge is 300 metres long and opens on Monday.").stream().noneMatch(f -> f.kind().startsWith("distance")));
        assertTrue(facts("He ran for 120 yards and two touchdowns.").stream().noneMatch(f -> f.kind().startsWith("distance")));
    }

    @Test
    void readsLengthsOfTimeInSecondsAndLeavesAgesOut() {
        Fact d = only("The raid was over in about ten minutes.", "duration");
        assertEquals(540, d.lo(), 1e-9);
        assertEquals(660, d.hi(), 1e-9);
        Fact months = only("The investigation took 18 months.", "duration");
        assertEquals(1.5 * 31557600, (months.lo() + months.hi()) / 2, 1);
        Fact strike = only("They called a 48-hour strike.", "duration");
        assertEquals(2 * 86400, (strike.lo() + strike.hi()) / 2, 1e-6);
        assertTrue(facts("A 27-year-old man and his 30 years old sister were charged.").stream().noneMatch(f -> f.kind().equals("duration")));
        assertTrue(facts("The fraud began three years ago, within 24 hours of the merger.").stream().noneMatch(f -> f.kind().equals("duration")));
    }

    @Test
    void countsOfPeopleInARelativeClauseAndDistancesFromAPlaceNamedByANoun() {
        assertEquals(2, only("Divers searched the river for two people who are still missing.", "missing").lo());
        assertEquals(12000, only("The fire started about 12 km north of the town.", "distance from the town").lo(), 1200);
        assertEquals("age of Kovel", facts("Kovel, who is 62, took office in March 2024.").get(0).kind());
    }

    @Test
    void readsAVoteAsItsMajorityAndMinorityAndNoScoreOrRangeAsOne() {
        assertEquals(97, only("The government lost the confidence vote by 112 votes to 97.", "votes of the minority").lo());
        assertEquals(112, only("Parliament voted 112 to 95 against the government.", "votes of the majority").lo());
        assertEquals(2, only("The decision was taken by seven votes to two.", "votes of the minority").lo());
        assertEquals(5, only("The court upheld the law in a 5-4 decision.", "votes of the majority").lo());
        assertEquals(6, only("Six of the nine members of the committee voted for the rise.", "votes of the majority").lo());
        for (String s : new String[] {"The home side won 2 to 1 on Saturday.", "Between 10 to 15 people were hurt.", "They led 3-1 at half-time."}) {
            assertTrue(facts(s).stream().noneMatch(f -> f.kind().startsWith("votes")), s);
        }
    }

    @Test
    void aYearBeforeTheVerbIsNoCountOfPeople() {
        String y = "The spill in March 2022 killed 12 people.";
        assertEquals(12, only(y, "killed").lo());
        assertEquals(2, only("Police said 2023 had been a record year, and arrested 2 men in April.", "arrested").lo());
        assertTrue(facts("In 2023 arrested migrants were held for weeks.").stream().noneMatch(f -> f.kind().equals("arrested")));
    }

    @Test
    void aScaleWordAfterACountsNumberIsReadWithIt() {
        Fact a = counted("About 6.2 million customers were affected.").get(0);
        assertEquals("number of customers", a.kind());
        assertEquals(6.2e6 * 0.9, a.lo(), 1);
        assertEquals("~6.2 million", a.normalised());
        Fact b = counted("More than 1.2 million fans joined the online queue.").get(0);
        assertEquals(1.2e6, b.lo(), 1);
        assertFalse(b.agreesWith(counted("Nearly 1 million fans joined the online queue.").get(0)));
        // a decimal allows half its last digit: 6.2 million is not 6.4 million, and meets 6,200,000
        Fact c = counted("It has 6.2 million customers.").get(0);
        assertFalse(c.agreesWith(counted("It has 6.4 million customers.").get(0)));
        assertTrue(c.agreesWith(counted("It has 6,200,000 customers.").get(0)));
    }

    @Test
    void anAnnualSumIsASumPerYear() {
        Fact a = only("Vendel is aiming for annual savings of £60m by the third year.", "amount in £ per year");
        assertEquals(60e6, a.lo(), 1e6);
        only("It expected savings of £60 million a year within three years.", "amount in £ per year");
        only("The council will save €4 million annually.", "amount in € per year");
        // a sum with no year to it stays a sum
        only("The company paid £60m for the brewery.", "amount in £");
        only("The annual report showed a loss of £60m.", "amount in £");
        // "a year's treatment would cost about €48,000": the cost of a year of it
        only("Nordlys said a year's treatment would cost about €48,000.", "amount in € per year");
        only("The list price will be €55,000 a year per patient.", "amount in € per year");
        // a year before a sum as a time, not as what the sum buys, leaves a sum
        only("A year ago the plant was sold for €48,000.", "amount in €");
    }

    @Test
    void aSumInPenceIsASumInPence() {
        Fact a = only("The average price of a litre of petrol rose to a record 187.4p on Wednesday.", PenceSums.KIND);
        assertTrue(a.agreesWith(only("Petrol prices hit an all-time high of 187.4 pence a litre this week.", PenceSums.KIND)));
        assertFalse(only("Diesel reached 195.2p a litre.", PenceSums.KIND).agreesWith(only("Diesel is at 192.8p.", PenceSums.KIND)));
        assertFalse(only("The government cut fuel duty by 5p a litre in March.", PenceSums.KIND)
                .agreesWith(only("Fuel duty was cut by 6p in April.", PenceSums.KIND)));
        // a clock time is no sum
        for (String t : List.of("The shop opens at 4p.m. on Sundays.", "The 3pm meeting was cancelled.")) {
            assertTrue(FactExtractor.extract(t, 0, t.length()).stream().noneMatch(f -> f.kind().equals(PenceSums.KIND)), t);
        }
        // compared only between counterpart sentences, never listed as one-sided
        assertTrue(FactPairing.counted(a));
    }

    @Test
    void anAgeWithNoNounIsAPersonsAge() {
        assertEquals(24, only("The last to emerge, a 24-year-old, reached the surface.", "age of a person").lo());
        assertEquals(19, only("A 19-year-old was arrested.", "age of a person").lo());
        // with a noun, it is the noun's
        only("A 19-year-old man was arrested.", "age of a man");
        // "One of them, aged 19," is one person with no noun too
        assertEquals(19, only("One of them, aged 19, was on his first week at the mine.", "age of a person").lo());
        // a thing's age before its noun is no person's: "a 50-year-old tunnel"
        assertTrue(facts("A 50-year-old tunnel was closed on Sunday.").stream().noneMatch(f -> f.kind().startsWith("age of")));
    }
}

