package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The browser's own {@code <select>} with a {@code <label>}: the phone's own picker, announced by every screen reader,
 * and light on the server. Opening it costs no round trip (Vaadin's Select sends one to open and one to choose, and
 * one more when it first appears), and its options are one HTML property, not a component each, so a list page keeps
 * a few hundred bytes per field instead of a few kilobytes. The value is sent only when it changes.
 */
public class NativeSelect<T> extends Div {

    private final Element select = new Element("select");
    private final Element label = new Element("label");
    private final Function<T, String> keyOf;
    private final Function<T, String> labelOf;
    private List<T> items = List.of();
    private @Nullable T value;
    private final List<Consumer<T>> listeners = new ArrayList<>(1);
    private final int settleMillis;

    /**
     * @param keyOf the option's value attribute: short and stable, e.g. a slug
     * @param settleMillis how long the browser waits after the last change before it tells the server; with the arrow
     *        keys a closed select changes at every press, and only the option the person stops at should count
     */
    public NativeSelect(String id, String labelText, Function<T, String> keyOf, Function<T, String> labelOf,
            int settleMillis) {
        this.keyOf = keyOf;
        this.labelOf = labelOf;
        this.settleMillis = settleMillis;
        addClassName("native-field");
        select.setAttribute("id", id);
        label.setAttribute("for", id);
        label.setText(labelText);
        getElement().appendChild(label, select);
        // The browser sends the new value with the change event (property synchronisation): the server's copy is then
        // what the browser shows, and nothing is sent back, which would undo a later press made while it travelled.
        var change = select.addPropertyChangeListener("value", "change", event -> {
            if (event.isUserOriginated()) {
                chosen(event.getValue() == null ? "" : event.getValue().toString());
            }
        });
        if (settleMillis > 0) {
            change.debounce(settleMillis);
        }
    }

    private void chosen(String key) {
        items.stream().filter(item -> keyOf.apply(item).equals(key)).findFirst().ifPresent(item -> {
            if (!Objects.equals(item, value)) {
                value = item;
                listeners.forEach(listener -> listener.accept(item));
            }
        });
    }

    public String getSelectId() {
        return select.getAttribute("id");
    }

    public void setLabel(String text) {
        label.setText(text);
    }

    public String getLabel() {
        return label.getText();
    }

    /** The choices, the first one selected unless {@link #setValue} chooses another. */
    public void setItems(List<T> choices) {
        if (choices.equals(items)) {
            // Options written again would reset what the browser shows to the server's value of the moment.
            return;
        }
        items = List.copyOf(choices);
        value = value != null && items.contains(value) ? value : items.isEmpty() ? null : items.getFirst();
        render();
        if (value != null) {
            select.setProperty("value", keyOf.apply(value));
        }
    }

    public List<T> getItems() {
        return items;
    }

    /** Sets the value without telling the listeners: only a person's choice is a change. */
    public void setValue(T chosen) {
        if (!items.contains(chosen)) {
            throw new IllegalArgumentException("not one of the choices: " + chosen);
        }
        value = chosen;
        select.setProperty("value", keyOf.apply(chosen));
    }

    public @Nullable T getValue() {
        return value;
    }

    /** Called with the new value when the person chooses another option. */
    public void addChangeListener(Consumer<T> listener) {
        listeners.add(listener);
    }

    /** How long the browser waits after the last change before it sends it (0: at once). */
    public int settleMillis() {
        return settleMillis;
    }

    /** The option's value attribute, as the browser sends it back. */
    public String keyOf(T item) {
        return keyOf.apply(item);
    }

    public String getOptionLabel(T item) {
        return labelOf.apply(item);
    }

    /** The element that has the value (and takes focus), e.g. for {@code aria-describedby}. */
    public Element selectElement() {
        return select;
    }

    /** The options, with the current value marked {@code selected}, which holds whichever property arrives first. */
    private void render() {
        var html = new StringBuilder();
        for (var item : items) {
            html.append("<option value=\"").append(escape(keyOf.apply(item))).append('"');
            if (item.equals(value)) {
                html.append(" selected");
            }
            html.append('>').append(escape(labelOf.apply(item))).append("</option>");
        }
        select.setProperty("innerHTML", html.toString());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
