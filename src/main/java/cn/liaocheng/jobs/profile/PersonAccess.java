package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who sees a person: the person's own account, or an active (not withdrawn) helper whose
 * consent is recorded. A helper still waiting for consent sees only their own request ({@link Seen.AsPendingHelper}
 * carries no {@link Person} at all, so nothing of the person's record can leak through it). Ids come from URLs and
 * other capabilities, so every lookup goes through here; anybody else gets nothing, and "not yours" looks exactly
 * like "does not exist".
 */
@Component
class PersonAccess {

    /** How the signed-in account is connected to a person it may see. */
    sealed interface Seen {

        record AsSelf(Person person) implements Seen {}

        /** A helper the person agreed to: sees the person's record, as the person does. */
        record AsHelper(Person person, Help help) implements Seen {}

        /** A helper awaiting consent: only what they typed themselves, and only the drafts they started. */
        record AsPendingHelper(Help help) implements Seen {}
    }

    private final CurrentAccount currentAccount;
    private final PersonRepository people;
    private final HelpRepository helps;

    PersonAccess(CurrentAccount currentAccount, PersonRepository people, HelpRepository helps) {
        this.currentAccount = currentAccount;
        this.people = people;
        this.helps = helps;
    }

    /** Signed-in applicants only: staff and admins act through their own screens, not as a person or helper. */
    Optional<PortalUser> applicant() {
        return currentAccount.user().filter(user -> user.role() == Role.APPLICANT);
    }

    Optional<Seen> see(long personId) {
        return applicant().flatMap(user -> see(user, personId));
    }

    Optional<Seen> see(PortalUser user, long personId) {
        var own = ownPerson(user);
        if (own.isPresent() && own.get().requireId() == personId) {
            return Optional.of(new Seen.AsSelf(own.get()));
        }
        var help = helps.findActive(user.accountId(), personId);
        if (help.isEmpty()) {
            return Optional.empty();
        }
        if (help.get().awaitingConsent()) {
            return Optional.of(new Seen.AsPendingHelper(help.get()));
        }
        return people.findById(personId).map(person -> new Seen.AsHelper(person, help.get()));
    }

    /** Every person the account actively helps, each seen as far as that person's consent allows, in the order added. */
    List<Seen> helped(PortalUser user) {
        return helps.findActiveByHelper(user.accountId()).stream()
                .<Seen>flatMap(help -> help.awaitingConsent() ? Stream.of(new Seen.AsPendingHelper(help))
                        : people.findById(help.personId()).map(person -> new Seen.AsHelper(person, help)).stream())
                .toList();
    }

    /**
     * The account's own person. A helper may have added the person before they registered; the account's phone
     * number was confirmed by SMS at registration, so a person added with that number and the name they registered
     * with is theirs, and is linked to the account here, the first time it looks ("asked once, never twice"). The
     * name must match too: a family often shares one phone, and the father registering must not receive the record
     * (and the drafts) a daughter made for her mother.
     */
    Optional<Person> ownPerson(PortalUser user) {
        var own = people.findByOwnAccountId(user.accountId());
        if (own.isPresent() || user.role() != Role.APPLICANT) {
            return own;
        }
        for (var candidate : people.findUnclaimedByPhone(user.phoneNumber())) {
            if (!candidate.name.equals(user.displayName().strip())) {
                continue;
            }
            // A helper who typed their own number for the person must not become the person.
            if (helps.findActive(user.accountId(), candidate.requireId()).isPresent()) {
                continue;
            }
            // Two tabs linking at once: the unique own_account_id or the version makes the second one fail.
            candidate.ownAccountId = user.accountId();
            return Optional.of(people.save(candidate));
        }
        return Optional.empty();
    }
}
