package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.easyread.EasyReadSwitch;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The search filters as they appear in a shareable URL, e.g.
 * {@code /courses?county=shenxian&type=agricultural&rural=1&page=2}.
 * Values that don't exist are dropped and named in {@link #ignored()}, so the page can say so.
 */
record FilterQuery(OfferFilter filter, int page, boolean keywordShortened, List<String> ignored) {

    static final String KEYWORD = "q";
    static final String COUNTY = "county";
    static final String TYPE = "type";
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
        // A type of another kind than the page's (/loans?type=agricultural) is dropped like an unknown one.
        OfferSubtype subtype = optionalValue(values, TYPE, slug -> OfferSubtype.fromSlug(slug)
                .filter(t -> kind == null || t.kind() == kind), ignored);
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
        var filter = new OfferFilter(keyword, county, kind, subtype, category, rural, open);
        return new FilterQuery(filter, page, OfferFilter.isTooLong(keyword), List.copyOf(ignored));
    }

    /**
     * The address of a list page with its filters, e.g. {@code courses?county=shenxian&rural=1&page=2}.
     * Parameters keep this order and defaults are left out, so that links stay short and readable.
     */
    static String url(OfferFilter filter, int page) {
        return url(filter, page, false);
    }

    /** The same, in the easy-read version (易读版, {@code easy=1} last) when the person is reading it. */
    static String url(OfferFilter filter, int page, boolean easyRead) {
        var values = new ArrayList<String>();
        if (!filter.keyword().isEmpty()) {
            values.add(KEYWORD + "=" + encode(filter.keyword()));
        }
        if (filter.county() != null) {
            values.add(COUNTY + "=" + filter.county().slug());
        }
        if (filter.subtype() != null) {
            values.add(TYPE + "=" + filter.subtype().slug());
        }
        if (filter.category() != null) {
            values.add(CATEGORY + "=" + filter.category().slug());
        }
        if (filter.ruralOnly()) {
            values.add(RURAL + "=1");
        }
        if (filter.openNow()) {
            values.add(OPEN + "=1");
        }
        if (page > 1) {
            values.add(PAGE + "=" + page);
        }
        if (easyRead) {
            values.add(EasyReadSwitch.PARAMETER + "=1");
        }
        return path(filter.kind()) + (values.isEmpty() ? "" : "?" + String.join("&", values));
    }

    /** Opens the first page of results for a filter. */
    static void navigate(OfferFilter filter) {
        navigate(filter, false);
    }

    /** Opens the first page of results for a filter, in the easy-read version (易读版) if the person is reading it. */
    static void navigate(OfferFilter filter, boolean easyRead) {
        var url = url(filter, 1);
        int question = url.indexOf('?');
        var query = question < 0 ? QueryParameters.empty() : QueryParameters.fromString(url.substring(question + 1));
        UI.getCurrent().navigate(path(filter.kind()), EasyReadSwitch.with(query, easyRead));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The list page of a kind, or of all kinds. */
    static String path(@Nullable OfferKind kind) {
        return kind == null ? OfferSearchView.ROUTE : kind.path();
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
