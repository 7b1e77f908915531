package org.parallax.annotation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.model.Annotation;
import org.parallax.model.AnnotationType;
import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.EventSource;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Sentence;
import org.parallax.store.AnnotationRepository;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;
import org.parallax.store.EntityRepository;
import org.parallax.store.EventRepository;
import org.parallax.store.MentionRepository;
import org.parallax.store.Snapshots;
import org.parallax.store.StoreException;
import org.parallax.text.Sentences;

/**
 * The steps every annotation edit shares, run inside the edit's transaction: reading a type as the user gives it,
 * writing a manual mark with its entity link or event, and finding articles, mentions and entities. Marks,
 * suggestions, re-anchoring and import all write marks through here, so a mark means the same whoever makes it.
 */
final class MarkWriter {
    /** A resolved label: the stored type, and the user type's name or EVENT (null for built-in types). */
    record Label(EntityType type, String custom) {
        String name() {
            return custom == null ? type.name() : custom;
        }

        boolean linksEntity() {
            return custom == null && type != EntityType.DATE;
        }
    }

    final Database db;
    final ArticleRepository articles;
    final AnnotationRepository annotations;
    final EntityRepository entities;
    final MentionRepository mentions;
    private final EventRepository events;
    private final DateReader dates;

    MarkWriter(Database db, ArticleRepository articles, DateReader dates) {
        this.db = db;
        this.articles = articles;
        this.annotations = new AnnotationRepository(db);
        this.entities = new EntityRepository(db);
        this.mentions = new MentionRepository(db);
        this.events = new EventRepository(db);
        this.dates = dates;
    }

    /**
     * Reads a type as the user gives it: a key (P, O, L, D, E, M), a built-in name (PERSON, ORG, ...), or a
     * user-defined type's name or shortcut.
     */
    Label label(String given) {
        if (given == null || given.isBlank()) throw new IllegalArgumentException("Give a type: P, O, L, D, E or a type you defined");
        String g = given.strip().toUpperCase(Locale.ROOT);
        switch (g) {
            case "P", "PER", "PERSON": return new Label(EntityType.PERSON, null);
            case "O", "ORG", "ORGANIZATION", "ORGANISATION": return new Label(EntityType.ORGANIZATION, null);
            case "L", "LOC", "LOCATION", "PLACE": return new Label(EntityType.LOCATION, null);
            case "D", "DATE": return new Label(EntityType.DATE, null);
            case "E", "EVENT": return new Label(EntityType.MISC, Annotation.EVENT);
            case "M", "MISC": return new Label(EntityType.MISC, null);
            default:
        }
        List<AnnotationType> types = annotations.types();
        for (AnnotationType t : types) {
            if (t.name().equalsIgnoreCase(given.strip()) || t.name().replace(' ', '_').equalsIgnoreCase(given.strip())
                    || (t.shortcut() != null && t.shortcut().equalsIgnoreCase(given.strip()))) {
                return new Label(EntityType.MISC, t.name());
            }
        }
        throw new IllegalArgumentException("\"" + given + "\" is not a type. Use P, O, L, D, E, M"
                + types.stream().map(t -> ", " + t.name()).reduce("", String::concat) + ", or define a new type first.");
    }

    /** Writes a manual mark of {@code [start, end)} (already trimmed) and returns its mention id. */
    long markIn(Connection c, Snapshots.Recorder r, Article article, int start, int end, Label label, DateRange date,
                Long entityId) throws SQLException {
        requireArticle(c, article.id());
        String quoted = article.text().substring(start, end);
        for (Annotation a : annotations.accepted(c, article.id())) {
            if (a.mention().start() == start && a.mention().end() == end && a.label().equals(label.name())) {
                throw new IllegalArgumentException("\"" + quoted + "\" is already marked as " + label.name() + " (mention " + a.id() + ").");
            }
        }
        DateRange when = label.type() == EntityType.DATE ? dateFor(article, quoted, date) : null;
        Mention m = new Mention(0, article.id(), start, end, quoted, label.type(), when, null, blockType(article, start),
                MentionOrigin.MANUAL, false);
        long id = annotations.insert(c, m, label.custom(), null);
        r.watchNew("mention", "id = ?", id);
        if (label.linksEntity()) linkIn(c, r, id, quoted, label.type(), entityId);
        else if (entityId != null) throw new IllegalArgumentException(label.name() + " marks do not link to entities.");
        if (Annotation.EVENT.equals(label.custom())) createEvent(c, r, article, id, start, end, date);
        return id;
    }

