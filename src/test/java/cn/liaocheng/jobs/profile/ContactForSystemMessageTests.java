package cn.liaocheng.jobs.profile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The system-only contact lookup gives the preference and phone to whoever sends a message, and nothing else. */
@SpringBootTest
class ContactForSystemMessageTests {

    @Autowired ProfileService profiles;
    @Autowired TestPeople people;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void staff_or_nobody_signed_in_gets_the_preference_and_phone_but_not_the_facts() {
        var person = accounts.applicant("赵敏");
        long personId = people.self(person).personId();
        people.contact(personId, ContactPreference.PHONE_CALL, new PhoneNumber(person.phoneNumber()));

        assertThat(profiles.contactForSystemMessage(personId)).contains(
                new MessageContact(ContactPreference.PHONE_CALL, new PhoneNumber(person.phoneNumber())));
        TestAccounts.signIn(accounts.create("县残联 刘老师", Role.CASEWORKER));
        assertThat(profiles.contactForSystemMessage(personId)).isPresent();
        assertThat(profiles.facts(personId)).isEmpty();
    }

    @Test
    void an_unknown_person_has_no_contact() {
        assertThat(profiles.contactForSystemMessage(Long.MAX_VALUE)).isEmpty();
    }
}
