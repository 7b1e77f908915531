package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.store.EntityRepository;
import org.parallax.store.MentionRepository;
import org.parallax.testsupport.FreshNews;
import org.parallax.testsupport.TestLibrary;

/**
 * Holds the entities figure on the third set of freshly written news (src/test/resources/fresh-news/entities3, a mixed
 * library of fourteen articles: places sharing a name, people named like places or companies, clubs and cities, names
 * written surname first, particles and titles, acronyms with two meanings; performance.md "Entities in a mixed library,
 * held out"), scored as {@link FreshNewsEntities2Test} scores the second set, plus wrong display names (an entity not
 * named by its majority chain's name, titles aside) and wrong types (an entity whose type is not its majority chain's).
 * Scoring: conflated entities (holding mentions of two or more gold chains), misplaced mentions (outside an entity's
 * majority chain), split chains; rows of a chain named "NOT ..." are words that must not be entities (a role "PM", the
 * verb "Will", the month "May", "Rose growers", "Who", a savings account's "IRA"), each one recognised a false entity.
 * The ceilings are today's counts: a rise fails.
 */
@Tag("contract")
class FreshNewsEntities3Test {
    /** Today's counts, after the fixes of the third entities round (held out, engine revision 14: 13, 19, 20, 1, 25, 7). */
    private static final int CONFLATED_CEILING = 9;
    private static final int MISPLACED_CEILING = 14;
    private static final int SPLIT_CEILING = 5;
    private static final int FALSE_ENTITY_CEILING = 0;
    private static final int WRONG_NAME_CEILING = 7;
    private static final int WRONG_TYPE_CEILING = 5;

