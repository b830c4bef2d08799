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
        // Sent with the change event as a synchronised property: nothing is echoed back to the browser.
        input.addPropertyChangeListener("checked", "change", event -> {
            boolean now = Boolean.TRUE.equals(event.getValue());
            if (event.isUserOriginated() && now != checked) {
                checked = now;
                listeners.forEach(listener -> listener.accept(now));
            }
        });
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
