package cn.liaocheng.jobs.quota.ui;

import static cn.liaocheng.jobs.quota.ui.QuotaTexts.t;

import cn.liaocheng.jobs.quota.ReservedPost;
import cn.liaocheng.jobs.shared.County;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** One reserved post in the report form: a fieldset with its number as legend, and a button to take it out. */
class ReservedPostFields extends Composite<FieldSet> {

    @Override
    protected FieldSet initContent() {
        return new FieldSet("");
    }

    final TextField title = new TextField(t("quota.report.post.title"));
    final TextField places;
    final Select<County> county;
    final TextArea requirements = new TextArea(t("quota.report.post.requirements"));
    final Button remove = new Button();

    ReservedPostFields(int index, Consumer<ReservedPostFields> removed) {
        places = QuotaTexts.numberField("post-" + index + "-places", t("quota.report.post.places"),
                t("quota.report.post.places.hint"));
        county = QuotaTexts.countySelect("post-" + index + "-county", t("quota.report.post.county"));
        title.setId("post-" + index + "-title");
        title.setHelperText(t("quota.report.post.title.hint"));
        title.setRequiredIndicatorVisible(true);
        requirements.setId("post-" + index + "-requirements");
        requirements.setHelperText(t("quota.report.post.requirements.hint"));
        requirements.setRequiredIndicatorVisible(true);
        remove.setId("post-" + index + "-remove");
        remove.addClickListener(e -> removed.accept(this));
        getContent().addClassName("reserved-post");
        getContent().add(title, places, county, requirements, remove);
        number(index);
    }

    /** The post's place in the list, shown in the legend and the remove button so each says which post it is. */
    void number(int index) {
        getContent().setLegendText(t("quota.report.post.legend", index + 1));
        remove.setText(t("quota.report.post.remove", index + 1));
    }

    void fill(ReservedPost post) {
        title.setValue(post.title());
        places.setValue(Integer.toString(post.places()));
        county.setValue(post.county());
        requirements.setValue(post.requirements());
    }

    /** What is typed, with 0 places for a number that is not one (the service then names the field). */
    ReservedPost post(County fallbackCounty) {
        int typedPlaces = switch (QuotaTexts.typed(places.getValue())) {
            case QuotaTexts.Typed.Number(var value) -> value;
            case QuotaTexts.Typed.Blank b -> 0;
            case QuotaTexts.Typed.NotANumber n -> 0;
        };
        return new ReservedPost(title.getValue(), typedPlaces,
                Optional.ofNullable(county.getValue()).orElse(fallbackCounty), requirements.getValue());
    }

    Map<String, com.vaadin.flow.component.Component> fields(int index) {
        return Map.of("post." + index + ".title", title, "post." + index + ".places", places,
                "post." + index + ".county", county, "post." + index + ".requirements", requirements);
    }
}
