package org.parallax.app;

import java.io.BufferedOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parallax.store.SettingsFile;

/**
 * The one rule for every file an export writes (CLI and window alike): never the open library or one of its own files
 * (however the path is spelled: symlink, {@code ..}, relative, hard link), never a directory, device or pipe, an
 * existing file only when replacing was asked for, and always through a temp file in the same folder moved into place,
 * so a failed write leaves the old file whole. A symlink is written through to its real target.
 */
public final class OutputTarget {
    /** Symlink hops followed before a path counts as a loop (Linux's own limit). */
    private static final int MAX_LINKS = 40;
    /** The files SQLite and {@link SingleInstance} keep beside the library; backups are matched separately. */
    private static final List<String> LIBRARY_SUFFIXES = List.of("", "-wal", "-shm", "-journal", ".lock", ".instance");

    /** Why a path was refused, so callers and tests can tell the cases apart; the message is the line to show. */
    public enum Reason {
        LIBRARY, NOT_A_FILE, NOT_A_FOLDER, EXISTS, UNRESOLVABLE
    }

    /** An output path that must not be written; nothing was touched. The message is one line for the user. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Writes the whole content of a file to {@code out}; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes the whole content of a text file to {@code out} (UTF-8); the writer is closed by the caller. */
    @FunctionalInterface
    public interface TextBody {
        void write(Writer out) throws IOException;
    }

    private final Path requested;
    private final Path path;
    private final boolean existed;

    private OutputTarget(Path requested, Path path, boolean existed) {
        this.requested = requested;
        this.path = path;
        this.existed = existed;
    }

    /**
     * Checks {@code out} as a file to write beside the library {@code library}: refused when it is (or resolves to)
     * one of the library's files, is not a regular file, or exists and {@code replace} is false.
     */
    public static OutputTarget file(Path out, Path library, boolean replace) throws IOException {
        Path real = resolve(out);
        if (isLibraryFile(real, library)) {
            throw new Refused(Reason.LIBRARY, out + " is the library " + library.toAbsolutePath()
                    + " or one of its own files (-wal, -shm, .lock, a backup); writing there would destroy it. Choose another file.");
        }
        BasicFileAttributes attrs = attributes(real);
        if (attrs != null) {
            if (attrs.isDirectory()) {
                throw new Refused(Reason.NOT_A_FILE, out + " is a folder, not a file. Name the file to write.");
            }
            if (!attrs.isRegularFile()) {
                throw new Refused(Reason.NOT_A_FILE, out + " is a device, pipe or other special file; exports write only regular files.");
            }
            if (!replace) {
                throw new Refused(Reason.EXISTS, out + " already exists. Give --force to replace it.");
            }
        }
        return new OutputTarget(out.toAbsolutePath(), real, attrs != null);
    }

    /**
     * Checks {@code dir} as a folder to write files into: refused when it is one of the library's files, is the
     * library's own folder (the files written there could take a library file's name), or exists and is not a folder.
     * Returns the folder's real path.
     */
    public static Path folder(Path dir, Path library) throws IOException {
        Path real = resolve(dir);
        if (isLibraryFile(real, library) || libraryFolders(library).contains(real)) {
            throw new Refused(Reason.LIBRARY, dir + " is the library " + library.toAbsolutePath()
                    + " or holds it; writing there could overwrite the library's files. Choose another folder.");
        }
        BasicFileAttributes attrs = attributes(real);
        if (attrs != null && !attrs.isDirectory()) {
            throw new Refused(Reason.NOT_A_FOLDER, dir + " is not a folder. Name a folder (it is created if missing).");
        }
        return real;
    }

    /** The path as the user gave it, made absolute: what messages and results name. */
    public Path requested() {
        return requested;
    }

    /** The real path that is written (a symlink's target). */
    public Path path() {
        return path;
    }

    /** Whether a file was there when the target was checked (a failed write leaves it as it was). */
    public boolean existed() {
        return existed;
    }

    /** Creates the folder the file goes into, for exports that make their folder. */
    public void createFolder() throws IOException {
        Files.createDirectories(path.getParent());
    }

    /** Writes {@code body} as UTF-8 text, see {@link #write}. */
    public void writeText(TextBody body) throws IOException {
        write(os -> {
            // the body may close its writer (IcsExporter does): that only flushes, the file is closed here
            Writer w = new FilterWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            body.write(w);
            w.flush();
        });
    }

