package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testsupport.TestLibrary;
import org.parallax.model.ArticleDraft;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;

/** Entities, mentions and events on a real SQLite library in a temporary folder. */
@Tag("contract")
class EntityRepositoryTest {
    private static final String TEXT = "Derek Chollet visited Islamabad. Chollet met Landberg. The State Department said so.";

    @TempDir
    Path dir;
    private Database db;
    private EntityRepository entities;
    private MentionRepository mentions;
    private EventRepository events;
    private long article;

    @BeforeEach
    void open() {
        db = TestLibrary.open(dir.resolve("library.db"));
        entities = new EntityRepository(db);
        mentions = new MentionRepository(db);
        events = new EventRepository(db);
        ArticleMeta meta = new ArticleMeta("Chollet in Islamabad", false, null, null, null, null, LocalDate.of(2023, 3, 4), null,
                null, null, "plaintext", "en");
        article = new ArticleRepository(db).insert(new ArticleDraft(meta, TEXT, List.of(new Block(BlockType.PARAGRAPH, 0, TEXT.length()))),
                "hash", Instant.EPOCH);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void entitiesArticlesAndMentionsReadAndWrittenManyAtOnceAreThoseOneAtATime() {
        List<Long> made = db.write(c -> entities.create(c, List.of(
                new EntityRepository.NewEntity(EntityType.PERSON, "Derek Chollet", List.of("Chollet")),
                new EntityRepository.NewEntity(EntityType.LOCATION, "Islamabad", List.of()),
                new EntityRepository.NewEntity(EntityType.ORGANIZATION, "State Department", List.of("the State Department", " ")))));
        assertEquals(3, made.size());
        assertEquals(3, made.stream().distinct().count(), "each its own id");
        Entity chollet = entities.get(made.get(0)).orElseThrow();
        assertEquals("Derek Chollet", chollet.name());
        assertEquals(EntityType.PERSON, chollet.type());
        assertEquals(List.of("Chollet", "Derek Chollet"), chollet.aliases().stream().sorted().toList());
        assertEquals(List.of("State Department", "the State Department"), entities.get(made.get(2)).orElseThrow().aliases().stream().sorted().toList());
        long single = entities.create(EntityType.PERSON, "Landberg", List.of());
        assertTrue(single > made.stream().mapToLong(Long::longValue).max().orElseThrow(), "the sequence goes on after a batch");

        mention("Derek Chollet", 0, EntityType.PERSON, made.get(0));
        mention("Chollet", 1, EntityType.PERSON, made.get(0));
        mention("Islamabad", 0, EntityType.LOCATION, made.get(1));
        ArticleRepository articles = new ArticleRepository(db);
        assertEquals(articles.get(article).orElseThrow(), articles.get(List.of(article, 999_999L, article)).get(article));
        assertEquals(List.of(article), List.copyOf(articles.get(List.of(article, 999_999L)).keySet()), "a missing id is left out");
        assertEquals(mentions.accepted(article), mentions.accepted(List.of(article, 999_999L)).get(article));

        // pruning many entities keeps what their mentions use and each name, as one by one would
        db.write(c -> {
            entities.pruneAliases(c, java.util.Map.of(made.get(0), List.of("Derek Chollet"), made.get(2), List.of("nothing")));
            return null;
        });
        assertEquals(List.of("Derek Chollet"), entities.get(made.get(0)).orElseThrow().aliases());
        assertEquals(List.of("State Department"), entities.get(made.get(2)).orElseThrow().aliases());
    }

    private long mention(String form, int occurrence, EntityType type, Long entity) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = TEXT.indexOf(form, at + 1);
        int start = at;
        Mention m = new Mention(0, article, start, start + form.length(), form, type, null, entity, BlockType.PARAGRAPH, MentionOrigin.AUTO, false);
        return db.write(c -> mentions.insert(c, m));
    }

    @Test
    void schemaIsAtLeastVersionTwo() {
        assertTrue(db.schemaVersion() >= 2, "schema " + db.schemaVersion());
        assertEquals(Database.latestVersion(), db.schemaVersion());
    }

