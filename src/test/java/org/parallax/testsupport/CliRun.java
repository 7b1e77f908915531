package org.parallax.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.parallax.app.cli.Cli;
import org.parallax.app.cli.Json;

/**
 * One run of the real command line in this JVM: its exit code and what it wrote to standard output and error. The
 * one way command-line tests run a command, with or without a library named first.
 */
public record CliRun(int code, String out, String err) {
    /** Runs {@code args} as given. */
    public static CliRun bare(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code args} on the library at {@code library} ({@code --library} first; its server stand-in in a server run). */
    public static CliRun on(Path library, String... args) {
        List<String> all = new ArrayList<>(List.of("--library", TestLibrary.address(library)));
        all.addAll(List.of(args));
        return bare(all.toArray(String[]::new));
    }

    /** Standard output read as JSON. */
    public JsonNode json() throws Exception {
        return Json.mapper().readTree(out);
    }
}
