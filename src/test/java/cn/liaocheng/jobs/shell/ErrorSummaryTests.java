package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ErrorSummaryTests extends SpringBrowserlessTest {

    /** A form as a step would build it: the summary above a name and a date of birth. */
    @Route(value = "test-only/error-summary-form", layout = MainLayout.class)
    @PageTitle("测试表单 - 聊城残疾人就业服务")
    @AnonymousAllowed
    public static class FormView extends Div {
        final ErrorSummary summary = new ErrorSummary();
        final TextField name = new TextField("姓名");
        final DatePartsField birthday = new DatePartsField("出生日期");
        final NativePasswordField password = new NativePasswordField("test-password", "密码", "new-password", "显示密码");

        public FormView() {
            password.setHint("至少 8 位");
            add(new PageHeading("测试表单"), summary, name, birthday, password);
        }
    }

    private FormView form;

    @BeforeEach
    void openForm() {
        form = navigate("test-only/error-summary-form", FormView.class);
    }

    private void showTwoProblems() {
        form.summary.show(List.of(
                new ErrorSummary.FieldError(form.name, "请填写姓名"),
                new ErrorSummary.FieldError(form.birthday, "请填写日")));
    }

    private static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    /** Scripts queued for the browser on this component's element since the last call. */
    private static List<String> scriptsFor(Component component) {
        return scriptsFor(component.getElement());
    }

    private static List<String> scriptsFor(Element element) {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getOwner() == element.getNode())
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(invocation -> invocation.getExpression())
                .toList();
    }

    @Test
    void the_summary_is_hidden_until_a_form_fails() {
        assertThat($(ErrorSummary.class).exists()).isFalse();
        assertThat(form.summary.messages()).isEmpty();
        assertThat(title()).isEqualTo("测试表单 - 聊城残疾人就业服务");
    }

    @Test
    void the_summary_lists_each_problem_in_order_as_a_link_under_a_heading() {
        showTwoProblems();

        var summary = $(ErrorSummary.class).single();
        assertThat(summary.messages()).containsExactly("请填写姓名", "请填写日");
        assertThat($(H2.class, summary).single().getText()).isEqualTo("存在以下问题");
        assertThat($(Anchor.class, summary).all()).extracting(Anchor::getText).containsExactly("请填写姓名", "请填写日");
        assertThat($(Anchor.class, summary).first().getHref()).isEqualTo("#" + form.name.getId().orElseThrow());
        assertThat(summary.getElement().getAttribute("role")).isNull();
    }

    @Test
    void the_summary_takes_focus_so_screen_readers_read_it() {
        scriptsFor(form.summary);

        showTwoProblems();

        assertThat(form.summary.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(scriptsFor(form.summary)).anyMatch(js -> js.contains("focus()"));
        assertThat($(Announcer.class).single().message()).isEmpty();
    }

    @Test
    void each_field_shows_its_own_message_and_is_marked_invalid() {
        showTwoProblems();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("请填写姓名");
        assertThat(form.birthday.isInvalid()).isTrue();
        assertThat(form.birthday.getErrorMessage()).isEqualTo("请填写日");
    }

    @Test
    void the_browsers_own_box_shows_its_message_above_it_and_the_link_leads_to_the_input() {
        form.summary.show(List.of(new ErrorSummary.FieldError(form.password, "请设置密码")));

        var input = form.password.inputElement();
        var parts = form.password.getElement().getChildren().toList();
        var error = parts.stream().filter(e -> "test-password-error".equals(e.getAttribute("id"))).findFirst()
                .orElseThrow();
        assertThat(error.getText()).isEqualTo("请设置密码");
        assertThat(parts.indexOf(error)).as("the message above the box and its button")
                .isLessThan(parts.indexOf(input.getParent()));
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).isEqualTo("test-password-hint test-password-error");
        assertThat(form.password.getErrorMessage()).isEqualTo("请设置密码");

        scriptsFor(input);
        var link = $(Anchor.class, form.summary).withText("请设置密码").single();
        assertThat(link.getHref()).isEqualTo("#test-password");
        link.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(link.getElement(), "click", JacksonUtils.createObjectNode()));
        assertThat(scriptsFor(input)).as("focus goes to the input, not its wrapper")
                .anyMatch(js -> js.contains("focus"));

        form.summary.clear();
        assertThat(input.hasAttribute("aria-invalid")).isFalse();
        assertThat(input.getAttribute("aria-describedby")).isEqualTo("test-password-hint");
        assertThat(form.password.getElement().getChildren())
                .noneMatch(e -> "test-password-error".equals(e.getAttribute("id")));
    }

    @Test
    void following_a_link_moves_focus_to_its_field() {
        showTwoProblems();
        scriptsFor(form.name);
        var link = $(Anchor.class, form.summary).withText("请填写姓名").single();

        link.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(link.getElement(), "click", JacksonUtils.createObjectNode()));

        assertThat(scriptsFor(form.name)).anyMatch(js -> js.contains("focus"));
        assertThat(link.getElement().getAttribute("router-ignore")).isNotNull();
    }

    @Test
    void the_page_title_starts_with_error_until_the_summary_is_cleared() {
        showTwoProblems();
        assertThat(title()).isEqualTo("错误：测试表单 - 聊城残疾人就业服务");

        showTwoProblems(); // a second failed attempt must not say "错误：错误："
        assertThat(title()).isEqualTo("错误：测试表单 - 聊城残疾人就业服务");

        form.summary.clear();
        assertThat(title()).isEqualTo("测试表单 - 聊城残疾人就业服务");
        assertThat($(ErrorSummary.class).exists()).isFalse();
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.birthday.isInvalid()).isFalse();
    }

    @Test
    void a_field_fixed_before_the_next_attempt_is_no_longer_marked() {
        showTwoProblems();

        form.summary.show(List.of(new ErrorSummary.FieldError(form.birthday, "这个日期不存在，请检查月和日")));

        assertThat(form.summary.messages()).containsExactly("这个日期不存在，请检查月和日");
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(form.birthday.getErrorMessage()).isEqualTo("这个日期不存在，请检查月和日");
    }
}
