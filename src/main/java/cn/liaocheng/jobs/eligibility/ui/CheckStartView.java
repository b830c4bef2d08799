package cn.liaocheng.jobs.eligibility.ui;

import cn.liaocheng.jobs.eligibility.CheckerForm;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 我能申请什么: what the checker does, how long it takes, that nothing is stored, and a 开始 link. A person who has
 * answered before finds their answers still there and can go straight to the result.
 */
@Route(value = CheckRoutes.START, layout = MainLayout.class)
@Menu(order = 4.5, title = "check.start.heading") // after the four kinds of offer: the question before them all
@AnonymousAllowed
class CheckStartView extends Div implements HasDynamicTitle {

    CheckStartView(ProfileService profiles) {
        addClassNames("checker-page", "checker-start");
        var start = new Anchor(CheckRoutes.step(CheckerForm.STEPS.getFirst()), getTranslation("check.start.button"));
        start.addClassName("button-link");
        start.setId("check-start");
        add(new PageHeading(getTranslation("check.start.heading")),
                new Paragraph(getTranslation("check.start.intro", CheckerForm.STEPS.size())),
                new Paragraph(getTranslation("check.start.privacy")));
        if (profiles.ownPersonId().isPresent()) {
            add(new Paragraph(getTranslation("check.start.signed-in")));
        }
        add(new Paragraph(start));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("check.start.heading"));
    }
}
