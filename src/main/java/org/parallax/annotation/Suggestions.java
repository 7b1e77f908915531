package org.parallax.annotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parallax.model.Annotation;
import org.parallax.model.Article;
import org.parallax.model.ArticleSummary;
import org.parallax.model.BlockType;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Suggestion;
import org.parallax.text.ClosedClass;

/**
 * Suggestions learnt from hand-made marks: places where a name the user marked occurs again unmarked, and accepting
 * or turning them down (each call one undoable edit in {@link History}). Blocking: run it off the UI thread.
 */
public final class Suggestions {
    private final MarkWriter w;
    private final History history;
    private final Marks marks;

    Suggestions(MarkWriter writer, History history, Marks marks) {
        this.w = writer;
        this.history = history;
        this.marks = marks;
    }

    /** Every suggestion in the library: see {@link #suggestions(Long)}. */
    public List<Suggestion> suggestions() {
        return suggestions(null);
    }

    /**
     * Places where a name the user marked by hand (not a date or event) occurs again, as a whole word, without any
     * mention over it, outside boilerplate, and not turned down before; for one article or (null) the whole library.
     * Computed from the library as it is, so articles imported later get suggestions too.
     */
    public List<Suggestion> suggestions(Long articleId) {
        Map<String, Annotation> learnt = new HashMap<>();
        for (Annotation a : w.annotations.manual()) {
            if (a.mention().type() == EntityType.DATE || Annotation.EVENT.equals(a.label())) continue;
            String t = a.mention().text().strip();
            // a pronoun the user marked once stays marked there, but is never proposed elsewhere
            if (t.length() < 2 || ClosedClass.isClosedClass(t)) continue;
            learnt.putIfAbsent(t + "\u0000" + a.label(), a);
        }
        if (learnt.isEmpty()) return List.of();
        Set<String> turnedDown = w.annotations.rejectedSuggestions();
        List<Long> ids = articleId != null ? List.of(articleId) : w.articles.list().stream().map(ArticleSummary::id).toList();
        List<Suggestion> out = new ArrayList<>();
        for (long id : ids) {
            Article article = w.articles.get(id).orElse(null);
            if (article == null) continue;
            // rejected mentions included: a span rejected as this very type is not suggested again
            List<Annotation> existing = w.annotations.forArticle(id);
            Set<String> taken = new HashSet<>();
            for (Annotation learn : learnt.values()) {
                String name = learn.mention().text().strip();
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(article.text());
                while (m.find()) {
                    int s = m.start();
                    int e = m.end();
                    BlockType bt = MarkWriter.blockType(article, s);
                    if (bt != null && bt.isBoilerplate()) continue;
                    if (overlaps(existing, s, e, learn)) continue;
                    String key = id + ":" + s + ":" + e + ":" + learn.label();
                    if (turnedDown.contains(key) || !taken.add(s + ":" + e)) continue;
                    out.add(new Suggestion(id, s, e, m.group(), learn.label(), learn.mention().entityId()));
                }
            }
        }
        out.sort((a, b) -> a.articleId() != b.articleId() ? Long.compare(a.articleId(), b.articleId()) : Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean overlaps(List<Annotation> existing, int s, int e, Annotation learn) {
        for (Annotation a : existing) {
            Mention m = a.mention();
            if (m.rejected()) {
                // the user rejected exactly this span as this type: do not suggest it again
                if (m.start() == s && m.end() == e && a.label().equals(learn.label())) return true;
                continue;
            }
            if (m.start() < e && s < m.end()) return true;
        }
        return false;
    }

    /** Accepts a suggestion: a manual mark of its span, linked to the entity the learnt mark has. */
    public Annotation accept(Suggestion s) {
        return marks.mark(s.articleId(), s.start(), s.end(), s.label(), null, entityStillThere(s.entityId()));
    }

    private Long entityStillThere(Long id) {
        return id != null && w.entities.get(id).isPresent() ? id : null;
    }

    /** Accepts all the given suggestions as one edit; returns how many were marked. */
    public int acceptAll(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) return 0;
        return history.edit("Accept " + suggestions.size() + " suggestions", (c, r) -> {
            int n = 0;
            Map<Long, Article> cache = new HashMap<>();
            for (Suggestion s : suggestions) {
                Article a = cache.computeIfAbsent(s.articleId(), w::article);
                w.markIn(c, r, a, s.start(), s.end(), w.label(s.label()), null, entityStillThere(s.entityId()));
                n++;
            }
            return n;
        });
    }

    /** Turns a suggestion down for good. */
    public void reject(Suggestion s) {
        rejectAll(List.of(s));
    }

    public void rejectAll(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) return;
        history.edit("Reject " + suggestions.size() + " suggestions", (c, r) -> {
            for (Suggestion s : suggestions) {
                r.watchNew("suggestion_rejected", "article_id = ? AND start_off = ? AND end_off = ? AND label = ?",
                        s.articleId(), s.start(), s.end(), s.label());
                w.annotations.rejectSuggestion(c, s.articleId(), s.start(), s.end(), s.label());
            }
            return null;
        });
    }
}
