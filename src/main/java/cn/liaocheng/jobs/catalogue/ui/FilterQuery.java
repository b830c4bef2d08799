package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The search filters as they appear in a shareable URL, e.g. {@code /courses?county=shenxian&rural=1&page=2}.
 * Values that don't exist are dropped and named in {@link #ignored()}, so the page can say so.
 */
record FilterQuery(OfferFilter filter, int page, boolean keywordShortened, List<String> ignored) {

    static final String KEYWORD = "q";
    static final String COUNTY = "county";
    static final String CATEGORY = "category";
    static final String RURAL = "rural";
    static final String OPEN = "open";
    static final String PAGE = "page";

    /** Reads the URL of a list page; {@code kind} is fixed by the path ({@code /courses}) or null for {@code /offers}. */
    static FilterQuery parse(QueryParameters parameters, @Nullable OfferKind kind) {
        Map<String, List<String>> values = parameters.getParameters();
        var ignored = new ArrayList<String>();
        String keyword = first(values, KEYWORD).orElse("");
        County county = optionalValue(values, COUNTY, County::fromSlug, ignored);
        DisabilityCategory category = optionalValue(values, CATEGORY, DisabilityCategory::fromSlug, ignored);
        boolean rural = flag(values, RURAL, ignored);
        boolean open = flag(values, OPEN, ignored);
        int page = 1;
        var pageValue = first(values, PAGE);
        if (pageValue.isPresent()) {
            if (pageValue.get().matches("[1-9]\\d{0,5}")) {
                page = Integer.parseInt(pageValue.get());
            } else {
                ignored.add(PAGE);
            }
        }
        var filter = new OfferFilter(keyword, county, kind, category, rural, open);
        return new FilterQuery(filter, page, OfferFilter.isTooLong(keyword), List.copyOf(ignored));
    }

    /** The URL parameters of a filter and page; defaults are left out so that links stay short. */
    static QueryParameters toParameters(OfferFilter filter, int page) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!filter.keyword().isEmpty()) {
            values.put(KEYWORD, filter.keyword());
        }
        if (filter.county() != null) {
            values.put(COUNTY, filter.county().slug());
        }
        if (filter.category() != null) {
            values.put(CATEGORY, filter.category().slug());
        }
        if (filter.ruralOnly()) {
            values.put(RURAL, "1");
        }
        if (filter.openNow()) {
            values.put(OPEN, "1");
        }
        if (page > 1) {
            values.put(PAGE, Integer.toString(page));
        }
        return QueryParameters.simple(values);
    }

    /** The list page of a kind, or of all kinds. */
    static String path(@Nullable OfferKind kind) {
        return kind == null ? OfferSearchView.ROUTE : kind.path();
    }

    static String url(OfferFilter filter, int page) {
        var query = toParameters(filter, page).getQueryString();
        return path(filter.kind()) + (query.isEmpty() ? "" : "?" + query);
    }

    private static Optional<String> first(Map<String, List<String>> values, String name) {
        var list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.ofNullable(list.getFirst());
    }

    private static <T> @Nullable T optionalValue(Map<String, List<String>> values, String name,
            Function<String, Optional<T>> parser, List<String> ignored) {
        var value = first(values, name).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return null;
        }
        var parsed = parser.apply(value.get());
        if (parsed.isEmpty()) {
            ignored.add(name);
        }
        return parsed.orElse(null);
    }

    private static boolean flag(Map<String, List<String>> values, String name, List<String> ignored) {
        var value = first(values, name);
        if (value.isEmpty() || value.get().isEmpty() || "0".equals(value.get())) {
            return false;
        }
        if ("1".equals(value.get())) {
            return true;
        }
        ignored.add(name);
        return false;
    }
}
