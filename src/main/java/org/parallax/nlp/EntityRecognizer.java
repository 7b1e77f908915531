package org.parallax.nlp;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parallax.model.Block;
import org.parallax.model.EntityType;
import org.parallax.model.Sentence;
import org.parallax.text.ClosedClass;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * Finds sentences, entity mentions and temporal expressions in an article text with Stanford CoreNLP. One instance
 * loads its models once, lazily (or in {@link #warmUp()}), and is then safe to call from several threads at once.
 * Offsets in the result are offsets into the text given, also when only some blocks of it are recognised.
 */
public final class EntityRecognizer implements Recognizer {

    private static final Logger LOG = Logger.getLogger(EntityRecognizer.class.getName());

    private final PipelineConfig config;
    private volatile Engine engine;

    public EntityRecognizer() {
        this(PipelineConfig.APP);
    }

    public EntityRecognizer(PipelineConfig config) {
        this.config = config;
    }

    public PipelineConfig config() {
        return config;
    }

    /** Changes whenever the configuration or the CoreNLP version changes: the cache key of stored results. */
    public String pipelineVersion() {
        return config.version();
    }

    @Override
    public String version() {
        return pipelineVersion();
    }

    /** Loads the models now (about 3 s) so that the first article does not wait; safe to call more than once. */
    /** Yes: the models are read-only once loaded and SUTime keeps one instance per concurrent caller. */
    @Override
    public boolean concurrent() {
        return true;
    }

    public void warmUp() {
        engine();
    }

    public boolean isLoaded() {
        return engine != null;
    }

    /**
     * Recognises the whole text.
     *
     * @param docDate the article's publication date, which anchors "Friday" or "last month"; may be null
     */
    public Recognition recognize(String text, LocalDate docDate) {
        return engine().recognize(text, docDate);
    }

    /**
     * Recognises only the story's blocks of an article: every block but RELATED and BOILERPLATE ones. Text outside
     * those blocks is blanked (not cut), so sentence and mention offsets stay offsets into {@code text}.
     */
    @Override
    public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
        return recognize(maskOutside(text, blocks), docDate);
    }

    /** The text with every character outside recognised blocks replaced by a space, newlines kept. */
    static String maskOutside(String text, List<Block> blocks) {
        char[] masked = new char[text.length()];
        for (int i = 0; i < masked.length; i++) {
            char c = text.charAt(i);
            masked[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        for (Block b : blocks) {
            if (b.type().isBoilerplate()) continue;
            int end = Math.min(b.end(), text.length());
            text.getChars(Math.min(b.start(), end), end, masked, Math.min(b.start(), end));
        }
        return new String(masked);
    }

    private Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    long t0 = System.nanoTime();
                    e = new Engine(config);
                    engine = e;
                    LOG.info(() -> String.format("CoreNLP pipeline %s loaded in %.1f s", config.version(), (System.nanoTime() - t0) / 1e9));
                }
            }
        }
        return e;
    }

    /**
     * Maps CoreNLP's NER tags to the app's types: DATE and TIME are calendar dates; DURATION, SET, NUMBER and the
     * other numeric tags stay as untyped mentions so the date resolver can read them (e.g. "6-7" after "March").
     */
    static EntityType mapType(String nerTag) {
        if (nerTag == null) return null;
        return switch (nerTag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            case "DATE", "TIME" -> EntityType.DATE;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    /**
     * Converts a CoreNLP-annotated document (sentences with entity mentions) into the contract records. Public so that
     * benchmarks can read other CoreNLP configurations the same way.
     */
    public static Recognition toRecognition(Annotation doc) {
        List<Sentence> sentences = new ArrayList<>();
        List<RawMention> mentions = new ArrayList<>();
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(new Sentence(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms == null) continue;
            for (CoreMap m : ms) {
                int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                EntityType type = mapType(tag);
                if (type != null && type != EntityType.DATE) {
                    // CoreNLP's entity mentions include "he", "his", "her" (also "HE" in a headline) as PERSON: its
                    // pronominal mentions, which no classifier tagged; and no name is made of closed-class words only
                    int[] name = !taggedAs(m, tag) || allClosedClass(m) ? null : ClosedClass.nameSpan(text, start, end);
                    if (name == null) continue;
                    start = name[0];
                    end = name[1];
                }
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                String timexType = timex == null ? null : timex.timexType();
                String timexValue = timex == null ? null : (timex.value() != null ? timex.value() : timex.altVal());
                mentions.add(new RawMention(start, end, text.substring(start, end), type, tag, timexType, timexValue));
            }
        }
        mentions.sort(Comparator.comparingInt(RawMention::start).thenComparingInt(RawMention::end));
        List<RawMention> trimmed = OfAffiliations.split(text, OccupationTitles.trimmed(text, mentions));
        return new Recognition(sentences, JoinedDates.added(text, RepeatedNames.added(text, trimmed)));
    }

    /** Whether a classifier gave a token of the mention its tag (a mention built from tagged tokens, not added after). */
    private static boolean taggedAs(CoreMap mention, String tag) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) return true;
        for (CoreLabel t : tokens) {
            if (tag.equals(t.ner())) return true;
        }
        return false;
    }

    /** Whether every token of a mention is a closed-class word, by its part-of-speech tag where it has one. */
    private static boolean allClosedClass(CoreMap mention) {
        List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null || tokens.isEmpty()) return false;
        for (CoreLabel t : tokens) {
            if (!ClosedClass.isClosedClass(t.word(), t.tag())) return false;
        }
        return true;
    }

    private record TimeNer(NERCombinerAnnotator annotator, SutimeReset reset) {
    }

    /** The CRF's tag of a token in a temporal window, kept here while the numeric classifiers and SUTime run. */
    static final class CrfTagAnnotation implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /**
     * The numeric classifiers and SUTime on top of tags the CRF has already given: a combiner with no model of its own
     * whose "base classifier answers" are the CRF's tags, read from {@link CrfTagAnnotation}. NERCombinerAnnotator
     * hands the combiner copies of the tokens with every answer reset to O; this puts the CRF's answers back, after
     * which the combiner does exactly what it does after running the CRF itself (numeric tags fill only tokens the
     * CRF left O, then QuantifiableEntityNormalizer).
     */
    static final class OnCrfTags extends NERClassifierCombiner {
        OnCrfTags() throws IOException {
            super(true, true, new String[0]);
        }

        @Override
        public List<CoreLabel> classifyWithGlobalInformation(List<CoreLabel> tokens, CoreMap document, CoreMap sentence) {
            for (CoreLabel t : tokens) {
                String crfTag = t.get(CrfTagAnnotation.class);
                t.set(CoreAnnotations.AnswerAnnotation.class, crfTag != null ? crfTag : backgroundSymbol());
            }
            return super.classifyWithGlobalInformation(tokens, document, sentence);
        }
    }

    /**
     * Tokens SUTime sees either side of a temporal expression's likely extent (selective mode); see
     * {@link TemporalCue#windows}. 3 is the least that keeps SUTime's tense rules working; 4 gave the same dates as
     * SUTime on every sentence on the samples, TempEval-3, GUM and re3d, where 3 lost one vague "time" (PAST_REF).
     */
    static final int WINDOW_MARGIN = 4;

    /**
     * The loaded models. All parts are used read-only after construction, as CoreNLP's own pipeline does.
     * In selective mode the CRF tags every sentence on its own (it uses no POS features: its .prop maps only the word
     * column); sentences with a temporal cue also get part-of-speech tags, and the numeric classifiers and
     * SUTime then run only on a window of tokens around each cue, on top of the CRF's tags, as CoreNLP's combiner
     * would (numeric tags only fill tokens the CRF left O).
     */
    private static final class Engine {
        private final boolean selective;
        /** tokenize,ssplit (selective) or tokenize,ssplit,pos,lemma (full). */
        private final StanfordCoreNLP preNer;
        /**
         * pos for the sentences with a temporal cue (selective mode only). No lemma: nothing after it reads lemmas (no
         * SUTime rule, not the numeric classifiers, not the CRF); the full pipeline only declares them required.
         */
        private final StanfordCoreNLP pos;
        /** The CRF alone, on every sentence, without building mentions (selective mode only). */
        private final NERCombinerAnnotator crfOnly;
        /** Builds the mentions once all tags are in (selective mode only), as NERCombinerAnnotator would. */
        private final EntityMentionsAnnotator mentions;
        private final AbstractSequenceClassifier<CoreLabel> crf;
        /**
         * The numeric classifiers and SUTime (selective mode: with no CRF, which has already run; full mode: with the
         * CRF), one per concurrent caller: SUTime keeps state in its rule values (see {@link SutimeReset}), so an
         * instance serves one document at a time and is reset first.
         */
        private final ConcurrentLinkedDeque<TimeNer> timePool = new ConcurrentLinkedDeque<>();

        Engine(PipelineConfig config) {
            this.selective = config.selectiveSutime();
            Properties pre = config.preNerProperties();
            if (selective) {
                pre.setProperty("annotators", "tokenize,ssplit");
                Properties pl = config.preNerProperties();
                pl.setProperty("annotators", "pos");
                this.pos = new StanfordCoreNLP(pl, false);
                this.mentions = new EntityMentionsAnnotator("ner.entitymentions", new Properties());
            } else {
                this.pos = null;
                this.mentions = null;
            }
            this.preNer = new StanfordCoreNLP(pre, false);
            try {
                this.crf = CRFClassifier.getClassifier(config.nerModel());
                this.crfOnly = selective
                        ? new NERCombinerAnnotator(new NERClassifierCombiner(false, false, crf), false, 1, 0, Integer.MAX_VALUE, false, false)
                        : null;
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot load the NER model " + config.nerModel(), e);
            }
            timePool.push(newTimeNer());
        }

        /**
         * This constructor is what "ner.useNERSpecificTokenization=false, ner.applyFineGrained=false,
         * ner.buildEntityMentions=true" builds, here around the shared CRF; in selective mode the combiner has no
         * model (CoreNLP's "numeric classifiers and SUTime only" case) and mentions are built afterwards.
         */
        private TimeNer newTimeNer() {
            try {
                NERClassifierCombiner combiner = selective ? new OnCrfTags() : new NERClassifierCombiner(true, true, crf);
                return new TimeNer(new NERCombinerAnnotator(combiner, false, 1, 0, Integer.MAX_VALUE, false, !selective),
                        SutimeReset.of(combiner));
            } catch (IOException e) {
                throw new IllegalStateException("cannot load SUTime", e);
            }
        }

        /** Runs SUTime-enabled NER on a (partial) document with an instance no other thread is using. */
        private void annotateWithTime(Annotation part) {
            TimeNer ner = timePool.poll();
            if (ner == null) ner = newTimeNer();
            try {
                ner.reset().clear();
                ner.annotator().annotate(part);
            } finally {
                timePool.push(ner);
            }
        }

        Recognition recognize(String text, LocalDate docDate) {
            Annotation doc = new Annotation(text);
            if (docDate != null) doc.set(CoreAnnotations.DocDateAnnotation.class, docDate.toString());
            preNer.annotate(doc);
            if (!selective) {
                annotateWithTime(doc);
                return toRecognition(doc);
            }
            List<CoreMap> timed = new ArrayList<>();
            List<CoreMap> windows = new ArrayList<>();
            int sentences = 0;
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                sentences++;
                List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
                List<int[]> spans = TemporalCue.windows(tokens.stream().map(CoreLabel::word).toList(), WINDOW_MARGIN);
                if (spans.isEmpty()) continue;
                timed.add(s);
                for (int[] span : spans) windows.add(window(text, s, span[0], span[1]));
            }
            if (!timed.isEmpty()) pos.annotate(part(doc, timed));
            crfOnly.annotate(doc);
            if (!windows.isEmpty()) {
                // SUTime must see these tokens as the full pipeline shows them to it, with no NER tag yet (its bare-year
                // rule skips tokens tagged ORGANIZATION etc.); the CRF's tag waits aside for the combiner
                for (CoreMap w : windows) {
                    for (CoreLabel t : w.get(CoreAnnotations.TokensAnnotation.class)) {
                        t.set(CrfTagAnnotation.class, t.ner());
                        t.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
                        t.remove(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
                    }
                }
                annotateWithTime(part(doc, windows));
            }
            mentions.annotate(doc);
            if (LOG.isLoggable(Level.FINEST)) {
                LOG.finest(timed.size() + " of " + sentences + " sentences have a temporal cue, " + windows.size() + " windows");
            }
            return toRecognition(doc);
        }

        /**
         * A sentence-like view of tokens {@code [from, to)} of {@code sentence}: the same token objects, its own text and
         * offsets, and token indices that count from the document's start as the sentence's do, so that SUTime's and
         * the number classifier's spans land on the right tokens.
         */
        private static CoreMap window(String text, CoreMap sentence, int from, int to) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (from == 0 && to == tokens.size()) return sentence;
            List<CoreLabel> sub = new ArrayList<>(tokens.subList(from, to));
            int begin = sub.get(0).beginPosition();
            int end = sub.get(sub.size() - 1).endPosition();
            CoreMap w = new ArrayCoreMap();
            w.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
            w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            w.set(CoreAnnotations.TokensAnnotation.class, sub);
            int tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            w.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
            w.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
            w.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
            return w;
        }

        /**
         * A partial document over some sentences of {@code doc} that shares their token and sentence objects, so that
         * annotators run on it leave their tags and mentions on the document's own sentences.
         */
        private static Annotation part(Annotation doc, List<CoreMap> sentences) {
            Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
            List<CoreLabel> tokens = new ArrayList<>();
            for (CoreMap s : sentences) tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            part.set(CoreAnnotations.TokensAnnotation.class, tokens);
            part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
            String docDate = doc.get(CoreAnnotations.DocDateAnnotation.class);
            if (docDate != null) part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
            return part;
        }
    }
}
