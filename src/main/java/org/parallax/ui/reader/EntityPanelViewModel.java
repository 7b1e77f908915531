package org.parallax.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.parallax.model.Article;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.RecognitionLanguage;
import org.parallax.store.ArticleRepository;
import org.parallax.store.EntityRepository;
import org.parallax.store.MentionRepository;
import org.parallax.text.EnglishText;
import org.parallax.ui.common.EntityLegendModel;
import org.parallax.ui.common.TaskRunner;

/**
 * The entity panel's and hover card's state for the open article: its entities grouped by type with their mention
 * counts there, byline and caption-credit mentions kept apart as "author" and "photo credit", the hover card of
 * each mention (canonical name, type, mentions in the library, resolved date), and, for a chosen entity, its
 * mentions across the library with the sentence around each. Loading runs on the task runner; no Node is touched.
 */
public final class EntityPanelViewModel {
    /** Where a mention sits: in the story, in the byline, or in a caption's credit ("Reuters/File"). */
    public enum Role {
        STORY(""), AUTHOR("author"), PHOTO_CREDIT("photo credit");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One entity (or one date value) of the open article in one role, with its mentions there. */
    public record EntityItem(EntityType type, Long entityId, String name, Role role, DateRange date, List<Mention> mentions) {
        public int count() {
            return mentions.size();
        }

        @Override
        public String toString() {
            String d = date != null && type == EntityType.DATE ? "  " + dateText(date) : "";
            return name + d + "  (" + count() + ")" + (role == Role.STORY ? "" : "  · " + role.label());
        }
    }

    /** A line of the grouped list: a heading ("Person 5") or an entity. */
    public record Row(String heading, EntityType type, EntityItem item) {
        public boolean isHeading() {
            return heading != null;
        }

        @Override
        public String toString() {
            return isHeading() ? heading : item.toString();
        }
    }

    /** A group of the panel: the story's entities of one type, or the byline and credits ({@code type} null). */
    public record Group(String title, EntityType type, List<EntityItem> items) {
    }

    /** A mention somewhere in the library, with its article's title and the sentence around it. */
    public record MentionHit(long articleId, String articleTitle, int start, int end, String text, String snippet) {
        @Override
        public String toString() {
            return articleTitle + "\n" + snippet;
        }
    }

    /** What hovering a mention shows. {@code libraryCount} is -1 for dates, which are not entities. */
    public record HoverCard(int start, int end, String name, EntityType type, Role role, int libraryCount, DateRange date) {
        public String text() {
            StringBuilder b = new StringBuilder(name).append('\n').append(EntityLegendModel.displayName(type));
            if (role != Role.STORY) b.append(" (").append(role.label()).append(')');
            if (type == EntityType.DATE) {
                b.append(" · ").append(date == null ? "not resolved" : dateText(date));
            } else if (libraryCount >= 0) {
                b.append(" · ").append(libraryCount).append(libraryCount == 1 ? " mention" : " mentions").append(" in the library");
            }
            return b.toString();
        }
    }

    private record State(long articleId, List<Group> groups, List<HoverCard> cards, Map<EntityType, Integer> counts,
            String empty) {
    }

    /** What the empty list says while an article has no entities. */
    public static final String NONE_YET = "No entities recognised yet";
    /** What the empty list says for an article in another language, which the recogniser leaves alone. */
    public static final String NOT_ENGLISH = "This article does not read as English, and entities are recognised in English "
            + "text only. Mark names by hand: select one and press P, O or L. If it is English, choose Article ▸ Recognise "
            + "as ▸ English.";
    /** What the empty list says for an article the user said is not in English. */
    public static final String SAID_OTHER = "You said this article is not in English (Article ▸ Recognise as), so entities "
            + "are not recognised in it. Mark names by hand: select one and press P, O or L.";

    private static final int SNIPPET_MAX = 220;

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final EntityRepository entities;
    private final EntityLegendModel legend;
    private final TaskRunner runner;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<MentionHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper hitsTitle = new ReadOnlyStringWrapper(this, "hitsTitle", "Mentions across the library");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", NONE_YET);
    private List<HoverCard> cards = List.of();
    private long articleId = -1;
    private EntityItem selected;

    public EntityPanelViewModel(ArticleRepository articles, MentionRepository mentions, EntityRepository entities,
                                EntityLegendModel legend, TaskRunner runner) {
        this.articles = articles;
        this.mentions = mentions;
        this.entities = entities;
        this.legend = legend;
        this.runner = runner;
    }

    /** Loads the entities of article {@code id} (-1: none); the list of library mentions stays as it was. */
    public void open(long id) {
        articleId = id;
        reload();
    }

