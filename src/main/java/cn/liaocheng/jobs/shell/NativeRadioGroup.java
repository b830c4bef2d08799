package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The browser's own radio buttons in a {@code <fieldset>} with its {@code <legend>}: one Tab stop, the arrow keys
 * move the choice, every screen reader announces "n of m", and the chosen one is drawn by the browser with its dot.
 * For the reading toolbar, which every page can open, and the account pages, so that none of them loads Vaadin's radio
 * group.
 */
@Tag("fieldset")
public class NativeRadioGroup<T> extends Component {

    private final Element legend = new Element("legend");
    private final Function<T, String> keyOf;
    private final Function<T, String> labelOf;
    private final List<T> items;
    private final List<Element> inputs = new ArrayList<>();
    private @Nullable T value;
    private final List<Consumer<T>> listeners = new ArrayList<>(1);

    /** @param keyOf the option's value attribute and, after the group's name, its id: short and stable */
    public NativeRadioGroup(String name, String legendText, List<T> items, Function<T, String> keyOf,
            Function<T, String> labelOf) {
        this.keyOf = keyOf;
        this.labelOf = labelOf;
        this.items = List.copyOf(items);
        getElement().getClassList().add("native-radios");
        legend.setText(legendText);
        getElement().appendChild(legend);
        for (var item : this.items) {
            var id = name + "-" + keyOf.apply(item);
            var input = new Element("input");
            input.setAttribute("type", "radio");
            input.setAttribute("name", name);
            input.setAttribute("id", id);
            input.setAttribute("value", keyOf.apply(item));
            var label = new Element("label");
            label.setAttribute("for", id);
            label.setText(labelOf.apply(item));
            var option = new Element("div");
            option.getClassList().add("native-radio");
            option.appendChild(input, label);
            getElement().appendChild(option);
            inputs.add(input);
        }
        // One listener for the group: the browser says which option is ticked now. With the arrow keys that is one
        // message per press, in order; the server answers only with the checked attribute, which no longer changes a
        // radio button the person has chosen or left, so it cannot undo a later press.
        getElement().addEventListener("change",
                event -> chosen(event.getEventData().path("event.target.value").asString("")))
                .addEventData("event.target.value");
    }

    private void chosen(@Nullable String key) {
        items.stream().filter(item -> keyOf.apply(item).equals(key)).findFirst().ifPresent(item -> {
            showChecked(item);
            if (!Objects.equals(item, value)) {
                value = item;
                listeners.forEach(listener -> listener.accept(item));
            }
        });
    }

    /** Sets the value without telling the listeners. */
    public void setValue(T chosen) {
        if (!items.contains(chosen)) {
            throw new IllegalArgumentException("not one of the choices: " + chosen);
        }
        value = chosen;
        showChecked(chosen);
        // The attribute ticks an option only until the person has chosen one; from then on the property decides. Not
        // needed before the group is on the page, where the attribute is all the first HTML has.
        if (isAttached()) {
            getElement().executeJs(
                    "for (const input of this.querySelectorAll('input')) input.checked = input.value === $0",
                    keyOf.apply(chosen));
        }
    }

    /** The checked attribute: what the first HTML shows, and what the server knows is ticked. */
    private void showChecked(T item) {
        for (int i = 0; i < items.size(); i++) {
            inputs.get(i).setAttribute("checked", items.get(i).equals(item));
        }
    }

    public @Nullable T getValue() {
        return value;
    }

    public List<T> getItems() {
        return items;
    }

    public String getLegend() {
        return legend.getText();
    }

    /** The input of this option. */
    public Element inputOf(T item) {
        return inputs.get(items.indexOf(item));
    }

    public String getOptionLabel(T item) {
        return labelOf.apply(item);
    }

    /** The option's value attribute, as the browser sends it back. */
    public String keyOf(T item) {
        return keyOf.apply(item);
    }

    /** Called with the new value when the person chooses another option. */
    public void addChangeListener(Consumer<T> listener) {
        listeners.add(listener);
    }
}
