package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shell.NativeCheckbox;
import cn.liaocheng.jobs.shell.NativeSelect;
import cn.liaocheng.jobs.shell.NativeTextField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The search form: keyword, kind, type of that kind (e.g. 农村实用技术培训), county, disability category, rural,
 * open now. The browser's own text box, selects, checkboxes and button (not ComboBoxes, which some screen readers
 * announce badly; and a list page then loads none of Vaadin's field scripts, decision 0029).
 * What narrows the list shown (type, county, category, the two ticks) applies as soon as it is chosen, in one round
 * trip, with focus left where it is and the new count announced; the sentence above the fields says so before anyone
 * uses them (WCAG 3.2.2). A keyword, and a kind (which moves to another list page), wait for 查找.
 */
class OfferFilterForm extends Composite<Section> {

    static final String HINT = "filter-hint";
    /**
     * With the arrow keys a closed select changes at every press; the list follows only the option the person
     * stops at. A tap in the phone's picker is one change, sent after this pause.
     */
    static final int SETTLE_MILLIS = 700;

    private final NativeTextField keyword;
    private final NativeSelect<Optional<OfferKind>> kind;
    private final NativeSelect<Optional<OfferSubtype>> type;
    private final NativeSelect<Optional<County>> county;
    private final NativeSelect<Optional<DisabilityCategory>> category;
    private final NativeCheckbox rural;
    private final NativeCheckbox open;

    OfferFilterForm(Consumer<OfferFilter> onSearch, Consumer<OfferFilter> onChoice) {
        var section = getContent();
        section.addClassName("filter-form");
        var heading = new H2(getTranslation("catalogue.filter.heading"));
        heading.setId("filter-heading");
        section.getElement().setAttribute("aria-labelledby", "filter-heading");
        var hint = new Paragraph(getTranslation("catalogue.filter.applies"));
        hint.setId(HINT);
        hint.addClassName("filter-hint");

        keyword = NativeTextField.search("filter-keyword", getTranslation("catalogue.filter.keyword"));
        keyword.setHint(getTranslation("catalogue.filter.keyword.hint"));

        kind = select("filter-kind", "catalogue.filter.kind", OfferKind::path, OfferKind::messageKey, 0);
        kind.setItems(withAll(OfferKind.values()));
        kind.addChangeListener(chosen -> offerTypesOf(chosen.orElse(null)));

        type = select("filter-type", "catalogue.filter.type.courses", OfferSubtype::slug, OfferSubtype::messageKey,
                SETTLE_MILLIS);
        offerTypesOf(null);
        county = select("filter-county", "catalogue.filter.county", County::slug, County::messageKey, SETTLE_MILLIS);
        county.setItems(withAll(County.values()));
        category = select("filter-category", "catalogue.filter.category", DisabilityCategory::slug,
                DisabilityCategory::messageKey, SETTLE_MILLIS);
        category.setItems(withAll(DisabilityCategory.values()));
        rural = new NativeCheckbox("filter-rural", getTranslation("catalogue.filter.rural"));
        open = new NativeCheckbox("filter-open", getTranslation("catalogue.filter.open"));

        List.of(type, county, category).forEach(field -> {
            field.selectElement().setAttribute("aria-describedby", HINT);
            field.addChangeListener(chosen -> onChoice.accept(value()));
        });
        List.of(rural, open).forEach(field -> {
            field.inputElement().setAttribute("aria-describedby", HINT);
            field.addChangeListener(ticked -> onChoice.accept(value()));
        });

        var search = new NativeButton(getTranslation("catalogue.filter.search"), e -> onSearch.accept(value()));
        search.addClassNames("lc-button", "lc-button-primary");
        search.setId("filter-search");
        keyword.addEnterListener(text -> onSearch.accept(value()));

        var clear = new Anchor(OfferSearchView.ROUTE, getTranslation("catalogue.filter.clear"));
        clear.setId("filter-clear");

        var fields = new Div(keyword, kind, type, county, category, rural, open);
        fields.addClassName("filter-fields");
        var actions = new Div(search, clear);
        actions.addClassName("form-actions");
        section.add(heading, hint, fields, actions);
    }

    private <T> NativeSelect<Optional<T>> select(String id, String labelKey, Function<T, String> slug,
            Function<T, String> messageKey, int settleMillis) {
        return new NativeSelect<>(id, getTranslation(labelKey), item -> item.map(slug).orElse(""),
                item -> item.map(v -> getTranslation(messageKey.apply(v))).orElse(getTranslation("catalogue.filter.all")),
                settleMillis);
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
        var shownKind = Optional.ofNullable(filter.kind());
        // Only when it differs: writing a field again would reset what a person is choosing in it right now.
        if (!shownKind.equals(kind.getValue())) {
            kind.setValue(shownKind);
            offerTypesOf(filter.kind());
        }
        type.setValue(Optional.ofNullable(filter.subtype()));
        county.setValue(Optional.ofNullable(filter.county()));
        category.setValue(Optional.ofNullable(filter.category()));
        rural.setValue(filter.ruralOnly());
        open.setValue(filter.openNow());
    }

    OfferFilter value() {
        return new OfferFilter(keyword.getValue(), orNull(county), orNull(kind), orNull(type), orNull(category),
                rural.getValue(), open.getValue());
    }

    private static <T> @Nullable T orNull(NativeSelect<Optional<T>> field) {
        var value = field.getValue();
        return value == null ? null : value.orElse(null);
    }
}
