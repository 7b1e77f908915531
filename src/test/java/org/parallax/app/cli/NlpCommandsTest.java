package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
import org.parallax.ingest.TextAssembler;
import org.parallax.model.ArticleMeta;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DateSource;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.SampleArticles;
import org.parallax.nlp.SampleRecognizer;
import java.util.function.Supplier;

import org.parallax.nlp.Recognizer;
import picocli.CommandLine;

/**
 * The entity, mention, event and nlp commands on a library holding the sample pair. The recogniser is the test
 * stand-in {@link SampleRecognizer}: the CoreNLP engine is wired in elsewhere and tested end to end there.
 */
class NlpCommandsTest {
    @TempDir
    Path dir;
    private Path library;
    private long a;
    private long b;

    @BeforeEach
    void fill() {
        library = dir.resolve("library.db");
        try (AppContext ctx = AppContext.open(library)) {
            a = ctx.articles().insert(SampleArticles.outletA(true), "a", Instant.EPOCH);
            b = ctx.articles().insert(SampleArticles.outletB(true), "b", Instant.EPOCH);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Through the registered command line, with {@code nlp} using the given recogniser instead of CoreNLP. */
    private static Run cli(Supplier<Recognizer> recognizers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == NlpCommand.class) return cls.cast(new NlpCommand(recognizers));
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = Cli.commandLine(new Cli(false), factory);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void nlpWaitProcessesEverythingWithProgressOnStderr() throws Exception {
        Run status = cli(SampleRecognizer::new, "nlp", "--library", library.toString());
        assertEquals(0, status.exit());
        assertTrue(status.out().contains("2 pending"), status.out());

        Run wait = cli(SampleRecognizer::new, "nlp", "--wait", "--json", "--library", library.toString());
        assertEquals(0, wait.exit(), wait.err());
        assertTrue(wait.err().contains("Recognising entities: 2/2"), wait.err());
        JsonNode json = new ObjectMapper().readTree(wait.out());
        assertEquals(2, json.get("processed").asInt());
        assertEquals(0, json.get("pending").asInt());
        assertEquals(1, json.get("datesBorrowed").asInt());
    }

    @Test
    void recogniseAsSaysAnArticlesLanguageAndTheNextRunRecognisesItSo() throws Exception {
        String lib = library.toString();
        cli(SampleRecognizer::new, "nlp", "--wait", "--library", lib);
        ObjectMapper mapper = new ObjectMapper();
        assertTrue(mapper.readTree(cli(SampleRecognizer::new, "mentions", "--json", "--library", lib, String.valueOf(a)).out()).size() > 0);

        Run other = cli(SampleRecognizer::new, "recognise-as", "--library", lib, String.valueOf(a), "Other");
        assertEquals(0, other.exit(), other.err());
        assertTrue(other.out().contains("Article " + a + " will be taken as another language: its automatic mentions go"), other.out());
        Run status = cli(SampleRecognizer::new, "nlp", "--library", lib);
        assertTrue(status.out().contains("1 pending"), status.out());
        cli(SampleRecognizer::new, "nlp", "--wait", "--library", lib);
        assertEquals(0, mapper.readTree(cli(SampleRecognizer::new, "mentions", "--json", "--library", lib, String.valueOf(a)).out()).size(),
                "no automatic mentions in an article said to be in another language");
        Run why = cli(SampleRecognizer::new, "mentions", "--library", lib, String.valueOf(a));
        assertTrue(why.out().contains("Article " + a + " is not recognised: it was said to be in another language"), why.out());
        assertTrue(mapper.readTree(cli(SampleRecognizer::new, "mentions", "--json", "--library", lib, String.valueOf(b)).out()).size() > 0);

        JsonNode again = mapper.readTree(cli(SampleRecognizer::new, "recognise-as", "--json", "--library", lib, String.valueOf(a), "other").out());
        assertEquals(false, again.get("changed").asBoolean());
        assertEquals("other", again.get("language").asText());
        Run back = cli(SampleRecognizer::new, "recognise-as", "--library", lib, String.valueOf(a), "text");
        assertEquals(0, back.exit(), back.err());
        cli(SampleRecognizer::new, "nlp", "--wait", "--library", lib);
        assertTrue(mapper.readTree(cli(SampleRecognizer::new, "mentions", "--json", "--library", lib, String.valueOf(a)).out()).size() > 0);

        Run bad = cli(SampleRecognizer::new, "recognise-as", "--library", lib, String.valueOf(a), "german");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("LANGUAGE is english, other or text, not \"german\""), bad.err());
        Run missing = cli(SampleRecognizer::new, "recognise-as", "--library", lib, "9999", "english");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("There is no article 9999"), missing.err());

        long german;
        try (AppContext ctx = AppContext.open(library)) {
            String body = "Leider gibt es keinen Flug mehr von Islamabad nach Washington mit einem Sparpreis-Ticket. Auch bei der "
                    + "Buchung von Fahrkarten hat sich einiges geändert, wie die Bahn in Berlin mitteilte. Wer in der ersten "
                    + "Klasse reist, kann die Lounge weiterhin nutzen. Im Fall von Verspätungen gilt das nicht, sagte sie.";
            german = ctx.articles().insert(new TextAssembler().add(BlockType.TITLE, "Kein Flug mehr").add(BlockType.PARAGRAPH, body)
                    .build(new ArticleMeta("Kein Flug mehr", false, null, null, null, null, null, DateSource.NONE, null, null,
                            "plaintext", "de")), "german", Instant.EPOCH);
        }
        cli(SampleRecognizer::new, "nlp", "--wait", "--library", lib);
        Run notEnglish = cli(SampleRecognizer::new, "mentions", "--library", lib, String.valueOf(german));
        assertTrue(notEnglish.out().contains("does not read as English, the one language recognition reads. If it is English: "
                + "`parallax recognise-as " + german + " english`"), notEnglish.out());
    }

