package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The browser's own text box with its {@code <label>} and a hint tied to it by {@code aria-describedby}: for the
 * search boxes on the public pages, so that a page with nothing else to fill in loads none of Vaadin's field scripts
 * (Lit and the text field are a third of a first visit's script, decision 0029). The text is sent with the
 * {@code change} event (when the person leaves the box, or presses Enter), never per key.
 */
public class NativeTextField extends Div {

    /** Longer than any search word a person types; a longer text sent by a script is cut here. */
    static final int MAX_LENGTH = 200;

    private final Element input = new Element("input");
    private final Element label = new Element("label");
    private String value = "";

    public NativeTextField(String id, String labelText) {
        addClassNames("native-field", "native-text");
        input.setAttribute("id", id);
        input.setAttribute("type", "search");
        input.setAttribute("maxlength", Integer.toString(MAX_LENGTH));
        label.setAttribute("for", id);
        label.setText(labelText);
        getElement().appendChild(label, input);
        // Synchronised with the change event: the server's copy is what the browser shows, and nothing is echoed back.
        input.addPropertyChangeListener("value", "change", event -> {
            if (event.isUserOriginated()) {
                value = bounded(event.getValue());
            }
        });
    }

    /** A hint under the label, read with the field. */
    public void setHint(String text) {
        var hint = new Element("p");
        hint.setAttribute("id", getInputId() + "-hint");
        hint.getClassList().add("native-field-hint");
        hint.setText(text);
        getElement().insertChild(1, hint);
        input.setAttribute("aria-describedby", hint.getAttribute("id"));
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

    public String getLabel() {
        return label.getText();
    }

    public String getInputId() {
        return input.getAttribute("id");
    }

    /** The element that has the value and takes focus. */
    public Element inputElement() {
        return input;
    }

    private static String bounded(@Nullable Object text) {
        var s = Objects.toString(text, "");
        return s.codePointCount(0, s.length()) > MAX_LENGTH ? s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH)) : s;
    }
}
