package cn.liaocheng.jobs.review.ui;

import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.review.QueueFilter;
import cn.liaocheng.jobs.review.QueueFilter.QueueState;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The queue's filters and page in the URL, so a filtered queue can be bookmarked and shared between colleagues. */
final class QueueQuery {

    private QueueQuery() {
    }

    static QueueFilter filter(QueryParameters query) {
        var q = query.getParameters();
        return new QueueFilter(
                one(q, "state").flatMap(v -> parse(() -> QueueState.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'))))
                        .orElse(null),
                one(q, "kind").flatMap(OfferKind::fromPath).orElse(null),
                one(q, "offer").orElse(null), one(q, "township").orElse(null),
                one(q, "from").flatMap(v -> parse(() -> LocalDate.parse(v))).orElse(null),
                one(q, "daiban").map(v -> v.equals("yes") ? Boolean.TRUE : v.equals("no") ? Boolean.FALSE : null)
                        .orElse(null));
    }

    static int page(QueryParameters query) {
        return one(query.getParameters(), "page").flatMap(v -> parse(() -> Integer.parseInt(v) - 1)).orElse(0);
    }

    static String url(QueueFilter filter, int page) {
        var params = parameters(filter, page).getQueryString();
        return QueueView.ROUTE + (params.isEmpty() ? "" : "?" + params);
    }

    /** For {@code UI.navigate(route, parameters)}, which takes no query string in the route. */
    static QueryParameters parameters(QueueFilter filter, int page) {
        var q = new LinkedHashMap<String, String>();
        if (filter.state() != null) {
            q.put("state", filter.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (filter.kind() != null) {
            q.put("kind", filter.kind().path());
        }
        put(q, "offer", filter.offerSlug());
        put(q, "township", filter.township());
        if (filter.submittedFrom() != null) {
            q.put("from", filter.submittedFrom().toString());
        }
        if (filter.onBehalf() != null) {
            q.put("daiban", filter.onBehalf() ? "yes" : "no");
        }
        if (page > 0) {
            q.put("page", String.valueOf(page + 1));
        }
        return QueryParameters.simple(q);
    }

    private static void put(Map<String, String> q, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            q.put(key, value.strip());
        }
    }

    private static Optional<String> one(Map<String, List<String>> q, String key) {
        return Optional.ofNullable(q.get(key)).filter(v -> !v.isEmpty()).map(List::getFirst)
                .filter(v -> !v.isBlank());
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.ofNullable(parser.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
