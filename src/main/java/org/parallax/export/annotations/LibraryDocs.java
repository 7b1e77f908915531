package org.parallax.export.annotations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parallax.annotation.Annotations;
import org.parallax.annotation.Imports;
import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.Entity;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;
import org.parallax.model.Note;
import org.parallax.model.NoteTarget;
import org.parallax.store.AnnotationRepository;
import org.parallax.store.ArticleRepository;
import org.parallax.store.EntityRepository;
import org.parallax.store.NoteRepository;

/**
 * Reads an article's annotations out of the library as a {@link Doc}, and writes {@link Doc}s back into the articles
 * whose text equals theirs. Rejected mentions and notes in the trash are not exported. Writing goes through
 * {@link Imports}: one call is one transaction and one undoable edit; annotations already there (same span and label,
 * same note) are not doubled.
 */
public final class LibraryDocs {
    private final ArticleRepository articles;
    private final AnnotationRepository annotations;
    private final EntityRepository entities;
    private final NoteRepository notes;
    private final Imports imports;

    public LibraryDocs(Annotations annotations, ArticleRepository articles) {
        this.articles = articles;
        this.annotations = annotations.annotations();
        this.entities = annotations.entities();
        this.notes = annotations.notes().repository();
        this.imports = annotations.imports();
    }

    /** The ids to export: the given ones, or every article when none are given. */
    public List<Long> ids(List<Long> chosen) {
        return chosen == null || chosen.isEmpty() ? articles.list().stream().map(ArticleSummary::id).sorted().toList() : chosen;
    }

    public Doc load(long articleId) {
        Article a = articles.get(articleId).orElseThrow(() -> new IllegalArgumentException("There is no article " + articleId
                + ". List articles with `parallax list`."));
        Map<Long, String> names = new HashMap<>();
        for (Entity e : entities.list()) names.put(e.id(), e.name());
        List<Doc.Span> spans = new ArrayList<>();
        for (Annotation x : annotations.accepted(articleId)) {
            Mention m = x.mention();
            spans.add(new Doc.Span(m.start(), m.end(), m.text(), x.label(), m.origin() == MentionOrigin.AUTO,
                    m.entityId() == null ? null : String.valueOf(m.entityId()), m.entityId() == null ? null : names.get(m.entityId()),
                    m.date()));
        }
        List<Doc.DocNote> docNotes = new ArrayList<>();
        for (Note n : notes.forArticle(articleId)) {
            if (n.target() == NoteTarget.PASSAGE && !n.orphaned()) docNotes.add(new Doc.DocNote(n.start(), n.end(), n.text()));
            else if (n.target() == NoteTarget.ARTICLE) docNotes.add(new Doc.DocNote(null, null, n.text()));
        }
        return new Doc("article-" + articleId, a.text(), spans, docNotes);
    }

    /** The article whose text is {@code text} (ignoring white space at the ends), if the library holds it. */
    public Optional<Long> match(String text) {
        String want = text.strip();
        for (ArticleSummary s : articles.list()) {
            Article a = articles.get(s.id()).orElse(null);
            if (a != null && a.text().strip().equals(want)) return Optional.of(a.id());
        }
        return Optional.empty();
    }

    /** What {@link #save} added to one article. */
    public record Saved(long articleId, int spans, int notes, int skipped) {
    }

    /** Writes a document's annotations into the article with the same text (one undoable edit); throws when the library lacks it. */
    public Saved save(Doc doc, Instant now) {
        return saveAll("Import annotations of " + doc.name(), List.of(batch(doc)), now).get(0);
    }

    /** Writes the batches ({@link #batch}) as one undoable edit labelled {@code label}; one result per batch, in order. */
    public List<Saved> saveAll(String label, List<Imports.Batch> batches, Instant now) {
        List<Saved> out = new ArrayList<>();
        for (Imports.Saved s : imports.save(label, batches, now)) out.add(new Saved(s.articleId(), s.spans(), s.notes(), s.skipped()));
        return out;
    }

    /** The document in its article's offsets; throws when the library lacks the article. */
    public Imports.Batch batch(Doc doc) {
        long id = match(doc.text()).orElseThrow(() -> new IllegalArgumentException("The library holds no article with the text of "
                + doc.name() + ". Import the article first, then its annotations."));
        Article article = articles.get(id).orElseThrow();
        // a file written with different line ends or a stripped text still maps by a constant shift
        int shift = article.text().indexOf(doc.text().strip()) - doc.text().indexOf(doc.text().strip());
        List<Imports.Span> spans = new ArrayList<>();
        for (Doc.Span s : doc.spans()) {
            spans.add(new Imports.Span(s.start() + shift, s.end() + shift, s.text(), s.label(), s.auto(), s.entityKey(),
                    s.entityName(), s.date()));
        }
        List<Imports.ArticleNote> docNotes = new ArrayList<>();
        for (Doc.DocNote n : doc.notes()) {
            docNotes.add(new Imports.ArticleNote(n.start() == null ? null : n.start() + shift, n.end() == null ? null : n.end() + shift,
                    n.text()));
        }
        return new Imports.Batch(id, spans, docNotes);
    }
}
