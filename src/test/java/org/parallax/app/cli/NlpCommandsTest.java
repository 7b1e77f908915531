package org.parallax.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.app.AppContext;
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

    @Test
    void nlpWithoutRecogniserSaysSo() {
        Run r = cli(() -> null, "nlp", "--wait", "--library", library.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("No entity recogniser"), r.err());
    }
}
