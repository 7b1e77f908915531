package org.parallax.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The keys and person tokens of name forms, kept once made: {@link EntityLinker} compares each cluster's forms with
 * every candidate's names, the same names article after article, inside the transaction storing the article (so the
 * other NLP workers wait on it). Both are pure functions of the form. Bounded; thread-safe.
 */
final class FormMemo {
    /** Far more than a large library's distinct names and forms; past it the memo starts again. */
    private static final int MAX = 100_000;
    static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    static final Map<String, List<String>> TOKENS = new ConcurrentHashMap<>();
    static final Map<String, EntityLinker.Initials> INITIALS = new ConcurrentHashMap<>();

    private FormMemo() {
    }

    /** {@code make.apply(form)}, made once. Not computeIfAbsent: making a key reads the tokens, a nested update. */
    static <T> T get(Map<String, T> memo, String form, Function<String, T> make) {
        T v = memo.get(form);
        if (v != null) return v;
        if (memo.size() > MAX) memo.clear();
        v = make.apply(form);
        memo.put(form, v);
        return v;
    }
}