    /** Titles that a display name may carry or drop ("Dame Patricia Ellery" is "Patricia Ellery"). */
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "^(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prince|Princess|Sheikh|President|Governor)\\.?\\s+)+");

    private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile(
            "(?i)he|him|his|she|her|hers|it|its|they|them|their|we|us|our|i|me|my|you|your");

    @TempDir
    static java.nio.file.Path dir;
    static AppContext ctx;
    static Map<String, Article> byName = new HashMap<>();

    @BeforeAll
    static void importAndRecognise() {
        ctx = TestLibrary.context(dir.resolve("library.db"));
        byName.putAll(FreshNews.importAndRecognise(ctx, "entities3", 14));
    }

    @AfterAll
    static void close() {
        if (ctx != null) ctx.close();
    }

    @Test
    void aMixedLibraryOfFreshNewsHoldsTodaysFigure() throws IOException {
        List<Entity> entities = new EntityRepository(ctx.database()).list();
        Map<Long, String> entityName = entities.stream().collect(Collectors.toMap(Entity::id, Entity::name));
        List<String> pronouns = entities.stream().map(Entity::name).filter(n -> PRONOUN.matcher(n.strip()).matches()).toList();
        MentionRepository mentions = new MentionRepository(ctx.database());
        Map<Long, Map<String, List<String>>> chainsOfEntity = new TreeMap<>();
        Map<String, Set<Long>> entitiesOfChain = new LinkedHashMap<>();
        List<String> unrecognised = new ArrayList<>();
        List<String> falseEntities = new ArrayList<>();
        for (FreshNewsEntitiesTest.GoldMention g : FreshNewsEntitiesTest.readGold(FreshNews.folder("entities3").resolve("expected.tsv"))) {
            Article a = byName.get(g.article());
            assertTrue(a != null, "no article " + g.article());
            int open = g.context().indexOf('[');
            int close = g.context().indexOf(']');
            String plain = g.context().replace("[", "").replace("]", "");
            int at = FreshNews.nth(a.text(), plain, g.occurrence());
            assertTrue(at >= 0, g.article() + ": \"" + plain + "\" #" + g.occurrence() + " not in the article text");
            int start = at + open;
            int end = at + close - 1;
            Mention hit = null;
            for (Mention m : mentions.forArticle(a.id())) {
                if (m.type() == EntityType.DATE || m.entityId() == null || m.rejected() || m.end() <= start || m.start() >= end) continue;
                if (hit == null || overlap(m, start, end) > overlap(hit, start, end)) hit = m;
            }
            boolean notAnEntity = g.chain().startsWith("NOT ");
            if (!notAnEntity) entitiesOfChain.computeIfAbsent(g.chain(), k -> new LinkedHashSet<>());
            if (hit == null) {
                if (!notAnEntity) unrecognised.add(g.chain() + ": " + g.article() + " \"" + a.text().substring(start, end) + "\"");
                continue;
            }
            if (notAnEntity) falseEntities.add(g.chain() + ": " + g.article() + " \"" + hit.text() + "\"");
            else entitiesOfChain.get(g.chain()).add(hit.entityId());
            chainsOfEntity.computeIfAbsent(hit.entityId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(g.chain(), k -> new ArrayList<>()).add(g.article().substring(0, 3) + " " + hit.text());
        }
        StringBuilder report = new StringBuilder("Fresh-news entities, mixed library (entities3/expected.tsv)\n");
        int conflated = 0;
        int misplaced = 0;
        for (Map.Entry<Long, Map<String, List<String>>> e : chainsOfEntity.entrySet()) {
            if (e.getValue().size() < 2) continue;
            conflated++;
            int total = e.getValue().values().stream().mapToInt(List::size).sum();
            int majority = e.getValue().values().stream().mapToInt(List::size).max().orElse(0);
            misplaced += total - majority;
            report.append("conflated \"").append(entityName.get(e.getKey())).append("\": ").append(e.getValue()).append('\n');
        }
        int split = 0;
        for (Map.Entry<String, Set<Long>> c : entitiesOfChain.entrySet()) {
            if (c.getValue().size() < 2) continue;
            split++;
            report.append("split ").append(c.getKey()).append(": ")
                    .append(c.getValue().stream().map(entityName::get).map(n -> "\"" + n + "\"").toList()).append('\n');
        }
        int wrongNames = 0;
        int wrongTypes = 0;
        Map<Long, Entity> byId = entities.stream().collect(Collectors.toMap(Entity::id, e -> e));
        for (Map.Entry<Long, Map<String, List<String>>> e : chainsOfEntity.entrySet()) {
            String chain = e.getValue().entrySet().stream().filter(c -> !c.getKey().startsWith("NOT "))
                    .max(java.util.Comparator.comparingInt(c -> c.getValue().size())).map(Map.Entry::getKey).orElse(null);
            if (chain == null) continue;
            Entity entity = byId.get(e.getKey());
            String gold = chain.substring(chain.indexOf(' ') + 1).replaceFirst("\\s*\\(.*\\)$", "");
            if (!bare(entity.name()).equalsIgnoreCase(bare(gold))) {
                wrongNames++;
                report.append("wrong name \"").append(entity.name()).append("\" for ").append(chain).append('\n');
            }
            EntityType goldType = switch (chain.charAt(0)) {
                case 'P' -> EntityType.PERSON;
                case 'O' -> EntityType.ORGANIZATION;
                default -> EntityType.LOCATION;
            };
            if (entity.type() != goldType) {
                wrongTypes++;
                report.append("wrong type ").append(entity.type()).append(" \"").append(entity.name()).append("\" for ")
                        .append(chain).append('\n');
            }
        }
        falseEntities.forEach(f -> report.append("false entity ").append(f).append('\n'));
        unrecognised.forEach(u -> report.append("not recognised ").append(u).append('\n'));
        report.append(String.format("conflated entities %d (%d misplaced mentions), split chains %d, false entities %d, "
                + "wrong names %d, wrong types %d, not recognised %d, pronouns as entities %s%n", conflated, misplaced, split,
                falseEntities.size(), wrongNames, wrongTypes, unrecognised.size(), pronouns));
        System.out.println(report);
        List<String> failures = new ArrayList<>();
        if (conflated > CONFLATED_CEILING) failures.add("conflated " + conflated + " > " + CONFLATED_CEILING);
        if (misplaced > MISPLACED_CEILING) failures.add("misplaced mentions " + misplaced + " > " + MISPLACED_CEILING);
        if (split > SPLIT_CEILING) failures.add("split chains " + split + " > " + SPLIT_CEILING);
        if (falseEntities.size() > FALSE_ENTITY_CEILING) failures.add("false entities " + falseEntities);
        if (wrongNames > WRONG_NAME_CEILING) failures.add("wrong names " + wrongNames + " > " + WRONG_NAME_CEILING);
        if (wrongTypes > WRONG_TYPE_CEILING) failures.add("wrong types " + wrongTypes + " > " + WRONG_TYPE_CEILING);
        if (!pronouns.isEmpty()) failures.add("pronouns stored as entities: " + pronouns);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    private static String bare(String name) {
        return TITLE.matcher(name.strip()).replaceFirst("");
    }

    private static int overlap(Mention m, int start, int end) {
        return Math.min(m.end(), end) - Math.max(m.start(), start);
    }
}
