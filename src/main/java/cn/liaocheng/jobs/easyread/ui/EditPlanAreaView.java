package cn.liaocheng.jobs.easyread.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.easyread.EasyReadOutcome;
import cn.liaocheng.jobs.easyread.EasyReadProblem;
import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.easyread.PlanArea;
import cn.liaocheng.jobs.easyread.PlanAreaEdit;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One action area's page for its editor ({@code /staff/plan-areas/6}): title, summary and lead departments in both
 * languages, checked, saved with the version read on entering (a stale form gets the same conflict message as an
 * easy-read text), and audited.
 */
@Route(value = EditPlanAreaView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class EditPlanAreaView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/plan-areas/:number([0-9]{1,2})";

    private final EasyReadService easyRead;
    private final Announcer announcer;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div status = new Div();
    /** Field name ({@code title.zh} …) to its field, in the form's order, for the error summary. */
    final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
    private int number;
    private int version;
    private String title = "";

    EditPlanAreaView(EasyReadService easyRead, Announcer announcer) {
        this.easyRead = easyRead;
        this.announcer = announcer;
        addClassName("edit-easy-read");
        status.setId("plan-area-edit-status");
        for (var name : new String[] {"title.zh", "title.en", "summary.zh", "summary.en", "lead.zh", "lead.en"}) {
            TextFieldBase<?, String> field = name.startsWith("summary")
                    ? new TextArea(getTranslation("easyread.area." + name))
                    : new TextField(getTranslation("easyread.area." + name));
            if (name.startsWith("lead")) {
                field.setHelperText(getTranslation("easyread.area.lead.hint"));
            }
            field.setWidthFull();
            field.setId("plan-area-" + name.replace('.', '-'));
            fields.put(name, field);
        }
    }

    static String url(int number) {
        return "staff/plan-areas/" + number;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var area = event.getRouteParameters().getInteger("number").flatMap(easyRead::area);
        if (area.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(area.get());
    }

    private void show(PlanArea area) {
        number = area.number();
        version = area.version();
        title = getTranslation("easyread.area.heading", PlanAreaView.numeral(this, number) + area.title().zh());
        var edit = PlanAreaEdit.of(area);
        fields.get("title.zh").setValue(edit.titleZh());
        fields.get("title.en").setValue(edit.titleEn());
        fields.get("summary.zh").setValue(edit.summaryZh());
        fields.get("summary.en").setValue(edit.summaryEn());
        fields.get("lead.zh").setValue(edit.leadZh());
        fields.get("lead.en").setValue(edit.leadEn());
        var save = new Button(getTranslation("easyread.edit.save"), e -> save());
        save.setId("plan-area-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var back = new Anchor(StaffEasyReadView.ROUTE, getTranslation("easyread.edit.back"));
        back.addClassName("back-link");
        var page = new Anchor(PlanAreaView.url(number), getTranslation("easyread.area.public"));
        page.setId("plan-area-public");
        page.addClassName("staff-easy-read-link");
        removeAll();
        add(back, new PageHeading(title), new Paragraph(getTranslation("easyread.area.intro")), new Paragraph(page),
                status, errorSummary);
        fields.values().forEach(this::add);
        add(save);
    }

    private PlanAreaEdit edit() {
        return new PlanAreaEdit(fields.get("title.zh").getValue(), fields.get("title.en").getValue(),
                fields.get("summary.zh").getValue(), fields.get("summary.en").getValue(),
                fields.get("lead.zh").getValue(), fields.get("lead.en").getValue());
    }

    private void save() {
        status.removeAll();
        fields.values().forEach(field -> field.setInvalid(false));
        switch (easyRead.updateArea(number, version, edit())) {
            case EasyReadOutcome.Saved saved -> {
                errorSummary.clear();
                version = saved.version();
                var notice = new Notice(getTranslation("easyread.area.saved"));
                notice.setId("plan-area-edit-done");
                status.add(notice);
                announcer.announce(getTranslation("easyread.area.saved"));
            }
            case EasyReadOutcome.Invalid invalid -> errorSummary.show(invalid.problems().stream()
                    .map(this::fieldError).toList());
            case EasyReadOutcome.Conflict conflict -> {
                errorSummary.clear();
                var notice = new Notice(getTranslation("easyread.area.conflict"));
                notice.setId("plan-area-edit-conflict");
                var reload = new Anchor(url(number), getTranslation("easyread.area.conflict.reload"));
                reload.getElement().setAttribute("router-ignore", "");
                reload.addClassName("staff-easy-read-link");
                status.add(notice, new Paragraph(reload));
                announcer.announce(getTranslation("easyread.area.conflict"));
            }
        }
    }

    private ErrorSummary.FieldError fieldError(EasyReadProblem problem) {
        var field = fields.get(problem.field());
        var message = getTranslation("easyread.area." + problem.field()) + "：" + getTranslation(problem.messageKey());
        field.setErrorMessage(message);
        field.setInvalid(true);
        return new ErrorSummary.FieldError(field, message);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
