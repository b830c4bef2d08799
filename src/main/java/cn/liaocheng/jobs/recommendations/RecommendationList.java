package cn.liaocheng.jobs.recommendations;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the assessment said, then the offers that fit it, best first: each a link to the offer and the reasons as plain
 * sentences ("因为评估显示您擅长按摩推拿"). The same list on the person's 为您推荐 and on the staff page of the
 * assessment, so a caseworker can say at the desk what the person reads at home. {@code headingLevel} 2 puts the two
 * parts under the page's h1; the offers' titles are one level below.
 */
public class RecommendationList extends Composite<Div> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public RecommendationList(Recommendations recommendations, String idPrefix) {
        var content = getContent();
        content.addClassName("recommendations");
        content.add(said(recommendations.assessment(), idPrefix), offers(recommendations, idPrefix));
    }

    private Section said(RecordedAssessment recorded, String idPrefix) {
        var findings = recorded.findings();
        var list = new DescriptionList();
        list.addClassName("summary-list");
        term(list, "recommendations.said.abilities", words(findings.abilities(), Ability::messageKey));
        term(list, "recommendations.said.interests", words(findings.interests(), Ability::messageKey));
        term(list, "recommendations.said.support", words(findings.supportNeeded(), s -> s.messageKey()));
        term(list, "recommendations.said.directions", words(findings.directions(), Direction::labelKey));
        var when = new Paragraph(getTranslation("recommendations.said.when", DAY.format(recorded.recordedAt())));
        return section(idPrefix + "-said", "recommendations.said.heading", when, list);
    }

    private Section offers(Recommendations recommendations, String idPrefix) {
        if (recommendations.matches().isEmpty()) {
            var none = new Paragraph(getTranslation("recommendations.none-open"));
            none.setId(idPrefix + "-none-open");
            var find = new Paragraph(new Anchor("offers", getTranslation("recommendations.find")));
            return section(idPrefix + "-offers", "recommendations.offers.heading", none, find);
        }
        var intro = new Paragraph(getTranslation("recommendations.offers.intro"));
        var list = new UnorderedList();
        list.setId(idPrefix + "-list");
        list.addClassName("recommendation-cards");
        recommendations.matches().forEach(match -> {
            var offer = match.offer();
            var card = new ListItem(new H3(new Anchor("offers/" + offer.slug(), offer.title().in(getLocale()))));
            card.addClassName("recommendation-card");
            var reasons = new UnorderedList();
            reasons.addClassName("recommendation-reasons");
            match.reasons().forEach(reason -> reasons.add(new ListItem(
                    getTranslation(reason.messageKey(), getTranslation(reason.argumentKey())))));
            card.add(new Paragraph(getTranslation("recommendations.offers.why")), reasons);
            list.add(card);
        });
        var section = section(idPrefix + "-offers", "recommendations.offers.heading", intro, list);
        if (recommendations.more() > 0) {
            section.add(new Paragraph(getTranslation("recommendations.offers.more", recommendations.more())),
                    new Paragraph(new Anchor("offers", getTranslation("recommendations.find"))));
        }
        return section;
    }

    private <E extends Enum<E>> String words(Collection<E> values, Function<E, String> key) {
        if (values.isEmpty()) {
            return getTranslation("recommendations.said.none");
        }
        return values.stream().sorted(Comparator.naturalOrder()).map(v -> getTranslation(key.apply(v)))
                .collect(Collectors.joining(getTranslation("recommendations.said.separator")));
    }

    private void term(DescriptionList list, String key, String value) {
        var row = new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        row.addClassName("summary-row");
        list.add(row);
    }

    private Section section(String id, String headingKey, com.vaadin.flow.component.Component... content) {
        var heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        var section = new Section(heading);
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }
}
