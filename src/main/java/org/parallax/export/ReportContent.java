package org.parallax.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.parallax.model.ArticleMeta;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;

/**
 * Everything a report shows, complete and already resolved, so that the PDF and Markdown writers only lay it out and
 * never touch the store. Lists are copied and never null; an empty section is left out by the writers.
 */
public record ReportContent(String title, String userName, LocalDate exportDate, PageSize pageSize,
                            List<ArticleSection> articles, List<ComparisonSection> comparisons,
                            List<IndexEntry> entityIndex, List<CalendarEvent> calendar) {
    public ReportContent {
        if (title == null || title.isBlank()) title = "Reading notes";
        Objects.requireNonNull(exportDate, "exportDate");
        if (pageSize == null) pageSize = PageSize.A4;
        articles = List.copyOf(articles);
        comparisons = List.copyOf(comparisons);
        entityIndex = List.copyOf(entityIndex);
        calendar = List.copyOf(calendar);
    }

    /** The paper the PDF is laid out on. */
    public enum PageSize {
        A4, LETTER;

        /** Letter in the US and Canada, A4 elsewhere. */
        public static PageSize forCountry(String country) {
            return "US".equalsIgnoreCase(country) || "CA".equalsIgnoreCase(country) ? LETTER : A4;
        }
    }

    /** An entity highlight inside a piece of text: {@code [start, end)} offsets into that text, not the article. */
    public record Highlight(int start, int end, EntityType type) {
        public Highlight {
            if (start < 0 || end < start || type == null) throw new IllegalArgumentException("bad highlight " + start + ".." + end);
        }
    }

    /** A note on a passage ({@code quote} set) or on the whole article ({@code quote} null); {@code text} is Markdown. */
    public record NoteItem(String quote, List<Highlight> quoteHighlights, String text, int quoteStart, int quoteEnd) {
        public NoteItem {
            quoteHighlights = quoteHighlights == null ? List.of() : List.copyOf(quoteHighlights);
            if (text == null) text = "";
        }

        public static NoteItem onPassage(String quote, List<Highlight> highlights, String text, int start, int end) {
            return new NoteItem(quote, highlights, text, start, end);
        }

        public static NoteItem onArticle(String text) {
            return new NoteItem(null, List.of(), text, -1, -1);
        }

        public boolean hasQuote() {
            return quote != null && !quote.isBlank();
        }
    }

    /** A paragraph of the full text with its entity highlights and the numbers of notes whose quote starts in it. */
    public record Paragraph(String text, List<Highlight> highlights, List<Integer> noteMarkers) {
        public Paragraph {
            highlights = List.copyOf(highlights);
            noteMarkers = List.copyOf(noteMarkers);
        }
    }

    /**
     * One article: its metadata, its passage notes (numbered from 1 in text order), its article-level notes and,
     * when asked for, its full text.
     */
    public record ArticleSection(long articleId, ArticleMeta meta, List<NoteItem> notes, List<NoteItem> articleNotes,
                                 List<Paragraph> fullText) {
        public ArticleSection {
            notes = List.copyOf(notes);
            articleNotes = List.copyOf(articleNotes);
            fullText = fullText == null ? List.of() : List.copyOf(fullText);
        }

        public String title() {
            return meta.title();
        }
    }

    /**
     * Two versions of a story side by side: similarity in [0, 1]; the entities both or one side name (with their types
     * in {@code entityTypes}, by name); the sentences only one side has; the aligned sentences whose wording differs,
     * with the changed words of each side; and the dates both sides write, agreeing (same resolved date, maybe in other
     * words) or disagreeing (aligned sentences, different dates).
     */
    public record ComparisonSection(String leftTitle, String rightTitle, double similarity, List<String> sharedEntities,
                                    List<String> onlyLeftEntities, List<String> onlyRightEntities,
                                    List<String> onlyLeftSentences, List<String> onlyRightSentences,
                                    Map<String, EntityType> entityTypes, List<Wording> wording,
                                    List<DateMatch> agreeingDates, List<DateMatch> disagreeingDates, List<FactConflict> conflicts) {
        public ComparisonSection {
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
            sharedEntities = List.copyOf(sharedEntities);
            onlyLeftEntities = List.copyOf(onlyLeftEntities);
            onlyRightEntities = List.copyOf(onlyRightEntities);
            onlyLeftSentences = List.copyOf(onlyLeftSentences);
            onlyRightSentences = List.copyOf(onlyRightSentences);
            entityTypes = entityTypes == null ? Map.of() : Map.copyOf(entityTypes);
            wording = wording == null ? List.of() : List.copyOf(wording);
            agreeingDates = agreeingDates == null ? List.of() : List.copyOf(agreeingDates);
            disagreeingDates = disagreeingDates == null ? List.of() : List.copyOf(disagreeingDates);
        }

        /** A comparison without fact conflicts. */
        public ComparisonSection(String leftTitle, String rightTitle, double similarity, List<String> sharedEntities,
                                 List<String> onlyLeftEntities, List<String> onlyRightEntities,
                                 List<String> onlyLeftSentences, List<String> onlyRightSentences,
                                 Map<String, EntityType> entityTypes, List<Wording> wording,
                                 List<DateMatch> agreeingDates, List<DateMatch> disagreeingDates) {
            this(leftTitle, rightTitle, similarity, sharedEntities, onlyLeftEntities, onlyRightEntities, onlyLeftSentences,
                    onlyRightSentences, entityTypes, wording, agreeingDates, disagreeingDates, List.of());
        }
    }

    /** A fact the two articles give different values for: its kind ("killed") and the words on each side. */
    public record FactConflict(String fact, String left, String right) {
    }

    /** How a span of one side's wording differs from the other side. */
    public enum Change {
        /** Other words stand on the other side. */
        CHANGED,
        /** Only this side has these words. */
        ONLY_HERE,
        /** The same word spelt otherwise (hyphen, case). */
        COSMETIC
    }

    /** A changed span of a side's text: {@code [start, end)} into that text. */
    public record ChangeSpan(int start, int end, Change change) {
        public ChangeSpan {
            if (start < 0 || end < start || change == null) throw new IllegalArgumentException("bad change " + start + ".." + end);
        }
    }

    /** Aligned sentences whose wording differs: each side's text with its changed spans, and their similarity. */
    public record Wording(String left, List<ChangeSpan> leftChanges, String right, List<ChangeSpan> rightChanges,
                          double similarity) {
        public Wording {
            leftChanges = List.copyOf(leftChanges);
            rightChanges = List.copyOf(rightChanges);
        }
    }

    /** A date as each side writes it and what each resolves to ("Last month" = 2023-02). */
    public record DateMatch(String leftText, String leftResolved, String rightText, String rightResolved) {
    }

    /** How often one article mentions an entity. */
    public record ArticleCount(String articleTitle, int mentions) {
    }

    /** One entity of the index, with the notes the user wrote about it (Markdown). */
    public record IndexEntry(String name, EntityType type, List<String> aliases, List<ArticleCount> articles,
                             List<String> notes) {
        public IndexEntry {
            aliases = List.copyOf(aliases);
            articles = List.copyOf(articles);
            notes = List.copyOf(notes);
        }
    }

    /** A source sentence of an event and the article it comes from. */
    public record EventReport(String articleTitle, String sentence) {
    }

    /**
     * One dated event of the calendar, with the user's note on it ("" when none; Markdown) and its short title for
     * small spaces ("Visit: Derek Chollet", as the .ics names it; {@link #label()} when none is given).
     */
    public record CalendarEvent(DateRange when, EventKind kind, List<String> who, List<String> where,
                                List<EventReport> sources, String note, String title) {
        public CalendarEvent {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(kind, "kind");
            if (note == null) note = "";
            who = List.copyOf(who);
            where = List.copyOf(where);
            sources = List.copyOf(sources);
        }

        public CalendarEvent(DateRange when, EventKind kind, List<String> who, List<String> where,
                             List<EventReport> sources, String note) {
            this(when, kind, who, where, sources, note, null);
        }

        /** The short title, else the long label. */
        public String shortLabel() {
            return title == null || title.isBlank() ? label() : title;
        }

        /** A one-line label: "VISIT Christopher Landberg — Pakistan". */
        public String label() {
            String w = String.join(", ", who);
            String p = String.join(", ", where);
            String kindName = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
            StringBuilder sb = new StringBuilder(kindName);
            if (!w.isEmpty()) sb.append(": ").append(w);
            if (!p.isEmpty()) sb.append(w.isEmpty() ? ": " : " — ").append(p);
            return sb.toString();
        }
    }
}
