package cn.liaocheng.jobs.easyread.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.easyread.EasyReadEdit;
import cn.liaocheng.jobs.easyread.EasyReadIcon;
import cn.liaocheng.jobs.easyread.EasyReadOutcome;
import cn.liaocheng.jobs.easyread.EasyReadProblem;
import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.easyread.EasyReadText;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One easy-read text for its editor ({@code /staff/easy-read/COURSE}): heading, lines and key words in both languages.
 * The version read on entering goes with the save, so a save over someone else's newer one is refused with a message.
 */
@Route(value = EditEasyReadView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class EditEasyReadView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/easy-read/:topic([A-Za-z0-9-]{1,20})";

    private final EasyReadService easyRead;
    private final Announcer announcer;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div status = new Div();
    /** Field name ({@code heading.zh} …) to its field, in the form's order, for the error summary. */
    final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
    private String topic = "";
    private int version;
    private String title = "";

    EditEasyReadView(EasyReadService easyRead, Announcer announcer) {
        this.easyRead = easyRead;
        this.announcer = announcer;
        addClassName("edit-easy-read");
        status.setId("easy-read-edit-status");
        var icons = Arrays.stream(EasyReadIcon.values())
                .map(i -> i.key() + "（" + getTranslation(i.messageKey()) + "）").collect(Collectors.joining("、"));
        for (var name : new String[] {"heading.zh", "heading.en"}) {
            var field = new TextField(getTranslation("easyread.edit." + name));
            field.setWidthFull();
            fields.put(name, field);
        }
        for (var name : new String[] {"lines.zh", "lines.en", "words.zh", "words.en"}) {
            var field = new TextArea(getTranslation("easyread.edit." + name));
            field.setHelperText(name.startsWith("lines") ? getTranslation("easyread.edit.lines.hint", icons)
                    : getTranslation("easyread.edit.words.hint"));
            field.setWidthFull();
            fields.put(name, field);
        }
        fields.forEach((name, field) -> field.setId("easy-read-" + name.replace('.', '-')));
    }

    static String url(String topic) {
        return "staff/easy-read/" + topic;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var text = event.getRouteParameters().get("topic").flatMap(easyRead::find);
        if (text.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(text.get());
    }

    private void show(EasyReadText text) {
        topic = text.topic();
        version = text.version();
        title = getTranslation("easyread.edit.heading", text.zh().heading());
        var edit = EasyReadEdit.of(text);
        fields.get("heading.zh").setValue(edit.headingZh());
        fields.get("heading.en").setValue(edit.headingEn());
        fields.get("lines.zh").setValue(edit.linesZh());
        fields.get("lines.en").setValue(edit.linesEn());
        fields.get("words.zh").setValue(edit.wordsZh());
        fields.get("words.en").setValue(edit.wordsEn());
        var save = new Button(getTranslation("easyread.edit.save"), e -> save());
        save.setId("easy-read-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var back = new Anchor(StaffEasyReadView.ROUTE, getTranslation("easyread.edit.back"));
        back.addClassName("back-link");
        removeAll();
        add(back, new PageHeading(title), new Paragraph(getTranslation("easyread.edit.intro")), status, errorSummary);
        fields.values().forEach(this::add);
        add(save);
    }

    private EasyReadEdit edit() {
        return new EasyReadEdit(fields.get("heading.zh").getValue(), fields.get("heading.en").getValue(),
                fields.get("lines.zh").getValue(), fields.get("lines.en").getValue(),
                fields.get("words.zh").getValue(), fields.get("words.en").getValue());
    }

    private void save() {
        status.removeAll();
        fields.values().forEach(EditEasyReadView::clearError);
        switch (easyRead.update(topic, version, edit())) {
            case EasyReadOutcome.Saved saved -> {
                errorSummary.clear();
                version = saved.version();
                var notice = new Notice(getTranslation("easyread.edit.saved"));
                notice.setId("easy-read-edit-done");
                status.add(notice);
                announcer.announce(getTranslation("easyread.edit.saved"));
            }
            case EasyReadOutcome.Invalid invalid -> errorSummary.show(invalid.problems().stream()
                    .map(this::fieldError).toList());
            case EasyReadOutcome.Conflict conflict -> {
                errorSummary.clear();
                var notice = new Notice(getTranslation("easyread.edit.conflict"));
                notice.setId("easy-read-edit-conflict");
                var reload = new Anchor(url(topic), getTranslation("easyread.edit.conflict.reload"));
                reload.getElement().setAttribute("router-ignore", "");
                reload.addClassName("staff-easy-read-link");
                status.add(notice, new Paragraph(reload));
                announcer.announce(getTranslation("easyread.edit.conflict"));
            }
        }
    }

    private ErrorSummary.FieldError fieldError(EasyReadProblem problem) {
        var field = fields.get(problem.field());
        var message = problem.line() == 0 ? getTranslation(problem.messageKey())
                : getTranslation("easyread.edit.error.line", problem.line(), getTranslation(problem.messageKey()));
        var label = getTranslation("easyread.edit." + problem.field());
        setError(field, label + "：" + message);
        return new ErrorSummary.FieldError(field, label + "：" + message);
    }

    private static void setError(TextFieldBase<?, String> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void clearError(TextFieldBase<?, String> field) {
        field.setInvalid(false);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
