package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.EntityType;
import org.parallax.model.Sentence;
import org.parallax.nlp.gold.GoldDocument;
import org.parallax.nlp.gold.SampleGold;
import org.parallax.nlp.gold.TimeMlGold;
import org.parallax.testsupport.SharedData;

/** The recogniser's contract: offsets, blocks, thread safety, version key, selective SUTime, trimmed models. */
class EntityRecognizerTest {

    private static final LocalDate DOC_DATE = LocalDate.of(2023, 3, 4);

    @Test
    void mentionOffsetsPointIntoTheTextGiven() {
        GoldDocument b = SampleGold.load("b");
        Recognition r = SharedRecognizers.app().recognize(b.text(), DOC_DATE);
        assertFalse(r.mentions().isEmpty());
        for (RawMention m : r.mentions()) assertEquals(m.text(), b.text().substring(m.start(), m.end()), m::toString);
        int previousEnd = 0;
        for (Sentence s : r.sentences()) {
            assertTrue(s.start() >= previousEnd && s.end() > s.start() && s.end() <= b.text().length(), s::toString);
            previousEnd = s.end();
        }
    }

    @Test
    void recognisesStoryBlocksOnlyAndKeepsOffsetsIntoTheWholeText() {
        String title = "Derek Chollet visits Islamabad";
        String para = "The State Department said on Friday that Derek Chollet met Asim Munir in Islamabad.";
        String related = "More From Pakistan:\nImran Khan meets Maryam Nawaz in Lahore";
        String text = title + "\n\n" + para + "\n\n" + related;
        int p = text.indexOf(para);
        int rel = text.indexOf(related);
        List<Block> blocks = List.of(new Block(BlockType.TITLE, 0, title.length()),
                new Block(BlockType.PARAGRAPH, p, p + para.length()),
                new Block(BlockType.RELATED, rel, text.length()));

        Recognition r = SharedRecognizers.app().recognize(text, blocks, DOC_DATE);

        assertTrue(r.mentions().stream().allMatch(m -> m.end() <= rel), r.mentions()::toString);
        for (RawMention m : r.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
        assertTrue(r.mentions().contains(new RawMention(p + para.indexOf("Asim Munir"), p + para.indexOf("Asim Munir") + 10,
                "Asim Munir", EntityType.PERSON, "PERSON", null, null)), r.mentions()::toString);
        assertTrue(r.mentions().stream().anyMatch(m -> m.text().equals("Friday") && "2023-03-03".equals(m.timexValue())));
        assertTrue(r.sentences().stream().allMatch(s -> s.end() <= rel), r.sentences()::toString);
    }

    @Test
    void worksWithoutADocumentDate() {
        Recognition r = SharedRecognizers.app().recognize("Derek Chollet visited Islamabad on February 16, 2023.", null);
        assertTrue(r.mentions().stream().anyMatch(m -> m.type() == EntityType.DATE && "2023-02-16".equals(m.timexValue())), r.mentions()::toString);
    }

    @Test
    void keepsDurationsAndNumbersUntypedForTheResolver() {
        Recognition r = SharedRecognizers.app().recognize("The talks lasted two weeks and involved 40 officials.", DOC_DATE);
        RawMention duration = r.mentions().stream().filter(m -> "DURATION".equals(m.nerTag())).findFirst().orElseThrow();
        assertNull(duration.type());
        assertEquals("P2W", duration.timexValue());
        assertTrue(r.mentions().stream().anyMatch(m -> m.text().equals("40") && "NUMBER".equals(m.nerTag()) && m.type() == null));
    }

    @Test
    void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
        List<GoldDocument> docs = List.of(SampleGold.load("a"), SampleGold.load("b"));
        List<Recognition> expected = new ArrayList<>();
        for (GoldDocument d : docs) expected.add(SharedRecognizers.app().recognize(d.text(), d.docDate()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Recognition>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                GoldDocument d = docs.get(i % 2);
                results.add(pool.submit(() -> SharedRecognizers.app().recognize(d.text(), d.docDate())));
            }
            for (int i = 0; i < results.size(); i++) assertEquals(expected.get(i % 2), results.get(i).get());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Selective SUTime must only save time: on the samples and all TempEval-3 platinum texts, the same temporal
     * mentions (span, tag, TIMEX type and value) and the same person/organisation/location mentions as SUTime on every
     * sentence. The one known loss: SUTime's vague PAST_REF for a bare "time" in a sentence with no cue.
     */
    @Test
    void selectiveSutimeFindsTheSameDatesAsSutimeEverywhere() {
        List<GoldDocument> docs = new ArrayList<>(List.of(SampleGold.load("a"), SampleGold.load("b")));
        docs.addAll(TimeMlGold.read(SharedData.path("timex-gold/Evaluation/te3-platinum-normalized")));
        assertTrue(docs.size() >= 22, "the TempEval-3 platinum texts are missing");
        for (GoldDocument d : docs) {
            Recognition selective = SharedRecognizers.app().recognize(d.text(), d.docDate());
            Recognition everywhere = SharedRecognizers.fullSutime().recognize(d.text(), d.docDate());
            List<RawMention> expected = dates(everywhere).stream()
                    .filter(m -> !("PAST_REF".equals(m.timexValue()) && m.text().equalsIgnoreCase("time"))).toList();
            assertEquals(expected, dates(selective), d.name());
            assertEquals(names(everywhere), names(selective), d.name());
        }
    }

    /**
     * Plain numbers (scores, prices, table cells) start no SUTime window, which must lose no date: the 20 ECB+ news
     * articles with the largest share of tokens holding a digit give the same dates and names as SUTime everywhere.
     */
    @Test
    void plainNumbersStartNoWindowYetNoDateIsLostOnDigitHeavyNews() {
        List<org.parallax.compare.EcbPlusCorpus.Doc> all = org.parallax.compare.EcbPlusCorpus.load();
        List<org.parallax.compare.EcbPlusCorpus.Doc> heavy = all.stream()
                .sorted(java.util.Comparator.comparingDouble(d -> -digitShare(d.article().text()))).limit(20).toList();
        int dates = 0;
        for (org.parallax.compare.EcbPlusCorpus.Doc d : heavy) {
            Recognition selective = SharedRecognizers.app().recognize(d.article().text(), d.article().meta().published());
            Recognition everywhere = SharedRecognizers.fullSutime().recognize(d.article().text(), d.article().meta().published());
            List<RawMention> expected = dates(everywhere).stream()
                    .filter(m -> !("PAST_REF".equals(m.timexValue()) && m.text().equalsIgnoreCase("time"))).toList();
            assertEquals(expected, dates(selective), d.name());
            assertEquals(names(everywhere), names(selective), d.name());
            dates += expected.size();
        }
        assertTrue(dates >= 40, "the digit-heavy texts hold dates: " + dates);
    }

    private static double digitShare(String text) {
        String[] words = text.split("\\s+");
        long digits = java.util.Arrays.stream(words).filter(w -> w.chars().anyMatch(Character::isDigit)).count();
        return (double) digits / Math.max(1, words.length);
    }

    @Test
    void plainNumbersAreNoCueOfTheirOwnButGrowAWindow() {
        for (String w : List.of("3", "12.5", "1,250", "2-1", "6-3")) assertTrue(TemporalCue.isPlainNumber(w), w);
        for (String w : List.of("1996", "0800", "1996-08-30", "10:30", "9/11", "5th", "1990s", "'96", "March")) {
            assertFalse(TemporalCue.isPlainNumber(w), w);
        }
        assertTrue(TemporalCue.windows(List.of("Ajax", "2", "PSV", "1", "(", "halftime", "1-0", ")"), 4).isEmpty());
        assertEquals(1, TemporalCue.windows(List.of("the", "class", "of", "'", "11"), 4).size());
        List<int[]> w = TemporalCue.windows(List.of("x", "x", "x", "x", "x", "on", "March", "6-7", "x", "x", "x", "x", "x", "x"), 4);
        assertEquals(1, w.size());
        assertEquals(1, w.get(0)[0]);  // "on March 6-7" and four tokens either side
        assertEquals(12, w.get(0)[1]);
    }

    /** SUTime's windows: whole expressions, a margin for its tense rules, merged when they meet. */
    @Test
    void temporalWindowsCoverWholeExpressionsWithAMargin() {
        List<String> words = List.of("He", "said", "that", "more", "than", "two", "and", "a", "half", "years", "had",
                "passed", "while", "the", "Acme", "board", "met", "in", "Paris", "and", "Rome", "on", "Friday", ".");
        List<int[]> w = TemporalCue.windows(words, 3);
        assertEquals(2, w.size(), () -> w.stream().map(java.util.Arrays::toString).toList().toString());
        assertEquals(0, w.get(0)[0]);   // "more than two and a half years" (3-9) and three tokens before it
        assertEquals(13, w.get(0)[1]);  // ... and three after it: "had passed while"
        assertEquals(18, w.get(1)[0]);  // "Friday" grows over "on" only, then "Paris and Rome" as margin
        assertEquals(24, w.get(1)[1]);
        assertTrue(TemporalCue.windows(List.of("No", "dates", "here", "."), 4).isEmpty());
        List<int[]> merged = TemporalCue.windows(List.of("March", "x", "x", "x", "x", "x", "x", "2013", "x", "x"), 3);
        assertEquals(1, merged.size());
        assertEquals(0, merged.get(0)[0]);
        assertEquals(10, merged.get(0)[1]);
        assertEquals(2, TemporalCue.windows(List.of("March", "x", "x", "x", "x", "x", "x", "x", "2013"), 3).size());
    }

    /** CoreNLP issue #1061: SUTime's tense tags outlive the document; the recogniser clears them per article. */
    @Test
    void datesDoNotDependOnEarlierArticles() {
        GoldDocument a = SampleGold.load("a");
        int friday = a.text().indexOf("on Friday") + 3;
        String before = valueAt(SharedRecognizers.app().recognize(a.text(), DOC_DATE), friday);
        SharedRecognizers.app().recognize("The FAA on Friday announced it will close 149 regional airport control towers.", LocalDate.of(2013, 3, 22));
        String after = valueAt(SharedRecognizers.app().recognize(a.text(), DOC_DATE), friday);
        assertEquals("2023-03-03", before);
        assertEquals(before, after);
    }

    private static String valueAt(Recognition r, int start) {
        return r.mentions().stream().filter(m -> m.start() == start).map(RawMention::timexValue).findFirst().orElse(null);
    }

    private static List<RawMention> dates(Recognition r) {
        return r.mentions().stream().filter(m -> m.type() == EntityType.DATE || m.timexType() != null).toList();
    }

    private static List<RawMention> names(Recognition r) {
        return r.mentions().stream().filter(m -> m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION
                || m.type() == EntityType.LOCATION).toList();
    }

    @Test
    void pipelineVersionIsStableAndChangesWithTheConfiguration() {
        String app = new EntityRecognizer().pipelineVersion();
        assertEquals(app, new EntityRecognizer(PipelineConfig.APP).pipelineVersion());
        assertTrue(app.startsWith("corenlp-4.5.10/"), app);
        assertNotEquals(app, new EntityRecognizer(PipelineConfig.APP.withSelectiveSutime(false)).pipelineVersion());
        assertNotEquals(app, new EntityRecognizer(PipelineConfig.APP.withNewlineIsSentenceBreak("two")).pipelineVersion());
        assertFalse(new EntityRecognizer().isLoaded(), "the version must not need the models");
    }

    /** The build ships only the trimmed model set, and the pipeline runs on it: nothing else is on the classpath. */
    @Test
    void runsOnTheTrimmedModelSetAlone() {
        ClassLoader cl = EntityRecognizer.class.getClassLoader();
        assertTrue(cl.getResource(PipelineConfig.THREE_CLASS_MODEL) != null);
        assertNull(cl.getResource("edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz"),
                "the full CoreNLP models jar must not be on the test or runtime classpath");
        assertNull(cl.getResource("edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab"));
        assertTrue(SharedRecognizers.app().isLoaded());
    }

    @Test
    void mapsCoreNlpTypesToAppTypes() {
        assertEquals(EntityType.PERSON, EntityRecognizer.mapType("PERSON"));
        assertEquals(EntityType.ORGANIZATION, EntityRecognizer.mapType("ORGANIZATION"));
        assertEquals(EntityType.LOCATION, EntityRecognizer.mapType("CITY"));
        assertEquals(EntityType.LOCATION, EntityRecognizer.mapType("COUNTRY"));
        assertEquals(EntityType.DATE, EntityRecognizer.mapType("TIME"));
        assertNull(EntityRecognizer.mapType("DURATION"));
        assertNull(EntityRecognizer.mapType("SET"));
        assertNull(EntityRecognizer.mapType("NUMBER"));
    }

    @Test
    void temporalCuesCoverDateWordsAndDigitsButNotNames() {
        for (String w : List.of("March", "Mar.", "Fridays", "2023", "6-7", "yesterday", "weeks", "autumn", "Christmas", "ago")) {
            assertTrue(TemporalCue.isCue(w), w);
        }
        for (String w : List.of("Pakistan", "Chollet", "delegation", "said", "the")) {
            assertFalse(TemporalCue.isCue(w), w);
        }
    }
}
