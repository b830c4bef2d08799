package cn.liaocheng.jobs.recommendations.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.profile.PersonSummary;
import cn.liaocheng.jobs.recommendations.PersonRecommendations;
import cn.liaocheng.jobs.recommendations.RecommendationList;
import cn.liaocheng.jobs.recommendations.RecommendationService;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * 为您推荐 ({@code /recommendations}, or {@code /recommendations/<personId>} for a person one helps): what the
 * 职业能力评估 said and the training and posts that fit it, each with its reasons. Before any assessment is recorded it
 * says what the assessment is and links to applying for one. A person the account may not see is the not-found page.
 */
@Route(value = "recommendations/:personId?", layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class RecommendationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "recommendations";

    private final RecommendationService recommendations;
    private String title = "";

    RecommendationsView(RecommendationService recommendations) {
        this.recommendations = recommendations;
        addClassNames("application-page", "recommendations-page");
    }

    static String route(long personId) {
        return ROUTE + "/" + personId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var asked = event.getRouteParameters().get("personId");
        Optional<Long> personId;
        if (asked.isPresent()) {
            if (!asked.get().matches("\\d{1,18}")) {
                throw new NotFoundException();
            }
            personId = Optional.of(Long.parseLong(asked.get()));
        } else {
            personId = recommendations.ownPersonId();
        }
        var seen = personId.flatMap(recommendations::forPerson);
        if (asked.isPresent() && seen.isEmpty()) {
            throw new NotFoundException();
        }
        title = seen.filter(s -> !s.person().self())
                .map(s -> getTranslation("recommendations.heading.for", s.person().name()))
                .orElseGet(() -> getTranslation("recommendations.heading"));
        var back = new Anchor("applications", getTranslation("recommendations.back"));
        back.addClassName("back-link");
        add(back, new PageHeading(title));
        var found = seen.map(PersonRecommendations::recommendations);
        if (found.isPresent()) {
            add(new RecommendationList(found.get(), "recommendations"));
        } else {
            add(empty(seen.map(s -> s.person().self()).orElse(true)));
        }
        others(seen.map(s -> s.person().personId()).orElse(null));
    }

    /** No assessment yet: what it is, and where to apply for one. */
    private Section empty(boolean self) {
        var heading = new H2(getTranslation("recommendations.empty.heading"));
        heading.setId("recommendations-empty-heading");
        var what = new Paragraph(getTranslation(self ? "recommendations.empty.what" : "recommendations.empty.what.for"));
        var then = new Paragraph(getTranslation("recommendations.empty.then"));
        var apply = new Anchor("courses?type=" + OfferSubtype.ASSESSMENT.slug() + "&open=1",
                getTranslation("recommendations.empty.apply"));
        apply.setId("recommendations-apply");
        apply.addClassName("button-link");
        var section = new Section(heading, what, then, new Paragraph(apply));
        section.setId("recommendations-empty");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    /** Links to the recommendations of the other people the account may see (itself, those it helps). */
    private void others(@org.jspecify.annotations.Nullable Long shown) {
        List<PersonSummary> others = recommendations.people().stream()
                .filter(p -> shown == null || p.personId() != shown).toList();
        if (others.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        others.forEach(p -> list.add(new ListItem(new Anchor(p.self() ? ROUTE : route(p.personId()),
                p.self() ? getTranslation("recommendations.others.self")
                        : getTranslation("recommendations.heading.for", p.name())))));
        var heading = new H2(getTranslation("recommendations.others.heading"));
        heading.setId("recommendations-others-heading");
        var nav = new Nav(heading, list);
        nav.setId("recommendations-others");
        nav.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(nav);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
