package org.parallax.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.parallax.model.Article;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.store.EntityRepository;
import org.parallax.store.MentionRepository;
import org.parallax.testsupport.FreshNews;

/**
 * Scores a library's stored entities against a fresh-news set's gold chains ({@code expected.tsv}: chain, article,
 * context with one [mention], occurrence), as performance.md scores them. Only recognised mentions count: a conflated
 * entity holds mentions of two or more gold chains (misplaced mentions: those outside its majority chain); a split
 * chain is spread over two or more entities; rows of a chain named "NOT ..." are words that must not be entities, each
 * one recognised a false entity; a wrong name is an entity not named by its majority chain's name (titles aside), a
 * wrong type one whose type is not its majority chain's (the chain id's letter: P, G or H a person, O an organisation,
 * L a place; chains without an id are not judged for either). Gold mentions
 * nothing was recognised on are listed apart.
 */
final class EntityChains {
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|him|his|she|her|hers|it|its|they|them|their|we|us|our|i|me|my|you|your");
    /** Titles that a display name may carry or drop ("Dame Patricia Ellery" is "Patricia Ellery"). */
    /** A chain's id before its name ("P12 Sydney Morgan", "G3 Euan Blair"). */
    private static final Pattern CHAIN_ID = Pattern.compile("[A-Z]\\d+[a-z]?\\s");
    private static final Pattern TITLE = Pattern.compile(
            "^(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Prince|Princess|Sheikh|President|Governor)\\.?\\s+)+");

    private EntityChains() {
    }

    record GoldMention(String chain, String article, String context, int occurrence) {
    }

    /** The counts of one set, and the report that lists each case. */
    record Score(int conflated, int misplaced, int split, List<String> falseEntities, int wrongNames, int wrongTypes,
            List<String> unrecognised, List<String> pronouns, String report) {
    }

    static Score score(AppContext ctx, Map<String, Article> byName, String set, String heading) throws IOException {
        List<Entity> entities = new EntityRepository(ctx.database()).list();
        Map<Long, Entity> byId = entities.stream().collect(Collectors.toMap(Entity::id, e -> e));
        List<String> pronouns = entities.stream().map(Entity::name).filter(n -> PRONOUN.matcher(n.strip()).matches()).toList();
        MentionRepository mentions = new MentionRepository(ctx.database());
        Map<Long, Map<String, List<String>>> chainsOfEntity = new TreeMap<>(); // entity -> chain -> mention texts
        Map<String, Set<Long>> entitiesOfChain = new LinkedHashMap<>();
        List<String> unrecognised = new ArrayList<>();
        List<String> falseEntities = new ArrayList<>();
        for (GoldMention g : readGold(FreshNews.folder(set).resolve("expected.tsv"))) {
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
        StringBuilder report = new StringBuilder(heading).append('\n');
        int conflated = 0;
        int misplaced = 0;
        for (Map.Entry<Long, Map<String, List<String>>> e : chainsOfEntity.entrySet()) {
            if (e.getValue().size() < 2) continue;
            conflated++;
            int total = e.getValue().values().stream().mapToInt(List::size).sum();
            int majority = e.getValue().values().stream().mapToInt(List::size).max().orElse(0);
            misplaced += total - majority;
            report.append("conflated \"").append(byId.get(e.getKey()).name()).append("\": ").append(e.getValue()).append('\n');
        }
        int split = 0;
        for (Map.Entry<String, Set<Long>> c : entitiesOfChain.entrySet()) {
            if (c.getValue().size() < 2) continue;
            split++;
            report.append("split ").append(c.getKey()).append(": ")
                    .append(c.getValue().stream().map(id -> "\"" + byId.get(id).name() + "\"").toList()).append('\n');
        }
        int wrongNames = 0;
        int wrongTypes = 0;
        for (Map.Entry<Long, Map<String, List<String>>> e : chainsOfEntity.entrySet()) {
            String chain = e.getValue().entrySet().stream().filter(c -> !c.getKey().startsWith("NOT "))
                    .max(Comparator.comparingInt(c -> c.getValue().size())).map(Map.Entry::getKey).orElse(null);
            if (chain == null || !CHAIN_ID.matcher(chain).lookingAt()) continue; // names and types are read from "P12 Name"
            Entity entity = byId.get(e.getKey());
            String gold = chain.substring(chain.indexOf(' ') + 1).replaceFirst("\\s*\\(.*\\)$", "");
            if (!bare(entity.name()).equalsIgnoreCase(bare(gold))) {
                wrongNames++;
                report.append("wrong name \"").append(entity.name()).append("\" for ").append(chain).append('\n');
            }
            EntityType goldType = switch (chain.charAt(0)) {
                case 'P', 'G', 'H' -> EntityType.PERSON;
                case 'O' -> EntityType.ORGANIZATION;
                case 'L' -> EntityType.LOCATION;
                default -> null;
            };
            if (goldType != null && entity.type() != goldType) {
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
        return new Score(conflated, misplaced, split, falseEntities, wrongNames, wrongTypes, unrecognised, pronouns, report.toString());
    }

    /** What rises above its ceiling (conflated, misplaced, split), and any pronoun stored as an entity. */
    static List<String> failures(Score s, int conflatedCeiling, int misplacedCeiling, int splitCeiling) {
        List<String> failures = new ArrayList<>();
        if (s.conflated() > conflatedCeiling) failures.add("conflated " + s.conflated() + " > " + conflatedCeiling);
        if (s.misplaced() > misplacedCeiling) failures.add("misplaced mentions " + s.misplaced() + " > " + misplacedCeiling);
        if (s.split() > splitCeiling) failures.add("split chains " + s.split() + " > " + splitCeiling);
        if (!s.pronouns().isEmpty()) failures.add("pronouns stored as entities: " + s.pronouns());
        return failures;
    }

    private static String bare(String name) {
        return TITLE.matcher(name.strip()).replaceFirst("");
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