    /**
     * Writes {@code body} to a temp file beside the target, forces it to disk and moves it over the target in one
     * step. On any failure (disk full included) the temp file is removed and the old file is untouched.
     */
    public void write(Body body) throws IOException {
        Path folder = path.getParent();
        Path tmp = Files.createTempFile(folder, "." + path.getFileName() + ".", ".part");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                // a body that closes the stream only flushes it: the channel must stay open to be forced to disk
                OutputStream os = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                try {
                    body.write(os);
                } catch (UncheckedIOException e) {
                    // the calendar exporters wrap a failed write (disk full): it is the same one-line failure
                    throw e.getCause();
                }
                os.flush();
                // a full disk often shows only when the data reaches it: fail here, before the old file is replaced
                ch.force(true);
            }
            keepPermissions(tmp);
            // the file may have been swapped for something else while the report was built
            BasicFileAttributes now = attributes(path);
            if (now != null && !now.isRegularFile()) {
                throw new Refused(Reason.NOT_A_FILE, requested + " is no longer a regular file; nothing was written.");
            }
            SettingsFile.replace(tmp, path);
            moved = true;
        } finally {
            if (!moved) Files.deleteIfExists(tmp);
        }
    }

    /** The one line to show when {@link #write} failed with {@code e}: what, why, and that the old file is safe. */
    public String failure(IOException e) {
        if (e instanceof Refused) return e.getMessage();
        if (e instanceof NoSuchFileException && !Files.isDirectory(path.getParent())) {
            return "Cannot write " + requested + ": the folder " + requested.getParent() + " does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return "Cannot write " + requested + ": permission denied. Check the folder is writable.";
        }
        return "Cannot write " + requested + ": " + reason(e) + (existed ? ". The existing file is unchanged." : ".");
    }

    /** The cause of {@code e} without the path a {@link FileSystemException} repeats in its message. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) return "no such folder or file " + n.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        if (e instanceof FileSystemException f) return "cannot use " + f.getFile();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---- resolution ------------------------------------------------------------------------------------------

    /**
     * The real path {@code p} names: symlinks followed (also a dangling one, to the file it would create), {@code .}
     * and {@code ..} applied after them, as the operating system would when opening it.
     */
    static Path resolve(Path p) throws Refused {
        Path current = p.toAbsolutePath();
        try {
            for (int hops = 0; hops <= MAX_LINKS; hops++) {
                if (Files.exists(current)) return current.toRealPath();
                Path name = current.getFileName();
                if (name == null || name.toString().equals(".") || name.toString().equals("..")) {
                    current = current.normalize();
                    if (Files.exists(current)) return current.toRealPath();
                    name = current.getFileName();
                    if (name == null) return current;
                }
                Path here = realFolder(current.getParent()).resolve(name);
                if (!Files.isSymbolicLink(here)) return here;
                current = here.getParent().resolve(Files.readSymbolicLink(here));
            }
        } catch (IOException e) {
            throw new Refused(Reason.UNRESOLVABLE, p + " cannot be resolved (" + reason(e) + "). Name another file.");
        }
        throw new Refused(Reason.UNRESOLVABLE, p + " is a loop of symbolic links. Name another file.");
    }

    /** The real path of a folder that may not exist yet: its deepest existing ancestor's real path plus the rest. */
    private static Path realFolder(Path dir) throws IOException {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return dir.normalize();
        // the missing part cannot hold symlinks, so plain normalising is what the OS will do when it is created
        return existing.toRealPath().resolve(existing.relativize(dir)).normalize();
    }

    private static BasicFileAttributes attributes(Path real) {
        try {
            return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    // ---- the library's own files -------------------------------------------------------------------------------

    /**
     * Whether {@code real} is the library or one of the files kept beside it: the SQLite WAL, shared memory and
     * journal, the single-instance lock and port file ({@link SingleInstance}) and the backups a migration makes
     * ({@code library.db.vN-DATE.bak}, store.Database#backup). Both the library's path as given and its real path
     * count (the lock follows the one, SQLite the other); an existing file counts too when it is a hard link to one.
     */
    static boolean isLibraryFile(Path real, Path library) throws Refused {
        Path parent = real.getParent();
        Path name = real.getFileName();
        if (parent == null || name == null) return false;
        Set<Path> spellings = librarySpellings(library);
        for (Path lib : spellings) {
            if (parent.equals(lib.getParent()) && ownName(lib.getFileName().toString(), name.toString())) return true;
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return false;
        for (Path lib : spellings) {
            for (Path own : ownFiles(lib)) {
                try {
                    if (Files.isSameFile(real, own)) return true;
                } catch (IOException e) {
                    // it went away meanwhile: not one to protect
                }
            }
        }
        return false;
    }

    private static Set<Path> libraryFolders(Path library) throws Refused {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path lib : librarySpellings(library)) folders.add(lib.getParent());
        folders.remove(null);
        return folders;
    }

    /** The library's path with its folder resolved, and its real path when the file exists. */
    private static Set<Path> librarySpellings(Path library) throws Refused {
        Set<Path> spellings = new LinkedHashSet<>();
        if (library == null) return spellings; // a server library has no files here to protect
        Path abs = library.toAbsolutePath();
        try {
            spellings.add(realFolder(abs.getParent()).resolve(abs.getFileName()));
            if (Files.exists(abs)) spellings.add(abs.toRealPath());
        } catch (IOException e) {
            throw new Refused(Reason.UNRESOLVABLE, "The library " + abs + " cannot be resolved (" + reason(e) + ").");
        }
        return spellings;
    }

    /** Whether {@code name} is one of the names the library {@code libName} uses; case-blind, for macOS and Windows. */
    static boolean ownName(String libName, String name) {
        String lib = libName.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        for (String suffix : LIBRARY_SUFFIXES) {
            if (n.equals(lib + suffix)) return true;
        }
        return n.startsWith(lib + ".v") && n.endsWith(".bak");
    }

    private static List<Path> ownFiles(Path lib) {
        List<Path> own = new ArrayList<>();
        String libName = lib.getFileName().toString();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(lib.getParent(),
                p -> ownName(libName, p.getFileName().toString()))) {
            s.forEach(own::add);
        } catch (IOException e) {
            own.add(lib);
        }
        return own;
    }

    // ---- permissions ---------------------------------------------------------------------------------------------

    /** A temp file is private (0600): give the result the replaced file's permissions, or the usual 0644 for a new one. */
    private void keepPermissions(Path tmp) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null) return;
        try {
            Set<PosixFilePermission> perms = existed && Files.exists(path)
                    ? Files.getPosixFilePermissions(path)
                    : PosixFilePermissions.fromString("rw-r--r--");
            view.setPermissions(perms);
        } catch (IOException | UnsupportedOperationException e) {
            // the content is what matters; a private file is the safe side to err on
        }
    }
}
