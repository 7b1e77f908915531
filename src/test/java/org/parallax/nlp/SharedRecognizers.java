package org.parallax.nlp;

/**
 * The recognisers the NLP tests share: each loads its CoreNLP models once per test JVM (about 3 s and 200 MB), since
 * all test classes run in one forked JVM.
 */
public final class SharedRecognizers {

    private SharedRecognizers() {
    }

    private static final class App {
        static final EntityRecognizer INSTANCE = load(new EntityRecognizer());
    }

    private static final class FullSutime {
        static final EntityRecognizer INSTANCE = load(new EntityRecognizer(PipelineConfig.APP.withSelectiveSutime(false)));
    }

    /** The app's configuration: selective SUTime. */
    public static EntityRecognizer app() {
        return App.INSTANCE;
    }

    /** The app's configuration with SUTime on every sentence: the reference for selective SUTime. */
    static EntityRecognizer fullSutime() {
        return FullSutime.INSTANCE;
    }

    private static EntityRecognizer load(EntityRecognizer r) {
        r.warmUp();
        return r;
    }
}
