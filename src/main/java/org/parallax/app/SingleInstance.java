package org.parallax.app;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.parallax.store.SettingsFile;

/**
 * One window per library. The first start locks {@code <library>.lock} and listens on a loopback port, written with
 * a random token to {@code <library>.instance}; a later start finds the lock taken, connects, sends the token and its
 * file arguments, and exits. The lock is the operating system's, so it dies with a crashed process and a stale
 * {@code .instance} file is simply replaced. Only 127.0.0.1 is ever bound or contacted.
 */
public final class SingleInstance {
    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    private static final String MAGIC = "parallax-instance-1";
    private static final int MAX_PATHS = 100_000;
    private static final int IO_TIMEOUT_MS = 5_000;

    private SingleInstance() {
    }

    /** The outcome of {@link #claim}: this process is the library's only window, or another one is. */
    public sealed interface Claim permits Primary, Secondary {
    }

    /** Another process holds the library; {@link #handOff} sends it the files to import. */
    public record Secondary(Path instanceFile) implements Claim {
        /** Sends {@code files} (maybe none: the window is only raised) to the running window. */
        public void handOff(List<Path> files) throws IOException {
            send(instanceFile, files, 3_000);
        }
    }

    /**
     * Locks {@code library}'s lock file, or reports that another process holds it. The lock sits beside the library's
     * real path, so a symlink or another spelling of the same file finds the window already open on it.
     */
    public static Claim claim(Path library) throws IOException {
        Path lib = lockKey(library);
        Path lockFile = sibling(lib, ".lock");
        Path instanceFile = sibling(lib, ".instance");
        Files.createDirectories(lib.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM: another instance in the same process (tests)
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return new Secondary(instanceFile);
        }
        try {
            return Primary.start(channel, lock, instanceFile);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * The path the lock is named after: the library's real path (symlinks resolved), or for a library not created
     * yet its folder's real path and its name.
     */
    static Path lockKey(Path library) throws IOException {
        Path lib = library.toAbsolutePath().normalize();
        if (Files.exists(lib)) return lib.toRealPath();
        Path parent = lib.getParent();
        if (parent != null && Files.isDirectory(parent)) return parent.toRealPath().resolve(lib.getFileName());
        return lib;
    }

    static Path sibling(Path lib, String suffix) {
        return lib.resolveSibling(lib.getFileName() + suffix);
    }

    /**
     * The running window's side: holds the lock and accepts hand-offs until closed. Paths that arrive before a
     * receiver is set are kept and given to it when it is.
     */
    public static final class Primary implements Claim, AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;
        private final Path instanceFile;
        private final ServerSocket server;
        private final byte[] token;
        private final List<List<Path>> pending = new ArrayList<>();
        private Consumer<List<Path>> receiver;
        private volatile boolean closed;

        private Primary(FileChannel channel, FileLock lock, Path instanceFile, ServerSocket server, byte[] token) {
            this.channel = channel;
            this.lock = lock;
            this.instanceFile = instanceFile;
            this.server = server;
            this.token = token;
        }

        static Primary start(FileChannel channel, FileLock lock, Path instanceFile) throws IOException {
            byte[] token = new byte[32];
            new SecureRandom().nextBytes(token);
            ServerSocket server = new ServerSocket();
            try {
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
                writeInstanceFile(instanceFile, server.getLocalPort(), HexFormat.of().formatHex(token));
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
            Primary p = new Primary(channel, lock, instanceFile, server, token);
            Thread t = new Thread(p::acceptLoop, "parallax-single-instance");
            t.setDaemon(true);
            t.start();
            // on SIGTERM and the like the OS frees the lock; tidy the port file too (a crash leaves it, harmlessly)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!p.closed) p.close();
            }, "parallax-single-instance-exit"));
            return p;
        }

        /** Where later starts' files go; called on the accepting thread, so hop to the UI thread inside. */
        public void setReceiver(Consumer<List<Path>> receiver) {
            List<List<Path>> early;
            synchronized (this) {
                this.receiver = Objects.requireNonNull(receiver);
                early = List.copyOf(pending);
                pending.clear();
            }
            early.forEach(receiver);
        }

        public int port() {
            return server.getLocalPort();
        }

        private void acceptLoop() {
            while (!closed) {
                try (Socket s = server.accept()) {
                    s.setSoTimeout(IO_TIMEOUT_MS);
                    serve(s);
                } catch (SocketException e) {
                    if (!closed) LOG.log(Level.WARNING, "Single-instance socket failed", e);
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Ignoring a bad hand-off from another Parallax start", e);
                }
            }
        }

        private void serve(Socket s) throws IOException {
            DataInputStream in = new DataInputStream(s.getInputStream());
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            if (!MAGIC.equals(in.readUTF())) throw new IOException("not a Parallax hand-off");
            byte[] given = in.readUTF().getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(given, HexFormat.of().formatHex(token).getBytes(StandardCharsets.US_ASCII))) {
                out.writeUTF("DENIED");
                throw new IOException("wrong token");
            }
            int n = in.readInt();
            if (n < 0 || n > MAX_PATHS) throw new IOException("bad path count " + n);
            List<Path> paths = new ArrayList<>(n);
            for (int i = 0; i < n; i++) paths.add(Path.of(in.readUTF()));
            out.writeUTF("OK");
            out.flush();
            deliver(List.copyOf(paths));
        }

        private void deliver(List<Path> paths) {
            Consumer<List<Path>> r;
            synchronized (this) {
                r = receiver;
                if (r == null) {
                    pending.add(paths);
                    return;
                }
            }
            r.accept(paths);
        }

        /** Stops listening, deletes the instance file and releases the lock. */
        @Override
        public void close() {
            closed = true;
            try {
                server.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing the single-instance socket", e);
            }
            try {
                Files.deleteIfExists(instanceFile);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Deleting " + instanceFile, e);
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Releasing the library lock", e);
            }
        }
    }

    private static void writeInstanceFile(Path file, int port, String token) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // Windows: the user's profile folder is private already
        }
        Files.writeString(tmp, port + " " + token + "\n", StandardCharsets.US_ASCII);
        SettingsFile.replace(tmp, file);
    }

    /**
     * Sends {@code files} to the window named in {@code instanceFile}, retrying for up to {@code waitMs} while that
     * window is still starting (its lock taken but its port not yet written).
     */
    static void send(Path instanceFile, List<Path> files, long waitMs) throws IOException {
        long deadline = System.nanoTime() + waitMs * 1_000_000;
        IOException last;
        do {
            try {
                sendOnce(instanceFile, files);
                return;
            } catch (IOException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.nanoTime() < deadline);
        throw last;
    }

    private static void sendOnce(Path instanceFile, List<Path> files) throws IOException {
        String[] parts = Files.readString(instanceFile, StandardCharsets.US_ASCII).trim().split(" ");
        if (parts.length != 2) throw new IOException("malformed " + instanceFile);
        int port;
        try {
            port = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IOException("malformed " + instanceFile, e);
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), IO_TIMEOUT_MS);
            s.setSoTimeout(IO_TIMEOUT_MS);
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.writeUTF(MAGIC);
            out.writeUTF(parts[1]);
            out.writeInt(files.size());
            for (Path f : files) out.writeUTF(f.toAbsolutePath().toString());
            out.flush();
            String reply = new DataInputStream(s.getInputStream()).readUTF();
            if (!"OK".equals(reply)) throw new IOException("the running Parallax refused the hand-off: " + reply);
        }
    }
}
