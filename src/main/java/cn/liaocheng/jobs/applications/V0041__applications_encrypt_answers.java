package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Answers hold support needs and other health details copied from the profile, so they are encrypted at rest like
 * the profile's numbers. A Java migration (Flyway takes its version from the class name, hence the name) because
 * only the application has the key: it turns the jsonb column into text and encrypts every existing row, in the
 * same transaction.
 */
@Component
class V0041__applications_encrypt_answers extends BaseJavaMigration {

    private final SensitiveDataCipher cipher;

    V0041__applications_encrypt_answers(SensitiveDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (var alter = connection.createStatement()) {
            alter.execute("alter table applications_application alter column answers drop default");
            alter.execute("alter table applications_application alter column answers type text using answers::text");
        }
        encryptPlainRows(connection);
    }

    /** Encrypts every row whose answers are still plain JSON; rows already encrypted are left alone. */
    int encryptPlainRows(Connection connection) throws SQLException {
        int encrypted = 0;
        try (var select = connection.prepareStatement(
                "select id, answers from applications_application where answers not like 'v1:%' for update");
                var rows = select.executeQuery();
                var update = connection.prepareStatement(
                        "update applications_application set answers = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, cipher.encrypt(rows.getString("answers")));
                update.setLong(2, rows.getLong("id"));
                update.executeUpdate();
                encrypted++;
            }
        }
        return encrypted;
    }
}
