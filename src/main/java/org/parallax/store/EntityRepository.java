package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.parallax.model.Entity;
import org.parallax.model.EntityType;

/**
 * Entities and their aliases, with the edits the annotation screen needs: merge two entities, split mentions off
 * into a new one, rename (which locks the name against the pipeline), and add an alias. Each edit is one transaction.
 */
public final class EntityRepository {
    /** The change log is pruned to its newest {@link #KEEP_CHANGES} entries once it holds twice as many. */
    static final long KEEP_CHANGES = 20_000;

    private final Database db;
    /** The last entity_change entry {@link #changedEntities} reported; -1 before the first call. */
    private long seenChange = -1;

    public EntityRepository(Database db) {
        this.db = db;
    }

    /** Every entity, by type then name. */
    public List<Entity> list() {
        return db.read(this::list);
    }

    public List<Entity> list(Connection c) throws SQLException {
        Map<Long, String[]> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, type, name, name_locked, changed_by, changed_at, version FROM entity "
                     + "ORDER BY type, lower(name), id")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7)});
            }
        }
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT entity_id, alias FROM entity_alias ORDER BY entity_id, alias")) {
            while (rs.next()) aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        List<Entity> out = new ArrayList<>();
        rows.forEach((id, r) -> out.add(new Entity(id, StoredEnum.read(EntityType.class, r[0]), r[1],
                aliases.getOrDefault(id, List.of()), "1".equals(r[2]), r[3], r[4] == null ? null : Instant.parse(r[4]),
                Integer.parseInt(r[5]))));
        return out;
    }

    public Optional<Entity> get(long id) {
        return db.read(c -> get(c, id));
    }

    /**
     * Ids of the entities changed since the last call on this repository, by anyone: created, renamed, given or losing
     * aliases, merged, split, deleted or restored by undo, in this process or another (the {@code entity_change} log
     * that triggers keep, migration V013). Empty when it cannot tell and the caller must read every entity again: the
     * first call, or when the entries after the last call were pruned. Call it inside {@link Database#write}
     * transactions: writes run one at a time, so the log is complete up to its newest entry.
     */
    public Optional<Set<Long>> changedEntities(Connection c) throws SQLException {
        long newest;
        long oldest;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT coalesce(max(seq), 0), coalesce(min(seq), 0) FROM entity_change")) {
            rs.next();
            newest = rs.getLong(1);
            oldest = rs.getLong(2);
        }
        long since = seenChange;
        seenChange = newest;
        if (newest - oldest > 2 * KEEP_CHANGES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity_change WHERE seq <= ?")) {
                ps.setLong(1, newest - KEEP_CHANGES);
                ps.executeUpdate();
            }
        }
        // the first call, or entries after `since` pruned (their first kept one is beyond since + 1): read everything
        if (since < 0 || since > newest || (oldest > since + 1 && newest > since)) return Optional.empty();
        Set<Long> out = new HashSet<>();
        if (newest == since) return Optional.of(out);
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT entity_id FROM entity_change WHERE seq > ?")) {
            ps.setLong(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return Optional.of(out);
    }

    /** One entity with its aliases, read on {@code c}. */
    public Optional<Entity> get(Connection c, long id) throws SQLException {
        return Optional.ofNullable(get(c, List.of(id)).get(id));
    }

    /**
     * {@link #get(Connection, long)} of several entities at once, two statements per 500 ids (a worker reads every
     * entity another one changed); an id that no longer exists is left out.
     */
    public Map<Long, Entity> get(Connection c, Collection<Long> ids) throws SQLException {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, Entity> rows = new LinkedHashMap<>();
        Map<Long, List<String>> aliases = new HashMap<>();
        for (List<Long> chunk : SqlLists.chunks(all)) {
            String in = " IN (" + SqlLists.marks(chunk.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, type, name, name_locked, changed_by, changed_at, version FROM entity WHERE id" + in)) {
                SqlLists.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong(1), new Entity(rs.getLong(1), StoredEnum.read(EntityType.class, rs.getString(2)), rs.getString(3),
                                List.of(), rs.getInt(4) != 0, rs.getString(5), rs.getString(6) == null ? null : Instant.parse(rs.getString(6)),
                                rs.getInt(7)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, alias FROM entity_alias WHERE entity_id" + in + " ORDER BY entity_id, alias")) {
                SqlLists.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<Long, Entity> out = new LinkedHashMap<>();
        for (long id : all) {
            Entity e = rows.get(id);
            if (e == null) continue;
            out.put(id, new Entity(id, e.type(), e.name(), aliases.getOrDefault(id, List.of()), e.nameLocked(), e.changedBy(), e.changedAt(),
                    e.version()));
        }
        return out;
    }

    /** The current names of the given entities, in the order of {@code ids}; one statement per 500 ids. */
    public Map<Long, String> names(Connection c, Collection<Long> ids) throws SQLException {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, String> found = new HashMap<>();
        for (List<Long> chunk : SqlLists.chunks(all)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM entity WHERE id IN (" + SqlLists.marks(chunk.size()) + ")")) {
                SqlLists.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) found.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        Map<Long, String> out = new LinkedHashMap<>();
        for (long id : all) if (found.containsKey(id)) out.put(id, found.get(id));
        return out;
    }

    /**
     * How many mentions link to each entity under each surface form (for its display name), for several entities at
     * once (an article names about twenty), one statement per 500: an entity without mentions is left out.
     */
    public Map<Long, Map<String, Integer>> formCounts(Connection c, Collection<Long> ids) throws SQLException {
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        for (List<Long> chunk : SqlLists.chunks(all)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, text, count(*) FROM mention WHERE entity_id IN ("
                    + SqlLists.marks(chunk.size()) + ") GROUP BY entity_id, text ORDER BY entity_id, text")) {
                SqlLists.bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                }
            }
        }
        return out;
    }

    /**
     * Keeps only the aliases some mention of the entity still uses, and its name (an older run may have joined
     * another person's forms, which would draw that person's mentions back in); a user-locked entity keeps all.
     */
    public void pruneAliases(Connection c, long id, Collection<String> used) throws SQLException {
        pruneAliases(c, Map.of(id, used));
    }

    /**
     * {@link #pruneAliases(Connection, long, Collection)} for several entities: one read of them all and, on a server,
     * one delete (an article recognised again prunes about ten entities, each two reads and a delete before).
     */
    public void pruneAliases(Connection c, Map<Long, ? extends Collection<String>> used) throws SQLException {
        if (used.isEmpty()) return;
        Map<Long, List<String>> gone = new TreeMap<>();
        for (Entity e : get(c, used.keySet()).values()) {
            if (e.nameLocked()) continue;
            Set<String> keep = new HashSet<>();
            for (String u : used.get(e.id())) keep.add(u.strip());
            List<String> drop = new ArrayList<>();
            for (String a : e.aliases()) if (!keep.contains(a)) drop.add(a);
            if (!drop.isEmpty()) gone.put(e.id(), drop);
        }
        removeAliases(c, gone);
    }

    /** Creates an entity with its name and aliases (the name is an alias too) and returns its id. */
    public long create(Connection c, EntityType type, String name, Collection<String> aliases) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity (type, name) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, type.name());
            ps.setString(2, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(aliases);
        addAliases(c, id, all);
        return id;
    }

    /** An entity to create: its type, name and further aliases (the name is an alias too). */
    public record NewEntity(EntityType type, String name, Collection<String> aliases) {
    }

    /**
     * {@link #create(Connection, EntityType, String, Collection)} of several entities, returning their ids in the given
     * order. On a server three statements in all (ids from the sequence, the rows, the aliases), not two per entity: an
     * article names about five entities the library has not seen; a file creates them one by one.
     */
    public List<Long> create(Connection c, List<NewEntity> news) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (db.engine() != Database.Engine.POSTGRESQL) {
            for (NewEntity n : news) ids.add(create(c, n.type(), n.name(), n.aliases()));
            return ids;
        }
        if (news.isEmpty()) return ids;
        ids.addAll(SqlLists.nextIds(c, "entity", news.size()));
        Object[] types = new Object[news.size()];
        Object[] names = new Object[news.size()];
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        for (int i = 0; i < news.size(); i++) {
            NewEntity n = news.get(i);
            types[i] = n.type().name();
            names[i] = n.name();
            List<String> all = new ArrayList<>(List.of(n.name()));
            all.addAll(n.aliases());
            aliases.put(ids.get(i), all);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity (id, type, name) SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[])")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            ps.setArray(2, c.createArrayOf("text", types));
            ps.setArray(3, c.createArrayOf("text", names));
            ps.executeUpdate();
        }
        addAliases(c, aliases);
        return ids;
    }

    public long create(EntityType type, String name, Collection<String> aliases) {
        return db.write(c -> create(c, type, name, aliases));
    }

    /**
     * Adds aliases, and replaces the name with {@code name} unless the user has renamed the entity. A name that stays
     * as it was is not written: every article links about twenty entities, most keep their names, and each write was a
     * new row version and an {@code entity_change} entry that every other worker then read the entity again for.
     */
    public void absorb(Connection c, long id, String name, Collection<String> aliases) throws SQLException {
        absorb(c, Map.of(id, name), Map.of(id, aliases));
    }

    /**
     * {@link #absorb} for several entities at once: each entity's name in {@code names} replaces its name unless the
     * user renamed it (or it is the same), and becomes an alias with the entity's forms in {@code aliases}. On a
     * server two statements in all, not two per entity (an article links about twenty).
     */
    public void absorb(Connection c, Map<Long, String> names, Map<Long, ? extends Collection<String>> aliases) throws SQLException {
        if (names.isEmpty()) return;
        Map<Long, String> sorted = new TreeMap<>(names);
        if (db.engine() == Database.Engine.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE entity SET name = u.name FROM unnest(?::bigint[], ?::text[]) AS u(id, name) "
                    + "WHERE entity.id = u.id AND entity.name_locked = 0 AND entity.name <> u.name")) {
                ps.setArray(1, c.createArrayOf("bigint", sorted.keySet().toArray()));
                ps.setArray(2, c.createArrayOf("text", sorted.values().toArray()));
                ps.executeUpdate();
            }
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE entity SET name = ? WHERE id = ? AND name_locked = 0 AND name <> ?")) {
                for (Map.Entry<Long, String> e : sorted.entrySet()) {
                    ps.setString(1, e.getValue());
                    ps.setLong(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        Map<Long, List<String>> forms = new TreeMap<>();
        for (Map.Entry<Long, String> e : sorted.entrySet()) {
            List<String> own = new ArrayList<>(forms(aliases, e.getKey()));
            own.add(e.getValue());
            forms.put(e.getKey(), own);
        }
        addAliases(c, forms);
    }

    private static Collection<String> forms(Map<Long, ? extends Collection<String>> aliases, long id) {
        Collection<String> forms = aliases.get(id);
        return forms == null ? List.of() : forms;
    }

    private void addAliases(Connection c, long id, Collection<String> aliases) throws SQLException {
        addAliases(c, Map.of(id, aliases));
    }

    /**
     * Adds the aliases (stripped, blank ones left out) each entity lacks; on a server in one statement, not one per
     * alias (see StoryRepository.countTerms).
     */
    private void addAliases(Connection c, Map<Long, ? extends Collection<String>> aliases) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (Map.Entry<Long, ? extends Collection<String>> e : aliases.entrySet()) {
            Set<String> own = new LinkedHashSet<>();
            for (String a : e.getValue()) if (a != null && !a.isBlank()) own.add(a.strip());
            for (String a : own) {
                ids.add(e.getKey());
                forms.add(a);
            }
        }
        if (ids.isEmpty()) return;
        if (db.engine() == Database.Engine.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO entity_alias (entity_id, alias) SELECT * FROM unnest(?::bigint[], ?::text[]) ON CONFLICT DO NOTHING")) {
                ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                ps.setArray(2, c.createArrayOf("text", forms.toArray()));
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(1, ids.get(i));
                ps.setString(2, forms.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Removes aliases of an entity (forms an older pipeline stored that are no names); its name stays an alias. */
    public void removeAliases(Connection c, long id, Collection<String> aliases) throws SQLException {
        removeAliases(c, Map.of(id, aliases));
    }

    /** {@link #removeAliases(Connection, long, Collection)} for several entities; on a server one statement. */
    private void removeAliases(Connection c, Map<Long, ? extends Collection<String>> aliases) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        aliases.forEach((id, own) -> own.forEach(a -> {
            ids.add(id);
            forms.add(a);
        }));
        if (ids.isEmpty()) return;
        if (db.engine() == Database.Engine.POSTGRESQL) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity_alias x USING unnest(?::bigint[], ?::text[]) AS u(id, alias) "
                    + "WHERE x.entity_id = u.id AND x.alias = u.alias AND x.alias <> (SELECT name FROM entity WHERE id = u.id)")) {
                ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                ps.setArray(2, c.createArrayOf("text", forms.toArray()));
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity_alias WHERE entity_id = ? AND alias = ? "
                + "AND alias <> (SELECT name FROM entity WHERE id = ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(1, ids.get(i));
                ps.setString(2, forms.get(i));
                ps.setLong(3, ids.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Adds an alias the user knows the entity by. */
    public void addAlias(long id, String alias) {
        db.write(c -> {
            require(c, id);
            addAliases(c, id, List.of(alias));
            return null;
        });
    }

    /**
     * Fails with an {@link EditConflictException} carrying the entity as stored when someone else changed it (merge,
     * split, rename, alias) since it was read at {@code readVersion}, or deleted it; call it inside the edit's
     * transaction, before writing: writes run one at a time, so nobody can change it between this check and the write.
     */
    public Entity requireVersion(Connection c, long id, int readVersion) throws SQLException {
        Optional<Entity> now = get(c, id);
        if (now.isEmpty()) {
            throw EditConflictException.saved(EditConflictException.Kind.ENTITY, id, null, null, null, 0);
        }
        Entity e = now.get();
        if (e.version() != readVersion) {
            throw EditConflictException.saved(EditConflictException.Kind.ENTITY, id, e.name(), e.changedBy(), e.changedAt(), e.version());
        }
        return e;
    }

    /**
     * Records a hand edit of the given entities: who ({@link Database#user()}) and when, and a new version for those
     * whose version the edit did not already move. Runs inside the edit's transaction.
     */
    public void stamp(Connection c, Collection<Long> ids, Collection<Long> alreadyMoved, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE entity SET changed_by = ?, changed_at = ?, version = version + ? WHERE id = ?")) {
            for (long id : new LinkedHashSet<>(ids)) {
                ps.setString(1, db.user());
                ps.setString(2, at.toString());
                ps.setInt(3, alreadyMoved.contains(id) ? 0 : 1);
                ps.setLong(4, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Renames an entity; the pipeline keeps this name from now on. The old name stays an alias. */
    public void rename(long id, String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an entity needs a name");
        db.write(c -> {
            require(c, id);
            try (PreparedStatement ps = c.prepareStatement("UPDATE entity SET name = ?, name_locked = 1 WHERE id = ?")) {
                ps.setString(1, name.strip());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            addAliases(c, id, List.of(name));
            return null;
        });
    }

    /**
     * Merges {@code other} into {@code keep}: its mentions, aliases and event roles move to {@code keep}, and
     * {@code other} is deleted. {@code keep}'s name stays.
     */
    public void merge(long keep, long other) {
        if (keep == other) throw new IllegalArgumentException("cannot merge entity " + keep + " with itself");
        db.write(c -> {
            Entity k = require(c, keep);
            Entity o = require(c, other);
            if (k.type() != o.type()) {
                throw new StoreException("Cannot merge " + k.name() + " (" + k.type() + ") with " + o.name() + " (" + o.type()
                        + "): they are of different types. Change the mentions' type first.");
            }
            // the user said these are one: NLP re-runs keep both sides' mentions together
            exec(c, "UPDATE mention SET entity_id = ?, entity_locked = 1 WHERE entity_id IN (?, ?)", keep, keep, other);
            exec(c, "INSERT INTO entity_alias (entity_id, alias) SELECT ?, alias FROM entity_alias WHERE entity_id = ? ON CONFLICT DO NOTHING",
                    keep, other);
            exec(c, "INSERT INTO event_entity (event_id, entity_id, role, seq) "
                    + "SELECT event_id, ?, role, seq FROM event_entity WHERE entity_id = ? ON CONFLICT DO NOTHING", keep, other);
            exec(c, "DELETE FROM entity WHERE id = ?", other);
            return null;
        });
    }

    /**
     * Moves the given mentions of {@code entityId} to a new entity named {@code name} (a name the user chose, so
     * locked) and returns its id. Aliases no remaining mention uses move with them.
     */
    public long split(long entityId, Collection<Long> mentionIds, String name) {
        if (mentionIds.isEmpty()) throw new IllegalArgumentException("split needs at least one mention");
        return db.write(c -> {
            Entity e = require(c, entityId);
            List<String> movedTexts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM mention WHERE id = ? AND entity_id = ?")) {
                for (long m : mentionIds) {
                    ps.setLong(1, m);
                    ps.setLong(2, entityId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) throw new StoreException("Mention " + m + " is not linked to entity " + entityId + " (" + e.name() + ")");
                        movedTexts.add(rs.getString(1));
                    }
                }
            }
            long created = create(c, e.type(), name.strip(), movedTexts);
            exec(c, "UPDATE entity SET name_locked = 1 WHERE id = ?", created);
            exec(c, "UPDATE mention SET entity_locked = 1 WHERE entity_id = ?", entityId); // those that stay, stay
            try (PreparedStatement ps = c.prepareStatement("UPDATE mention SET entity_id = ?, entity_locked = 1 WHERE id = ?")) {
                for (long m : mentionIds) {
                    ps.setLong(1, created);
                    ps.setLong(2, m);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity_alias WHERE entity_id = ? AND alias = ? "
                    + "AND alias <> (SELECT name FROM entity WHERE id = ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = ? AND text = ?)")) {
                for (String t : movedTexts) {
                    ps.setLong(1, entityId);
                    ps.setString(2, t);
                    ps.setLong(3, entityId);
                    ps.setLong(4, entityId);
                    ps.setString(5, t);
                    ps.executeUpdate();
                }
            }
            return created;
        });
    }

    /**
     * Deletes entities that no mention links to any more, except those the user named or put in a manual event
     * (the count is SQLite's).
     */
    public int deleteUnused(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("DELETE FROM entity WHERE name_locked = 0 AND NOT EXISTS "
                    + "(SELECT 1 FROM mention m WHERE m.entity_id = entity.id) AND NOT EXISTS "
                    + "(SELECT 1 FROM event_entity ee JOIN event ev ON ev.id = ee.event_id "
                    + "WHERE ee.entity_id = entity.id AND ev.origin = 'MANUAL')");
        }
    }

    /**
     * {@link #deleteUnused(Connection)} for the given entities only (those an article's old mentions named), so
     * storing one article does not scan every entity of the library; returns how many were deleted.
     */
    public int deleteUnused(Connection c, Collection<Long> among) throws SQLException {
        int n = 0;
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(among));
        for (List<Long> chunk : SqlLists.chunks(all)) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entity WHERE id IN (" + SqlLists.marks(chunk.size())
                    + ") AND name_locked = 0 AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = entity.id) AND NOT EXISTS "
                    + "(SELECT 1 FROM event_entity ee JOIN event ev ON ev.id = ee.event_id "
                    + "WHERE ee.entity_id = entity.id AND ev.origin = 'MANUAL')")) {
                SqlLists.bind(ps, chunk);
                n += ps.executeUpdate();
            }
        }
        return n;
    }

    private Entity require(Connection c, long id) throws SQLException {
        return get(c, id).orElseThrow(() -> new StoreException("There is no entity " + id + ". List entities with `parallax entities`."));
    }

    private static void exec(Connection c, String sql, long... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setLong(i + 1, args[i]);
            ps.executeUpdate();
        }
    }
}
