package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.EditOutcome;
import cn.liaocheng.jobs.catalogue.OfferEdit;
import cn.liaocheng.jobs.catalogue.OfferEditor;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * A new offer of one kind ({@code /staff/offers/new?kind=courses}): the form, a preview, and 保存草稿, which stores a
 * draft and moves on to its edit page, where it is published.
 */
@Route(value = NewOfferView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class NewOfferView extends OfferEditorPage {

    static final String ROUTE = "staff/offers/new";

    NewOfferView(OfferEditor editor, CatalogueService catalogue, Announcer announcer) {
        super(editor, catalogue, announcer);
    }

    static String url(OfferKind kind) {
        return ROUTE + "?" + QueryParameters.simple(Map.of("kind", kind.path())).getQueryString();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var kind = event.getLocation().getQueryParameters().getSingleParameter("kind")
                .flatMap(OfferKind::fromPath).orElseThrow(NotFoundException::new);
        var counties = editor.counties();
        var form = new OfferForm(kind, counties);
        this.form = form;
        form.setValue(OfferEdit.blank(kind, counties.size() == 1 ? counties.getFirst() : null), false);
        title = getTranslation("offer.edit.new.heading", kindName(kind));
        var save = new Button(getTranslation("offer.edit.save.draft"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("offer-save");
        var previewButton = new Button(getTranslation("offer.edit.preview"), e -> showPreview(null));
        previewButton.setId("offer-preview-button");
        var actions = new Div(save, previewButton);
        actions.addClassName("offer-actions");
        removeAll();
        add(new Paragraph(backLink()), new PageHeading(title), new Paragraph(getTranslation("offer.edit.new.intro")),
                status, errorSummary, form, actions, preview());
    }

    private void save() {
        var typed = requireForm().value();
        if (!problems(null).isEmpty()) {
            return;
        }
        var outcome = editor.create(typed.edit());
        if (report(outcome) && outcome instanceof EditOutcome.Saved saved) {
            getUI().ifPresent(ui -> ui.navigate(EditOfferView.url(saved.offerId()), QueryParameters.of("done", "created")));
        }
    }
}
