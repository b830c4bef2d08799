package cn.liaocheng.jobs.monitoring.ui;

import cn.liaocheng.jobs.monitoring.ProgressService;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** 计划进展: the plan's figures for everyone, the whole city and every county, without any person in them. */
@Route(value = PlanProgressView.ROUTE, layout = MainLayout.class)
@Menu(order = 6, title = "monitoring.public.heading")
@AnonymousAllowed
class PlanProgressView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "plan-progress";

    private final ProgressService progress;

    PlanProgressView(ProgressService progress) {
        this.progress = progress;
        addClassName("plan-progress");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var today = progress.today();
        var choices = Period.choices(progress.planStart(), today);
        var period = Period.chosen(event.getLocation().getQueryParameters().getSingleParameter("period"),
                progress.planStart(), today);
        removeAll();
        var asOf = new Paragraph(getTranslation("monitoring.as-of", period.from().toString(), period.to().toString()));
        asOf.setId("progress-as-of");
        add(new PageHeading(getTranslation("monitoring.public.heading")),
                new Paragraph(getTranslation("monitoring.public.intro")), new PeriodLinks(ROUTE, choices, period),
                asOf, new ProgressReport(progress.page(County.CITYWIDE, period.from(), period.to()), null,
                        "plan-progress-" + period.key()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("monitoring.public.heading"));
    }
}