    @Test
    void mergeMovesMentionsAliasesAndEventRoles() {
        long derek = entities.create(EntityType.PERSON, "Derek Chollet", List.of("Derek Chollet"));
        long chollet = entities.create(EntityType.PERSON, "Chollet", List.of("Chollet"));
        long m1 = mention("Derek Chollet", 0, EntityType.PERSON, derek);
        long m2 = mention("Chollet", 1, EntityType.PERSON, chollet);
        long event = db.write(c -> events.insert(c, EventKind.VISIT, DateRange.day(LocalDate.of(2023, 2, 16)), List.of(chollet),
                List.of(), new EventSource(article, 0, 32, TEXT.substring(0, 32))));

        entities.merge(derek, chollet);

        assertTrue(entities.get(chollet).isEmpty());
        Entity merged = entities.get(derek).orElseThrow();
        assertEquals("Derek Chollet", merged.name());
        assertEquals(List.of("Chollet", "Derek Chollet"), merged.aliases());
        assertEquals(List.of(m1, m2), mentions.forEntity(derek).stream().map(Mention::id).toList());
        Event e = events.list().stream().filter(x -> x.id() == event).findFirst().orElseThrow();
        assertEquals(List.of("Derek Chollet"), e.who());
    }

    @Test
    void mergeRefusesDifferentTypes() {
        long person = entities.create(EntityType.PERSON, "Chollet", List.of());
        long place = entities.create(EntityType.LOCATION, "Islamabad", List.of());
        assertThrows(StoreException.class, () -> entities.merge(person, place));
        assertTrue(entities.get(place).isPresent());
    }

    @Test
    void splitMovesChosenMentionsToANewLockedEntity() {
        long wrong = entities.create(EntityType.PERSON, "Derek Chollet", List.of("Derek Chollet", "Landberg"));
        long m1 = mention("Derek Chollet", 0, EntityType.PERSON, wrong);
        long m2 = mention("Landberg", 0, EntityType.PERSON, wrong);

        long created = entities.split(wrong, List.of(m2), "Christopher Landberg");

        Entity split = entities.get(created).orElseThrow();
        assertEquals("Christopher Landberg", split.name());
        assertTrue(split.nameLocked());
        assertTrue(split.aliases().contains("Landberg"));
        assertEquals(List.of(m2), mentions.forEntity(created).stream().map(Mention::id).toList());
        assertEquals(List.of(m1), mentions.forEntity(wrong).stream().map(Mention::id).toList());
        assertFalse(entities.get(wrong).orElseThrow().aliases().contains("Landberg"), "the alias went with its mention");
    }

    @Test
    void splitRefusesMentionsOfAnotherEntity() {
        long a = entities.create(EntityType.PERSON, "Derek Chollet", List.of());
        long b = entities.create(EntityType.PERSON, "Landberg", List.of());
        long m = mention("Landberg", 0, EntityType.PERSON, b);
        assertThrows(StoreException.class, () -> entities.split(a, List.of(m), "X"));
        assertEquals(b, mentions.get(m).orElseThrow().entityId());
    }

    @Test
    void renameLocksTheNameAgainstThePipelineAndKeepsTheOldOneAsAlias() {
        long id = entities.create(EntityType.ORGANIZATION, "State Department", List.of());
        entities.rename(id, "US Department of State");
        db.write(c -> {
            entities.absorb(c, id, "US State Department", List.of("US State Department"));
            return null;
        });
        Entity e = entities.get(id).orElseThrow();
        assertEquals("US Department of State", e.name());
        assertTrue(e.nameLocked());
        assertEquals(List.of("State Department", "US Department of State", "US State Department"), e.aliases());
    }

    @Test
    void absorbReplacesTheNameUntilRenamed() {
        long id = entities.create(EntityType.PERSON, "Chollet", List.of());
        db.write(c -> {
            entities.absorb(c, id, "Derek Chollet", List.of("Derek Chollet"));
            return null;
        });
        assertEquals("Derek Chollet", entities.get(id).orElseThrow().name());
    }

    @Test
    void addAliasIsListedOnce() {
        long id = entities.create(EntityType.ORGANIZATION, "US Agency for International Development", List.of());
        entities.addAlias(id, "USAID");
        entities.addAlias(id, "USAID");
        assertEquals(List.of("US Agency for International Development", "USAID"), entities.get(id).orElseThrow().aliases());
        assertThrows(StoreException.class, () -> entities.addAlias(999, "x"));
    }

