package org.parallax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.model.ArticleDraft;
import org.parallax.store.ArticleRepository;
import org.parallax.store.Database;

/**
 * Concurrent writers (issue 14): how fast two CLI importers fill one library together, against one importer alone
 * with the same number of files. Each importer is a real {@code parallax import} process; the figure is files per
 * second of wall time, start of the first process to the end of the last. Not a test: run it and read the numbers.
 * {@code -Dbench.files=N} files per importer (1000).
 */
public final class ConcurrentImportBenchmark {
    private ConcurrentImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = Integer.getInteger("bench.files", 1000);
        Path dir = Files.createTempDirectory("parallax-concurrent-bench");
        ArticleGenerator gen = new ArticleGenerator(14, 30_000);
        List<Path> folders = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Path in = Files.createDirectories(dir.resolve("in-" + w));
            for (int i = 0; i < files; i++) {
                ArticleDraft d = gen.article(w * 1_000_000 + i);
                Files.writeString(in.resolve(String.format("article-%05d.txt", i)),
                        "date " + d.meta().published() + "\noutlet " + d.meta().outlet() + "\n\n" + d.text() + "\n",
                        StandardCharsets.UTF_8);
            }
            folders.add(in);
        }
        // one importer with both folders (2 × files) against two importers with one folder each
        double alone = run(dir.resolve("alone.db"), List.of(folders), 2 * files);
        double together = run(dir.resolve("together.db"), List.of(List.of(folders.get(0)), List.of(folders.get(1))), 2 * files);
        System.out.printf(Locale.ROOT, "one importer, %,d files: %,.0f files/s%n", 2 * files, alone);
        System.out.printf(Locale.ROOT, "two importers together, %,d files each: %,.0f files/s (%.2f× one alone)%n",
                files, together, together / alone);
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Starts one import process per entry of {@code importers}, waits for all; files per second of wall time. */
    private static double run(Path library, List<List<Path>> importers, int expected) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Process> processes = new ArrayList<>();
        long t0 = System.nanoTime();
        for (List<Path> folders : importers) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "org.parallax.Parallax", "--library", library.toString(), "import"));
            folders.forEach(f -> cmd.add(f.toString()));
            processes.add(new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        for (Process p : processes) {
            if (p.waitFor() != 0) throw new IllegalStateException("an importer failed with exit " + p.exitValue());
        }
        double s = (System.nanoTime() - t0) / 1e9;
        try (Database db = Database.open(library)) {
            int stored = new ArticleRepository(db).count();
            if (stored != expected) throw new IllegalStateException("stored " + stored + " of " + expected);
        }
        return expected / s;
    }
}
