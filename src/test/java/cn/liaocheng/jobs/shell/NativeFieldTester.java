package cn.liaocheng.jobs.shell;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.io.Serializable;

/**
 * What the browser sends when a person chooses in a {@link NativeSelect} or ticks a {@link NativeCheckbox}: the new
 * value of the synchronised property, as Vaadin applies it when the {@code change} event arrives (after the pause, if
 * the field has one).
 */
public final class NativeFieldTester<C extends Component> extends ComponentTester<C> {

    private NativeFieldTester(C component) {
        super(component);
    }

    /** Chooses the option whose label is this text, as a tap in the phone's picker would. */
    public static <T> void choose(NativeSelect<T> select, String optionLabel) {
        var item = select.getItems().stream().filter(i -> select.getOptionLabel(i).equals(optionLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + optionLabel + " in " + select.getLabel()));
        new NativeFieldTester<>(select).sync(select.selectElement(), "value", select.keyOf(item));
    }

    /** Ticks or unticks the box. */
    public static void tick(NativeCheckbox checkbox, boolean ticked) {
        new NativeFieldTester<>(checkbox).sync(checkbox.inputElement(), "checked", ticked);
    }

    private void sync(Element element, String property, Serializable value) {
        ensureComponentIsUsable();
        try {
            // Refused unless the component declared the property as sent by the browser, as on a real page.
            ElementPropertyMap.getModel(element.getNode()).deferredUpdateFromClient(property, value).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new AssertionError(property + " is not synchronised from the browser", e);
        }
        roundTrip();
    }
}
