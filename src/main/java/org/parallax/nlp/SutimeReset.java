package org.parallax.nlp;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;

/**
 * Works around CoreNLP issue #1061: SUTime's tense rules tag the shared rule values ("FRIDAY", "MAY"...) with
 * {@code resolveTo} PAST or FUTURE and never clear the tag, so "on Friday" in one article resolves by the tense of an
 * earlier article. Clearing these tags before each document makes results independent of what ran before. The
 * fields are private in CoreNLP 4.5.10; if they cannot be reached the reset is a no-op and a pooled SUTime instance
 * per thread still keeps concurrent documents apart.
 */
final class SutimeReset {

    private static final String RESOLVE_TO = "resolveTo";

    private final List<Expression> taggable;

    private SutimeReset(List<Expression> taggable) {
        this.taggable = taggable;
    }

    /** The reset for the SUTime inside one combiner; a no-op when the internals are not where 4.5.10 has them. */
    static SutimeReset of(NERClassifierCombiner combiner) {
        List<Expression> values = new ArrayList<>();
        try {
            Object nsc = field(NERClassifierCombiner.class, "nsc").get(combiner);
            Object extractor = field(nsc.getClass(), "timexExtractor").get(nsc);
            if (extractor instanceof TimeExpressionExtractorImpl) {
                Object cmee = field(TimeExpressionExtractorImpl.class, "expressionExtractor").get(extractor);
                Env env = (Env) cmee.getClass().getMethod("getEnv").invoke(cmee);
                @SuppressWarnings("unchecked")
                Map<String, Object> vars = (Map<String, Object>) field(Env.class, "variables").get(env);
                for (Object v : vars.values()) {
                    if (v instanceof Expression e) values.add(e);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            Logger.getLogger(SutimeReset.class.getName())
                    .warning("cannot reach SUTime's rule values; date resolution may depend on earlier articles: " + e);
        }
        return new SutimeReset(List.copyOf(values));
    }

    int size() {
        return taggable.size();
    }

    /** Clears the tense tags left by earlier documents. Call with the SUTime instance not in use by another thread. */
    void clear() {
        for (Expression e : taggable) {
            Tags tags = e.getTags();
            if (tags != null && tags.hasTag(RESOLVE_TO)) tags.removeTag(RESOLVE_TO);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
