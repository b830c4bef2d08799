package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The search form: keyword, kind, type of that kind (e.g. 农村实用技术培训), county, disability category, rural,
 * open now. Short option lists are Selects, not ComboBoxes, which some screen readers announce badly. Searching is
 * one button.
 */
class OfferFilterForm extends Composite<Section> {

    private final TextField keyword = new TextField();
    private final Select<Optional<OfferKind>> kind = new Select<>();
    private final Select<Optional<OfferSubtype>> type = new Select<>();
    private final Select<Optional<County>> county = new Select<>();
    private final Select<Optional<DisabilityCategory>> category = new Select<>();
    private final Checkbox rural = new Checkbox();
    private final Checkbox open = new Checkbox();

    OfferFilterForm(Consumer<OfferFilter> onSearch) {
        var section = getContent();
        section.addClassName("filter-form");
        var heading = new H2(getTranslation("catalogue.filter.heading"));
        heading.setId("filter-heading");
        section.getElement().setAttribute("aria-labelledby", "filter-heading");

        keyword.setLabel(getTranslation("catalogue.filter.keyword"));
        keyword.setHelperText(getTranslation("catalogue.filter.keyword.hint"));
        keyword.setId("filter-keyword");
        keyword.setClearButtonVisible(true);
        keyword.getElement().setAttribute("enterkeyhint", "search");

        kind.setLabel(getTranslation("catalogue.filter.kind"));
        kind.setItems(withAll(OfferKind.values()));
        kind.setItemLabelGenerator(k -> k.map(v -> getTranslation(v.messageKey())).orElse(getTranslation("catalogue.filter.all")));
        kind.addValueChangeListener(e -> offerTypesOf(e.getValue().orElse(null)));

        type.setId("filter-type");
        type.setItemLabelGenerator(t -> t.map(v -> getTranslation(v.messageKey())).orElse(getTranslation("catalogue.filter.all")));
        offerTypesOf(null);

        county.setLabel(getTranslation("catalogue.filter.county"));
        county.setItems(withAll(County.values()));
        county.setItemLabelGenerator(c -> c.map(v -> getTranslation(v.messageKey())).orElse(getTranslation("catalogue.filter.all")));

        category.setLabel(getTranslation("catalogue.filter.category"));
        category.setItems(withAll(DisabilityCategory.values()));
        category.setItemLabelGenerator(c -> c.map(v -> getTranslation(v.messageKey())).orElse(getTranslation("catalogue.filter.all")));

        rural.setLabel(getTranslation("catalogue.filter.rural"));
        open.setLabel(getTranslation("catalogue.filter.open"));

        var search = new Button(getTranslation("catalogue.filter.search"), e -> onSearch.accept(value()));
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.setId("filter-search");
        keyword.addKeyDownListener(Key.ENTER, e -> onSearch.accept(value()));

        var clear = new Anchor(OfferSearchView.ROUTE, getTranslation("catalogue.filter.clear"));
        clear.setId("filter-clear");

        var fields = new Div(keyword, kind, type, county, category, rural, open);
        fields.addClassName("filter-fields");
        var actions = new Div(search, clear);
        actions.addClassName("form-actions");
        section.add(heading, fields, actions);
    }

    @SafeVarargs
    private static <T> List<Optional<T>> withAll(T... values) {
        var items = new ArrayList<Optional<T>>();
        items.add(Optional.empty());
        Arrays.stream(values).map(Optional::of).forEach(items::add);
        return items;
    }

    /** The types of the chosen kind; none to choose from (field hidden) for all kinds or a kind with only one. */
    private void offerTypesOf(@Nullable OfferKind chosen) {
        var types = chosen == null ? List.<OfferSubtype>of() : OfferSubtype.of(chosen);
        type.setItems(withAll(types.toArray(OfferSubtype[]::new)));
        type.setValue(Optional.empty());
        type.setVisible(types.size() > 1);
        if (chosen != null) {
            type.setLabel(getTranslation("catalogue.filter.type." + chosen.path()));
        }
    }

    void setValue(OfferFilter filter) {
        keyword.setValue(filter.keyword());
        kind.setValue(Optional.ofNullable(filter.kind()));
        offerTypesOf(filter.kind());
        type.setValue(Optional.ofNullable(filter.subtype()));
        county.setValue(Optional.ofNullable(filter.county()));
        category.setValue(Optional.ofNullable(filter.category()));
        rural.setValue(filter.ruralOnly());
        open.setValue(filter.openNow());
    }

    OfferFilter value() {
        return new OfferFilter(keyword.getValue(), county.getValue().orElse(null), kind.getValue().orElse(null),
                type.getValue().orElse(null), category.getValue().orElse(null), rural.getValue(), open.getValue());
    }
}
