package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Disability category and grade and the support a person needs are sensitive personal information (PIPL art. 28) and
 * were plain columns. Category and grade are part of the certificate number, which is encrypted already: the columns go
 * and the values are read from the certificate. Support needs are encrypted like the numbers. A Java migration because
 * only the application has the key (Flyway takes the version from the class name).
 */
@Component
class V0061__profile_encrypt_disability_facts extends BaseJavaMigration {

    private final SensitiveDataCipher cipher;

    V0061__profile_encrypt_disability_facts(SensitiveDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (var alter = connection.createStatement()) {
            alter.execute("alter table profile_person drop column category, drop column grade");
            alter.execute("alter table profile_person alter column support_needs type text");
        }
        encryptPlainSupportNeeds(connection);
    }

    /** Encrypts every non-empty list of needs still in plain text; encrypted ones are left alone. */
    int encryptPlainSupportNeeds(Connection connection) throws SQLException {
        int encrypted = 0;
        try (var select = connection.prepareStatement("""
                select id, support_needs from profile_person
                where support_needs <> '' and support_needs not like 'v1:%' for update""");
                var rows = select.executeQuery();
                var update = connection.prepareStatement("update profile_person set support_needs = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, cipher.encrypt(rows.getString("support_needs")));
                update.setLong(2, rows.getLong("id"));
                update.executeUpdate();
                encrypted++;
            }
        }
        return encrypted;
    }
}
