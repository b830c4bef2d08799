package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.StatusChange;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One application: a draft continues where it was left; a submitted one shows its status, who sent it, its
 * history, the answers and the receipt.
 */
@Route(value = "applications/:id", layout = MainLayout.class)
@AnonymousAllowed
class ApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;
    private String title = "";

    ApplicationView(ApplicationService applications) {
        this.applications = applications;
        addClassNames("application-page", "application-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = ApplicationPage.load(event, applications).orElseThrow(NotFoundException::new);
        var application = found.application();
        if (application.isDraft()) {
            event.forwardTo(ApplyRoutes.step(application.id(), application.currentStep()));
            return;
        }
        removeAll();
        var history = applications.history(application.id());
        title = getTranslation("application.detail.heading", found.offer().title().in(getLocale()));
        var back = new Anchor(ApplyRoutes.mine(), getTranslation("application.back.mine"));
        back.addClassName("back-link");
        var status = new Paragraph(getTranslation("application.detail.status",
                getTranslation(application.status().messageKey())));
        status.addClassName("application-status");
        var submittedBy = new Paragraph(Receipt.submittedBy(this, application));
        submittedBy.addClassName("submitted-by");
        add(back, new PageHeading(title), status, submittedBy);
        if (application.sensitiveDataDeletedAt() != null) {
            var note = new Notice(getTranslation("application.detail.sensitive-deleted",
                    new AnswerText(this).date(application.sensitiveDataDeletedAt().atZone(Receipt.LIAOCHENG)
                            .toLocalDate())));
            note.setId("sensitive-data-deleted");
            add(note);
        }
        if (application.status() == ApplicationStatus.MORE_INFO_NEEDED) {
            moreInformation(found.id(), history);
        }
        if (application.status() == ApplicationStatus.COMPLETED
                && found.offer().subtype() == cn.liaocheng.jobs.catalogue.OfferSubtype.ASSESSMENT) {
            // The finished assessment leads to 为您推荐 (recommendations, above this capability: linked by address).
            var recommended = new Anchor("recommendations/" + application.personId(),
                    getTranslation("application.detail.recommendations"));
            recommended.addClassName("button-link");
            recommended.setId("assessment-recommendations");
            add(new Notice(getTranslation("application.detail.assessment-done")), new Paragraph(recommended));
        }
        add(new H2(getTranslation("application.detail.history")), timeline(history), new Receipt(found),
                new H2(getTranslation("application.detail.answers")),
                new AnswerList(found.form(), application.answers(), null,
                        document -> DocumentAnswer.of(this, applications, found.id(), document)));
    }

    /** What staff asked for, and the way to answer it in the same application. */
    private void moreInformation(long id, List<StatusChange> history) {
        var asked = history.reversed().stream().filter(c -> c.to() == ApplicationStatus.MORE_INFO_NEEDED)
                .map(StatusChange::reason).filter(java.util.Objects::nonNull).findFirst().orElse("");
        var notice = new Notice(getTranslation("application.more-info.asked", asked));
        notice.setId("more-info");
        var answer = new Anchor(ApplyRoutes.check(id), getTranslation("application.more-info.answer"));
        answer.addClassName("button-link");
        answer.setId("answer-more-info");
        add(notice, new Paragraph(answer));
    }

    private OrderedList timeline(List<StatusChange> history) {
        var list = new OrderedList();
        list.addClassName("timeline");
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        history.forEach(change -> {
            var item = new ListItem(change.changedAt().atZone(Receipt.LIAOCHENG).format(format) + " "
                    + getTranslation(change.messageKey()));
            // A partner's detail is an amount and date, or the bank's reason in its own words: not labelled 原因.
            if (change.reason() != null) {
                item.add(new Paragraph(change.step() == null
                        ? getTranslation("application.detail.reason", change.reason()) : change.reason()));
            }
            list.add(item);
        });
        return list;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
