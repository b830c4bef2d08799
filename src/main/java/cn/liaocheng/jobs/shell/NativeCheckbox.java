package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The browser's own checkbox with its {@code <label>}. Vaadin's Checkbox sends a message of its own when it first
 * appears; this one sends one only when the person ticks or unticks it.
 */
public class NativeCheckbox extends Div {

    private final Element input = new Element("input");
    private final Element label = new Element("label");
    private boolean checked;
    private final List<Consumer<Boolean>> listeners = new ArrayList<>(1);

    public NativeCheckbox(String id, String labelText) {
        addClassName("native-check");
        input.setAttribute("type", "checkbox");
        input.setAttribute("id", id);
        label.setAttribute("for", id);
        label.setText(labelText);
        getElement().appendChild(input, label);
        input.addEventListener("change", event -> {
            var sent = event.getEventData().get("element.checked");
            boolean now = sent != null && sent.asBoolean();
            // Kept in the server's copy of the property too, so that setting it back later reaches the browser.
            input.setProperty("checked", now);
            if (now != checked) {
                checked = now;
                listeners.forEach(listener -> listener.accept(now));
            }
        }).addEventData("element.checked");
    }

    public String getLabel() {
        return label.getText();
    }

    public String getInputId() {
        return input.getAttribute("id");
    }

    /** Sets the value without telling the listeners. */
    public void setValue(boolean value) {
        checked = value;
        input.setProperty("checked", value);
    }

    public boolean getValue() {
        return checked;
    }

    public void addChangeListener(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    public Element inputElement() {
        return input;
    }
}
