package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Article;
import org.parallax.testsupport.FreshNews;
import org.parallax.testsupport.TestLibrary;

/**
 * Holds the entities figure on the mixed libraries of freshly written news, each imported into its own real library and
 * run through the real NLP queue (performance.md "Entities in a mixed library, held out" and "Entities in a fourth mixed
 * library, held out"):
 * <ul>
 * <li>entities3: fourteen articles with places sharing a name, people named like places or companies, clubs and
 * cities, names written surname first, particles and titles, acronyms with two meanings;</li>
 * <li>entities4: fourteen articles in styles the first three sets lack: business news with parents and subsidiaries,
 * court reports, sport with shared surnames and clubs named after cities, science institutes and their acronyms, a
 * family, an obituary, two Bushes and two Calloways, Athens and Portland as two places each, pronoun-heavy profiles;</li>
 * <li>entities5: fourteen articles in styles the first four sets lack: Chinese, Korean, Arabic, Spanish and Icelandic
 * names, one name in three transliterations, royals and peers, ships, a renamed company, a party and its MPs, two
 * James Hills, Hamilton in Ontario and in New Zealand, a pronoun-heavy interview;</li>
 * <li>entities6: fourteen articles in styles the first five sets lack: Japanese names in both orders, Russian patronymics,
 * Dutch and German particles, Portuguese several surnames, two companies called Delta, an acronym before its expansion,
 * teams named by their city, Springfield in Illinois and in Massachusetts, a woman who took her husband's name, a father
 * and son of one name (Sr., Jr.), the band Chicago and the city, religious titles, a pronoun-heavy profile;</li>
 * <li>entities7: fourteen articles in styles the first six sets lack: Vietnamese, Indian, Hungarian and Spanish names, a
 * married couple, Ford the actor and the carmaker, newspapers named like places, Cambridge the university and the town,
 * an invented nickname, a stage name and the real name, NATO/OTAN, a ministry, hyphenated surnames, an interview;</li>
 * <li>entities8: fourteen articles in styles the first seven sets lack: a company and its founder of one name, two
 * unrelated people of one surname, Georgia and Washington as two places each in one article, a renamed company, Dutch
 * and Arabic particles, a band named like a state, initials, acronyms defined in brackets, two transliterations of one
 * name, Korean and Chinese names, a person named Chelsea, a newspaper with "The", two bodies called the ICC;</li>
 * <li>entities9: fourteen articles in styles the first eight sets lack: a father and son in "Snr"/"Jnr", clubs named
 * after cities playing in a third, a ship, a prize, a library, a street and a foundation named after people, two
 * companies abbreviated HDS, titles in other languages, a maiden name, a company and its app, The Hague / Den Haag, Irish
 * names, a storm and a film named like people;</li>
 * <li>entities10: fourteen articles in styles the first nine sets lack: a judge and a defendant of one surname, a nickname,
 * double-barrelled names written in part, a company by its initials in another outlet, a renamed department, a trust
 * named after its town, Mr Preston in Preston, St / Saint, O'Neill and O'Neil, an all-caps headline, city-named clubs,
 * a company named after rivers, Jersey and New Jersey;</li>
 * <li>entities11: fourteen articles in styles the first ten sets lack: two people of one full name in two stories, Jr./Sr.,
 * a company named after its founder, an insurer renamed between two articles, Lincoln and Jackson as places and surnames,
 * initials, a nickname in quotes, particles (bin, Al-, van der, de la), Gaddafi / Qadhafi, a club by its city, the
 * Washington Post beside Washington, an acronym defined in one article only;</li>
 * <li>entities12: fourteen articles in styles the first eleven sets lack: a politician called by his given name in
 * headlines, a married couple, an app and its parent company, a ministry with commas in its name and a short name,
 * surnames that are common words, Spanish double surnames, Sheikh / Dato' / Herr, a court case named after its parties,
 * a town with its club and council, a novel titled like a person, results lists written surname first, a store named
 * like a person, a storm named like a person beside him;</li>
 * <li>entities13: twelve articles in styles the first twelve sets lack: a person called by a role alone after one full
 * mention, one acronym for a union and a university in two stories, a minister who changes office between articles, a
 * surgeon and the hospital named after her, a company and its product of one name, a band and a singer of one name, a
 * team named by its sponsor, a singer known by one word, a byline name also in the text, Perth and Victoria in two
 * countries each, diacritics dropped in one article;</li>
 * <li>entities14: twelve articles in styles the first thirteen sets lack: Korean names family name first with two Lees in
 * two stories and two Kims in one, a father and son with "Senior" written out, initials, a woman by her maiden and her
 * married name, two transliterations (Mohammed / Muhammad, Tchaikovsky / Chaikovsky), capitals standing for their
 * governments beside the city, a founder and the company of his name, a pop group with a plural name, one party name and
 * abbreviation in two countries, a saint's name as a village and a church;</li>
 * <li>entities15: twelve articles in styles the first fourteen sets lack: a Spanish double surname and its first surname
 * alone beside another Ortega, a hyphenated surname with a city in it, "bin" and "al-" names and an initialism, a
 * single-name person, a nickname alone, clubs named after their town beside the town, a ship, an airport and a newspaper
 * named after a person or a town, titles used as names, a car and its maker, a surname alone beside another of it;</li>
 * <li>entities16: twelve articles in styles the first fifteen sets lack: two Chinese Lis in one article, three Vietnamese
 * Nguyens by their given names, a Russian father and son by patronymic and pet name, two unrelated "Van den Berg"s, "Jr."
 * beside a father without "Sr.", initials beside an unrelated namesake, "Mrs" beside "Mr", a firm, a founder, a town and a
 * cricketer of one name, a ministry by its country and its building, a company renamed from a town's name, Ethiopian
 * names;</li>
 * <li>entities17: twelve articles in styles the first sixteen sets lack: two people of one full name with a "no
 * relation" line, a club by its nickname, a newspaper and a theatre of one name, a ferry named after the princess who
 * names it, an acronym that is a given name, a pen name, a brand in a person's possessive, church titles as names,
 * racehorses named like people, a law named after a person, "Sir Alan" and "Dame Ruth", "Reading" as a verb;</li>
 * <li>entities18: twelve articles in styles the first seventeen sets lack: West African, Ethiopian, Thai, Indonesian and
 * Burmese names by given name and honorific, a son whose second name is his father's given name, two sisters of one
 * surname, two banks called "the Bank", clubs by nickname, a hurricane and a person of one name.</li>
 * </ul>
 * Scored by {@link EntityChains} as the second set is, plus wrong display names (an entity not named by its majority
 * chain's name, titles aside) and wrong types (an entity whose type is not its majority chain's): conflated entities
 * (holding mentions of two or more gold chains), misplaced mentions (outside an entity's majority chain), split chains;
 * rows of a chain named "NOT ..." are words that must not be entities (a role "PM", the verb "Will", the month "May",
 * "Rose growers", "Who", a savings account's "IRA"), each one recognised a false entity. The ceilings are today's
 * counts: a rise fails.
 */
