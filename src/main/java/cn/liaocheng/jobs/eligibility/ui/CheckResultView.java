package cn.liaocheng.jobs.eligibility.ui;

import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.ui.AnswerList;
import cn.liaocheng.jobs.applications.ui.StartingAnswers;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.OfferSummary;
import cn.liaocheng.jobs.eligibility.CheckerForm;
import cn.liaocheng.jobs.eligibility.EligibilityResult;
import cn.liaocheng.jobs.eligibility.EligibilityService;
import cn.liaocheng.jobs.eligibility.Situation;
import cn.liaocheng.jobs.eligibility.Want;
import cn.liaocheng.jobs.eligibility.Wording;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DisplaySettings;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * 查询结果: every programme that applies, grouped by what the person wants, each with why, what to bring, the lead
 * department and its open offers; then what they might have expected and why it does not apply; then their answers
 * with 修改 links. In care mode one programme per screen, with 上一项 / 下一项 and a big 在线申请 button.
 */
@Route(value = CheckRoutes.RESULT, layout = MainLayout.class)
@AnonymousAllowed
class CheckResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EligibilityService eligibility;
    private final CatalogueService catalogue;
    private final Wording wording;
    private final Announcer announcer;
    private final DisplaySettings display;
    private final Div shownCards = new Div();
    private String title = "";

    /** A programme that applies, under the first of the person's wants it serves (so it is listed once). */
    private record Placed(Want want, EligibilityResult.Match match) {
    }

    CheckResultView(EligibilityService eligibility, CatalogueService catalogue, Wording wording, Announcer announcer,
            DisplaySettings display) {
        this.eligibility = eligibility;
        this.catalogue = catalogue;
        this.wording = wording;
        this.announcer = announcer;
        this.display = display;
        addClassNames("checker-page", "checker-result");
        shownCards.setId("results");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var answers = CheckerForm.asked(CheckerAnswers.current().answers());
        var incomplete = CheckerForm.firstIncompleteStep(answers, catalogue.today());
        if (incomplete.isPresent()) {
            event.forwardTo(CheckRoutes.step(incomplete.get()));
            return;
        }
        show(answers, CheckerForm.situation(answers));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }

    private void show(Answers answers, Situation who) {
        removeAll();
        var result = eligibility.check(who);
        var placed = placed(result, who);
        var other = who.forSomeoneElse();
        title = getTranslation(other ? "check.result.heading.other" : "check.result.heading.self");
        add(new PageHeading(title));
        add(new Paragraph(placed.isEmpty() ? getTranslation("check.result.none")
                : getTranslation("check.result.intro", placed.size())));
        if (who.category() == null) {
            var notice = new Notice(getTranslation("check.result.no-certificate"));
            notice.setId("no-certificate");
            add(notice);
        }
        add(shownCards);
        if (display.careMode() && placed.size() > 1) {
            showOneAtATime(placed, answers, who, 0, false);
        } else {
            showAll(placed, answers, who);
        }
        if (!result.doesNotApply().isEmpty()) {
            var section = new Section(new H2(getTranslation("check.result.not.heading")));
            section.setId("does-not-apply");
            section.addClassName("result-not");
            result.doesNotApply().forEach(verdict -> {
                var item = new Div(new H3(verdict.rule().title().in(getLocale())),
                        new Paragraph(wording.butNot(verdict, getLocale())));
                item.addClassName("result-not-item");
                section.add(item);
            });
            add(section);
        }
        var contact = new Paragraph(getTranslation("check.result.contact"));
        contact.addClassName("result-contact");
        var yourAnswers = new Section(new H2(getTranslation("check.result.answers")),
                new AnswerList(CheckerForm.shownSteps(answers), answers,
                        stepId -> CheckRoutes.step(CheckerForm.step(stepId).orElseThrow())));
        yourAnswers.setId("your-answers");
        add(contact, yourAnswers);
    }

    private List<Placed> placed(EligibilityResult result, Situation who) {
        var placed = new ArrayList<Placed>();
        var listed = new HashSet<String>();
        for (var want : Want.values()) {
            if (!who.wants().contains(want)) {
                continue;
            }
            result.appliesFor(want).stream().filter(m -> listed.add(m.verdict().rule().code()))
                    .forEach(m -> placed.add(new Placed(want, m)));
        }
        return placed;
    }

    private void showAll(List<Placed> placed, Answers answers, Situation who) {
        shownCards.removeAll();
        Want group = null;
        for (var item : placed) {
            if (item.want() != group) {
                group = item.want();
                shownCards.add(new H2(getTranslation("check.result.group", wording.want(group, getLocale()))));
            }
            shownCards.add(card(item, answers, who));
        }
    }

    private void showOneAtATime(List<Placed> placed, Answers answers, Situation who, int index, boolean moved) {
        shownCards.removeAll();
        var item = placed.get(index);
        var position = getTranslation("check.result.position", index + 1, placed.size());
        var where = new Paragraph(position);
        where.addClassName("result-position");
        var card = card(item, answers, who);
        shownCards.add(new H2(getTranslation("check.result.group", wording.want(item.want(), getLocale()))), where,
                card);
        var pager = new Div();
        pager.addClassName("result-pager");
        if (index > 0) {
            var previous = new Button(getTranslation("check.result.previous"),
                    e -> showOneAtATime(placed, answers, who, index - 1, true));
            previous.setId("result-previous");
            pager.add(previous);
        }
        if (index < placed.size() - 1) {
            var next = new Button(getTranslation("check.result.next"),
                    e -> showOneAtATime(placed, answers, who, index + 1, true));
            next.setId("result-next");
            pager.add(next);
        }
        shownCards.add(pager);
        if (moved) {
            // The new programme's title takes focus, so reading goes on from there; the count is said once.
            card.heading().getElement().executeJs("this.focus()");
            announcer.announce(position + " " + card.heading().getText());
        }
    }

    private ResultCard card(Placed item, Answers answers, Situation who) {
        return new ResultCard(item.match(), who.county(), wording, offer -> apply(offer, answers, who));
    }

    private void apply(OfferSummary offer, Answers answers, Situation who) {
        // The application starts with these answers (county, township, household, graduation year): not typed twice.
        StartingAnswers.keep(answers, who.forSomeoneElse());
        UI.getCurrent().navigate("apply/" + offer.slug());
    }
}
