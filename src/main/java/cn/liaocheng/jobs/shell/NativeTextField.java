package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The browser's own text box with its {@code <label>}, a hint and an error message tied to it by
 * {@code aria-describedby}: for the search boxes and the account pages, so that a page with nothing else to fill in
 * loads none of Vaadin's field scripts (Lit, the text field and what they share are most of a first visit's script,
 * decision 0029). The text is sent with the {@code change} event (when the person leaves the box, or presses Enter),
 * never per key. {@link ErrorSummary} marks it like Vaadin's fields: the message above the box, as GOV.UK shows it.
 */
public class NativeTextField extends Div implements HasValidation, Focusable<NativeTextField> {

    /** Longer than any search word, phone number or password (at most 128) a person types; longer text is cut. */
    static final int MAX_LENGTH = 200;

    private final Element input = new Element("input");
    private final Element label = new Element("label");
    private final Element hint = new Element("p");
    private final Element error = new Element("p");
    /** The input, or what holds it (the password box with its button). */
    private Element box = input;
    private String value = "";

    public NativeTextField(String id, String labelText) {
        addClassNames("native-field", "native-text");
        input.setAttribute("id", id);
        input.setAttribute("type", "text");
        input.setAttribute("maxlength", Integer.toString(MAX_LENGTH));
        label.setAttribute("for", id);
        label.setAttribute("id", id + "-label");
        label.setText(labelText);
        hint.setAttribute("id", id + "-hint");
        hint.getClassList().add("native-field-hint");
        error.setAttribute("id", id + "-error");
        error.getClassList().add("native-field-error");
        getElement().appendChild(label, input);
        // Synchronised with the change event: the server's copy is what the browser shows, and nothing is echoed back.
        input.addPropertyChangeListener("value", "change", event -> {
            if (event.isUserOriginated()) {
                value = bounded(event.getValue());
            }
        });
    }

    /** A search box: read as one, with the phone's search key. */
    public static NativeTextField search(String id, String labelText) {
        var field = new NativeTextField(id, labelText);
        field.input.setAttribute("type", "search");
        field.input.setAttribute("enterkeyhint", "search");
        return field;
    }

    /** A hint under the label, read with the field. */
    public void setHint(String text) {
        hint.setText(text);
        if (hint.getParent() == null) {
            getElement().insertChild(1, hint);
        }
        describe();
    }

    /** Shows that the field must be filled in: {@code aria-required} and a mark after the label. */
    public void setRequired(boolean required) {
        attribute(input, "aria-required", required ? "true" : null);
        setClassName("required", required);
    }

    /**
     * Called with the text when the person presses Enter. The text travels with the key press, so it is the one the
     * person sees even before the change event.
     */
    public void addEnterListener(Consumer<String> listener) {
        input.addEventListener("keydown", event -> {
            value = bounded(event.getEventData().path("element.value").asString(""));
            listener.accept(value);
        }).addEventData("element.value").setFilter("event.key === 'Enter'");
    }

    public String getValue() {
        return value;
    }

    /** Sets the text without any event. */
    public void setValue(@Nullable String text) {
        value = bounded(text);
        input.setProperty("value", value);
    }

    public void clear() {
        setValue("");
    }

    public String getLabel() {
        return label.getText();
    }

    public String getInputId() {
        return input.getAttribute("id");
    }

    /** The input's id: what an error summary's link points at. */
    @Override
    public Optional<String> getId() {
        return Optional.of(getInputId());
    }

    /** Puts the input into {@code wrapper}, where the input was, e.g. with a button beside it. */
    protected void wrapInput(Element wrapper) {
        getElement().insertChild(getElement().indexOfChild(box), wrapper);
        wrapper.appendChild(input);
        box = wrapper;
    }

    /** The element that has the value and takes focus. */
    public Element inputElement() {
        return input;
    }

    @Override
    public void focus() {
        input.callJsFunction("focus");
    }

    @Override
    public void setErrorMessage(@Nullable String message) {
        error.setText(message == null ? "" : message);
        if (message == null) {
            error.removeFromParent();
        } else if (error.getParent() == null) {
            getElement().insertChild(getElement().indexOfChild(box), error);
        }
        describe();
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.getParent() == null ? null : error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        attribute(input, "aria-invalid", invalid ? "true" : null);
        setClassName("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return "true".equals(input.getAttribute("aria-invalid"));
    }

    private void describe() {
        var ids = Stream.of(hint, error).filter(e -> e.getParent() != null).map(e -> e.getAttribute("id"))
                .collect(Collectors.joining(" "));
        attribute(input, "aria-describedby", ids.isEmpty() ? null : ids);
    }

    private static void attribute(Element element, String name, @Nullable String value) {
        if (value == null) {
            element.removeAttribute(name);
        } else {
            element.setAttribute(name, value);
        }
    }

    private static String bounded(@Nullable Object text) {
        var s = Objects.toString(text, "");
        return s.codePointCount(0, s.length()) > MAX_LENGTH ? s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH)) : s;
    }
}
