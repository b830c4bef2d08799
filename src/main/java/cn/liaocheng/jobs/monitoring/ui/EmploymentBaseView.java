package cn.liaocheng.jobs.monitoring.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.monitoring.BaseOutcome;
import cn.liaocheng.jobs.monitoring.EmploymentBaseData;
import cn.liaocheng.jobs.monitoring.ProgressService;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DatePartsField;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.staff.StaffService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Map;

/**
 * 录入就业率分母: a county's working-age certificate holders, with source and date. County administrators for their own
 * county, the city administrator for any; every other county's address is not found (decision 0015).
 */
@Route(value = "staff/progress/base/:county", layout = MainLayout.class)
@RolesAllowed({Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class EmploymentBaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = "staff/progress/base/";

    private final ProgressService progress;
    private final StaffService staff;
    private final Announcer announcer;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final TextField holders = new TextField();
    private final TextField source = new TextField();
    private final DatePartsField asOf;
    private final Paragraph current = new Paragraph();
    private County county = County.CITYWIDE;
    private int version = -1;

    EmploymentBaseView(ProgressService progress, StaffService staff, Announcer announcer) {
        this.progress = progress;
        this.staff = staff;
        this.announcer = announcer;
        holders.setLabel(getTranslation("monitoring.base.holders"));
        holders.setHelperText(getTranslation("monitoring.base.holders.hint"));
        holders.setId("base-holders");
        holders.getElement().setAttribute("inputmode", "numeric");
        source.setLabel(getTranslation("monitoring.base.source"));
        source.setHelperText(getTranslation("monitoring.base.source.hint"));
        source.setMaxLength(300);
        source.setId("base-source");
        asOf = new DatePartsField(getTranslation("monitoring.base.as-of"));
        asOf.setId("base-as-of");
        current.setId("base-current");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = staff.requireCurrent();
        county = event.getRouteParameters().get("county").flatMap(County::fromSlug)
                .filter(c -> c != County.CITYWIDE && me.mayAdministerCounty(c))
                .orElseThrow(NotFoundException::new);
        asOf.setYearRange(2020, progress.today().getYear());
        removeAll();
        var saved = progress.employmentBase(county);
        version = saved.map(b -> b.version()).orElse(-1);
        saved.ifPresentOrElse(b -> {
            holders.setValue(Long.toString(b.workingAgeHolders()));
            source.setValue(b.source());
            asOf.setValue(b.asOf());
            current.setText(getTranslation("monitoring.base.current", b.enteredBy(), b.asOf().toString()));
        }, () -> current.setText(getTranslation("monitoring.base.none")));
        var save = new Button(getTranslation("monitoring.base.save"), e -> save());
        save.setId("base-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var back = new Anchor(StaffProgressView.ROUTE, getTranslation("monitoring.base.back"));
        back.setId("base-back");
        add(back, new PageHeading(heading()), current, errorSummary, holders, source, asOf, save);
    }

    private void save() {
        errorSummary.clear();
        var problems = new ArrayList<FieldError>();
        Long typed = null;
        try {
            typed = Long.valueOf(holders.getValue().strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldError(holders, getTranslation("monitoring.base.holders.invalid")));
        }
        asOf.problemMessage().ifPresent(message -> problems.add(new FieldError(asOf, message)));
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        var outcome = progress.saveEmploymentBase(county,
                new EmploymentBaseData(typed, source.getValue(), asOf.getValue()), version);
        switch (outcome) {
            case BaseOutcome.Saved(var now) -> {
                version = now.version();
                current.setText(getTranslation("monitoring.base.current", now.enteredBy(), now.asOf().toString()));
                announcer.announce(getTranslation("monitoring.base.saved", getTranslation(county.messageKey())));
            }
            case BaseOutcome.Conflict(var now) -> {
                version = now == null ? -1 : now.version();
                show(java.util.List.of(new FieldError(holders, getTranslation("monitoring.base.conflict"))));
            }
            case BaseOutcome.Invalid(var list) -> {
                Map<String, Component> fields = Map.of("holders", holders, "source", source, "asOf", asOf);
                show(list.stream().map(p -> new FieldError(fields.get(p.field()), getTranslation(p.messageKey())))
                        .toList());
            }
        }
    }

    private void show(java.util.List<FieldError> problems) {
        holders.setInvalid(false);
        source.setInvalid(false);
        for (var problem : problems) {
            if (problem.field() instanceof TextField field) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
        errorSummary.show(problems);
    }

    private String heading() {
        return getTranslation("monitoring.base.form.heading", getTranslation(county.messageKey()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(heading());
    }
}