    @Test
    void eventsEntitiesAndMentionsAsJsonAndText() throws Exception {
        cli(SampleRecognizer::new, "nlp", "--wait", "--library", library.toString());
        ObjectMapper mapper = new ObjectMapper();

        JsonNode events = mapper.readTree(cli(SampleRecognizer::new, "events", "--json", "--library", library.toString()).out());
        JsonNode march = null;
        for (JsonNode e : events) if (e.get("start").asText().equals("2023-03-06")) march = e;
        assertEquals("VISIT", march.get("kind").asText());
        assertEquals("2023-03-07", march.get("end").asText());
        assertEquals("DAY", march.get("precision").asText());
        assertEquals(2, march.get("sources").findValues("articleId").stream().map(JsonNode::asLong).distinct().count());
        Run text = cli(SampleRecognizer::new, "events", "--library", library.toString());
        assertTrue(text.out().contains("VISIT  2023-02-16..2023-02-17 (DAY)"), text.out());

        JsonNode mentions = mapper.readTree(cli(SampleRecognizer::new, "mentions", "--json", "--library", library.toString(), String.valueOf(b)).out());
        JsonNode dateMention = null;
        for (JsonNode m : mentions) if (m.get("text").asText().equals("March 6-7")) dateMention = m;
        assertEquals("2023-03-06", dateMention.get("date").get("start").asText());
        assertEquals("DATE", dateMention.get("type").asText());

        JsonNode entities = mapper.readTree(cli(SampleRecognizer::new, "entities", "--json", "--library", library.toString()).out());
        JsonNode author = null;
        for (JsonNode e : entities) if (e.get("name").asText().equals("Wajid Ali Syed")) author = e;
        assertEquals("BYLINE", author.get("mentions").get(0).get("blockType").asText());
        long id = author.get("id").asLong();
        Run one = cli(SampleRecognizer::new, "entities", "--library", library.toString(), String.valueOf(id));
        assertTrue(one.out().contains("Wajid Ali Syed") && one.out().contains("(BYLINE)"), one.out());
    }

    @Test
    void unknownIdsExitOneWithAHint() {
        Run e = cli(SampleRecognizer::new, "entities", "--library", library.toString(), "999");
        assertEquals(1, e.exit());
        assertTrue(e.err().contains("There is no entity 999"));
        Run m = cli(SampleRecognizer::new, "mentions", "--library", library.toString(), "999");
        assertEquals(1, m.exit());
        assertTrue(m.err().contains("There is no article 999"));
    }

    /** The sample recogniser refusing article b's text while {@code refuse} holds (the recogniser's permanent verdict). */
    private static Recognizer refusingB(boolean[] refuse) {
        SampleRecognizer inner = new SampleRecognizer();
        String bText = SampleArticles.outletB(true).text();
        return new Recognizer() {
            @Override
            public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
                if (refuse[0] && text.equals(bText)) throw new IllegalArgumentException("cannot tokenise this text");
                return inner.recognize(text, blocks, docDate);
            }

            @Override
            public String version() {
                return "sample-1";
            }
        };
    }

    @Test
    void statusNamesTheFailureReasonsAndRetryFailedRequeuesThem() throws Exception {
        boolean[] refuse = {true};
        String lib = library.toString();
        Run first = cli(() -> refusingB(refuse), "nlp", "--wait", "--library", lib);
        assertEquals(1, first.exit(), first.out());

        Run status = cli(() -> refusingB(refuse), "nlp", "--library", lib);
        assertTrue(status.out().contains("0 pending, 1 done, 1 failed."), status.out());
        assertTrue(status.out().contains("Failed: 1 recogniser rejected the text."), status.out());
        assertTrue(status.out().contains("parallax nlp --retry-failed --wait"), status.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(cli(() -> refusingB(refuse), "nlp", "--json", "--library", lib).out());
        assertEquals(1, json.get("failed").asInt());
        assertEquals(0, json.get("retrying").asInt());
        assertEquals("recogniser rejected the text", json.get("failedReasons").get(0).get("reason").asText());
        assertEquals(1, json.get("failedReasons").get(0).get("count").asInt());
        assertEquals(List.of("pipelineVersion", "pending", "done", "failed", "retrying", "failedReasons"),
                iterable(json.fieldNames()), "the fields of before keep their order; new ones follow");

        refuse[0] = false;
        Run retry = cli(() -> refusingB(refuse), "nlp", "--retry-failed", "--json", "--library", lib);
        assertEquals(0, retry.exit(), retry.err());
        JsonNode requeued = mapper.readTree(retry.out());
        assertEquals(1, requeued.get("requeued").asInt());
        assertEquals(1, requeued.get("pending").asInt());
        assertEquals(0, requeued.get("failed").asInt());
        assertEquals(0, requeued.get("failedReasons").size());

        Run again = cli(() -> refusingB(refuse), "nlp", "--wait", "--library", lib);
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("0 pending, 2 done, 0 failed."), again.out());
        Run none = cli(() -> refusingB(refuse), "nlp", "--retry-failed", "--library", lib);
        assertTrue(none.out().contains("Queued 0 failed articles again."), none.out());
    }

    private static List<String> iterable(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void nlpWithoutRecogniserSaysSo() {
        Run r = cli(() -> null, "nlp", "--wait", "--library", library.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("No entity recogniser"), r.err());
    }
}
