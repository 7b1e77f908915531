package org.parallax.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Event;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.nlp.DateResolver;
import org.parallax.nlp.EntityLinker;
import org.parallax.nlp.EntityNames;
import org.parallax.nlp.EventCandidate;
import org.parallax.nlp.EventExtractor;
import org.parallax.nlp.RawMention;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.ResolvedDate;
import org.parallax.nlp.RoleMarks;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.MentionRepository;
import org.parallax.text.ClosedClass;

/**
 * Stores one article's recognition inside the caller's write transaction: resolves dates, replaces its automatic
 * mentions (keeping what the user rejected or added), links names to entities and merges its events into the
 * calendar. Keeps the library's entities in memory between articles ({@link #knownEntities}). Used on the writer
 * thread only, by {@link NlpService}.
 */
final class NlpResults {
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final EventRepository events;
    private final DateResolver dates = new DateResolver();
    private final EntityLinker linker = new EntityLinker();
    private final EventExtractor extractor = new EventExtractor();
    /** The known entities between articles ({@link #knownEntities}); touched only on the writer thread. */
    private final EntityLinker.Known known = new EntityLinker.Known();

    NlpResults(MentionRepository mentions, EntityRepository entities, EventRepository events) {
        this.mentions = mentions;
        this.entities = entities;
        this.events = events;
    }