    /** Loads the open article's entities again (after recognition or an edit). */
    public void reload() {
        long id = articleId;
        runner.run("Loading entities", p -> load(id), (State s) -> {
            if (s.articleId() != articleId) return;
            groups.setAll(s.groups());
            List<Row> flat = new ArrayList<>();
            for (Group g : s.groups()) {
                int n = g.items().stream().mapToInt(EntityItem::count).sum();
                flat.add(new Row(g.title() + "  " + n, g.type(), null));
                for (EntityItem i : g.items()) flat.add(new Row(null, i.type(), i));
            }
            rows.setAll(flat);
            cards = s.cards();
            legend.setCounts(s.counts());
            emptyText.set(s.empty());
            message.set("");
        }, e -> message.set(TaskRunner.reason(e)));
    }

    public long articleId() {
        return articleId;
    }

    private State load(long id) {
        if (id < 0) return new State(id, List.of(), List.of(), Map.of(), NONE_YET);
        Optional<Article> found = articles.get(id);
        if (found.isEmpty()) return new State(id, List.of(), List.of(), Map.of(), NONE_YET);
        Article article = found.get();
        List<Mention> ms = mentions.accepted(id);
        Map<Long, Entity> ents = new HashMap<>();
        Map<Long, Integer> libraryCounts = new HashMap<>();
        for (Mention m : ms) {
            if (m.entityId() == null || ents.containsKey(m.entityId())) continue;
            entities.get(m.entityId()).ifPresent(e -> ents.put(e.id(), e));
            libraryCounts.put(m.entityId(), mentions.acceptedForEntity(m.entityId()).size());
        }
        record Key(Object what, Role role, EntityType type) {
        }
        Map<Key, List<Mention>> byKey = new LinkedHashMap<>();
        Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
        List<HoverCard> hover = new ArrayList<>();
        for (Mention m : ms) {
            Role role = roleOf(m, article);
            Entity e = m.entityId() == null ? null : ents.get(m.entityId());
            Object what = e != null ? (Object) e.id() : m.date() != null ? m.date() : m.text().strip().toLowerCase(Locale.ROOT);
            byKey.computeIfAbsent(new Key(what, role, m.type()), k -> new ArrayList<>()).add(m);
            // the legend's figures are the story's, as the panel's groups are: a byline or credit is not counted twice
            if (role == Role.STORY) counts.merge(m.type(), 1, Integer::sum);
            hover.add(new HoverCard(m.start(), m.end(), e != null ? e.name() : m.text(), m.type(), role,
                    e != null ? libraryCounts.getOrDefault(e.id(), 0) : -1, m.date()));
        }
        Map<EntityType, List<EntityItem>> story = new EnumMap<>(EntityType.class);
        List<EntityItem> credits = new ArrayList<>();
        for (var en : byKey.entrySet()) {
            Key k = en.getKey();
            List<Mention> list = en.getValue();
            Mention first = list.get(0);
            Entity e = first.entityId() == null ? null : ents.get(first.entityId());
            EntityItem item = new EntityItem(k.type(), e == null ? null : e.id(), e != null ? e.name() : first.text(), k.role(),
                    first.date(), List.copyOf(list));
            if (k.role() == Role.STORY) story.computeIfAbsent(k.type(), t -> new ArrayList<>()).add(item);
            else credits.add(item);
        }
        Comparator<EntityItem> order = Comparator.comparingInt(EntityItem::count).reversed()
                .thenComparing(i -> i.name().toLowerCase(Locale.ROOT));
        List<Group> out = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            List<EntityItem> items = story.get(t);
            if (items == null) continue;
            items.sort(t == EntityType.DATE ? Comparator.comparing((EntityItem i) -> i.mentions().get(0).start()) : order);
            out.add(new Group(EntityLegendModel.displayName(t), t, List.copyOf(items)));
        }
        if (!credits.isEmpty()) {
            credits.sort(Comparator.comparing(EntityItem::role).thenComparing(order));
            out.add(new Group("Byline and credits", null, List.copyOf(credits)));
        }
        RecognitionLanguage said = articles.recognitionLanguage(id);
        String empty = said == RecognitionLanguage.OTHER ? SAID_OTHER : EnglishText.reads(article.text(), said) ? NONE_YET : NOT_ENGLISH;
        return new State(id, List.copyOf(out), List.copyOf(hover), counts, empty);
    }

    /**
     * A mention's role: in the byline it is the author; in a caption, after the last dash (the "— Reuters/File" part)
     * or after "Photo:"/"Credit:", it is the photo credit; anywhere else it is the story's.
     */
    public static Role roleOf(Mention m, Article article) {
        if (m.blockType() == BlockType.BYLINE) return Role.AUTHOR;
        if (m.blockType() != BlockType.CAPTION) return Role.STORY;
        for (Block b : article.blocks()) {
            if (b.type() != BlockType.CAPTION || m.start() < b.start() || m.start() >= b.end()) continue;
            String caption = b.textIn(article.text());
            int at = m.start() - b.start();
            int credit = Math.max(Math.max(caption.lastIndexOf('—'), caption.lastIndexOf('–')), caption.lastIndexOf(" - "));
            var label = Pattern.compile("(?i)\\b(photo(graph)?( by)?|credit|image|picture by)\\s*:?\\s").matcher(caption);
            while (label.find()) if (label.end() <= at) credit = Math.max(credit, label.start());
            return credit >= 0 && at > credit ? Role.PHOTO_CREDIT : Role.STORY;
        }
        return Role.STORY;
    }

