package cn.liaocheng.jobs.shell;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;

/**
 * What the browser sends when a person chooses in a {@link NativeSelect} or ticks a {@link NativeCheckbox}: the
 * {@code change} event with the new value, after the pause if the field has one (as the client's debouncer marks it).
 */
public final class NativeFieldTester<C extends Component> extends ComponentTester<C> {

    private NativeFieldTester(C component) {
        super(component);
    }

    /** Chooses the option whose label is this text, as a tap in the phone's picker would. */
    public static <T> void choose(NativeSelect<T> select, String optionLabel) {
        var item = select.getItems().stream().filter(i -> select.getOptionLabel(i).equals(optionLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + optionLabel + " in " + select.getLabel()));
        new NativeFieldTester<>(select).change(select.selectElement(), "element.value", select.keyOf(item), select.settleMillis() > 0);
    }

    /** Ticks or unticks the box. */
    public static void tick(NativeCheckbox checkbox, boolean ticked) {
        var data = JacksonUtils.createObjectNode();
        data.put("element.checked", ticked);
        new NativeFieldTester<>(checkbox).fire(new DomEvent(checkbox.inputElement(), "change", data));
    }

    private void change(com.vaadin.flow.dom.Element element, String key, String value, boolean settled) {
        var data = JacksonUtils.createObjectNode();
        data.put(key, value);
        if (settled) {
            data.put("for", "trailing");
        }
        fire(new DomEvent(element, "change", data));
    }

    private void fire(DomEvent event) {
        ensureComponentIsUsable();
        fireDomEvent(event);
    }
}
