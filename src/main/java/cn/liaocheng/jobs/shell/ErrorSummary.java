package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * GOV.UK's error summary: sits above a form, hidden until the form fails to submit. Then it lists every problem as
 * a link to its field, shows the same message at the field, prefixes the page title with "错误：" and takes focus, so
 * that a screen reader reads the problems first and the title says the page still needs work.
 */
public class ErrorSummary extends Div {

    /** One problem: the field it belongs to and a message that says what to do. */
    public record FieldError(Component field, String message) {
    }

    private final UnorderedList list = new UnorderedList();
    private final List<FieldError> errors = new ArrayList<>();
    private @Nullable String titleWithoutPrefix;

    public ErrorSummary() {
        addClassName("error-summary");
        // No role="alert" and no message through Announcer: the summary takes focus, so screen readers read it once.
        // An alert or live region on top would make them read it twice, or cut one reading off with the other.
        getElement().setAttribute("tabindex", "-1");
        list.addClassName("error-summary-list");
        add(new H2(getTranslation("form.errors.heading")), list);
        setVisible(false);
    }

    /** Lists the problems in the order given, which should be the order of the fields on the page. */
    public void show(List<FieldError> problems) {
        if (problems.isEmpty()) {
            clear();
            return;
        }
        unmarkFields(); // a field fixed since the last attempt must not stay red
        errors.clear();
        errors.addAll(problems);
        list.removeAll();
        errors.forEach(error -> {
            list.add(new ListItem(linkTo(error)));
            if (error.field() instanceof HasValidation field) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        });
        var ui = UI.getCurrent();
        if (titleWithoutPrefix == null) {
            titleWithoutPrefix = ui.getInternals().getTitle();
            ui.getPage().setTitle(getTranslation("form.errors.title-prefix") + titleWithoutPrefix);
        }
        setVisible(true);
        getElement().executeJs("this.focus()");
    }

    /** Hides the summary, clears the fields' messages and gives the page its title back. */
    public void clear() {
        unmarkFields();
        errors.clear();
        list.removeAll();
        setVisible(false);
        if (titleWithoutPrefix != null) {
            UI.getCurrent().getPage().setTitle(titleWithoutPrefix);
            titleWithoutPrefix = null;
        }
    }

    /** The messages as listed, for tests and for forms that want to know whether anything is wrong. */
    public List<String> messages() {
        return errors.stream().map(FieldError::message).toList();
    }

    private Anchor linkTo(FieldError error) {
        var field = error.field();
        // A real link with a real target, so it is read as a link and works with "open link" commands.
        var id = field.getId().orElseGet(() -> {
            var generated = "field-" + Integer.toHexString(System.identityHashCode(field));
            field.setId(generated);
            return generated;
        });
        var link = new Anchor("#" + id, error.message());
        // "#id" is relative to <base href>, so the browser would go to the home page; the router must not touch it.
        link.getElement().setAttribute("router-ignore", "");
        link.getElement().addEventListener("click", e -> moveTo(field)).preventDefault();
        return link;
    }

    private static void moveTo(Component field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus(); // the browser scrolls to it too
        } else {
            field.scrollIntoView();
        }
    }

    private void unmarkFields() {
        errors.forEach(error -> {
            if (error.field() instanceof HasValidation field) {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        });
    }
}