    @Test
    void storesDateMentionsWithTheirRange() {
        DateRange feb = new DateRange(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28), DatePrecision.MONTH);
        Mention m = new Mention(0, article, 0, 5, "Derek", EntityType.DATE, feb, null, null, MentionOrigin.AUTO, false);
        long id = db.write(c -> mentions.insert(c, m));
        Mention back = mentions.get(id).orElseThrow();
        assertEquals(feb, back.date());
        assertEquals(m.withId(id), back);
    }

    @Test
    void deleteAutoKeepsManualAndRejectedMentions() {
        long auto = mention("Chollet", 1, EntityType.PERSON, null);
        long rejected = mention("Landberg", 0, EntityType.PERSON, null);
        mentions.reject(rejected);
        long manual = mentions.addManual(new Mention(0, article, 0, 13, "Derek Chollet", EntityType.PERSON, null, null,
                BlockType.PARAGRAPH, MentionOrigin.AUTO, false));
        int deleted = db.write(c -> mentions.deleteAuto(c, article));
        assertEquals(1, deleted);
        List<Mention> left = mentions.forArticle(article);
        assertEquals(List.of(manual, rejected), left.stream().map(Mention::id).toList());
        assertTrue(left.get(1).rejected());
        assertEquals(MentionOrigin.MANUAL, left.get(0).origin());
        assertTrue(mentions.get(auto).isEmpty());
    }

    @Test
    void eventLosingItsLastSourceIsDeletedAndDeleteUnusedKeepsRenamedEntities() {
        long place = entities.create(EntityType.LOCATION, "Islamabad", List.of());
        long named = entities.create(EntityType.PERSON, "Someone", List.of());
        entities.rename(named, "Someone Else");
        db.write(c -> events.insert(c, EventKind.VISIT, DateRange.day(LocalDate.of(2023, 2, 16)), List.of(), List.of(place),
                new EventSource(article, 0, 32, TEXT.substring(0, 32))));
        assertEquals(1, events.forArticle(article).size());
        db.write(c -> {
            events.deleteSourcesOf(c, article);
            return null;
        });
        assertTrue(events.list().isEmpty());
        db.write(entities::deleteUnused);
        assertTrue(entities.get(place).isEmpty(), "nothing mentions it any more");
        assertTrue(entities.get(named).isPresent(), "the user named it");
    }

    @Test
    void addSourceUnitesParticipantsAndKeepsOneRowPerSentence() {
        long a = entities.create(EntityType.PERSON, "Derek Chollet", List.of());
        long b = entities.create(EntityType.LOCATION, "Islamabad", List.of());
        DateRange month = new DateRange(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28), DatePrecision.MONTH);
        DateRange days = new DateRange(LocalDate.of(2023, 2, 16), LocalDate.of(2023, 2, 17), DatePrecision.DAY);
        EventSource s1 = new EventSource(article, 0, 32, TEXT.substring(0, 32));
        EventSource s2 = new EventSource(article, 33, 54, TEXT.substring(33, 54));
        long id = db.write(c -> events.insert(c, EventKind.MEETING, month, List.of(a), List.of(), s1));
        db.write(c -> {
            events.addSource(c, id, EventKind.VISIT, days, List.of(a), List.of(b), s2);
            events.addSource(c, id, EventKind.VISIT, days, List.of(a), List.of(b), s2);
            return null;
        });
        Event e = events.list().get(0);
        assertEquals(EventKind.VISIT, e.kind());
        assertEquals(days, e.when());
        assertEquals(List.of("Derek Chollet"), e.who());
        assertEquals(List.of("Islamabad"), e.where());
        assertEquals(List.of(s1, s2), e.sources());
    }

    @Test
    void mentionsWithTheSameValueAreFoundByDateOrByTextIgnoringCase() {
        long chollet = mention("Chollet", 1, EntityType.PERSON, null);
        long derek = mention("Derek Chollet", 0, EntityType.PERSON, null);
        long dept = mention("State Department", 0, EntityType.ORGANIZATION, null);
        DateRange march = DateRange.day(LocalDate.of(2023, 3, 4));
        long dated = db.write(c -> mentions.insert(c, new Mention(0, article, 0, 5, "Derek", EntityType.DATE, march, null,
                BlockType.PARAGRAPH, MentionOrigin.AUTO, false)));
        db.write(c -> mentions.insert(c, new Mention(0, article, 6, 13, "Chollet", EntityType.DATE,
                DateRange.day(LocalDate.of(2023, 3, 5)), null, BlockType.PARAGRAPH, MentionOrigin.AUTO, false)));

        assertEquals(List.of(chollet), mentions.acceptedWithValue(EntityType.PERSON, null, " CHOLLET ").stream().map(Mention::id).toList());
        assertEquals(List.of(dept), mentions.acceptedWithValue(EntityType.ORGANIZATION, null, "state department").stream().map(Mention::id).toList());
        assertEquals(List.of(dated), mentions.acceptedWithValue(EntityType.DATE, march, "anything").stream().map(Mention::id).toList());
        mentions.reject(chollet);
        assertTrue(mentions.acceptedWithValue(EntityType.PERSON, null, "Chollet").isEmpty(), "rejected mentions are left out");
        assertEquals(List.of(derek), mentions.acceptedWithValue(EntityType.PERSON, null, "derek chollet").stream().map(Mention::id).toList());
    }
}
