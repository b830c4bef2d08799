package cn.liaocheng.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps the person's data safely: on disk before a commit returns, behind a password. */
class EmbeddedPostgresServerTests {

    @TempDir Path data;

    private static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, password);
    }

    private static String show(EmbeddedPostgresServer server, String setting) throws SQLException {
        try (var connection = connect(server, server.password());
                var result = connection.createStatement().executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void assertNoWayInWithoutThePassword(EmbeddedPostgresServer server) {
        assertThatThrownBy(() -> connect(server, null).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> connect(server, "postgres").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void a_kept_data_directory_is_durable_and_asks_everyone_for_the_password_kept_next_to_it() throws Exception {
        try (var server = EmbeddedPostgresServer.kept(data.resolve("postgres"))) {
            server.start();

            assertThat(show(server, "fsync")).isEqualTo("on");
            assertThat(show(server, "synchronous_commit")).isEqualTo("on");
            assertThat(show(server, "full_page_writes")).isEqualTo("on");
            assertThat(show(server, "listen_addresses")).isEqualTo("localhost");
            assertNoWayInWithoutThePassword(server);
            assertThat(EmbeddedPostgresServer.trusts(Files.readAllLines(data.resolve("postgres/pg_hba.conf")))).isFalse();

            var passwordFile = data.resolve("postgres.password");
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(32);
            if (data.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void the_data_and_the_password_survive_a_restart() throws Exception {
        String password;
        try (var server = EmbeddedPostgresServer.kept(data.resolve("postgres"))) {
            server.start();
            password = server.password();
            try (var connection = connect(server, password)) {
                connection.createStatement().execute("create table draft (answer text); insert into draft values ('棉纺厂挡车工')");
            }
        }

        try (var again = EmbeddedPostgresServer.kept(data.resolve("postgres"))) {
            again.start();
            assertThat(again.password()).isEqualTo(password);
            try (var connection = connect(again, password);
                    var result = connection.createStatement().executeQuery("select answer from draft")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("棉纺厂挡车工");
            }
        }
    }

    @Test
    void a_data_directory_made_by_the_old_code_without_a_password_keeps_its_data_and_then_needs_one() throws Exception {
        var directory = data.resolve("postgres");
        // What the portal did before: zonky's defaults, trust authentication, no password for postgres.
        try (var old = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
                var connection = old.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table draft (answer text); insert into draft values ('大棚蔬菜')");
        }
        assertThat(EmbeddedPostgresServer.trusts(Files.readAllLines(directory.resolve("pg_hba.conf")))).isTrue();
        assertThat(data.resolve("postgres.password")).doesNotExist();

        try (var server = EmbeddedPostgresServer.kept(directory)) {
            server.start();

            try (var connection = connect(server, server.password());
                    var result = connection.createStatement().executeQuery("select answer from draft")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("大棚蔬菜");
            }
            assertNoWayInWithoutThePassword(server);
            assertThat(EmbeddedPostgresServer.trusts(Files.readAllLines(directory.resolve("pg_hba.conf")))).isFalse();
            assertThat(show(server, "fsync")).isEqualTo("on");
            assertThat(Files.readString(data.resolve("postgres.password")).strip()).isEqualTo(server.password());
        }

        // And the next start is an ordinary one.
        try (var again = EmbeddedPostgresServer.kept(directory)) {
            again.start();
            assertThat(show(again, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void a_temporary_database_is_fast_still_asks_for_a_password_and_is_deleted_afterwards() throws Exception {
        Path directory;
        try (var server = EmbeddedPostgresServer.temporary()) {
            server.start();
            directory = server.dataDirectory();

            assertThat(show(server, "fsync")).isEqualTo("off");
            assertThat(show(server, "synchronous_commit")).isEqualTo("off");
            assertNoWayInWithoutThePassword(server);
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void a_stopped_server_starts_again_on_the_same_port_with_the_same_data() throws Exception {
        try (var server = EmbeddedPostgresServer.temporary()) {
            server.start();
            int port = server.port();
            try (var connection = connect(server, server.password())) {
                connection.createStatement().execute("create table draft (answer text); insert into draft values ('养鸡')");
            }

            server.stop();
            assertThatThrownBy(() -> connect(server, server.password()).close()).isInstanceOf(SQLException.class);
            server.start();

            assertThat(server.port()).isEqualTo(port);
            try (var connection = connect(server, server.password());
                    var result = connection.createStatement().executeQuery("select count(*) from draft")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void only_active_trust_lines_count() {
        assertThat(EmbeddedPostgresServer.trusts(java.util.List.of("# host all all 0.0.0.0/0 trust",
                "host all all 127.0.0.1/32 scram-sha-256   # was trust"))).isFalse();
        assertThat(EmbeddedPostgresServer.trusts(java.util.List.of("local   all   all   trust"))).isTrue();
    }
}
