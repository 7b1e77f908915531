package org.parallax.compare;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;

import org.ejml.simple.SimpleMatrix;

import edu.stanford.nlp.neural.Embedding;

/**
 * Word vectors for word similarity beyond shared stems: the 50-dimensional English embeddings that CoreNLP's neural
 * coreference ships in its models jar on Maven Central ({@code english-embeddings.ser.gz}). The build packs them
 * ({@link #main}) into {@value #RESOURCE}: the 91,262 words that are lower-case letters and digits only (the only
 * form {@link Tokens#key} looks up), each in signed bytes scaled to its largest component (renormalised on load), 5 MB
 * instead of 33 MB of serialized Java objects. Loaded once per process, on first use (about 60 ms); when the file is
 * missing (a build that skipped the packing) a warning is logged and no word has a vector.
 */
public final class WordVectors {
    static final String RESOURCE = "/org/parallax/compare/word-vectors.bin";
    private static final int MAGIC = 0x50585756; // "PXWV"
    private static final Logger LOG = Logger.getLogger(WordVectors.class.getName());
    private final Map<String, float[]> vectors;

    private WordVectors(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    private static final class Holder {
        static final WordVectors INSTANCE = load();
    }

    /** The shared vectors (loaded on the first call). */
    static WordVectors get() {
        return Holder.INSTANCE;
    }

    private static WordVectors load() {
        try (InputStream raw = WordVectors.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                // a build that skipped the packing step (an IDE's own compile): compare still works, on exact words only
                LOG.warning(() -> "Word vectors missing from the classpath (" + RESOURCE + "); sentences meet on shared words only. "
                        + "Build with Maven (mvn -DskipTests package) to pack them.");
                return new WordVectors(Map.of());
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
            if (in.readInt() != MAGIC) throw new IllegalStateException("not a word vector file: " + RESOURCE);
            int n = in.readInt(), dim = in.readInt();
            Map<String, float[]> m = new HashMap<>(n * 2);
            byte[] q = new byte[dim];
            for (int k = 0; k < n; k++) {
                String word = in.readUTF();
                in.readFully(q);
                float[] v = new float[dim];
                double norm = 0;
                for (int i = 0; i < dim; i++) {
                    v[i] = q[i];
                    norm += v[i] * v[i];
                }
                norm = Math.sqrt(norm);
                if (norm == 0) continue;
                for (int i = 0; i < dim; i++) v[i] /= norm;
                m.put(word, v);
            }
            return new WordVectors(m);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The unit vector of a lower-case word, or null when the word is unknown. */
    float[] of(String word) {
        return vectors.get(word);
    }

    /** The cosine of two unit vectors. */
    static double cosine(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d += a[i] * b[i];
        return d;
    }

    /**
     * Packs CoreNLP's serialized embeddings {@code args[0]} into {@code args[1]} (run by the build at process-classes);
     * does nothing when the output is newer than the input.
     */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path from = Path.of(args[0]), to = Path.of(args[1]);
        if (Files.exists(to) && Files.getLastModifiedTime(to).compareTo(Files.getLastModifiedTime(from)) > 0) return;
        Map<String, SimpleMatrix> words = new TreeMap<>();
        try (ObjectInputStream o = new ObjectInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(from), 1 << 16)))) {
            Embedding e = (Embedding) o.readObject();
            for (Map.Entry<String, SimpleMatrix> en : e.entrySet()) if (isKey(en.getKey())) words.put(en.getKey(), en.getValue());
        }
        int dim = words.values().iterator().next().getNumElements();
        Files.createDirectories(to.getParent());
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp); DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(words.size());
            out.writeInt(dim);
            for (Map.Entry<String, SimpleMatrix> en : words.entrySet()) {
                SimpleMatrix v = en.getValue();
                double max = 0;
                for (int i = 0; i < dim; i++) max = Math.max(max, Math.abs(v.get(i)));
                out.writeUTF(en.getKey());
                for (int i = 0; i < dim; i++) out.writeByte(max == 0 ? 0 : (int) Math.round(v.get(i) / max * 127));
            }
        }
        Files.move(tmp, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Whether a word is in the form of {@link Tokens#key}: lower-case letters and digits only. */
    private static boolean isKey(String w) {
        if (w.isEmpty()) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetterOrDigit(c) || Character.isUpperCase(c)) return false;
        }
        return true;
    }
}
