package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.Application;
import cn.liaocheng.jobs.applications.ApplicationDetails;
import cn.liaocheng.jobs.profile.Relationship;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a submitted application is, for the confirmation page, the application page and paper: reference, offer,
 * person, who sent it and when, and whom to call. Print CSS leaves only this and the page heading on paper.
 */
class Receipt extends Composite<Section> {

    static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    Receipt(ApplicationDetails details) {
        var application = details.application();
        var section = getContent();
        section.addClassName("receipt");
        var list = new DescriptionList();
        list.addClassName("facts");
        row(list, "application.receipt.reference", application.reference());
        row(list, "application.receipt.offer", details.offer().title().in(getLocale()));
        if (details.personName() != null) {
            row(list, "application.receipt.person", details.personName());
        }
        row(list, "application.receipt.status", getTranslation(application.status().messageKey()));
        if (application.submittedAt() != null) {
            row(list, "application.receipt.submitted-at", application.submittedAt().atZone(LIAOCHENG)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        }
        row(list, "application.receipt.submitted-by", submittedBy(this, application));
        var print = new Button(getTranslation("application.receipt.print"),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("print-receipt");
        print.addClassName("no-print");
        section.add(new H2(getTranslation("application.receipt.heading")), list, contact(details), print);
    }

    /** "由 王芳(女儿) 代为提交", or "本人提交". */
    static String submittedBy(Component owner, Application application) {
        var submitter = application.submittedBy();
        if (submitter == null) {
            return "";
        }
        if (submitter.relationship() == null) {
            return owner.getTranslation("application.submitted-by.self", submitter.name());
        }
        var relationship = owner.getTranslation("application.relationship."
                + Relationship.valueOf(submitter.relationship()).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return owner.getTranslation("application.submitted-by.helper", submitter.name(), relationship);
    }

    private Component contact(ApplicationDetails details) {
        var offer = details.offer();
        var phone = new Anchor("tel:" + offer.contactPhone().replaceAll("[^0-9+]", ""), offer.contactPhone());
        var text = new Span(getTranslation("application.receipt.contact", offer.leadDepartment().in(getLocale()),
                offer.contactName().in(getLocale())));
        var line = new Paragraph(text, phone);
        line.addClassName("receipt-contact");
        return line;
    }

    private void row(DescriptionList list, String key, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isEmpty()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }
}
