package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.accounts.AccountDeleted;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an account is deleted, in its transaction: the account's own person goes, with every helper link to them;
 * every link of the account as a helper goes too. A person the account asked to help who never agreed, has no
 * account and nobody else linked, was only what the account typed, and goes as well. A person who agreed keeps their
 * record (and the drafts the account prepared), as after withdrawing a helper. {@link ProfileDeleted} is published
 * first, so that applications and messages remove theirs while the ids still mean something.
 */
@Component
class ProfileDeletion {

    private final PersonRepository people;
    private final HelpRepository helps;
    private final ApplicationEventPublisher events;

    ProfileDeletion(PersonRepository people, HelpRepository helps, ApplicationEventPublisher events) {
        this.people = people;
        this.helps = helps;
        this.events = events;
    }

    @EventListener
    @Transactional
    void on(AccountDeleted event) {
        long account = event.accountId();
        var own = people.findByOwnAccountId(account);
        var asHelper = helps.findByHelperAccountIdOrderById(account);
        var awaiting = asHelper.stream().filter(Help::active).filter(Help::awaitingConsent).map(Help::personId)
                .collect(Collectors.toSet());
        events.publishEvent(new ProfileDeleted(account, own.map(Person::requireId).orElse(null), awaiting));

        own.ifPresent(person -> {
            helps.deleteAll(helps.findByPersonIdOrderById(person.requireId()));
            people.delete(person);
        });
        helps.deleteAll(asHelper);
        awaiting.forEach(personId -> people.findById(personId)
                .filter(person -> person.ownAccountId == null && person.createdBy == account)
                .filter(person -> helps.findByPersonIdOrderById(personId).isEmpty())
                .ifPresent(people::delete));
    }
}
