package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Holds the entities figure on the freshly written news articles (src/test/resources/fresh-news/entities,
 * performance.md "Entities in freshly written news"): the fourteen articles are imported into one real library and run
 * through the NLP queue with the real CoreNLP engine, and the stored entities are scored against {@code expected.tsv},
 * the gold chains of {@code gold.txt} one mention a row.
 *
 * <p>As performance.md scores them, only recognised mentions count: a conflated entity holds mentions of two or more
 * gold chains (misplaced mentions: those outside its majority chain); a split chain is spread over two or more
 * entities. Gold mentions nothing was recognised on are listed apart. The ceilings are today's counts: a rise fails.
 */
@Tag("contract")
class FreshNewsEntitiesTest {
    /** Today's counts (performance.md, after the second entities round: 4 conflated entities with 11 misplaced mentions, 6 split chains). */
    private static final int CONFLATED_CEILING = 3;
    private static final int MISPLACED_CEILING = 7;
    private static final int SPLIT_CEILING = 5;

    private static final java.util.regex.Pattern PRONOUN = java.util.regex.Pattern.compile(
            "(?i)he|him|his|she|her|hers|it|its|they|them|their|we|us|our|i|me|my|you|your");

    @TempDir
    static Path dir;
    static AppContext ctx;
    static Map<String, Article> byName = new HashMap<>();

    record GoldMention(String chain, String article, String context, int occurrence) {
    }

    @BeforeAll
    static void importAndRecognise() {
        ctx = TestLibrary.context(dir.resolve("library.db"));
        byName.putAll(FreshNews.importAndRecognise(ctx, "entities", 14));
    }

    @AfterAll
    static void close() {
        if (ctx != null) ctx.close();
    }

    @Test
    void freshNewsEntitiesHoldTodaysFigure() throws IOException {
        List<Entity> entities = new EntityRepository(ctx.database()).list();
        Map<Long, String> entityName = entities.stream().collect(Collectors.toMap(Entity::id, Entity::name));
        // gold.txt: "He/HE/HIS/She/Her/THEY/It/him must not be entities"
        List<String> pronouns = entities.stream().map(Entity::name).filter(n -> PRONOUN.matcher(n.strip()).matches()).toList();
        MentionRepository mentions = new MentionRepository(ctx.database());
        Map<Long, Map<String, List<String>>> chainsOfEntity = new TreeMap<>(); // entity -> chain -> mention texts
        Map<String, Set<Long>> entitiesOfChain = new LinkedHashMap<>();
        List<String> unrecognised = new ArrayList<>();
        for (GoldMention g : readGold(FreshNews.folder("entities").resolve("expected.tsv"))) {
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
            entitiesOfChain.computeIfAbsent(g.chain(), k -> new LinkedHashSet<>());
            if (hit == null) {
                unrecognised.add(g.chain() + ": " + g.article() + " \"" + a.text().substring(start, end) + "\"");
                continue;
            }
            entitiesOfChain.get(g.chain()).add(hit.entityId());
            chainsOfEntity.computeIfAbsent(hit.entityId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(g.chain(), k -> new ArrayList<>()).add(g.article().substring(0, 3) + " " + hit.text());
        }
        StringBuilder report = new StringBuilder("Fresh-news entities (expected.tsv)\n");
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
        unrecognised.forEach(u -> report.append("not recognised ").append(u).append('\n'));
        report.append(String.format("conflated entities %d (%d misplaced mentions), split chains %d, not recognised %d, "
                + "pronouns as entities %s%n", conflated, misplaced, split, unrecognised.size(), pronouns));
        System.out.println(report);
        List<String> failures = new ArrayList<>();
        if (conflated > CONFLATED_CEILING) failures.add("conflated " + conflated + " > " + CONFLATED_CEILING);
        if (misplaced > MISPLACED_CEILING) failures.add("misplaced mentions " + misplaced + " > " + MISPLACED_CEILING);
        if (!pronouns.isEmpty()) failures.add("pronouns stored as entities: " + pronouns);
        if (split > SPLIT_CEILING) failures.add("split chains " + split + " > " + SPLIT_CEILING);
        assertTrue(failures.isEmpty(), failures + "\n" + report);
    }

    private static int overlap(Mention m, int start, int end) {
        return Math.min(m.end(), end) - Math.max(m.start(), start);
    }

    static List<GoldMention> readGold(Path tsv) throws IOException {
        List<GoldMention> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 4 || !f[2].matches("[^\\[\\]]*\\[[^\\[\\]]+\\][^\\[\\]]*")) {
                throw new IllegalArgumentException("expected chain, article, context with one [mention], occurrence: " + line);
            }
            out.add(new GoldMention(f[0], f[1], f[2], Integer.parseInt(f[3])));
        }
        return out;
    }
}