    void store(Connection c, Article article, Recognition recognition, LocalDate docDate) throws SQLException {
        long id = article.id();
        String text = article.text();
        List<Block> blocks = article.blocks();
        // what the user decided about earlier results survives the re-run
        Set<String> rejectedOrManual = new HashSet<>();
        // links the user made (link, merge, split) stay; every other automatic link is made again by the current rules
        Map<String, Long> previousEntity = mentions.lockedLinks(c, id);
        Set<Long> namedBefore = new HashSet<>();
        for (Mention m : mentions.forArticle(c, id)) {
            if (m.rejected() || m.origin() == MentionOrigin.MANUAL) rejectedOrManual.add(spanKey(m.start(), m.end(), m.type()));
            if (m.entityId() != null) namedBefore.add(m.entityId());
        }
        mentions.deleteAuto(c, id);
        events.deleteSourcesOf(c, id);
        // an older run may have joined another entity's forms to these: they keep the forms their other mentions use
        if (!namedBefore.isEmpty()) knownEntities(c);
        renameFromMentions(c, namedBefore, true, Map.of());

        List<ResolvedDate> resolved = dates.resolve(text, recognition.mentions(), docDate, blocks);
        List<Mention> fresh = new ArrayList<>();
        for (RawMention r : recognition.mentions()) {
            if (r.type() == null || r.type() == EntityType.DATE) continue;
            // no recogniser (nor the gazetteer) makes "he" or "her" an entity: see text.ClosedClass
            if (ClosedClass.isClosedClass(r.text())) continue;
            addIfAllowed(fresh, new Mention(0, id, r.start(), r.end(), text.substring(r.start(), r.end()), r.type(), null,
                    null, blockType(blocks, r.start()), MentionOrigin.AUTO, false), blocks, rejectedOrManual);
        }
        Set<String> noDates = new HashSet<>();
        for (RawMention r : recognition.mentions()) {
            if (r.type() == EntityType.DATE && DateResolver.namesNoDate(text, r)) noDates.add(spanKey(r.start(), r.end(), EntityType.DATE));
        }
        for (ResolvedDate d : resolved) {
            if (noDates.contains(spanKey(d.start(), d.end(), EntityType.DATE))) continue;
            addIfAllowed(fresh, new Mention(0, id, d.start(), d.end(), d.text(), EntityType.DATE, d.range(), null,
                    blockType(blocks, d.start()), MentionOrigin.AUTO, false), blocks, rejectedOrManual);
        }
        fresh.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));

        EntityLinker.Known known = knownEntities(c);
        Long[] entityOf = new Long[fresh.size()];
        Map<Long, String> absorbed = new LinkedHashMap<>(); // known entities' new names and forms, written at once
        Map<Long, Set<String>> absorbedForms = new HashMap<>();
        List<EntityRepository.NewEntity> created = new ArrayList<>(); // new entities, made at once after the loop
        List<List<Integer>> createdMembers = new ArrayList<>();
        for (EntityLinker.Cluster cluster : linker.link(text, fresh, known)) {
            Long entityId = cluster.entityId();
            List<Integer> unassigned = new ArrayList<>();
            for (int i : cluster.members()) {
                Long before = previousEntity.get(spanKey(fresh.get(i).start(), fresh.get(i).end(), fresh.get(i).type()));
                if (before != null && known.contains(before)) entityOf[i] = before;
                else unassigned.add(i);
            }
            if (unassigned.isEmpty()) continue;
            Set<String> aliases = new LinkedHashSet<>();
            for (int i : unassigned) aliases.add(fresh.get(i).text().strip());
            // the whole names the text writes these mentions in ("the Russian Air Force"), for the display name
            Set<String> written = new LinkedHashSet<>();
            for (int i : unassigned) {
                String w = EntityNames.writtenName(text, fresh.get(i), fresh);
                if (w != null) written.add(w);
            }
            aliases.addAll(written);
            // the roles the article gives a known entity ("Owen Hart (striker)"): see nlp.RoleMarks
            for (String a : cluster.aliases()) if (RoleMarks.isMark(a)) aliases.add(a);
            if (entityId == null) {
                Set<String> all = new LinkedHashSet<>(cluster.aliases());
                all.addAll(written);
                // a cut-off name ("Air Force") is named by the whole name the text writes it in ("Russian Air Force")
                created.add(new EntityRepository.NewEntity(cluster.type(), EntityNames.wholeAlias(cluster.type(), cluster.name(), written), all));
                createdMembers.add(unassigned);
                continue;
            }
            absorbed.put(entityId, cluster.name()); // two clusters of one entity: the last name, every form, as one by one
            absorbedForms.computeIfAbsent(entityId, k -> new LinkedHashSet<>()).addAll(aliases);
            for (int i : unassigned) entityOf[i] = entityId;
        }
        List<Long> createdIds = entities.create(c, created);
        for (int k = 0; k < createdIds.size(); k++) {
            for (int i : createdMembers.get(k)) entityOf[i] = createdIds.get(k);
        }
        entities.absorb(c, absorbed, absorbedForms);
        List<Mention> withEntities = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) withEntities.add(fresh.get(i).withEntity(entityOf[i]));
        List<Long> ids = mentions.insert(c, withEntities);
        List<Mention> stored = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            Mention m = withEntities.get(i);
            long mentionId = ids.get(i);
            if (entityOf[i] != null && entityOf[i].equals(previousEntity.get(spanKey(m.start(), m.end(), m.type())))) {
                mentions.setEntity(c, mentionId, entityOf[i]); // still the user's link
            }
            stored.add(m.withId(mentionId));
        }
        entities.deleteUnused(c, namedBefore); // only these can have lost their last mention here
        Set<Long> touched = new LinkedHashSet<>(namedBefore);
        for (Long e : entityOf) if (e != null) touched.add(e);
        Set<Long> linked = new LinkedHashSet<>(Arrays.asList(entityOf));
        linked.remove(null);
        renameFromMentions(c, linked, false, absorbedForms);
        dropNonNames(c, touched);

        Map<Long, String> names = entities.names(c, Arrays.stream(entityOf).filter(Objects::nonNull).toList());
        List<EventCandidate> candidates = extractor.extract(id, text, recognition.sentences(), blocks, resolved, stored, names);
        for (EventCandidate cand : candidates) {
            Event match = null;
            for (Event e : events.overlapping(c, cand.when().start(), cand.when().end())) {
                if (EventExtractor.sameEvent(cand, e)) {
                    match = e;
                    break;
                }
            }
            if (match == null) {
                events.insert(c, cand.kind(), cand.when(), cand.whoIds(), cand.whereIds(), cand.source());
            } else {
                events.addSource(c, match.id(), EventExtractor.mergedKind(match.kind(), cand.kind()),
                        EventExtractor.mergedDate(match.when(), cand.when()), cand.whoIds(), cand.whereIds(), cand.source());
            }
        }
    }

    /**
     * Every entity of the library, for linking: read whole once, then only the entities changed since the last article
     * (by this queue, a manual edit, an undo), or whole again after another process wrote; so storing one article does
     * not reread every known entity. Runs on the writer thread only.
     */
    private EntityLinker.Known knownEntities(Connection c) throws SQLException {
        Optional<Set<Long>> changed = entities.changedEntities(c);
        if (changed.isEmpty()) {
            known.clear();
            for (Entity e : entities.list(c)) known.put(e);
        } else {
            Map<Long, Entity> now = entities.get(c, changed.get());
            for (long entityId : changed.get()) {
                Entity e = now.get(entityId);
                if (e != null) known.put(e);
                else known.remove(entityId);
            }
        }
        return known;
    }

    /**
     * Names each entity by its most frequent full name among its own mentions ({@link EntityLinker#displayName}) unless
     * the user named it; with {@code prune}, also drops the aliases none of its mentions uses any more. Reads the
     * entities' (form, count) pairs from the mention_entity_text index, all in one statement.
     */
    private void renameFromMentions(Connection c, Set<Long> entityIds, boolean prune, Map<Long, Set<String>> added) throws SQLException {
        Map<Long, Entity> named = new LinkedHashMap<>();
        for (long id : entityIds) {
            Entity e = known.get(id);
            if (e != null && !e.nameLocked()) named.put(id, e);
        }
        if (named.isEmpty()) return;
        Map<Long, Map<String, Integer>> forms = entities.formCounts(c, named.keySet());
        Map<Long, String> names = new LinkedHashMap<>();
        for (Entity e : named.values()) {
            Map<String, Integer> counts = forms.get(e.id());
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            aliases.addAll(added.getOrDefault(e.id(), Set.of())); // this article's forms, not yet in known
            String name = counts == null ? null : EntityNames.displayName(e.type(), counts, aliases);
            if (name != null) names.put(e.id(), name);
        }
        entities.absorb(c, names, Map.of()); // each entity's rename and pruning are its own, so all renames may go first
        if (!prune) return;
        Map<Long, Set<String>> used = new LinkedHashMap<>();
        for (long entityId : named.keySet()) {
            Map<String, Integer> counts = forms.get(entityId);
            if (counts == null) continue;
            Set<String> own = new HashSet<>(counts.keySet());
            if (names.containsKey(entityId)) own.add(names.get(entityId));
            // and the whole names the text writes them in, which the linker recorded
            for (String f : counts.keySet()) own.add(EntityNames.wholeAlias(named.get(entityId).type(), f, named.get(entityId).aliases()));
            // and the roles it was written with, which no mention's form holds (nlp.RoleMarks)
            for (String a : named.get(entityId).aliases()) if (RoleMarks.isMark(a)) own.add(a);
            used.put(entityId, own);
        }
        entities.pruneAliases(c, used);
    }

    /**
     * Forms an older pipeline stored that are no names ("he", "Howard - he") leave the aliases of the entities this
     * article names, and such a name gives way to the entity's best remaining form unless the user chose it. Looks at
     * the entities in {@link #known} first, so an entity whose forms are all names costs no query.
     */
    private void dropNonNames(Connection c, Set<Long> ids) throws SQLException {
        List<Long> unclean = new ArrayList<>();
        for (long id : ids) {
            Entity before = known.get(id);
            if (before == null || before.aliases().stream().allMatch(EntityLinker::isCleanName) && EntityLinker.isCleanName(before.name())) {
                continue;
            }
            unclean.add(id);
        }
        if (unclean.isEmpty()) return;
        // with this article's forms, read at once; an entity deleted above is left out
        for (Entity e : entities.get(c, unclean).values()) {
            long id = e.id();
            List<String> bad = new ArrayList<>();
            for (String a : e.aliases()) if (!EntityLinker.isCleanName(a)) bad.add(a);
            boolean badName = !e.nameLocked() && !EntityLinker.isCleanName(e.name());
            Set<String> names = EntityLinker.names(e);
            if (badName && !names.isEmpty()) entities.absorb(c, id, EntityLinker.canonical(names), List.of());
            entities.removeAliases(c, id, bad);
        }
    }

    /** Boilerplate (related links, page furniture) stays out of the entity index and the calendar. */
    private static void addIfAllowed(List<Mention> out, Mention m, List<Block> blocks, Set<String> rejectedOrManual) {
        if (m.blockType() != null && m.blockType().isBoilerplate()) return;
        if (rejectedOrManual.contains(spanKey(m.start(), m.end(), m.type()))) return;
        out.add(m);
    }

    private static BlockType blockType(List<Block> blocks, int offset) {
        return Block.at(blocks, offset).map(Block::type).orElse(null);
    }

    private static String spanKey(int start, int end, EntityType type) {
        return start + ":" + end + ":" + type;
    }

}
