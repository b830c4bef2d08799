package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import cn.liaocheng.jobs.profile.TestPeople;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Answers are encrypted at rest: the raw column shows nothing a person typed or the profile gave. */
@SpringBootTest
class AnswersEncryptionTests {

    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired SensitiveDataCipher cipher;
    @Autowired V0041__applications_encrypt_answers migration;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String raw(long id) {
        return jdbc.sql("select answers from applications_application where id = ?").param(id)
                .query(String.class).single();
    }

    @Test
    void the_stored_answers_are_encrypted_and_read_back_as_typed() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = drafts.draft(me, person.personId(), offers.offer(token).save());
        applications.save(id, drafts.version(id), "support", Answers.none()
                .with("support-needs", List.of("SIGN_LANGUAGE")).with("other-needs", "需要手语翻译和轮椅通道"));

        var stored = raw(id);
        assertThat(stored).startsWith("v1:")
                .doesNotContain("燕店镇", "SHENXIAN", "SIGN_LANGUAGE", "手语", me.phoneNumber(), "support-needs");
        var answers = applications.find(id).orElseThrow().application().answers();
        assertThat(answers.values("support-needs")).containsExactly("SIGN_LANGUAGE");
        assertThat(answers.text("other-needs")).isEqualTo("需要手语翻译和轮椅通道");
        assertThat(answers.text("township")).isEqualTo("燕店镇");
    }

    @Test
    void submitting_keeps_the_answers_encrypted() {
        var me = accounts.applicant("张伟");
        long id = drafts.completeDraft(me, people.self(me).personId(), offers.offer(token).save());
        applications.submit(id, drafts.version(id));

        assertThat(raw(id)).startsWith("v1:").doesNotContain("13800000000", "测试");
        assertThat(applications.find(id).orElseThrow().application().answers().text("phone")).isEqualTo("13800000000");
    }

    @Test
    void the_migration_encrypts_rows_stored_in_plain_text_and_leaves_encrypted_ones_alone() throws SQLException {
        var me = accounts.applicant("张伟");
        long encrypted = drafts.draft(me, people.self(me).personId(), offers.offer(token).save());
        var before = raw(encrypted);
        var plain = "{\"township\": \"燕店镇\", \"other-needs\": \"需要轮椅\"}";
        long legacy = jdbc.sql("""
                insert into applications_application
                    (offer_id, offer_slug, form, person_id, created_by, answers, current_step, created_at, updated_at)
                values (-1, :slug, 'TRAINING', -1, -1, :answers, 'where', now(), now()) returning id""")
                .param("slug", token).param("answers", plain).query(Long.class).single();

        try (var connection = dataSource.getConnection()) {
            assertThat(migration.encryptPlainRows(connection)).isPositive();
        }

        assertThat(raw(legacy)).startsWith("v1:").doesNotContain("燕店镇");
        assertThat(cipher.decrypt(raw(legacy))).isEqualTo(plain);
        assertThat(raw(encrypted)).isEqualTo(before);
        jdbc.sql("delete from applications_application where id = ?").param(legacy).update();
    }
}
