package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.profile.SupportNeed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Function;

/**
 * What a 职业能力评估 found, as staff tick it at 办结 (in review's outcome form): abilities, interests, support needed and
 * recommended directions, each a group of checkboxes with a visible label. {@link #fields()} names each group by the
 * field of {@link Findings.Problem}, so that the caller can put the problems at the field and in its error summary.
 */
public class FindingsForm extends Composite<Div> {

    final CheckboxGroup<Ability> abilities = group("recommendations.record.abilities", "assessment-abilities",
            Ability.values(), Ability::messageKey);
    final CheckboxGroup<Ability> interests = group("recommendations.record.interests", "assessment-interests",
            Ability.values(), Ability::messageKey);
    final CheckboxGroup<SupportNeed> support = group("recommendations.record.support", "assessment-support",
            SupportNeed.values(), SupportNeed::messageKey);
    final CheckboxGroup<Direction> directions = group("recommendations.record.directions", "assessment-directions",
            Direction.values(), Direction::labelKey);

    public FindingsForm() {
        var content = getContent();
        content.setId("assessment-findings");
        content.addClassName("assessment-findings");
        var intro = new Paragraph(getTranslation("recommendations.record.intro"));
        intro.setId("assessment-findings-intro");
        abilities.setHelperText(getTranslation("recommendations.record.abilities.hint"));
        directions.setHelperText(getTranslation("recommendations.record.directions.hint"));
        content.add(intro, abilities, interests, support, directions);
    }

    /** What is ticked now. */
    public Findings findings() {
        return new Findings(abilities.getValue(), interests.getValue(), support.getValue(), directions.getValue());
    }

    /** Starts the support group with what the person's profile says they need. */
    public void presetSupport(java.util.Set<SupportNeed> needs) {
        support.setValue(needs);
    }

    /** Each group by the field name {@link Findings#problems()} uses. */
    public Map<String, Component> fields() {
        return Map.of("abilities", abilities, "directions", directions);
    }

    private <T> CheckboxGroup<T> group(String labelKey, String id, T[] items, Function<T, String> key) {
        var group = new CheckboxGroup<T>(getTranslation(labelKey));
        group.setItems(items);
        group.setItemLabelGenerator(item -> getTranslation(key.apply(item)));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setId(id);
        return group;
    }
}
