package cn.liaocheng.jobs.quota.ui;

import static cn.liaocheng.jobs.quota.ui.QuotaTexts.t;

import cn.liaocheng.jobs.quota.EmployerUnit;
import cn.liaocheng.jobs.quota.Problem;
import cn.liaocheng.jobs.quota.ReportFigures;
import cn.liaocheng.jobs.quota.ReservedPost;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The yearly report's fields: staff in post, disabled employees (a count; the form never asks for names), 编制 for
 * 机关 and 事业单位, and the reserved posts with their contact. Numbers are typed as text, so that a letter gets a
 * message of our own rather than an empty value.
 */
class QuotaReportForm extends Composite<Section> {

    private final EmployerUnit unit;
    final TextField totalStaff = QuotaTexts.numberField("report-total-staff", t("quota.report.staff"),
            t("quota.report.staff.hint"));
    final TextField disabled = QuotaTexts.numberField("report-disabled", t("quota.report.disabled"),
            t("quota.report.disabled.hint"));
    final TextField authorised = QuotaTexts.numberField("report-authorised", t("quota.report.authorised"),
            t("quota.report.authorised.hint"));
    final TextField contact = new TextField(t("quota.report.contact"));
    final List<ReservedPostFields> posts = new ArrayList<>();
    private final Div postList = new Div();
    final Button addPost = new Button(t("quota.report.post.add"));
    private int nextId;

    QuotaReportForm(EmployerUnit unit, ReportFigures figures) {
        this.unit = unit;
        authorised.setVisible(unit.kind().hasAuthorisedPosts());
        contact.setId("report-contact");
        contact.setHelperText(t("quota.report.contact.hint"));
        addPost.setId("report-add-post");
        addPost.addClickListener(e -> addPost(null).title.focus());
        var postsHeading = new H2(t("quota.report.posts.heading"));
        postsHeading.setId("report-posts-heading");
        postList.setId("report-posts");
        getContent().addClassName("account-form");
        getContent().add(totalStaff, disabled, authorised, postsHeading,
                new Paragraph(t("quota.report.posts.intro")), postList, addPost, contact);
        fill(figures);
    }

    private void fill(ReportFigures figures) {
        totalStaff.setValue(text(figures.totalStaff()));
        disabled.setValue(text(figures.disabledEmployees()));
        authorised.setValue(text(figures.authorisedPosts()));
        contact.setValue(figures.postsContact() == null ? "" : figures.postsContact());
        figures.posts().forEach(post -> addPost(post));
    }

    private ReservedPostFields addPost(@Nullable ReservedPost post) {
        var fields = new ReservedPostFields(nextId++, this::removePost);
        if (post != null) {
            fields.fill(post);
        } else {
            fields.county.setValue(unit.county());
        }
        posts.add(fields);
        postList.add(fields);
        renumber();
        return fields;
    }

    private void removePost(ReservedPostFields fields) {
        posts.remove(fields);
        postList.remove(fields);
        renumber();
        addPost.focus();
    }

    private void renumber() {
        for (int i = 0; i < posts.size(); i++) {
            posts.get(i).number(i);
        }
    }

    /** The figures typed, and the problems only the form can see (letters in a number field), in page order. */
    Typed typed() {
        var problems = new ArrayList<FieldError>();
        var staff = number(totalStaff, "quota.report.staff.not-a-number", problems);
        var disabledCount = number(disabled, "quota.report.disabled.not-a-number", problems);
        Integer posts = unit.kind().hasAuthorisedPosts()
                ? number(authorised, "quota.report.authorised.not-a-number", problems) : null;
        var typedPosts = new ArrayList<ReservedPost>();
        for (int i = 0; i < this.posts.size(); i++) {
            var fields = this.posts.get(i);
            if (QuotaTexts.typed(fields.places.getValue()) instanceof QuotaTexts.Typed.NotANumber) {
                problems.add(new FieldError(fields.places, t("quota.report.post.places.not-a-number", i + 1)));
            }
            typedPosts.add(fields.post(unit.county()));
        }
        return new Typed(new ReportFigures(staff, disabledCount, posts, contact.getValue(), typedPosts), problems);
    }

    /** The service's problems at their fields. */
    List<FieldError> errors(List<Problem> problems) {
        Map<String, Component> fields = new HashMap<>();
        fields.put("totalStaff", totalStaff);
        fields.put("disabledEmployees", disabled);
        fields.put("authorisedPosts", authorised);
        fields.put("postsContact", contact);
        fields.put("posts", addPost);
        for (int i = 0; i < posts.size(); i++) {
            fields.putAll(posts.get(i).fields(i));
        }
        return QuotaTexts.errors(problems, fields, totalStaff);
    }

    private static @Nullable Integer number(TextField field, String notANumberKey, List<FieldError> problems) {
        return switch (QuotaTexts.typed(field.getValue())) {
            case QuotaTexts.Typed.Number(var value) -> value;
            case QuotaTexts.Typed.Blank b -> null;
            case QuotaTexts.Typed.NotANumber n -> {
                problems.add(new FieldError(field, t(notANumberKey)));
                yield null;
            }
        };
    }

    private static String text(@Nullable Integer number) {
        return number == null ? "" : number.toString();
    }

    record Typed(ReportFigures figures, List<FieldError> problems) {}
}
