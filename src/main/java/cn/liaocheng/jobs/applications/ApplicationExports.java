package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.documents.DocumentInfo;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.platform.Translations;
import cn.liaocheng.jobs.profile.PersonSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds {@link ApplicationService#exportMine}: the service decides whom the account sees, this words what is stored.
 * Outside any page, so texts come from the platform's translations in the language asked for.
 */
@Component
class ApplicationExports {

    private final ApplicationStore store;
    private final CatalogueService catalogue;
    private final CurrentAccount current;
    private final DocumentService documents;
    private final Translations translations;

    ApplicationExports(ApplicationStore store, CatalogueService catalogue, CurrentAccount current,
            DocumentService documents, Translations translations) {
        this.store = store;
        this.catalogue = catalogue;
        this.current = current;
        this.documents = documents;
        this.translations = translations;
    }

    /** @param people everyone the signed-in account may apply for, by person id, as the profile says now */
    ApplicationsExport exportMine(Map<Long, PersonSummary> people, Locale language) {
        var user = current.user();
        if (user.isEmpty()) {
            return ApplicationsExport.none();
        }
        long me = user.get().accountId();
        var wording = new AnswerWording((key, parameters) -> translations.render(key, language, parameters), language);
        var own = new ArrayList<ExportedApplication>();
        var forOthers = new ArrayList<ApplicationForOthers>();
        // Oldest first: a copy reads like a record, from the first application on.
        for (var application : store.findFor(people.keySet()).reversed()) {
            var person = people.get(application.personId());
            var offer = catalogue.findBySlug(application.offerSlug());
            if (!ApplicationService.mayRead(application.createdBy(), person, me) || offer.isEmpty()) {
                continue;
            }
            var ids = ApplicationStore.documentIdsIn(application.answers()).stream().map(UUID::fromString)
                    .collect(Collectors.toSet());
            if (person.self()) {
                // The person's own application: the files its answers name are theirs, whoever uploaded them.
                var files = ids.stream().flatMap(id -> documents.infoAccessCheckedByCaller(id).stream()).toList();
                own.add(new ExportedApplication(application.id(), application.reference(), offer.get().title(),
                        application.form(), application.status(), application.createdAt(), application.updatedAt(),
                        application.submittedAt(), application.submittedBy(), application.createdBy() == me,
                        application.sensitiveDataDeletedAt(),
                        answers(Forms.forOffer(offer.get()), application.answers(), files, wording),
                        store.history(application.id()), files));
            } else {
                var submitter = application.submittedBy();
                forOthers.add(new ApplicationForOthers(person.name(), offer.get().title(), application.status(),
                        application.reference(), application.createdAt(), application.submittedAt(),
                        application.createdBy() == me, submitter != null && submitter.accountId() == me, ids));
            }
        }
        var notifications = store.allNotificationsFor(me).stream()
                .filter(row -> ApplicationService.mayRead(row.createdBy(), people.get(row.personId()), me))
                .flatMap(row -> catalogue.findBySlug(row.offerSlug()).stream()
                        .map(offer -> new Notification(row.id(), row.applicationId(), row.reference(), offer.title(),
                                row.status(), row.createdAt(), row.read(), row.step())))
                .toList();
        var ownPerson = people.values().stream().filter(PersonSummary::self).map(PersonSummary::personId)
                .findFirst().orElse(null);
        var uploads = documents.exportOwnUploads().stream().map(upload -> upload.info().id().toString())
                .collect(Collectors.toSet());
        var othersDocuments = store.referencedByOthers(uploads, ownPerson).stream().map(UUID::fromString)
                .collect(Collectors.toSet());
        return new ApplicationsExport(own, forOthers, notifications, othersDocuments);
    }

    /** Every stored answer in the form's order; answers to questions the form no longer asks come last, by id. */
    private static List<ExportedAnswer> answers(FormDefinition form, Answers answers, List<DocumentInfo> files,
            AnswerWording wording) {
        var result = new ArrayList<ExportedAnswer>();
        var asked = new HashSet<String>();
        form.steps().stream().flatMap(step -> step.questions().stream()).forEach(question -> {
            asked.add(question.id());
            if (answers.raw(question.id()).isEmpty()) {
                return;
            }
            var text = question.type() != QuestionType.DOCUMENT ? wording.of(question, answers)
                    : files.stream().filter(f -> f.id().toString().equals(answers.text(question.id()))).findFirst()
                            .map(DocumentInfo::displayName)
                            .orElseGet(() -> wording.texts().text("application.document.gone"));
            result.add(new ExportedAnswer(question.id(), wording.texts().text(question.labelKey()), text,
                    answers.values(question.id())));
        });
        answers.asMap().keySet().stream().filter(id -> !asked.contains(id)).forEach(id -> result.add(
                new ExportedAnswer(id, id, String.join(", ", answers.values(id)), answers.values(id))));
        return List.copyOf(result);
    }
}
