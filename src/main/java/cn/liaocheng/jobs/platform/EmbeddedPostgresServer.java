package cn.liaocheng.jobs.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL that runs inside the portal when no database is configured. A data directory that is kept (the
 * person's data, {@code ./data/postgres}) is durable: fsync and synchronous commit on. Every connection, also on
 * loopback, needs the password, which is generated once and kept next to the data directory
 * ({@code ./data/postgres.password}, readable by its owner only). A data directory made by an earlier version (trust
 * authentication, no password) is switched to passwords the first time it starts.
 *
 * <p>A temporary database (the tests) is thrown away when the portal stops, so it keeps PostgreSQL's fast, unsafe
 * settings: a crash loses nothing anyone needs, and every commit waiting for the disk would slow every test.
 *
 * <p>{@link #stop()} and {@link #start()} exist for tests of a database outage; the server comes back on the same
 * port with the same data.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final SecureRandom random = new SecureRandom();

    private static final String PASSWORD_HBA = """
            # Written by the portal (platform.EmbeddedPostgresServer): a password for everyone, loopback only.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private final Path dataDirectory;
    private final boolean durable;
    private final String password;
    private final @Nullable Path passwordFile;
    private int port;
    private @Nullable EmbeddedPostgres running;

    private EmbeddedPostgresServer(Path dataDirectory, boolean durable, String password, @Nullable Path passwordFile) {
        this.dataDirectory = dataDirectory;
        this.durable = durable;
        this.password = password;
        this.passwordFile = passwordFile;
    }

    /** A server whose data stays in {@code dataDirectory}, with its password in {@code <dataDirectory>.password}. */
    static EmbeddedPostgresServer kept(Path dataDirectory) {
        var directory = dataDirectory.toAbsolutePath();
        var passwordFile = passwordFileOf(directory);
        return new EmbeddedPostgresServer(directory, true, readOrCreatePassword(passwordFile), passwordFile);
    }

    /** A server in a fresh temporary directory, deleted by {@link #close()}. */
    static EmbeddedPostgresServer temporary() {
        try {
            return new EmbeddedPostgresServer(Files.createTempDirectory("jobs-portal-pg"), false, newPassword(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path passwordFileOf(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }

    synchronized void start() {
        if (running != null) {
            return;
        }
        try {
            Path temporaryPasswordFile = passwordFile == null ? writeTemporaryPasswordFile() : null;
            try {
                running = builder(passwordFile != null ? passwordFile : temporaryPasswordFile).start();
            } finally {
                if (temporaryPasswordFile != null) {
                    Files.deleteIfExists(temporaryPasswordFile);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " did not start"
                    + (passwordFile == null ? "" : "; if it refused the password, " + passwordFile
                    + " is not the one this data directory was made with (restore it from the backup)"), e);
        }
        port = running.getPort();
        requirePasswords();
    }

    private EmbeddedPostgres.Builder builder(Path initialPasswordFile) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setConnectConfig("password", password)
                // Only used by initdb for a new data directory: the superuser gets the password, and every way in
                // asks for it (zonky's own "-A trust" comes first on initdb's command line and is overridden).
                .setLocaleConfig("pwfile", initialPasswordFile.toString())
                .setLocaleConfig("auth-host", "scram-sha-256")
                .setLocaleConfig("auth-local", "scram-sha-256")
                .setServerConfig("listen_addresses", "localhost");
        if (durable) {
            // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off; these come later and win.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        return builder;
    }

    /** An earlier version made data directories with trust authentication: give postgres the password, then ask for it. */
    private void requirePasswords() {
        var hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (!trusts(Files.readAllLines(hba))) {
                return;
            }
            try (var connection = running.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("alter role " + USER + " with password '" + password.replace("'", "''") + "'");
                var replacement = hba.resolveSibling("pg_hba.conf.portal-new");
                Files.writeString(replacement, PASSWORD_HBA, StandardCharsets.US_ASCII);
                Files.move(replacement, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                statement.execute("select pg_reload_conf()");
            }
            log.warn("The embedded PostgreSQL in {} accepted connections without a password (made by an earlier "
                    + "version); it now requires the password kept in {}", dataDirectory, passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot switch " + hba + " to password authentication", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the password of the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    static boolean trusts(List<String> hbaLines) {
        return hbaLines.stream()
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .anyMatch(fields -> "trust".equals(fields[fields.length - 1]));
    }

    /** Stops the server, as a crash or an administrator would; the data stays. */
    synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            running = null;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (!durable) {
            try {
                FileSystemUtils.deleteRecursively(dataDirectory);
            } catch (IOException e) {
                log.warn("Could not delete the temporary database in {}", dataDirectory, e);
            }
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    boolean durable() {
        return durable;
    }

    private static String newPassword() {
        var bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // Temporary files are readable by their owner only.
    private Path writeTemporaryPasswordFile() throws IOException {
        var file = Files.createTempFile("jobs-portal-pg", ".password");
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
        return file;
    }

    static String readOrCreatePassword(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    createOwnerOnly(file);
                    var password = newPassword();
                    Files.writeString(file, password + "\n", StandardCharsets.US_ASCII);
                    return password;
                } catch (FileAlreadyExistsException e) {
                    // Another portal started at the same moment wrote it first; use that one.
                }
            }
            var password = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (password.isEmpty()) {
                throw new IllegalStateException("The database password file " + file + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the database password file " + file, e);
        }
    }

    // Created empty with its permissions first, so the password is never readable by others, not even for a moment.
    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }
}