    DateRange dateFor(Article article, String quoted, DateRange given) {
        if (given != null) return given;
        DateRange d = dates.read(quoted, article.meta().published());
        if (d == null) throw new DateNeededException(quoted);
        return d;
    }

    /** Links a mention to the given entity, or to the same-type entity known by this text, or to a new one. */
    void linkIn(Connection c, Snapshots.Recorder r, long mentionId, String text, EntityType type, Long entityId)
            throws SQLException {
        Entity target = null;
        for (Entity e : entities.list(c)) {
            // read through the edit's connection: the entity may have been created earlier in this transaction
            if (entityId != null ? e.id() == entityId
                    : e.type() == type && (e.name().equals(text.strip()) || e.aliases().contains(text.strip()))) {
                target = e;
                break;
            }
        }
        if (entityId != null && target == null) {
            throw new StoreException("There is no entity " + entityId + ". List entities with `parallax entities`.");
        }
        r.watch("mention", "id = ?", mentionId);
        long linked;
        if (target == null) {
            linked = entities.create(c, type, text.strip(), List.of());
            r.watchNewEntity(linked);
        } else {
            if (target.type() != type) {
                throw new IllegalArgumentException("Cannot link a " + type + " mention to " + target.name() + " (" + target.type()
                        + "): change the mention's type first.");
            }
            r.watch("entity_alias", "entity_id = ?", target.id());
            entities.addAlias(target.id(), text.strip());
            linked = target.id();
        }
        mentions.setEntity(c, mentionId, linked);
    }

    void createEvent(Connection c, Snapshots.Recorder r, Article article, long mentionId, int start, int end,
                     DateRange given) throws SQLException {
        Sentence sentence = Sentences.around(article, start, end);
        List<Mention> accepted = mentions.accepted(c, article.id());
        DateRange when = given;
        if (when == null) {
            for (Mention m : accepted) {
                if (m.type() == EntityType.DATE && m.date() != null && m.start() >= sentence.start() && m.end() <= sentence.end()) {
                    when = m.date();
                    break;
                }
            }
        }
        if (when == null && article.meta().published() != null) when = DateRange.day(article.meta().published());
        if (when == null) throw new DateNeededException(article.text().substring(start, end));
        List<Long> who = new ArrayList<>();
        List<Long> where = new ArrayList<>();
        for (Mention m : accepted) {
            if (m.entityId() == null || m.start() < sentence.start() || m.end() > sentence.end()) continue;
            if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) who.add(m.entityId());
            else if (m.type() == EntityType.LOCATION) where.add(m.entityId());
        }
        long event = events.insert(c, EventKind.MEETING, when, who.stream().distinct().toList(), where.stream().distinct().toList(),
                new EventSource(article.id(), sentence.start(), sentence.end(), article.text().substring(sentence.start(), sentence.end())));
        events.markManual(c, event); // the user's event: NLP re-runs neither merge into it nor delete it
        r.watchNew("event", "id = ?", event);
        r.watchNew("event_entity", "event_id = ?", event);
        r.watchNew("event_source", "event_id = ?", event);
        annotations.setEvent(c, mentionId, event);
    }

    static BlockType blockType(Article article, int offset) {
        return article.blockAt(offset).map(Block::type).orElse(null);
    }

    Article article(long id) {
        return articles.get(id).orElseThrow(() -> new ArticleGoneException(id));
    }

    /**
     * Fails with {@link ArticleGoneException} when the article is no longer there, read inside the edit's transaction:
     * another process may have deleted it after it was read, and the insert would then fail on a foreign key.
     */
    static void requireArticle(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new ArticleGoneException(articleId);
            }
        }
    }

    Annotation annotation(Connection c, long mentionId) throws SQLException {
        return annotations.get(c, mentionId).orElseThrow(() -> new StoreException("There is no mention " + mentionId
                + ". List an article's mentions with `parallax mentions ID`."));
    }
}
