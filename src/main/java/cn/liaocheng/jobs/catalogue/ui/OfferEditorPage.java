package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.EditOutcome;
import cn.liaocheng.jobs.catalogue.OfferEditor;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferProblem;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the new-offer and the edit page share: the form, the error summary, the status line and the preview, which
 * is the public page's own {@link OfferPage} filled from what was typed (not yet stored).
 */
abstract class OfferEditorPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final OfferEditor editor;
    protected final CatalogueService catalogue;
    protected final Announcer announcer;
    protected final ErrorSummary errorSummary = new ErrorSummary();
    /** Saved, published, conflict: said here and through the live region. */
    protected final Div status = new Div();
    private final Section preview = new Section();
    private final OfferPage previewPage = new OfferPage();
    protected @Nullable OfferForm form;
    protected String title = "";

    OfferEditorPage(OfferEditor editor, CatalogueService catalogue, Announcer announcer) {
        this.editor = editor;
        this.catalogue = catalogue;
        this.announcer = announcer;
        addClassName("offer-editor");
        status.setId("offer-edit-status");
        var heading = new H2(getTranslation("offer.edit.preview.heading"));
        heading.setId("offer-preview-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        preview.setId("offer-preview");
        preview.addClassNames("offer-preview", "offer-detail");
        preview.getElement().setAttribute("aria-labelledby", "offer-preview-heading");
        preview.add(heading, new Paragraph(getTranslation("offer.edit.preview.intro")), previewPage);
        preview.setVisible(false);
    }

    protected Section preview() {
        return preview;
    }

    protected static Anchor backLink() {
        var back = new Anchor(StaffOffersView.ROUTE, "");
        back.setText(back.getTranslation("offer.edit.back"));
        back.setId("back-to-offers");
        return back;
    }

    /**
     * What stops the typed offer from being stored, with what the form could not read; shown in the summary and at
     * the fields. Empty when none.
     */
    protected List<OfferProblem> problems(@Nullable Long offerId) {
        var typed = requireForm().value();
        var problems = new ArrayList<>(typed.unreadable());
        problems.addAll(editor.check(offerId, typed.edit()));
        if (problems.isEmpty()) {
            errorSummary.clear();
        } else {
            preview.setVisible(false);
            errorSummary.show(requireForm().errors(problems));
        }
        return problems;
    }

    protected void showPreview(@Nullable Long offerId) {
        if (!problems(offerId).isEmpty()) {
            return;
        }
        var offer = editor.preview(offerId, requireForm().value().edit());
        var heading = new H2(offer.title().in(getLocale()));
        heading.addClassName("offer-preview-title");
        previewPage.show(offer, catalogue.today(), heading);
        preview.setVisible(true);
        preview.getChildren().findFirst().ifPresent(h -> h.getElement().executeJs("this.focus()"));
        announcer.announce(getTranslation("offer.edit.preview.shown"));
    }

    /** Says what went wrong; true when it was stored (the caller says so, after showing the stored offer). */
    protected boolean report(EditOutcome outcome) {
        status.removeAll();
        switch (outcome) {
            case EditOutcome.Saved saved -> {
                errorSummary.clear();
                return true;
            }
            case EditOutcome.Invalid invalid -> {
                preview.setVisible(false);
                errorSummary.show(requireForm().errors(invalid.problems()));
            }
            case EditOutcome.Conflict conflict -> {
                var notice = new Notice(getTranslation("offer.edit.conflict"));
                notice.setId("offer-edit-conflict");
                var reload = new Anchor(getUI().map(ui -> ui.getInternals().getActiveViewLocation().getPathWithQueryParameters())
                        .orElse(StaffOffersView.ROUTE), getTranslation("offer.edit.conflict.reload"));
                reload.getElement().setAttribute("router-ignore", "");
                status.add(notice, new Paragraph(reload));
                announcer.announce(getTranslation("offer.edit.conflict"));
            }
            case EditOutcome.NotAllowed notAllowed -> say(getTranslation("offer.edit.not-allowed",
                    getTranslation(notAllowed.from().messageKey())));
        }
        return false;
    }

    protected void say(String text) {
        status.removeAll();
        var notice = new Notice(text);
        notice.setId("offer-edit-done");
        status.add(notice);
        announcer.announce(text);
    }

    protected OfferForm requireForm() {
        if (form == null) {
            throw new IllegalStateException("no form before entering");
        }
        return form;
    }

    protected String kindName(OfferKind kind) {
        return getTranslation(kind.messageKey());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
