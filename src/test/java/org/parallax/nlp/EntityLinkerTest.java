package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;

class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker();

    /** The cluster holding the given mention (by its index in the linked list). */
    static EntityLinker.Cluster clusterOf(List<EntityLinker.Cluster> clusters, int member) {
        return clusters.stream().filter(c -> c.members().contains(member)).findFirst().orElseThrow();
    }

    /** Mentions of each listed surface form, in order, typed as given, found in {@code text}. */
    static List<Mention> mentions(String text, Object... formsAndTypes) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < formsAndTypes.length; i += 2) {
            String form = (String) formsAndTypes[i];
            int at = text.indexOf(form, from);
            if (at < 0) throw new IllegalArgumentException(form);
            from = at + form.length();
            out.add(new Mention(0, 1, at, at + form.length(), form, (EntityType) formsAndTypes[i + 1], null, null, null,
                    MentionOrigin.AUTO, false));
        }
        return out;
    }

    private static Map<String, String> canonicalOf(List<Mention> ms, List<EntityLinker.Cluster> clusters) {
        return clusters.stream().flatMap(c -> c.members().stream().map(i -> Map.entry(ms.get(i).text(), c.name())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    @Test
    void linksPersonFormsToTheMostCompleteName() {
        String text = "Christopher A. Landberg leads. Christopher Landberg said so. Landberg added more. Derek Chollet came; Chollet left.";
        List<Mention> ms = mentions(text, "Christopher A. Landberg", EntityType.PERSON, "Christopher Landberg", EntityType.PERSON,
                "Landberg", EntityType.PERSON, "Derek Chollet", EntityType.PERSON, "Chollet", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        Map<String, String> names = canonicalOf(ms, clusters);
        assertEquals("Christopher A. Landberg", names.get("Landberg"));
        assertEquals("Christopher A. Landberg", names.get("Christopher Landberg"));
        assertEquals("Derek Chollet", names.get("Chollet"));
    }

    @Test
    void linksAcronymsToLongNamesAndParenthesisedAcronyms() {
        String text = "Counselor of the US Agency for International Development (USAID) Clinton White. USAID said.";
        List<Mention> ms = mentions(text, "US Agency for International Development", EntityType.ORGANIZATION,
                "USAID", EntityType.ORGANIZATION, "Clinton White", EntityType.PERSON, "USAID", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        assertEquals("US Agency for International Development", canonicalOf(ms, clusters).get("USAID"));
    }

    @Test
    void parenthesisedAcronymLinksEvenWhenLettersDiffer() {
        String text = "the Inter-Services Public Relations (ISPR) said. ISPR added.";
        List<Mention> ms = mentions(text, "Inter-Services Public Relations", EntityType.ORGANIZATION, "ISPR", EntityType.ORGANIZATION,
                "ISPR", EntityType.ORGANIZATION);
        assertEquals(1, linker.link(text, ms, List.of()).size());
    }

    @Test
    void linksStateDepartmentVariants() {
        String text = "The State Department said. The US State Department added. The US Department of State agreed.";
        List<Mention> ms = mentions(text, "State Department", EntityType.ORGANIZATION, "US State Department", EntityType.ORGANIZATION,
                "US Department of State", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals("US Department of State", clusters.get(0).name());
        assertEquals(3, clusters.get(0).members().size());
    }

    @Test
    void linksToKnownEntitiesOfOtherArticles() {
        Entity landberg = new Entity(7, EntityType.PERSON, "Christopher A. Landberg", List.of("Christopher A. Landberg"), false);
        Entity state = new Entity(8, EntityType.ORGANIZATION, "US State Department", List.of("US State Department"), false);
        String text = "Landberg met the State Department and the US Department of State.";
        List<Mention> ms = mentions(text, "Landberg", EntityType.PERSON, "State Department", EntityType.ORGANIZATION,
                "US Department of State", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(landberg, state));
        assertEquals(2, clusters.size());
        EntityLinker.Cluster person = clusters.stream().filter(c -> c.type() == EntityType.PERSON).findFirst().orElseThrow();
        EntityLinker.Cluster org = clusters.stream().filter(c -> c.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals(7L, person.entityId());
        assertEquals(8L, org.entityId());
        assertEquals("US Department of State", org.name(), "a more complete form found later becomes the name");
    }

    @Test
    void keepsTheNameTheUserChose() {
        Entity state = new Entity(8, EntityType.ORGANIZATION, "State Dept.", List.of("State Department"), true);
        String text = "The US Department of State agreed.";
        List<Mention> ms = mentions(text, "US Department of State", EntityType.ORGANIZATION);
        EntityLinker.Cluster c = linker.link(text, ms, List.of(state)).get(0);
        assertEquals(8L, c.entityId());
        assertEquals("State Dept.", c.name());
    }

    @Test
    void bareSurnameSharedByTwoPeopleInOneArticleIsTheFirstIntroduced() {
        // news style: the bare surname is the principal person, introduced first; the other keeps the full name
        String text = "Paul Verhoek opened the show with his wife Anna Verhoek. Verhoek said it was his last. Anna Verhoek laughed.";
        List<Mention> ms = mentions(text, "Paul Verhoek", EntityType.PERSON, "Anna Verhoek", EntityType.PERSON,
                "Verhoek", EntityType.PERSON, "Anna Verhoek", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        assertEquals("Paul Verhoek", canonicalOf(ms, clusters).get("Verhoek"));
    }

    @Test
    void middleInitialsKeepFatherAndSonApartAndRunTogetherInitialsMatch() {
        String text = "George W. Vance spoke. His father, George H.W. Vance, watched. G.W. Vance left with Laura Vance.";
        List<Mention> ms = mentions(text, "George W. Vance", EntityType.PERSON, "George H.W. Vance", EntityType.PERSON,
                "G.W. Vance", EntityType.PERSON, "Laura Vance", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(3, clusters.size());
        Map<String, String> names = canonicalOf(ms, clusters);
        assertEquals("George W. Vance", names.get("G.W. Vance"));
        assertEquals("George H.W. Vance", names.get("George H.W. Vance"));
        assertEquals(0, linker.strength(EntityType.PERSON, "George H.W. Vance", "George W. Vance"));
        assertEquals(3, linker.strength(EntityType.PERSON, "George Vance", "George W. Vance"));
        assertEquals(1, linker.strength(EntityType.PERSON, "J.K. Marlow", "Joanne Marlow"));
        assertEquals(0, linker.strength(EntityType.PERSON, "J.K. Marlow", "Peter Marlow"));
        assertEquals(3, linker.strength(EntityType.PERSON, "W. Mark Marlow", "Mark Marlow"), "one who goes by a middle name");
        assertTrue(EntityLinker.initialsAgree("W. Mark Marlow", "Mark Marlow"));
        assertTrue(!EntityLinker.isShortForm(EntityType.PERSON, "J.K. Marlow") && EntityLinker.isShortForm(EntityType.PERSON, "Marlow"));
        // across articles the father does not join the son's entity
        Entity son = new Entity(5, EntityType.PERSON, "George W. Vance", List.of("George W. Vance", "Vance"), false);
        String t2 = "George H.W. Vance died in 2018.";
        assertNull(linker.link(t2, mentions(t2, "George H.W. Vance", EntityType.PERSON), List.of(son)).get(0).entityId());
    }

    @Test
    void aLonePersonWordThatIsTheArticlesPlaceJoinsThePlace() {
        String text = "Harrison Kell will play a pilot in Jordan. Kell, 83, flies. Jordan's film board is glad.";
        List<Mention> ms = mentions(text, "Harrison Kell", EntityType.PERSON, "Jordan", EntityType.LOCATION,
                "Kell", EntityType.ORGANIZATION, "Jordan", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        // an organisation word that is a surname stays apart (a company named after its founder) unless the text marks
        // it as a person: "Kell, 83" has an age (aPlaceOrCompanyWithATitleOrAnAgeIsAPerson)
        assertEquals(2, clusters.size());
        EntityLinker.Cluster jordan = clusters.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow();
        assertEquals(EntityType.LOCATION, jordan.type());
        assertEquals(List.of(1, 3), jordan.members());
        // with a full name the surname fits, the person word stays a person
        String t2 = "Ray Jordan flew to Jordan. Jordan said so.";
        List<Mention> m2 = mentions(t2, "Ray Jordan", EntityType.PERSON, "Jordan", EntityType.LOCATION, "Jordan", EntityType.PERSON);
        List<EntityLinker.Cluster> c2 = linker.link(t2, m2, List.of());
        assertEquals(2, c2.size());
        assertEquals("Ray Jordan", canonicalOf(m2, c2).get("Ray Jordan"));
        assertTrue(c2.stream().anyMatch(c -> c.members().equals(List.of(0, 2)) && c.type() == EntityType.PERSON));
    }

    @Test
    void aTitleOfTheOtherGenderSkipsTheFirstIntroduced() {
        String text = "Paul Verhoek came with his wife Anna Verhoek. Mr Verhoek spoke. Mrs Verhoek sang. Verhoek left.";
        List<Mention> ms = mentions(text, "Paul Verhoek", EntityType.PERSON, "Anna Verhoek", EntityType.PERSON,
                "Verhoek", EntityType.PERSON, "Verhoek", EntityType.PERSON, "Verhoek", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        EntityLinker.Cluster paul = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(List.of(0, 2, 4), paul.members());
        EntityLinker.Cluster anna = clusters.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow();
        assertEquals(List.of(1, 3), anna.members());
        assertEquals('m', PersonCues.titleGender(text, ms.get(2)));
        assertEquals('-', PersonCues.titleGender(text, ms.get(4)));
        // a full name with a title is still that full name
        String t2 = "Mr Paul Verhoek spoke. Paul Verhoek left.";
        List<Mention> m2 = mentions(t2, "Mr Paul Verhoek", EntityType.PERSON, "Paul Verhoek", EntityType.PERSON);
        assertEquals(1, linker.link(t2, m2, List.of()).size());
    }

    @Test
    void aKinWordOrAPronounMarksWhichOfTwoNamesakesATitledOrBareSurnameIs() {
        // the first introduced is the man, and nothing titles him: "Mrs Okeke" is still his wife, and "Okeke said she"
        String text = "Mr and Mrs Okeke opened the shop. Tunde Okeke, 58, said he had cried. His wife, Ada Okeke, ran the till. "
                + "Mrs Okeke said it was home. Okeke said she would stay. Mr Okeke agreed.";
        List<Mention> ms = mentions(text, "Mrs Okeke", EntityType.PERSON, "Tunde Okeke", EntityType.PERSON,
                "Ada Okeke", EntityType.PERSON, "Mrs Okeke", EntityType.PERSON, "Okeke", EntityType.PERSON,
                "Okeke", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster tunde = clusters.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow();
        EntityLinker.Cluster ada = clusters.stream().filter(c -> c.members().contains(2)).findFirst().orElseThrow();
        assertEquals(List.of(1, 5), tunde.members());
        assertEquals(List.of(0, 2, 3, 4), ada.members());
        assertEquals('m', PersonCues.mentionGender(text, ms, ms.get(1)));
        assertEquals('f', PersonCues.mentionGender(text, ms, ms.get(2)));
        assertEquals('f', PersonCues.mentionGender(text, ms, ms.get(4)));
        // a pronoun after another person named in between says nothing of the first
        String t2 = "Lou Hale met Kim Ross, and she smiled.";
        List<Mention> m2 = mentions(t2, "Lou Hale", EntityType.PERSON, "Kim Ross", EntityType.PERSON);
        assertEquals('-', PersonCues.mentionGender(t2, m2, m2.get(0)));
        assertEquals('f', PersonCues.mentionGender(t2, m2, m2.get(1)));
        // unmarked, the first introduced keeps the bare surname
        String t3 = "Marcus Hale scored and Rachel Hale coached. Hale said the team was tired.";
        List<Mention> m3 = mentions(t3, "Marcus Hale", EntityType.PERSON, "Rachel Hale", EntityType.PERSON, "Hale", EntityType.PERSON);
        assertTrue(linker.link(t3, m3, List.of()).stream().anyMatch(c -> c.members().equals(List.of(0, 2))));
        // a bare surname marked once and unmarked once is two mentions to place, not one group joining both people
        String t4 = "Hale brothers win\n\nMarcus Hale scored, and his team won. Rachel Hale coached. Hale said she was proud.";
        List<Mention> m4 = mentions(t4, "Hale", EntityType.PERSON, "Marcus Hale", EntityType.PERSON, "Rachel Hale", EntityType.PERSON,
                "Hale", EntityType.PERSON);
        List<EntityLinker.Cluster> c4 = linker.link(t4, m4, List.of());
        assertTrue(c4.stream().anyMatch(c -> c.members().equals(List.of(0, 1))), c4.toString());
        assertTrue(c4.stream().anyMatch(c -> c.members().equals(List.of(2, 3))), c4.toString());
    }

    @Test
    void aNameWithAQuotedNicknameIsOnePersonWithItsOtherForms() {
        // the recogniser cut the headline's name at the quote; a second Lowell of another first name stays apart
        String text = "Margaret \"Peggy\" Lowell dies\n\nMargaret Lowell taught for years. Known as \"Peggy\", she wrote. "
                + "Peggy Lowell is buried. Her daughter, Ruth Lowell Stein, and Arthur Lowell spoke.";
        List<Mention> ms = mentions(text, "Margaret", EntityType.PERSON, "Peggy\" Lowell", EntityType.PERSON,
                "Margaret Lowell", EntityType.PERSON, "Peggy", EntityType.PERSON, "Peggy Lowell", EntityType.PERSON,
                "Ruth Lowell Stein", EntityType.PERSON, "Arthur Lowell", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster peggy = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(List.of(0, 1, 2, 3, 4), peggy.members());
        assertEquals(3, clusters.size());
        // no quoted nickname, no join: two first names of one surname are two people
        String t2 = "Margaret Lowell taught. Peggy Lowell sang.";
        List<Mention> m2 = mentions(t2, "Margaret Lowell", EntityType.PERSON, "Peggy Lowell", EntityType.PERSON);
        assertEquals(2, linker.link(t2, m2, List.of()).size());
    }

    @Test
    void aOneWordPersonFollowedByItsIsACompany() {
        String text = "Parcelwise said it had fitted blockers to its vans. Hale said it was close and his team won. "
                + "Ford said that Ann Ford had kept its books. Ann Ford left. Henning said the charity would name its library. "
                + "Dame Ann said Lincoln would put its cathedral first.";
        List<Mention> ms = mentions(text, "Parcelwise", EntityType.PERSON, "Hale", EntityType.PERSON, "Ford", EntityType.PERSON,
                "Ann Ford", EntityType.PERSON, "Ann Ford", EntityType.PERSON, "Henning", EntityType.PERSON, "Lincoln", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster parcelwise = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, parcelwise.type());
        // "it" alone says nothing; a surname of a person named in full here stays a person
        assertEquals(EntityType.PERSON, clusters.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow().type());
        assertEquals(EntityType.PERSON, clusters.stream().filter(c -> c.members().contains(2)).findFirst().orElseThrow().type());
        // an "its" with no "it" before it is another thing's ("the charity would name its library")
        assertEquals(EntityType.PERSON, clusters.stream().filter(c -> c.members().contains(5)).findFirst().orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, clusters.stream().filter(c -> c.members().contains(6)).findFirst().orElseThrow().type());
        String t2 = "Analysts at Bernstein called it bold. Jo Ames met Kaur at home.";
        List<Mention> m2 = mentions(t2, "Bernstein", EntityType.PERSON, "Jo Ames", EntityType.PERSON, "Kaur", EntityType.PERSON);
        List<EntityLinker.Cluster> c2 = linker.link(t2, m2, List.of());
        assertEquals(EntityType.ORGANIZATION, c2.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow().type());
        assertEquals(EntityType.PERSON, c2.stream().filter(c -> c.members().contains(2)).findFirst().orElseThrow().type());
    }

    @Test
    void aNameAfterAnAgeAndOfIsAHomeTown() {
        String text = "Callum Reid, 34, of Dundee, admitted it. Dundee United won. Ann Lee, 61, of Perth and Kinross Council, spoke.";
        List<Mention> ms = mentions(text, "Callum Reid", EntityType.PERSON, "Dundee", EntityType.ORGANIZATION,
                "Dundee United", EntityType.ORGANIZATION, "Ann Lee", EntityType.PERSON, "Perth and Kinross Council", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(EntityType.LOCATION, clusters.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, clusters.stream().filter(c -> c.members().contains(2)).findFirst().orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, clusters.stream().filter(c -> c.members().contains(4)).findFirst().orElseThrow().type());
    }

    @Test
    void bareSurnameSharedByTwoKnownPeopleLinksToNeither() {
        Entity jane = new Entity(1, EntityType.PERSON, "Jane Smith", List.of(), false);
        Entity john = new Entity(2, EntityType.PERSON, "John Smith", List.of(), false);
        List<Mention> smith = mentions("Smith spoke.", "Smith", EntityType.PERSON);
        assertNull(linker.link("Smith spoke.", smith, List.of(jane, john)).get(0).entityId());
    }

    @Test
    void differentNamesStayApart() {
        String text = "Clinton White met Elizabeth Horst in Islamabad, Pakistan.";
        List<Mention> ms = mentions(text, "Clinton White", EntityType.PERSON, "Elizabeth Horst", EntityType.PERSON,
                "Islamabad", EntityType.LOCATION, "Pakistan", EntityType.LOCATION);
        assertEquals(4, linker.link(text, ms, List.of()).size());
        assertNotEquals(EntityLinker.key(EntityType.ORGANIZATION, "US Embassy"), EntityLinker.key(EntityType.ORGANIZATION, "US State Department"));
    }

    @Test
    void linksTheSamplePairWithBylineAndCaptionMentionsKept() {
        String a = SampleArticles.text("story1-outlet-a.txt");
        List<Block> blocks = SampleArticles.blocks(a, true);
        Recognition r = new SampleRecognizer().recognize(a, blocks, LocalDate.of(2023, 3, 4));
        List<Mention> ms = r.mentions().stream().filter(m -> m.type() != null && m.type() != EntityType.DATE)
                .map(m -> new Mention(0, 1, m.start(), m.end(), m.text(), m.type(), null, null, typeAt(blocks, m.start()),
                        MentionOrigin.AUTO, false))
                .toList();
        List<EntityLinker.Cluster> clusters = linker.link(a, ms, List.of());
        Map<String, String> names = canonicalOf(ms, clusters);
        assertEquals("Derek Chollet", names.get("Chollet"));
        // "State Department" twice against "US Department of State" once: the most frequent full name is shown
        assertEquals("State Department", names.get("US Department of State"));
        assertEquals("US Agency for International Development", names.get("USAID"));
        EntityLinker.Cluster author = clusters.stream().filter(c -> c.name().equals("Wajid Ali Syed")).findFirst().orElseThrow();
        assertEquals(2, author.members().size());
        assertTrue(author.members().stream().allMatch(i -> ms.get(i).blockType() == BlockType.BYLINE), "the author is told apart by block type");
        EntityLinker.Cluster reuters = clusters.stream().filter(c -> c.name().equals("Reuters")).findFirst().orElseThrow();
        assertTrue(reuters.members().stream().allMatch(i -> ms.get(i).blockType() == BlockType.CAPTION), "the photo credit too");
    }

    private static BlockType typeAt(List<Block> blocks, int offset) {
        return blocks.stream().filter(b -> b.start() <= offset && offset < b.end()).map(Block::type).findFirst().orElse(null);
    }

    @Test
    void prefersTheCapitalisedFormOverADatelineInCapitals() {
        assertEquals("Washington", EntityLinker.canonical(List.of("WASHINGTON", "Washington")));
        assertEquals("US Agency for International Development", EntityLinker.canonical(List.of("USAID", "US Agency for International Development")));
    }

    @Test
    void bylineNameCutAtALineBreakJoinsTheFullName() {
        String text = "By\nWajid Ali Syed\n...\nBy\nWajid Ali\nSyed";
        List<Mention> ms = mentions(text, "Wajid Ali Syed", EntityType.PERSON, "Wajid Ali", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals("Wajid Ali Syed", clusters.get(0).name());
    }

    private static Entity entity(long id, EntityType type, String name, String... aliases) {
        List<String> all = new ArrayList<>(List.of(aliases));
        all.add(name);
        return new Entity(id, type, name, all, false);
    }

    @Test
    void aSurnameSharedAcrossTheLibraryNeverJoinsTwoPeople() {
        Entity tony = entity(1, EntityType.PERSON, "Tony Blair", "Blair", "Mr Blair");
        String text = "Cherie Blair spoke. Blair, a lawyer, said more.";
        List<Mention> ms = mentions(text, "Cherie Blair", EntityType.PERSON, "Blair", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(tony));
        assertEquals(1, clusters.size(), "inside the article the surname joins its one full name");
        assertNull(clusters.get(0).entityId(), "Cherie Blair is not Tony Blair through their shared surname");
        assertEquals("Cherie Blair", clusters.get(0).name());

        Entity george = entity(2, EntityType.PERSON, "George W. Bush", "Bush", "President Bush");
        String sang = "Kate Bush sang. Bush smiled.";
        List<Mention> kate = mentions(sang, "Kate Bush", EntityType.PERSON, "Bush", EntityType.PERSON);
        assertNull(linker.link(sang, kate, List.of(george)).get(0).entityId());
    }

    @Test
    void aBareSurnameJoinsTheLibrarysOnlyCandidate() {
        Entity george = entity(2, EntityType.PERSON, "George W. Bush", "Bush");
        String text = "President Bush spoke.";
        List<Mention> ms = mentions(text, "President Bush", EntityType.PERSON);
        assertEquals(2L, linker.link(text, ms, List.of(george)).get(0).entityId());
        Entity kate = entity(3, EntityType.PERSON, "Kate Bush");
        assertNull(linker.link(text, ms, List.of(george, kate)).get(0).entityId(), "two Bushes: neither");
        Entity bareBush = entity(4, EntityType.PERSON, "Bush");
        assertEquals(4L, linker.link(text, ms, List.of(george, kate, bareBush)).get(0).entityId(),
                "where the earlier undecided Bushes went");
        String full = "George Bush spoke.";
        List<Mention> gb = mentions(full, "George Bush", EntityType.PERSON);
        assertEquals(2L, linker.link(full, gb, List.of(george, kate, bareBush)).get(0).entityId(), "same key, initial dropped");
    }

    @Test
    void acronymsLinkOnlyToTheirOwnExpansion() {
        Entity commission = entity(1, EntityType.ORGANIZATION, "European Commission", "EC");
        Entity electoral = entity(2, EntityType.ORGANIZATION, "Electoral Commission", "EC");
        String bare = "The EC said no.";
        List<Mention> ec = mentions(bare, "EC", EntityType.ORGANIZATION);
        assertNull(linker.link(bare, ec, List.of(commission, electoral)).get(0).entityId(), "two expansions: neither");
        assertEquals(1L, linker.link(bare, ec, List.of(commission)).get(0).entityId(), "the library's only candidate");

        String defined = "The Electoral Commission (EC) met. The EC said no.";
        List<Mention> ms = mentions(defined, "Electoral Commission", EntityType.ORGANIZATION, "EC", EntityType.ORGANIZATION,
                "EC", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(defined, ms, List.of(commission));
        assertEquals(1, clusters.size());
        assertNull(clusters.get(0).entityId(), "the acronym it shares with the European Commission does not link them");
        assertEquals("Electoral Commission", clusters.get(0).name());
        assertEquals(2L, linker.link(defined, ms, List.of(commission, electoral)).get(0).entityId());

        Entity un = entity(5, EntityType.ORGANIZATION, "United Nations", "UN");
        String net = "The Underground Network (UN) grew.";
        List<Mention> unm = mentions(net, "Underground Network", EntityType.ORGANIZATION, "UN", EntityType.ORGANIZATION);
        EntityLinker.Cluster c = linker.link(net, unm, List.of(un)).get(0);
        assertNull(c.entityId());
        assertEquals("Underground Network", c.name());

        String both = "The European Commission and the Electoral Commission differ. The EC said no.";
        List<Mention> three = mentions(both, "European Commission", EntityType.ORGANIZATION, "Electoral Commission",
                EntityType.ORGANIZATION, "EC", EntityType.ORGANIZATION);
        assertEquals(3, linker.link(both, three, List.of()).size(), "an acronym with two expansions in the article joins neither");
    }

    @Test
    void anAcronymWhoseLongNameTheRecogniserMissedIsThatLongName() {
        Entity electoral = entity(2, EntityType.ORGANIZATION, "Electoral Commission", "EC");
        Entity commission = entity(1, EntityType.ORGANIZATION, "European Commission", "EC");
        // only the acronym was recognised; the text spells out another body than the library's one "EC"
        String text = "BRUSSELS - The European Commission (EC) on Wednesday proposed limits. The EC said so.";
        List<Mention> ms = mentions(text, "EC", EntityType.ORGANIZATION, "EC", EntityType.ORGANIZATION);
        assertNull(linker.link(text, ms, List.of(electoral)).get(0).entityId(), "not the library's only other EC");
        assertEquals(1L, linker.link(text, ms, List.of(electoral, commission)).get(0).entityId(), "the body it spells out");
        assertTrue(linker.link(text, ms, List.of()).get(0).aliases().contains("European Commission"),
                "a new entity keeps the long name, so a later Electoral Commission (EC) is not taken for it");
        String bare = "The EC said no.";
        assertEquals(2L, linker.link(bare, mentions(bare, "EC", EntityType.ORGANIZATION), List.of(electoral)).get(0).entityId(),
                "with nothing spelled out, still the library's only candidate");
    }

    @Test
    void theDisplayNameIsTheMostFrequentFullName() {
        assertEquals("Christopher Landberg", EntityLinker.displayName(EntityType.PERSON,
                Map.of("Christopher Landberg", 3, "Christopher A. Landberg", 1, "Landberg", 9)));
        assertEquals("Landberg", EntityLinker.displayName(EntityType.PERSON, Map.of("Landberg", 2, "Mr Landberg", 1)));
        assertEquals("United Nations", EntityLinker.displayName(EntityType.ORGANIZATION, Map.of("UN", 7, "United Nations", 1)));
        assertEquals("New York Rangers", EntityLinker.displayName(EntityType.ORGANIZATION, Map.of("New York", 3, "New York Rangers", 1)));
        assertEquals("Bank of England", EntityLinker.displayName(EntityType.ORGANIZATION, Map.of("Bank of England", 3, "Bank", 1)));
    }

    @Test
    void theElderAndTheYoungerGoToTheGenerationTheArticleMarks() {
        String text = "Harold Pemberton will hand the firm to his son Oliver Pemberton. The elder Pemberton founded it. "
                + "The younger Pemberton will run it. Pemberton said so.";
        List<Mention> ms = mentions(text, "Harold Pemberton", EntityType.PERSON, "Oliver Pemberton", EntityType.PERSON,
                "Pemberton", EntityType.PERSON, "Pemberton", EntityType.PERSON, "Pemberton", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        EntityLinker.Cluster harold = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(List.of(0, 2, 4), harold.members());
        // "son of X" marks X as the parent: the younger is the other one
        String t2 = "Euan Blair, the eldest son of Tony Blair, spoke. The younger Blair said no.";
        List<Mention> m2 = mentions(t2, "Euan Blair", EntityType.PERSON, "Tony Blair", EntityType.PERSON, "Blair", EntityType.PERSON);
        EntityLinker.Cluster euan = linker.link(t2, m2, List.of()).stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(List.of(0, 2), euan.members());
    }

    @Test
    void aGenerationalSuffixAndAFatherOfTheSameNameAreTwoPeople() {
        String text = "Governor Robert Kellerman Jr. spoke. Kellerman, whose father Robert Kellerman was governor, left. "
                + "The elder Kellerman is 88.";
        List<Mention> ms = mentions(text, "Robert Kellerman Jr.", EntityType.PERSON, "Kellerman", EntityType.PERSON,
                "Robert Kellerman", EntityType.PERSON, "Kellerman", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        assertEquals(List.of(0, 1), clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow().members());
        // without a father in the text, "Jr." is one more way to write the name, and a numeral ends a name too
        String t2 = "Martin Luther King Jr. spoke. Martin Luther King was 34. Thomas Reilly III flew. Reilly said so.";
        List<Mention> m2 = mentions(t2, "Martin Luther King Jr.", EntityType.PERSON, "Martin Luther King", EntityType.PERSON,
                "Thomas Reilly III", EntityType.PERSON, "Reilly", EntityType.PERSON);
        assertEquals(2, linker.link(t2, m2, List.of()).size());
    }

    @Test
    void aBareSurnameWithJrOrSrGoesToThatGeneration() {
        String text = "Walter Hume Sr. retires. His son, Walter Hume Jr., takes over. His uncle, Edgar Hume, founded it. "
                + "\"It is time,\" Hume Jr. said. The elder Hume stays on. Hume Sr. is 70.";
        List<Mention> ms = mentions(text, "Walter Hume Sr.", EntityType.PERSON, "Walter Hume Jr.", EntityType.PERSON,
                "Edgar Hume", EntityType.PERSON, "Hume Jr.", EntityType.PERSON, "Hume", EntityType.PERSON, "Hume Sr.", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(3, clusters.size());
        assertEquals(List.of(0, 4, 5), clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow().members());
        assertEquals(List.of(1, 3), clusters.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow().members());
    }

    @Test
    void onePlaceNameWrittenWithTwoRegionsIsTwoPlaces() {
        String text = "Springfield, Illinois, and Springfield, Massachusetts, signed a pact. The mayor of Springfield, Illinois, spoke. "
                + "Springfield, Massachusetts, is older.";
        List<Mention> ms = mentions(text, "Springfield", EntityType.LOCATION, "Illinois", EntityType.LOCATION, "Springfield",
                EntityType.LOCATION, "Massachusetts", EntityType.LOCATION, "Springfield", EntityType.LOCATION, "Illinois",
                EntityType.LOCATION, "Springfield", EntityType.LOCATION, "Massachusetts", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(4, clusters.size());
        assertEquals(List.of(0, 4), clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow().members());
        assertEquals(List.of(2, 6), clusters.stream().filter(c -> c.members().contains(2)).findFirst().orElseThrow().members());
        // a bare mention goes to the region written first; "in" before the region qualifies too
        String t2 = "Perth, in Scotland, bid again. Perth's bid is strong. Its namesake, Perth in Western Australia, sent support.";
        List<Mention> m2 = mentions(t2, "Perth", EntityType.LOCATION, "Scotland", EntityType.LOCATION, "Perth", EntityType.LOCATION,
                "Perth", EntityType.LOCATION, "Western Australia", EntityType.LOCATION);
        List<EntityLinker.Cluster> c2 = linker.link(t2, m2, List.of());
        assertEquals(List.of(0, 2), c2.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow().members());
        assertEquals(List.of(3), c2.stream().filter(c -> c.members().contains(3)).findFirst().orElseThrow().members());
        // one region only: the bare name is that place, as before
        String t3 = "Paris, Texas, is small. Paris has a tower.";
        List<Mention> m3 = mentions(t3, "Paris", EntityType.LOCATION, "Texas", EntityType.LOCATION, "Paris", EntityType.LOCATION);
        assertEquals(2, linker.link(t3, m3, List.of()).size());
    }

    @Test
    void aClubNamedByItsCityIsTheClubButWhereWrittenAsAPlace() {
        String text = "Boston beat New York 3-1. New York had led early. New York Rangers coach Joe Vail was angry. "
                + "Boston Bruins coach Al Pry was not. Fans filled downtown Boston. Game five is in New York.";
        List<Mention> ms = mentions(text, "Boston", EntityType.LOCATION, "New York", EntityType.LOCATION, "New York", EntityType.LOCATION,
                "New York Rangers", EntityType.ORGANIZATION, "Boston Bruins", EntityType.ORGANIZATION, "Boston", EntityType.LOCATION,
                "New York", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster bruins = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(List.of(0, 4), bruins.members());
        assertEquals(EntityType.ORGANIZATION, bruins.type());
        assertEquals(List.of(1, 2, 3), clusters.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow().members());
        assertEquals(EntityType.LOCATION, clusters.stream().filter(c -> c.members().contains(5)).findFirst().orElseThrow().type());
        assertEquals(List.of(6), clusters.stream().filter(c -> c.members().contains(6)).findFirst().orElseThrow().members());
        // the club's longer name, when one club of that city plays in the report; a transfer's "from" is the club's too
        String t3 = "Leeds beat Real Madrid 3-1. Madrid pulled one back. Atletico Madrid had scouts there. Ruiz flies back to Madrid. "
                + "Ruiz joined Leeds from Madrid.";
        List<Mention> m3 = mentions(t3, "Leeds", EntityType.ORGANIZATION, "Real Madrid", EntityType.ORGANIZATION, "Madrid",
                EntityType.LOCATION, "Atletico Madrid", EntityType.ORGANIZATION, "Madrid", EntityType.LOCATION, "Leeds",
                EntityType.ORGANIZATION, "Madrid", EntityType.LOCATION);
        List<EntityLinker.Cluster> c3 = linker.link(t3, m3, List.of());
        assertEquals(List.of(1, 2, 6), c3.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow().members());
        assertEquals(List.of(4), c3.stream().filter(c -> c.members().contains(4)).findFirst().orElseThrow().members());
        // a band named like a city, without a score: the band but where the city is written as a place
        String t4 = "The rock band Toledo will play in Toledo. Toledo, formed in 1970, has sold records. Toledo's mayor is a fan.";
        List<Mention> m4 = mentions(t4, "Toledo", EntityType.ORGANIZATION, "Toledo", EntityType.LOCATION, "Toledo", EntityType.LOCATION,
                "Toledo", EntityType.LOCATION);
        List<EntityLinker.Cluster> c4 = linker.link(t4, m4, List.of());
        assertEquals(List.of(0, 2), c4.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow().members());
        assertEquals(List.of(1, 3), c4.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow().members());
        // no score, no club: "beat" alone is no match report
        String t2 = "Boston beat the deadline. Boston is cold.";
        List<Mention> m2 = mentions(t2, "Boston", EntityType.LOCATION, "Boston", EntityType.LOCATION);
        List<EntityLinker.Cluster> c2 = linker.link(t2, m2, List.of());
        assertEquals(1, c2.size());
        assertEquals(EntityType.LOCATION, c2.get(0).type());
    }

    @Test
    void aTwoWordNameWrittenInBothOrdersIsOnePerson() {
        String text = "Sato Kenji arrived. Kenji Sato said so. Mr Sato left. Kenji Ono stayed.";
        List<Mention> ms = mentions(text, "Sato Kenji", EntityType.PERSON, "Kenji Sato", EntityType.PERSON, "Mr Sato", EntityType.PERSON,
                "Kenji Ono", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        assertEquals(List.of(0, 1, 2), clusters.get(0).members());
    }

    @Test
    void theLastWordsOfAPersonsNameTypedAnOrganisationAreThatPerson() {
        String text = "Ana Luisa Moreira Pinto Vaz was named. Pinto Vaz said so. Bank officials praised Moreira Pinto Vaz.";
        List<Mention> ms = mentions(text, "Ana Luisa Moreira Pinto Vaz", EntityType.PERSON, "Pinto Vaz", EntityType.PERSON,
                "Moreira Pinto Vaz", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals(EntityType.PERSON, clusters.get(0).type());
        // two people ending so: no telling which
        String t2 = "Rui Pinto Vaz and Eva Pinto Vaz spoke. Pinto Vaz Lda grew.";
        List<Mention> m2 = mentions(t2, "Rui Pinto Vaz", EntityType.PERSON, "Eva Pinto Vaz", EntityType.PERSON, "Pinto Vaz", EntityType.ORGANIZATION);
        assertEquals(EntityType.ORGANIZATION, linker.link(t2, m2, List.of()).stream().filter(c -> c.members().contains(2)).findFirst()
                .orElseThrow().type());
    }

    @Test
    void aTitleOfAPlaceWithItsHolderInAppositionIsThatPerson() {
        String text = "The Pope met the Archbishop of Canterbury, Owen Hale, on Monday. Archbishop Hale spoke. Hale left.";
        List<Mention> ms = mentions(text, "Canterbury", EntityType.ORGANIZATION, "Owen Hale", EntityType.PERSON, "Archbishop Hale",
                EntityType.PERSON, "Hale", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals(EntityType.PERSON, clusters.get(0).type());
        assertEquals("Owen Hale", clusters.get(0).name());
        // a list of people is no apposition
        String t2 = "Guests were the Duke of Kent, Ann Lowe, and others.";
        List<Mention> m2 = mentions(t2, "Kent", EntityType.LOCATION, "Ann Lowe", EntityType.PERSON);
        assertEquals(2, linker.link(t2, m2, List.of()).size());
    }

    @Test
    void aBareSurnameJoinsAFullNameWrittenWithInitials() {
        String text = "The novelist J.K. Ferris chaired it. Ferris said so.";
        List<Mention> ms = mentions(text, "J.K. Ferris", EntityType.PERSON, "Ferris", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals("J.K. Ferris", clusters.get(0).name());
    }

    @Test
    void aLonePersonWordThatStartsTheArticlesOneOrganisationJoinsIt() {
        String text = "Hartwell Town beat Dunmore Athletic. Dunmore's manager was angry. Hartwell are second.";
        List<Mention> ms = mentions(text, "Hartwell Town", EntityType.ORGANIZATION, "Dunmore Athletic", EntityType.ORGANIZATION,
                "Dunmore", EntityType.PERSON, "Hartwell", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        EntityLinker.Cluster town = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(List.of(0, 3), town.members());
        assertEquals(EntityType.ORGANIZATION, town.type());
        assertEquals("Hartwell Town", town.name());
        // a person of that surname in the article keeps the word
        String t2 = "Rachel Dunmore met Dunmore Athletic. Dunmore said so.";
        List<Mention> m2 = mentions(t2, "Rachel Dunmore", EntityType.PERSON, "Dunmore Athletic", EntityType.ORGANIZATION,
                "Dunmore", EntityType.PERSON);
        assertEquals(List.of(0, 2), linker.link(t2, m2, List.of()).stream().filter(c -> c.members().contains(0)).findFirst()
                .orElseThrow().members());
    }

    @Test
    void anAliasTheArticleGivesAPersonIsThatPersonWhateverItsType() {
        String text = "The model Kerry Ashby, better known as \"Jordan\", arrived. Jordan was joined by friends. Jordan's agent spoke.";
        List<Mention> ms = mentions(text, "Kerry Ashby", EntityType.PERSON, "Jordan", EntityType.PERSON,
                "Jordan", EntityType.LOCATION, "Jordan's", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(1, clusters.size());
        assertEquals(EntityType.PERSON, clusters.get(0).type());
        assertEquals("Kerry Ashby", clusters.get(0).name());
        String t2 = "Jean-Kevin Mensah, the striker everyone calls JK, scored. JK was a substitute.";
        List<Mention> m2 = mentions(t2, "Jean-Kevin Mensah", EntityType.PERSON, "JK", EntityType.ORGANIZATION, "JK", EntityType.PERSON);
        assertEquals(1, linker.link(t2, m2, List.of()).size());
        // a name after "called" without quotes is not an alias: "a company called Acme" stays apart
        String t3 = "John Smith founded a company called Acme. Acme grew.";
        List<Mention> m3 = mentions(t3, "John Smith", EntityType.PERSON, "Acme", EntityType.ORGANIZATION, "Acme", EntityType.ORGANIZATION);
        assertEquals(2, linker.link(t3, m3, List.of()).size());
    }

    @Test
    void aClubsFirstWordDoesNotNameTheClub() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("Hartwell", 5);
        counts.put("Hartwell Town", 2);
        assertEquals("Hartwell Town", EntityLinker.displayName(EntityType.ORGANIZATION, counts));
        // nor its head word nor a clipped word; a nickname that is no word of the name is a name of its own
        Map<String, Integer> other = new java.util.LinkedHashMap<>();
        other.put("Fed", 5);
        other.put("Federal Reserve", 2);
        assertEquals("Federal Reserve", EntityLinker.displayName(EntityType.ORGANIZATION, other));
        other.clear();
        other.put("Spurs", 5);
        other.put("Tottenham Hotspur", 2);
        assertEquals("Spurs", EntityLinker.displayName(EntityType.ORGANIZATION, other));
    }

    @Test
    void theHeadWordOfTheArticlesOneOrganisationIsThatOrganisation() {
        String text = "Fed cuts. The Bank of England kept rates. The Fed's chair, of the US Federal Reserve, spoke. "
                + "The Bank said no. The Bank's decision stood.";
        List<Mention> ms = mentions(text, "Fed", EntityType.ORGANIZATION, "Bank of England", EntityType.ORGANIZATION,
                "Fed", EntityType.ORGANIZATION, "US Federal Reserve", EntityType.ORGANIZATION, "Bank", EntityType.ORGANIZATION,
                "Bank's", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        assertEquals(List.of(1, 4, 5), clusters.stream().filter(c -> c.members().contains(1)).findFirst().orElseThrow().members());
        assertEquals("US Federal Reserve", clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow().name());
        // two organisations of one head word: "the Commission" is neither
        String t2 = "The European Commission and the Gambling Commission met. The Commission said no.";
        List<Mention> m2 = mentions(t2, "European Commission", EntityType.ORGANIZATION, "Gambling Commission",
                EntityType.ORGANIZATION, "Commission", EntityType.ORGANIZATION);
        assertEquals(3, linker.link(t2, m2, List.of()).size());
        // across articles the head word alone does not join one body to another of the same head
        Entity european = entity(7, EntityType.ORGANIZATION, "European Commission", "European Commission", "Commission");
        String t3 = "The Gambling Commission fined a firm. The Commission did not name it.";
        List<Mention> m3 = mentions(t3, "Gambling Commission", EntityType.ORGANIZATION, "Commission", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> c3 = linker.link(t3, m3, List.of(european));
        assertEquals(1, c3.size());
        assertEquals(null, c3.get(0).entityId());
    }

    @Test
    void aLoneWordThatStartsOnePersonsNameIsThatPerson() {
        // surname first, and a given name after a title of rank
        String text = "Premier Lan Wei met Sir Tobias Grent. Lan said yes. Mr Lan smiled. Sir Tobias left. Sheikh Omar bin Said came; "
                + "Sheikh Omar spoke.";
        List<Mention> ms = mentions(text, "Lan Wei", EntityType.PERSON, "Sir Tobias Grent", EntityType.PERSON, "Lan", EntityType.PERSON,
                "Mr Lan", EntityType.PERSON, "Sir Tobias", EntityType.PERSON, "Sheikh Omar bin Said", EntityType.PERSON,
                "Sheikh Omar", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(3, clusters.size());
        Map<String, String> names = canonicalOf(ms, clusters);
        assertEquals("Lan Wei", names.get("Mr Lan"));
        // the cluster is shown without the courtesy title (EntityNames.displayName)
        assertEquals("Tobias Grent", names.get("Sir Tobias"));
        assertEquals("Sheikh Omar bin Said", names.get("Sheikh Omar"));
        // the word is another person's surname there, or starts two names: left alone
        String t2 = "Wei Ling met Ann Wei. Wei said no. Jan Ott and Jan Berg came; Jan spoke.";
        List<Mention> m2 = mentions(t2, "Wei Ling", EntityType.PERSON, "Ann Wei", EntityType.PERSON, "Wei", EntityType.PERSON,
                "Jan Ott", EntityType.PERSON, "Jan Berg", EntityType.PERSON, "Jan", EntityType.PERSON);
        Map<String, String> n2 = canonicalOf(m2, linker.link(t2, m2, List.of()));
        assertEquals("Ann Wei", n2.get("Wei"));
        assertEquals("Jan", n2.get("Jan"));
        // a first name the article also writes as a place is not the person without a title
        String t3 = "Chelsea Ward was born in Chelsea. Chelsea is still home.";
        List<Mention> m3 = mentions(t3, "Chelsea Ward", EntityType.PERSON, "Chelsea", EntityType.LOCATION, "Chelsea", EntityType.PERSON);
        assertEquals("Chelsea", canonicalOf(m3, linker.link(t3, m3, List.of())).get("Chelsea"));
    }

    @Test
    void anAcronymSpelledOutInLowerCaseIsNoEntity() {
        String text = "Savers opened individual retirement accounts, or IRAs, in May. An IRA is cheap. Exchange-traded funds (ETFs) too.";
        assertTrue(Acronyms.isCommonNounAcronym(text, "IRA"));
        assertTrue(Acronyms.isCommonNounAcronym(text, "IRAs"));
        assertTrue(Acronyms.isCommonNounAcronym("buy exchange-traded funds (ETFs) now", "ETF"));
        // spelled out with capitals, or not at all: a name
        assertTrue(!Acronyms.isCommonNounAcronym("the Irish Republican Army (IRA) said. The IRA agreed.", "IRA"));
        assertTrue(!Acronyms.isCommonNounAcronym("The IRA said so.", "IRA"));
        List<Mention> ms = mentions(text, "IRA", EntityType.ORGANIZATION);
        assertEquals(0, linker.link(text, ms, List.of()).size());
    }

    @Test
    void aPersonsTwoSurnamesAreAShortFormOfTheFullName() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("Castillo Ruiz", 3);
        counts.put("Elena Castillo Ruiz", 1);
        assertEquals("Elena Castillo Ruiz", EntityLinker.displayName(EntityType.PERSON, counts));
        counts.clear();
        counts.put("Restrepo de la Torre", 2);
        counts.put("Juan Pablo Restrepo de la Torre", 1);
        assertEquals("Juan Pablo Restrepo de la Torre", EntityLinker.displayName(EntityType.PERSON, counts));
        // a first-and-last name is no short form of another person's longer name with other given names
        counts.clear();
        counts.put("Ann Lee", 3);
        counts.put("Ann Lee Smith", 1);
        assertEquals("Ann Lee", EntityLinker.displayName(EntityType.PERSON, counts));
    }

    @Test
    void aPlaceOrCompanyWithATitleOrAnAgeIsAPerson() {
        String text = "Governor Lincoln Hale spoke. Hale, 61, agreed. Michael Rowntree founded Rowntree. Mr Rowntree owns half. "
                + "Rowntree paid the bank.";
        List<Mention> ms = mentions(text, "Lincoln Hale", EntityType.PERSON, "Hale", EntityType.LOCATION,
                "Michael Rowntree", EntityType.PERSON, "Rowntree", EntityType.ORGANIZATION, "Rowntree", EntityType.ORGANIZATION,
                "Rowntree", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(3, clusters.size());
        EntityLinker.Cluster hale = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(List.of(0, 1), hale.members());
        EntityLinker.Cluster michael = clusters.stream().filter(c -> c.members().contains(2)).findFirst().orElseThrow();
        assertEquals(List.of(2, 4), michael.members());
        EntityLinker.Cluster company = clusters.stream().filter(c -> c.members().contains(3)).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, company.type());
        assertEquals(List.of(3, 5), company.members());
    }

    @Test
    void anOrganisationsFirstWordAndItsAmpersandAcronymAreThatOrganisation() {
        String text = "Harvard University and Marks & Spencer agreed. Harvard's provost said M&S customers wanted it.";
        List<Mention> ms = mentions(text, "Harvard University", EntityType.ORGANIZATION, "Marks & Spencer", EntityType.ORGANIZATION,
                "Harvard", EntityType.ORGANIZATION, "M&S", EntityType.ORGANIZATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(2, clusters.size());
        Map<String, String> names = canonicalOf(ms, clusters);
        assertEquals("Harvard University", names.get("Harvard"));
        assertEquals("Marks & Spencer", names.get("M&S"));
        // two organisations of that first word: neither
        String t2 = "Acme Foods and Acme Bank grew. Acme said so.";
        List<Mention> m2 = mentions(t2, "Acme Foods", EntityType.ORGANIZATION, "Acme Bank", EntityType.ORGANIZATION, "Acme",
                EntityType.ORGANIZATION);
        assertEquals(3, linker.link(t2, m2, List.of()).size());
    }

    @Test
    void aPlaceWrittenAsAStateIsNotTheSameNamesCityElsewhere() {
        String text = "Wildfires in Washington state have burned homes. Washington has had a dry year.";
        List<Mention> ms = mentions(text, "Washington", EntityType.LOCATION, "Washington", EntityType.LOCATION);
        Entity capital = new Entity(3, EntityType.LOCATION, "Washington", List.of("Washington"), false);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(capital));
        assertEquals(1, clusters.size());
        assertNull(clusters.get(0).entityId());
        assertEquals("Washington", clusters.get(0).name());
        // another article's "Washington state's" joins it; a bare "Washington" joins the capital; "State Department" is no state
        Entity state = new Entity(4, EntityType.LOCATION, "Washington", List.of("Washington", "Washington state"), false);
        String t2 = "Morgan, Washington state's attorney general, said so.";
        assertEquals(4L, linker.link(t2, mentions(t2, "Washington", EntityType.LOCATION), List.of(capital, state)).get(0).entityId());
        String t3 = "Officials in Washington said so.";
        assertEquals(3L, linker.link(t3, mentions(t3, "Washington", EntityType.LOCATION), List.of(state, capital)).get(0).entityId());
        String t4 = "Officials in Washington State Department offices said so.";
        assertEquals(3L, linker.link(t4, mentions(t4, "Washington", EntityType.LOCATION), List.of(state, capital)).get(0).entityId());
    }

    @Test
    void aPlaceWrittenWithItsRegionIsNotTheSameNamesPlaceElsewhere() {
        String text = "She ran a cafe in Paris, Texas, for years. Paris was quiet.";
        List<Mention> ms = mentions(text, "Paris", EntityType.LOCATION, "Texas", EntityType.LOCATION, "Paris", EntityType.LOCATION);
        Entity france = new Entity(3, EntityType.LOCATION, "Paris", List.of("Paris"), false);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(france));
        EntityLinker.Cluster paris = clusters.stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow();
        assertEquals(List.of(0, 2), paris.members());
        assertNull(paris.entityId());
        assertEquals("Paris", paris.name());
        assertTrue(paris.aliases().contains("Paris, Texas"));
        // the same place of the same region joins; an unqualified place does not join it
        Entity texas = new Entity(4, EntityType.LOCATION, "Paris", List.of("Paris", "Paris, Texas"), false);
        assertEquals(4L, linker.link(text, ms, List.of(france, texas)).stream().filter(c -> c.members().contains(0))
                .findFirst().orElseThrow().entityId());
        String t2 = "Paris was cold.";
        assertEquals(3L, linker.link(t2, mentions(t2, "Paris", EntityType.LOCATION), List.of(texas, france)).get(0).entityId());
        // a list of places is no region
        String t3 = "Talks in Paris, London and Rome.";
        List<Mention> m3 = mentions(t3, "Paris", EntityType.LOCATION, "London", EntityType.LOCATION, "Rome", EntityType.LOCATION);
        assertEquals(1L, linker.link(t3, m3, List.of(new Entity(1, EntityType.LOCATION, "Paris", List.of("Paris"), false)))
                .stream().filter(c -> c.members().contains(0)).findFirst().orElseThrow().entityId());
    }

    @Test
    void aHalfOfAHyphenatedSurnameIsNoGivenName() {
        String text = "Lord Smith said so. The minister, Daniel Smith-Jones, disagreed. Mr Smith-Jones left.";
        List<Mention> ms = mentions(text, "Smith", EntityType.PERSON, "Daniel Smith-Jones", EntityType.PERSON, "Mr Smith-Jones",
                EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(List.of(1, 2), clusterOf(clusters, 1).members());
        assertEquals(List.of(0), clusterOf(clusters, 0).members());
        // a family name written first, before a hyphenated given name, still is one: "Mr Lee" is Lee Jae-myung
        String t2 = "Mr Lee said so. President Lee Jae-myung agreed.";
        List<Mention> m2 = mentions(t2, "Mr Lee", EntityType.PERSON, "Lee Jae-myung", EntityType.PERSON);
        assertEquals(1, linker.link(t2, m2, List.of()).size());
    }

    @Test
    void aLoneNameTypedAnOrganisationIsThePersonWhenAPersonsVerbFollows() {
        String text = "The party leader, Grant Laidlaw, said the vote was won. Laidlaw said Perth's count was slow.";
        List<Mention> ms = mentions(text, "Grant Laidlaw", EntityType.PERSON, "Laidlaw", EntityType.ORGANIZATION, "Perth",
                EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(List.of(0, 1), clusterOf(clusters, 0).members());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
        // a kin word after the possessive: "Ford's agent" is Harrison Ford, not a known Ford Motor Company
        String t2 = "Harrison Ford returns as Indiana Jones. Ford's agent said the film was done.";
        List<Mention> m2 = mentions(t2, "Harrison Ford", EntityType.PERSON, "Ford", EntityType.ORGANIZATION);
        Entity company = new Entity(7, EntityType.ORGANIZATION, "Ford Motor Company", List.of("Ford Motor Company", "Ford"), false);
        List<EntityLinker.Cluster> c2 = linker.link(t2, m2, List.of(company));
        assertEquals(1, c2.size());
        assertNull(c2.get(0).entityId());
        // no person's verb, or two full names of the word: left as typed
        String t3 = "Ford Motor Company hired Daniel Ford. Ford expects sales to rise.";
        List<Mention> m3 = mentions(t3, "Ford Motor Company", EntityType.ORGANIZATION, "Daniel Ford", EntityType.PERSON, "Ford",
                EntityType.ORGANIZATION);
        assertEquals(EntityType.ORGANIZATION, clusterOf(linker.link(t3, m3, List.of()), 2).type());
        String t4 = "Tony Blair and Euan Blair met. Blair's wife said so.";
        List<Mention> m4 = mentions(t4, "Tony Blair", EntityType.PERSON, "Euan Blair", EntityType.PERSON, "Blair",
                EntityType.ORGANIZATION);
        assertEquals(EntityType.ORGANIZATION, clusterOf(linker.link(t4, m4, List.of()), 2).type());
    }

    @Test
    void aFullNameTypedAPlaceIsThePersonItsSurnameNames() {
        String text = "The attorney general, Sydney Morgan, filed suit. Morgan said the rules were clear. Sydney was hot.";
        List<Mention> ms = mentions(text, "Sydney Morgan", EntityType.LOCATION, "Morgan", EntityType.ORGANIZATION, "Sydney",
                EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(List.of(0, 1), clusterOf(clusters, 0).members());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 2).type());
        // with no lone person's word of its last word, a place of two words stays a place
        String t2 = "Fans flew to Buenos Aires. Aires is far.";
        List<Mention> m2 = mentions(t2, "Buenos Aires", EntityType.LOCATION, "Aires", EntityType.LOCATION);
        assertEquals(EntityType.LOCATION, clusterOf(linker.link(t2, m2, List.of()), 0).type());
    }

    @Test
    void aShipsNameIsTheVesselNotThePerson() {
        String text = "HMS Queen Elizabeth left port. The ship, named after Queen Elizabeth I, sails. Escorts sail with "
                + "Queen Elizabeth. Elizabeth I ruled for 44 years.";
        List<Mention> ms = mentions(text, "Elizabeth", EntityType.PERSON, "Queen Elizabeth", EntityType.PERSON, "Queen Elizabeth",
                EntityType.PERSON, "Elizabeth I", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        EntityLinker.Cluster ship = clusterOf(clusters, 0);
        assertEquals(List.of(0, 2), ship.members());
        assertEquals(EntityType.MISC, ship.type());
        assertEquals(List.of(1, 3), clusterOf(clusters, 1).members());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 1).type());
        // with no ship named, the bare name is the person's as before
        String t2 = "The hospital, named after Queen Elizabeth I, opens. Queen Elizabeth was its patron.";
        List<Mention> m2 = mentions(t2, "Queen Elizabeth", EntityType.PERSON, "Queen Elizabeth", EntityType.PERSON);
        assertEquals(1, linker.link(t2, m2, List.of()).size());
    }

    @Test
    void aNameCutAtAHyphenIsTheWholeName() {
        String text = "The mill was bought by Cleveland-Cliffs, of Cleveland, Ohio. Shares in Cleveland-Cliffs fell.";
        List<Mention> ms = mentions(text, "Cleveland", EntityType.ORGANIZATION, "Cleveland", EntityType.LOCATION, "Ohio",
                EntityType.LOCATION, "Cleveland", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(List.of(1), clusterOf(clusters, 1).members());
        assertEquals(List.of(3), clusterOf(clusters, 3).members());
        assertNotEquals(clusterOf(clusters, 1), clusterOf(clusters, 0));
        assertEquals("Cleveland-Cliffs", clusterOf(clusters, 0).name());
        Entity city = new Entity(7, EntityType.LOCATION, "Cleveland", List.of("Cleveland", "Cleveland, Ohio"), false);
        assertNull(clusterOf(linker.link(text, ms, List.of(city)), 3).entityId());
        assertEquals(7L, clusterOf(linker.link(text, ms, List.of(city)), 1).entityId());
    }

    @Test
    void twoPlacesJoinedByAHyphenStayTwoPlaces() {
        String text = "Pakistan-US counterterrorism dialogue opens. The US-China talks and the Israel-Hamas truce were"
                + " discussed. Pakistan said the US would help.";
        List<Mention> ms = mentions(text, "Pakistan", EntityType.LOCATION, "US", EntityType.LOCATION, "US", EntityType.LOCATION,
                "China", EntityType.LOCATION, "Israel", EntityType.LOCATION, "Hamas", EntityType.ORGANIZATION,
                "Pakistan", EntityType.LOCATION, "US", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(List.of(0, 6), clusterOf(clusters, 0).members());
        assertEquals(List.of(1, 2, 7), clusterOf(clusters, 1).members());
        assertEquals("US", clusterOf(clusters, 1).name());
        assertEquals("Pakistan", clusterOf(clusters, 0).name());
        assertNotEquals(clusterOf(clusters, 4), clusterOf(clusters, 5), "Israel and Hamas");
        assertEquals("China", clusterOf(clusters, 3).name());
    }

    @Test
    void theFirstOfTwoSurnamesIsAShortFormOfTheFullName() {
        String text = "The prime minister, Pedro Sánchez Pérez-Castejón, won. Mr Sánchez said so. The deputy, María Jesús Montero "
                + "Cuadrado, spoke. Montero agreed.";
        List<Mention> ms = mentions(text, "Pedro Sánchez Pérez-Castejón", EntityType.PERSON, "Mr Sánchez", EntityType.PERSON,
                "María Jesús Montero Cuadrado", EntityType.PERSON, "Montero", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(List.of(0, 1), clusterOf(clusters, 0).members());
        assertEquals(List.of(2, 3), clusterOf(clusters, 2).members());
        assertEquals("Pedro Sánchez Pérez-Castejón", clusterOf(clusters, 1).name());
        // two full names with that first surname: the bare one joins neither
        String t2 = "Ana Ruiz Gómez and Luis Ruiz Soto met. Ruiz spoke.";
        List<Mention> m2 = mentions(t2, "Ana Ruiz Gómez", EntityType.PERSON, "Luis Ruiz Soto", EntityType.PERSON, "Ruiz",
                EntityType.PERSON);
        assertEquals(List.of(2), clusterOf(linker.link(t2, m2, List.of()), 2).members());
    }

    @Test
    void thePlaceOfAPeersTitleIsThePersonNotThePlace() {
        String text = "The amendment was moved by Lord Smith of Finsbury. Lord Smith said so. The Prince of Wales came; the "
                + "Princess of Wales stayed in Cardiff. The Duke of Sussex called. Wales voted.";
        List<Mention> ms = mentions(text, "Finsbury", EntityType.LOCATION, "Smith", EntityType.PERSON, "Prince of Wales",
                EntityType.LOCATION, "Wales", EntityType.LOCATION, "Cardiff", EntityType.LOCATION, "Duke of Sussex",
                EntityType.ORGANIZATION, "Wales", EntityType.LOCATION);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of());
        assertEquals(List.of(0, 1), clusterOf(clusters, 0).members());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 0).type());
        assertEquals(List.of(2), clusterOf(clusters, 2).members());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 2).type());
        assertEquals(List.of(3), clusterOf(clusters, 3).members());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 3).type());
        assertEquals(EntityType.PERSON, clusterOf(clusters, 5).type());
        // the country itself stays a place, and a place written after a title's place is one too
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 6).type());
        assertEquals(EntityType.LOCATION, clusterOf(clusters, 4).type());
        // a building named after a title is left to the recogniser
        String t2 = "She was taken to the Prince of Wales Hospital.";
        List<Mention> m2 = mentions(t2, "Wales", EntityType.LOCATION);
        assertEquals(EntityType.LOCATION, linker.link(t2, m2, List.of()).get(0).type());
    }

    @Test
    void oneNameInTwoTransliterationsIsOnePersonAcrossArticles() {
        Entity saif = new Entity(5, EntityType.PERSON, "Saif al-Islam Gaddafi", List.of("Saif al-Islam Gaddafi", "Mr Gaddafi"), false);
        String text = "A court struck Saif al-Islam Qaddafi from the list. The ministry spelled it Saif al-Islam Kadhafi.";
        List<Mention> ms = mentions(text, "Saif al-Islam Qaddafi", EntityType.PERSON, "Saif al-Islam Kadhafi", EntityType.PERSON);
        List<EntityLinker.Cluster> clusters = linker.link(text, ms, List.of(saif));
        assertEquals(5L, clusterOf(clusters, 0).entityId());
        assertEquals(5L, clusterOf(clusters, 1).entityId());
        // other given names, or a surname alike in more than spelling, are other people
        String t2 = "Hannibal Gaddafi spoke. Saif al-Islam Ghazali spoke.";
        List<Mention> m2 = mentions(t2, "Hannibal Gaddafi", EntityType.PERSON, "Saif al-Islam Ghazali", EntityType.PERSON);
        List<EntityLinker.Cluster> c2 = linker.link(t2, m2, List.of(saif));
        assertNull(clusterOf(c2, 1).entityId());
        assertNull(clusterOf(c2, 0).entityId());
    }
}
