package org.parallax.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where a library lives: a file ({@code /home/me/library.db}) or a PostgreSQL server
 * ({@code postgresql://[user@]host[:port]/database[?sslmode=...]}). A server address never carries a password: it
 * comes from {@code ~/.pgpass} (or {@code PGPASSFILE}) or from a prompt, so it is never in settings, logs or a command
 * line that {@code ps} shows.
 */
public sealed interface LibraryAddress {
    /** Query parameters a server address may carry (passed to the JDBC driver); any other is refused. */
    Set<String> SERVER_OPTIONS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "connectTimeout", "applicationName");

    /** The address as the user writes it (and settings keep it). */
    String text();

    /** A library file. */
    record File(Path path) implements LibraryAddress {
        @Override
        public String text() {
            return path.toString();
        }
    }

    /** A library on a PostgreSQL server; {@code user} is null for the operating system user, as libpq does. */
    record Server(String user, String host, int port, String database, Map<String, String> options) implements LibraryAddress {
        public Server {
            options = Map.copyOf(options);
        }

        /** The role that connects: the given user, else the operating system user. */
        public String role() {
            return user != null ? user : System.getProperty("user.name", "postgres");
        }

        @Override
        public String text() {
            StringBuilder b = new StringBuilder("postgresql://");
            if (user != null) b.append(user).append('@');
            b.append(host.contains(":") ? "[" + host + "]" : host);
            if (port != 5432) b.append(':').append(port);
            b.append('/').append(database);
            String sep = "?";
            for (Map.Entry<String, String> o : new java.util.TreeMap<>(options).entrySet()) {
                b.append(sep).append(o.getKey()).append('=').append(o.getValue());
                sep = "&";
            }
            return b.toString();
        }

        /** The JDBC URL (user and password are passed as properties, never in the URL). */
        public String jdbcUrl() {
            StringBuilder b = new StringBuilder("jdbc:postgresql://");
            b.append(host.contains(":") ? "[" + host + "]" : host).append(':').append(port).append('/').append(database);
            String sep = "?";
            for (Map.Entry<String, String> o : new java.util.TreeMap<>(options).entrySet()) {
                b.append(sep).append(o.getKey()).append('=').append(o.getValue());
                sep = "&";
            }
            return b.toString();
        }
    }

    /** Whether {@code value} names a server library rather than a file. */
    static boolean isServer(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        return v.startsWith("postgresql://") || v.startsWith("postgres://");
    }

    /**
     * Reads {@code value} as a file path or a {@code postgresql://} address; throws {@link StoreException} naming the
     * value and the reason when it is neither (another scheme, a password in the address, a missing database name).
     */
    static LibraryAddress parse(String value) {
        String v = value.strip();
        if (!isServer(v)) {
            // any other scheme, also with one slash ("postgresql:/db"): as a path it would become a folder named after
            // the scheme; a one-letter scheme is a Windows drive (C:/...) and stays a path
            if (v.matches("^[A-Za-z][A-Za-z0-9+.-]+:/.*")) {
                String scheme = v.substring(0, v.indexOf(':'));
                throw new StoreException("Library " + scheme + "://… is not a file or a postgresql:// address."
                        + " Name a local .db file or postgresql://user@host/database with --library.");
            }
            return new File(Path.of(v));
        }
        URI uri;
        try {
            uri = new URI(v.replaceFirst("^postgres(ql)?://", "postgresql://"));
        } catch (URISyntaxException e) {
            throw new StoreException("Library address " + v + " cannot be read: " + e.getReason(), e);
        }
        String info = uri.getRawUserInfo();
        if (info != null && info.contains(":")) {
            throw new StoreException("Library address postgresql://" + info.substring(0, info.indexOf(':')) + ":…@" + uri.getHost()
                    + " holds a password. Put it in ~/.pgpass (or let Parallax ask for it), never in the address.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new StoreException("Library address " + v + " names no server host: write postgresql://user@host/database.");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) {
            throw new StoreException("Library address " + v + " names no database: write postgresql://user@host/database.");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String kv : uri.getRawQuery().split("&")) {
                if (kv.isEmpty()) continue;
                int eq = kv.indexOf('=');
                String k = eq < 0 ? kv : kv.substring(0, eq);
                String val = eq < 0 ? "" : kv.substring(eq + 1);
                if (k.equalsIgnoreCase("password")) {
                    throw new StoreException("Library address " + uri.getHost() + "/" + path + " holds a password."
                            + " Put it in ~/.pgpass (or let Parallax ask for it), never in the address.");
                }
                if (!SERVER_OPTIONS.contains(k)) {
                    throw new StoreException("Library address " + uri.getHost() + "/" + path + ": unknown option " + k
                            + " (known: " + String.join(", ", new java.util.TreeSet<>(SERVER_OPTIONS)) + ").");
                }
                options.put(k, val);
            }
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return new Server(info == null || info.isEmpty() ? null : info, host, uri.getPort() < 0 ? 5432 : uri.getPort(), path, options);
    }
}
