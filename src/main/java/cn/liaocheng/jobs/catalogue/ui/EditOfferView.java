package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.EditOutcome;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.catalogue.OfferEdit;
import cn.liaocheng.jobs.catalogue.OfferEditor;
import cn.liaocheng.jobs.catalogue.OfferNotFoundException;
import cn.liaocheng.jobs.catalogue.OfferStatus;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One offer for its editor ({@code /staff/offers/<id>}): the form, a preview, 保存, and 发布 / 下线 / 结束. Another
 * county's offer, and any offer for someone who is no editor, is the not-found page. The version read on entering
 * goes with every save, so a save over someone else's newer one is refused with a message, never silently lost.
 */
@Route(value = EditOfferView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class EditOfferView extends OfferEditorPage {

    static final String ROUTE = "staff/offers/:offerId([0-9]{1,18})";

    private long offerId;
    private int version;
    private @Nullable Offer offer;

    EditOfferView(OfferEditor editor, CatalogueService catalogue, Announcer announcer) {
        super(editor, catalogue, announcer);
    }

    static String url(long offerId) {
        return "staff/offers/" + offerId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        offerId = event.getRouteParameters().getLong("offerId").orElseThrow(NotFoundException::new);
        try {
            offer = editor.find(offerId);
        } catch (OfferNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var done = event.getLocation().getQueryParameters().getSingleParameter("done");
        show(requireOffer(), true);
        if (done.filter("created"::equals).isPresent()) {
            say(getTranslation("offer.edit.saved.draft"));
        }
    }

    private void show(Offer shown, boolean newForm) {
        version = shown.version();
        if (newForm || form == null) {
            form = new OfferForm(shown.kind(), editor.counties());
            form.setValue(OfferEdit.of(shown), shown.sample());
        }
        title = getTranslation("offer.edit.heading", shown.title().zh());
        var state = new Paragraph(getTranslation("offer.edit.state", getTranslation(shown.status().messageKey()),
                getTranslation(shown.kind().messageKey())) + (shown.sample() ? " · " + getTranslation("offer.sample") : ""));
        state.setId("offer-state");
        var save = new Button(getTranslation("offer.edit.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("offer-save");
        var previewButton = new Button(getTranslation("offer.edit.preview"), e -> showPreview(offerId));
        previewButton.setId("offer-preview-button");
        var actions = new Div(save, previewButton);
        actions.addClassName("offer-actions");
        removeAll();
        add(new Paragraph(backLink()), new PageHeading(title), state, status, errorSummary, requireForm(), actions,
                preview(), stateSection(shown));
    }

    private Section stateSection(Offer shown) {
        var heading = new H2(getTranslation("offer.edit.state.heading"));
        heading.setId("offer-state-heading");
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", "offer-state-heading");
        section.addClassName("offer-form-section");
        if (shown.status().isPublic()) {
            var link = new Anchor(OfferDetailView.url(shown.slug()), getTranslation("offer.edit.public-page"));
            link.setId("offer-public-page");
            section.add(new Paragraph(link));
        }
        var buttons = new Div();
        buttons.addClassName("offer-actions");
        if (shown.status().canMoveTo(OfferStatus.PUBLISHED)) {
            var publish = new Button(getTranslation("offer.edit.publish"), e -> publish());
            publish.setId("offer-publish");
            buttons.add(publish);
            section.add(new Paragraph(getTranslation("offer.edit.publish.text")));
        }
        if (shown.status().canMoveTo(OfferStatus.UNPUBLISHED)) {
            var unpublish = new Button(getTranslation("offer.edit.unpublish"), e -> move(OfferStatus.UNPUBLISHED));
            unpublish.setId("offer-unpublish");
            buttons.add(unpublish);
        }
        if (shown.status().canMoveTo(OfferStatus.CLOSED)) {
            var close = new Button(getTranslation("offer.edit.close"), e -> move(OfferStatus.CLOSED));
            close.setId("offer-close");
            buttons.add(close);
            section.add(new Paragraph(getTranslation("offer.edit.close.text")));
        }
        if (buttons.getComponentCount() == 0) {
            section.add(new Paragraph(getTranslation("offer.edit.closed.text")));
        }
        section.add(buttons);
        return section;
    }

    private void save() {
        if (!problems(offerId).isEmpty()) {
            return;
        }
        if (report(editor.update(offerId, version, requireForm().value().edit()))) {
            reload("offer.edit.saved");
        }
    }

    /** Publishing stores what is in the form first, so that what goes public is what the editor sees. */
    private void publish() {
        if (!problems(offerId).isEmpty()) {
            return;
        }
        var saved = editor.update(offerId, version, requireForm().value().edit());
        if (saved instanceof EditOutcome.Saved stored) {
            version = stored.version();
            if (report(editor.changeStatus(offerId, version, OfferStatus.PUBLISHED))) {
                reload("offer.edit.published");
            }
        } else {
            report(saved);
        }
    }

    /** Unpublishing and closing act at once, even with fields that do not validate: taking an offer down is urgent. */
    private void move(OfferStatus to) {
        var key = to == OfferStatus.CLOSED ? "offer.edit.closed" : "offer.edit.unpublished";
        if (report(editor.changeStatus(offerId, version, to))) {
            reload(key);
        }
    }

    private void reload(String doneKey) {
        offer = editor.find(offerId);
        show(requireOffer(), true);
        say(getTranslation(doneKey));
        getElement().executeJs("document.getElementById('offer-edit-status')?.scrollIntoView()");
    }

    private Offer requireOffer() {
        if (offer == null) {
            throw new NotFoundException();
        }
        return offer;
    }
}
