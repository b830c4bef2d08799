package cn.liaocheng.jobs.shell;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.io.Serializable;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the browser sends when a person chooses in a {@link NativeSelect} or {@link NativeRadioGroup}, ticks a
 * {@link NativeCheckbox} or types in a {@link NativeTextField}: the new value of the synchronised property, as Vaadin
 * applies it when the {@code change} event arrives (after the pause, if the field has one), or the DOM event with
 * the data the page's listener asks for.
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

    /** Chooses the radio button with this label, as a tap or an arrow key would. */
    public static <T> void choose(NativeRadioGroup<T> group, String optionLabel) {
        var item = group.getItems().stream().filter(i -> group.getOptionLabel(i).equals(optionLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + optionLabel + " in " + group.getLegend()));
        var data = JsonNodeFactory.instance.objectNode().put("event.target.value", group.keyOf(item));
        var tester = new NativeFieldTester<>(group);
        tester.ensureComponentIsUsable();
        tester.fireDomEvent("change", data);
        tester.roundTrip();
    }

    /** Types the text and leaves the box: the browser's change event. */
    public static void type(NativeTextField field, String text) {
        new NativeFieldTester<>(field).sync(field.inputElement(), "value", text);
    }

    /** Types the text and presses Enter in the box, without leaving it first. */
    public static void typeAndPressEnter(NativeTextField field, String text) {
        var tester = new NativeFieldTester<>(field);
        tester.ensureComponentIsUsable();
        var data = JsonNodeFactory.instance.objectNode().put("element.value", text).put("event.key === 'Enter'", true);
        tester.fireDomEvent(new DomEvent(field.inputElement(), "keydown", data));
        tester.roundTrip();
    }

    /** Types the text into the text box whose input has this id, on the current page, and leaves the box. */
    public static void type(String inputId, String text) {
        type(textField(inputId), text);
    }

    /** The text box (or password box) whose input has this id, on the current page. */
    public static NativeTextField textField(String inputId) {
        return descendants(UI.getCurrent()).filter(NativeTextField.class::isInstance).map(NativeTextField.class::cast)
                .filter(field -> field.getInputId().equals(inputId)).findFirst()
                .orElseThrow(() -> new AssertionError("no text box #" + inputId + " on the page"));
    }

    public static NativePasswordField passwordField(String inputId) {
        return (NativePasswordField) textField(inputId);
    }

    /** The radio group with this id, on the current page. */
    @SuppressWarnings("unchecked")
    public static <T> NativeRadioGroup<T> radioGroup(String id) {
        return descendants(UI.getCurrent()).filter(NativeRadioGroup.class::isInstance)
                .filter(group -> group.getId().filter(id::equals).isPresent()).map(group -> (NativeRadioGroup<T>) group)
                .findFirst().orElseThrow(() -> new AssertionError("no radio group #" + id + " on the page"));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(NativeFieldTester::descendants));
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