@Tag("contract")
class FreshNewsMixedEntitiesTest {
    /** One set's ceilings: conflated, misplaced, split, false entities, wrong names, wrong types. */
    record Ceilings(String folder, String heading, int articles, int conflated, int misplaced, int split, int falseEntities,
            int wrongNames, int wrongTypes) {
        /** A set of fourteen articles, as all sets up to entities12 are. */
        Ceilings(String folder, String heading, int conflated, int misplaced, int split, int falseEntities, int wrongNames,
                int wrongTypes) {
            this(folder, heading, 14, conflated, misplaced, split, falseEntities, wrongNames, wrongTypes);
        }

        @Override
        public String toString() {
            return folder;
        }
    }

    // seventh entities round (engine revision 21, a person's verb after a lone name, a full name typed a place): entities3
    // conflated 8 -> 7, misplaced 12 -> 11, split 5 -> 3, names 6 -> 3, types 5 -> 3; entities4 split 2 -> 1, names 7 -> 6, types 6 -> 5; entities5 split 6 -> 5, names 11 -> 10, types 12 -> 11
    // eighth entities round (engine revision 23: Jr./Sr., one name with two regions, clubs named by their city, names in
    // both orders, a person's last names typed an organisation, a title with its holder in apposition): entities3 conflated
    // 7 -> 5, misplaced 11 -> 9, split 3 -> 2; entities4 conflated 2 -> 1, misplaced 2 -> 1, types 5 -> 3; entities5 split 5 -> 4,
    // types 11 -> 10; entities6 conflated 6 -> 0, misplaced 12 -> 0, split 11 -> 2, names 11 -> 5, types 4 -> 2
    // display names from the whole written name (engine revision 24): entities5 names 10 -> 5, entities6 names 5 -> 2
    // tenth entities round (engine revision 29: hyphenated surnames, heads before their longer name, a surname typed a
    // company, aliases, translated and bracketed short names, towns for their university): entities4 types 3 -> 2;
    // entities7 conflated 4 -> 0, misplaced 6 -> 0, split 9 -> 0, names 10 -> 6, types 5 -> 1
    // twelfth entities round (engine revision 36: an acronym bound to its bracketed name, renames, Korean names in both
    // orders, Russian given-name endings, a title of office between namesakes, Washington the state and the capital):
    // entities3 conflated 3 -> 2, misplaced 7 -> 5; entities8 conflated 8 -> 5, misplaced 14 -> 10, split 8 -> 3, names 10 -> 9, types 10 -> 8
    // thirteenth entities round (engine revision 45: titles of other languages, Snr/Jnr, "& Sons", an acronym typed a place,
    // "the Whitcombe", places in a list, "founded in X", Den Haag / The Hague): entities5 types 10 -> 9; entities9 conflated
    // 11 -> 8, misplaced 16 -> 9, split 18 -> 11, names 12 -> 6, types 8 -> 5
    // fourteenth entities round (engine revision 52: a judge's kept title, "X's chief executive" and "X, the company",
    // St / Saint, a person and a town of one name, clubs typed organisations, names cut at "and", renames, a name cut to
    // its last word): entities10
    // conflated 3 -> 0, misplaced 6 -> 0, split 6 -> 0, names 4 -> 3, types 4 -> 1; entities9 split 11 -> 10, types 5 -> 4
    // fifteenth entities round (engine revision 54: maiden names, a result "at" a club, prizes named after a person or a
    // place): entities4 split 1 -> 0, types 2 -> 1; entities5 split 4 -> 3, types 9 -> 8; entities6 split 2 -> 1, names
    // 2 -> 1; entities8 conflated 5 -> 4, misplaced 10 -> 9, names 9 -> 8; entities9 conflated 8 -> 7, misplaced 9 -> 8,
    // split 10 -> 8, names 6 -> 4
    // sixteenth entities round (engine revision 58: a club's town beside its full name, "MP for X" and "X, the capital of"
    // make a surname a place, a company's first word with a company cue, Arabic surnames in two transliterations, a name
    // cut around its quoted nickname): entities11 conflated 4 -> 2, misplaced 8 -> 5, split 4 -> 1, names 9 -> 4, types
    // 4 -> 2; entities4 names 6 -> 5; entities8 names 8 -> 7
    // seventeenth entities round (engine revision 65: a couple of one surname, a firm's family ending, names surname first
    // in lists, cases and storms named after people, a team's plural verb, a company noun or share-price table before a
    // name, a ministry's comma'd name and clipped short name): entities12 conflated 6 -> 2, misplaced 8 -> 2, names 8 -> 4,
    // types 7 -> 5; entities9 conflated 7 -> 6, misplaced 8 -> 7
    // eighteenth entities round (engine revision 71: names matched without their accents, shown with them): entities13
    // split 6 -> 5, names 6 -> 5
    // nineteenth entities round (engine revision 74: "Senior"/"Junior", a name cut before its hyphen's syllable, company
    // cues at unrecognised names and "Shares in X", a town before a band's noun, a name after "chief executive,", one party
    // name of two countries): entities14 conflated 4 -> 2, misplaced 9 -> 3, split 5 -> 3, names 7 -> 3, types 4 -> 0;
    // entities5 types 8 -> 7; entities13 types 5 -> 4
    // twentieth entities round (engine revision 80: a research ship apart from its namesake, a hyphenated surname cut at
    // its hyphen, streets, a name after "manager,", a person's initials, a lone peer's title, a site's town, a company's
    // name typed a place, a team called by its town alone): entities15 conflated 5 -> 4, misplaced 6 -> 4, split 12 -> 7,
    // names 7 -> 2, types 12 -> 3;
    // entities9 conflated 6 -> 5, misplaced 7 -> 6, names 4 -> 3; entities13 split 5 -> 4, names 5 -> 4, types 4 -> 3
    // twenty-first entities round (engine revision 85: a lone given name after "son", South Asian honorifics, a lone name
    // before "airport"): entities4 split 1 -> 0, names 6 -> 5; entities15 conflated 5 -> 4, misplaced 5 -> 4 (the headline's
    // "Okafor airport", found since revision 81, had joined Emeka Okafor and broken the ceilings below)
    // twenty-second entities round (engine revision 89: a father without "Sr." beside "Jr.", "Petrov's son", a lone name in
    // an article of given names, a name cut before "of Team X", particle surnames across articles, "The French Foreign
    // Ministry", company and kin appositions, "Care Inspectorate Wales"): entities16 conflated 5 -> 1, misplaced 9 -> 1,
    // split 9 -> 6, names 10 -> 8, types 9 -> 5
    // twenty-third entities round (engine revision 91: a lone surname of two people written surname first, a founder's
    // surname that ends the firm's name): entities16 split 6 -> 3, names 8 -> 4, types 5 -> 4
    // twenty-fourth entities round (engine revision 94: "Hartley's Law", "its Wigan bakery", "the Church of England"
    // written once, pen names): entities17 conflated 9 -> 8, misplaced 18 -> 14, split 7 -> 5, names 9 -> 7, types 4 -> 3
    // twenty-fifth entities round (engine revision 97: ages far apart across articles, things named like people):
    // entities17 conflated 8 -> 3, misplaced 14 -> 3, split 5 -> 3, names 7 -> 5
    // twenty-sixth entities round (engine revision 103: honorifics of other usages, a father's given name that is his
    // son's second name, one-name people with and without a title, a headline's name typed as its body, "X of <place>"
    // bodies): entities18 conflated 1 -> 0, misplaced 1 -> 0, split 5 -> 2, names 7 -> 2, types 6 -> 3; entities15 split 7 -> 6
    static Stream<Ceilings> sets() {
        return Stream.of(
                // after the third and fourth entities rounds (held out, engine revision 14: 13, 19, 20, 1, 25, 7)
                // ... and the eleventh (engine revision 32; 5, 9, 2, 0, 3, 3 before)
                // ... and the twelfth (engine revision 36; 3, 7, 1, 0, 2, 2 before)
                new Ceilings("entities3", "Fresh-news entities, mixed library (entities3/expected.tsv)", 2, 5, 1, 0, 2, 2),
                // after the fourth entities round (held out, engine revision 15: 5, 5, 6, 0, 9, 10)
                // ... split 0 -> 1, names 5 -> 6 when an untagged repeat became a mention (engine revision 81): the second "Dev"
                // of "Their son Dev" is found now, and the linker's generation mark ("son") keeps it apart from "Asha and Dev"
                // ... back to split 0, names 5 when a kin word before a lone given name no longer marks a generation (engine revision 85)
                new Ceilings("entities4", "Fresh-news entities, fourth mixed library (entities4/expected.tsv)", 1, 1, 0, 0, 5, 1),
                // after the fifth entities round (held out, engine revision 19: 4, 7, 10, 0, 17, 17); types 10 -> 9 in the thirteenth
                // ... conflated 1 -> 0, misplaced 3 -> 0 at stop 42 (engine revision 68: the judge and the footballer James Hill)
                // ... types 8 -> 7 at stop 43 (engine revision 74: "shares in Meta" where the recogniser left the name out)
                new Ceilings("entities5", "Fresh-news entities, fifth mixed library (entities5/expected.tsv)", 0, 0, 3, 0, 5, 7),
                // after the eighth entities round (held out, engine revision 22: 6, 12, 11, 0, 11, 4)
                new Ceilings("entities6", "Fresh-news entities, sixth mixed library (entities6/expected.tsv)", 0, 0, 1, 0, 1, 2),
                // after the tenth entities round (held out, engine revision 28: 4, 6, 9, 0, 10, 5)
                // ... names 6 -> 7 when an untagged repeat became a mention (engine revision 81): "Aemet" is found now, under its
                // own short name rather than the State Meteorological Agency's
                new Ceilings("entities7", "Fresh-news entities, seventh mixed library (entities7/expected.tsv)", 0, 0, 0, 0, 7, 1),
                // after the twelfth entities round (held out, engine revision 35: 8, 14, 7, 0, 10, 10; 8, 14, 8, 0, 10, 10 once
                // a03's Washington was put in the capital's chain)
                new Ceilings("entities8", "Fresh-news entities, eighth mixed library (entities8/expected.tsv)", 4, 9, 3, 0, 7, 8),
                // held out (engine revision 44: 11, 16, 18, 0, 12, 8), after the thirteenth round (engine revision 45); split
                // 11 -> 10 and types 5 -> 4 in the fourteenth ("Tallis Software, the Leeds company")
                // ... conflated 6 -> 5, misplaced 7 -> 6, names 4 -> 3 at stop 44 (engine revision 80: "named after the
                // oceanographer Margaret Tolland" is the person, not the RRS Margaret Tolland)
                new Ceilings("entities9", "Fresh-news entities, ninth mixed library (entities9/expected.tsv)", 5, 6, 8, 0, 3, 4),
                // held out (engine revision 49: 3, 6, 6, 0, 4, 4), after the fourteenth round (engine revision 52)
                new Ceilings("entities10", "Fresh-news entities, tenth mixed library (entities10/expected.tsv)", 0, 0, 0, 0, 3, 1),
                // held out (engine revision 56: 4, 8, 4, 0, 9, 4), after the sixteenth round (engine revision 58)
                // ... conflated 2 -> 1, misplaced 5 -> 1 at stop 42 (engine revision 68: the judge and the footballer Owen Hart)
                new Ceilings("entities11", "Fresh-news entities, eleventh mixed library (entities11/expected.tsv)", 1, 1, 1, 0, 4, 2),
                // held out (engine revision 63: 6, 8, 7, 0, 8, 7; 34 mentions not recognised), after the seventeenth round
                // (engine revision 65)
                new Ceilings("entities12", "Fresh-news entities, twelfth mixed library (entities12/expected.tsv)", 2, 2, 7, 0, 4, 5),
                // held out (engine revision 68: 5, 10, 6, 0, 6, 5; 8 mentions not recognised); split 6 -> 5 and names 6 -> 5
                // at engine revision 71 (a name with its accents dropped); types 5 -> 4 at engine revision 74 ("The Dundee band")
                // ... split 5 -> 4, names 5 -> 4, types 4 -> 3 at engine revision 80 ("Bardoc" of Bardoc Minerals typed a place)
                new Ceilings("entities13", "Fresh-news entities, thirteenth mixed library (entities13/expected.tsv)", 12, 5, 10, 4, 0,
                        4, 3),
                // held out (engine revision 72: 4, 9, 5, 0, 7, 4; 13 mentions not recognised), after the nineteenth round
                // (engine revision 74)
                new Ceilings("entities14", "Fresh-news entities, fourteenth mixed library (entities14/expected.tsv)", 12, 2, 3, 3, 0,
                        3, 0),
                // held out (engine revision 78: 5, 6, 12, 0, 7, 12; 11 mentions not recognised), after the twentieth round
                // (engine revision 80)
                // ... split 7 -> 6 at engine revision 103 (a one-name governor, "Mr Budiarto" beside "Budiarto": OneNamePeople)
                new Ceilings("entities15", "Fresh-news entities, fifteenth mixed library (entities15/expected.tsv)", 12, 4, 4, 6, 0,
                        2, 3),
                // held out (engine revision 85: 5, 9, 9, 0, 10, 9; 4 mentions not recognised), after the twenty-second round
                // (engine revision 89), after the twenty-third (engine revision 91)
                new Ceilings("entities16", "Fresh-news entities, sixteenth mixed library (entities16/expected.tsv)", 12, 1, 1, 3, 0,
                        4, 4),
                // held out (engine revision 92: 9, 18, 7, 0, 9, 4; 23 mentions not recognised), after the twenty-fourth round
                // (engine revision 94) and the twenty-fifth (engine revision 97)
                new Ceilings("entities17", "Fresh-news entities, seventeenth mixed library (entities17/expected.tsv)", 12, 3, 3, 3,
                        0, 5, 3),
                // held out (engine revision 99: 1, 1, 5, 0, 7, 6; 9 mentions not recognised), after the twenty-sixth round
                // (engine revision 103)
                new Ceilings("entities18", "Fresh-news entities, eighteenth mixed library (entities18/expected.tsv)", 12, 0, 0, 2,
                        0, 2, 3));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void aMixedLibraryOfFreshNewsHoldsTodaysFigure(Ceilings c) throws IOException {
        try (AppContext ctx = TestLibrary.context(dir.resolve("library.db"))) {
            Map<String, Article> byName = FreshNews.importAndRecognise(ctx, c.folder(), c.articles());
            EntityChains.Score s = EntityChains.score(ctx, byName, c.folder(), c.heading());
            System.out.println(s.report());
            List<String> failures = EntityChains.failures(s, c.conflated(), c.misplaced(), c.split());
            if (s.falseEntities().size() > c.falseEntities()) failures.add("false entities " + s.falseEntities());
            if (s.wrongNames() > c.wrongNames()) failures.add("wrong names " + s.wrongNames() + " > " + c.wrongNames());
            if (s.wrongTypes() > c.wrongTypes()) failures.add("wrong types " + s.wrongTypes() + " > " + c.wrongTypes());
            assertTrue(failures.isEmpty(), failures + "\n" + s.report());
        }
    }
}
