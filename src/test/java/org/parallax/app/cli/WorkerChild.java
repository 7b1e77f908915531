package org.parallax.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.parallax.model.Block;
import org.parallax.nlp.Recognition;
import org.parallax.nlp.Recognizer;
import org.parallax.nlp.SampleRecognizer;
import picocli.CommandLine;

/**
 * A child JVM running the real command line with the test recogniser {@link SampleRecognizer}, slowed by a fixed
 * pause per article and writing one line per recognised text (its first 60 characters, tab, this process's id) to a
 * log file shared by every child, so tests see which process recognised which article and whether any was done twice.
 * Arguments: log file, pause in ms, then the command line.
 */
public final class WorkerChild {
    private WorkerChild() {
    }

    public static void main(String[] args) {
        Path log = Path.of(args[0]);
        long pauseMs = Long.parseLong(args[1]);
        Recognizer logging = new Recognizer() {
            private final SampleRecognizer inner = new SampleRecognizer();

            @Override
            public Recognition recognize(String text, List<Block> blocks, LocalDate docDate) {
                try {
                    Thread.sleep(pauseMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                Recognition r = inner.recognize(text, blocks, docDate);
                String line = key(text) + "\t" + ProcessHandle.current().pid() + "\n";
                try {
                    // O_APPEND: lines of several processes never overwrite each other
                    Files.writeString(log, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return r;
            }

            @Override
            public String version() {
                return inner.version();
            }
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == NlpCommand.class) return cls.cast(new NlpCommand(() -> logging));
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cl = Cli.commandLine(new Cli(false), factory);
        PrintWriter out = new PrintWriter(System.out, true);
        cl.setOut(out);
        cl.setErr(new PrintWriter(System.err, true));
        int code = cl.execute(Arrays.copyOfRange(args, 2, args.length));
        out.flush();
        System.exit(code);
    }

    /** How the log names an article: the start of its text, tabs and line breaks flattened. */
    static String key(String text) {
        return text.substring(0, Math.min(60, text.length())).replaceAll("\\s", " ");
    }
}
