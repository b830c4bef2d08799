package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.SubmitOutcome;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.PhoneNumber;
import org.springframework.stereotype.Component;

/** People whose messages the tests look at: each with their own account, a contact preference and a draft to send. */
@Component
class MessageApplicants {

    /** A person with their own account who prefers a way of being told, and a draft ready to send. */
    record Applicant(PortalUser account, long personId, PhoneNumber phone, long applicationId) {
    }

    private final TestAccounts accounts;
    private final TestPeople people;
    private final TestOffers offers;
    private final TestApplications drafts;
    private final ApplicationService applications;
    private final TestMessages messages;

    MessageApplicants(TestAccounts accounts, TestPeople people, TestOffers offers, TestApplications drafts,
            ApplicationService applications, TestMessages messages) {
        this.accounts = accounts;
        this.people = people;
        this.offers = offers;
        this.drafts = drafts;
        this.applications = applications;
        this.messages = messages;
    }

    /** Leaves the person signed in. */
    Applicant whoPrefers(ContactPreference preference) {
        var account = accounts.applicant("李明");
        long personId = people.self(account).personId();
        TestAccounts.signIn(account);
        var phone = new PhoneNumber(account.phoneNumber());
        people.contact(personId, preference, phone);
        long id = drafts.completeDraft(account, personId, offers.offer(TestOffers.uniqueToken()).save());
        return new Applicant(account, personId, phone, id);
    }

    /** Sends the person's draft as they would and waits until its messages are handled; returns its reference. */
    String submit(Applicant applicant) {
        TestAccounts.signIn(applicant.account());
        var outcome = applications.submit(applicant.applicationId(), drafts.version(applicant.applicationId()));
        messages.awaitAllHandled();
        return ((SubmitOutcome.Submitted) outcome).reference();
    }
}