    /** "2023-03-06 – 2023-03-07 (day)", "2023-02 (month)". */
    public static String dateText(DateRange d) {
        String value = d.precision() == DatePrecision.DAY && !d.start().equals(d.end())
                ? d.start() + " – " + d.end() : d.toString().replace("..", " – ");
        return value + " (" + d.precision().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** The hover card of the mention at an article offset, if one is shown there (its type visible in the legend). */
    public Optional<HoverCard> hoverAt(int articleOffset) {
        HoverCard best = null;
        for (HoverCard c : cards) {
            if (articleOffset < c.start() || articleOffset >= c.end() || !legend.isVisible(c.type())) continue;
            // the innermost mention wins when they nest
            if (best == null || c.end() - c.start() < best.end() - best.start()) best = c;
        }
        return Optional.ofNullable(best);
    }

    /** Lists the mentions of {@code item} across the library: an entity's linked mentions, or a date's equal values. */
    public void select(EntityItem item) {
        selected = item;
        if (item == null) {
            hits.clear();
            return;
        }
        hitsTitle.set("Mentions of " + item.name() + " — loading…");
        runner.run("Finding mentions", p -> mentionsAcrossLibrary(item), (List<MentionHit> found) -> {
            if (selected != item) return;
            hits.setAll(found);
            long articlesWith = found.stream().mapToLong(MentionHit::articleId).distinct().count();
            hitsTitle.set("Mentions of " + item.name() + ": " + found.size() + " in " + articlesWith
                    + (articlesWith == 1 ? " article" : " articles"));
        }, e -> message.set(TaskRunner.reason(e)));
    }

    private List<MentionHit> mentionsAcrossLibrary(EntityItem item) {
        List<Mention> found = new ArrayList<>();
        if (item.entityId() != null) {
            found.addAll(mentions.acceptedForEntity(item.entityId()));
        } else {
            Mention model = item.mentions().get(0);
            found.addAll(mentions.acceptedWithValue(model.type(), model.date(), model.text()));
        }
        Map<Long, Optional<Article>> cache = new HashMap<>();
        List<MentionHit> out = new ArrayList<>();
        for (Mention m : found) {
            Optional<Article> a = cache.computeIfAbsent(m.articleId(), articles::get);
            if (a.isEmpty()) continue;
            out.add(new MentionHit(m.articleId(), a.get().title(), m.start(), m.end(), m.text(), snippet(a.get().text(), m.start(), m.end())));
        }
        // the open article's mentions first, then the others by article and position
        long open = articleId;
        out.sort(Comparator.comparing((MentionHit h) -> h.articleId() != open).thenComparingLong(MentionHit::articleId)
                .thenComparingInt(MentionHit::start));
        return out;
    }

    /** The sentence (or line) around {@code [start, end)}, at most about 220 characters, with the mention in it. */
    public static String snippet(String text, int start, int end) {
        int from = start;
        while (from > 0 && !(text.charAt(from - 1) == '\n' || isStop(text, from - 2) && Character.isWhitespace(text.charAt(from - 1)))) from--;
        int to = end;
        while (to < text.length() && text.charAt(to) != '\n' && !isStop(text, to)) to++;
        if (to < text.length() && text.charAt(to) != '\n') to++;
        String prefix = "";
        String suffix = "";
        if (to - from > SNIPPET_MAX) {
            int room = Math.max(0, SNIPPET_MAX - (end - start)) / 2;
            int a = Math.max(from, start - room);
            int b = Math.min(to, end + room);
            if (a > from) prefix = "…";
            if (b < to) suffix = "…";
            from = a;
            to = b;
        }
        return prefix + text.substring(from, to).strip().replaceAll("\\s+", " ") + suffix;
    }

    private static boolean isStop(String text, int i) {
        if (i < 0 || i >= text.length()) return false;
        char c = text.charAt(i);
        // an initial ("Christopher A. Landberg") does not end a sentence
        if (c == '.' && i >= 1 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2)))) return false;
        return (c == '.' || c == '!' || c == '?') && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** The open article's entities by type, the byline and credits last. */
    public ObservableList<Group> groups() {
        return groups;
    }

    /** {@link #groups()} flattened for a list: a heading row, then its entities. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The chosen entity's mentions across the library, the open article's first. */
    public ObservableList<MentionHit> mentions() {
        return hits;
    }

    public ReadOnlyStringProperty mentionsTitleProperty() {
        return hitsTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the entity list shows while empty: none recognised yet, or why none will be (another language). */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public EntityLegendModel legend() {
        return legend;
    }

    /** The group for a type (the story's), if the open article has one. */
    public Optional<Group> group(EntityType type) {
        return groups.stream().filter(g -> Objects.equals(g.type(), type)).findFirst();
    }
}
