package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.SaveOutcome;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Filling in or changing 我的资料. One page in small headed groups rather than one question per page: the profile is
 * changed a piece at a time for years, the application forms already ask one question per page and take these
 * answers from here, and one save keeps the profile whole (nothing half-saved).
 */
@Route(value = ProfileEditView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class ProfileEditView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "profile/edit";
    /**
     * Where to go after saving, when the person came from an application's start page ("apply/<offer>"): they fill the
     * profile once and carry on with what they were doing. Only that shape is followed, so the parameter cannot send
     * anyone to another site.
     */
    static final String RETURN = "return";
    private static final Pattern RETURN_TARGET = Pattern.compile("apply/[a-z0-9][a-z0-9-]{0,79}");

    private final ProfileService profiles;
    private final Announcer announcer;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final ProfileForm form;
    private @Nullable String returnTo;

    ProfileEditView(ProfileService profiles, CurrentAccount currentAccount, Announcer announcer, Clock clock) {
        this.profiles = profiles;
        this.announcer = announcer;
        this.form = new ProfileForm(LocalDate.now(clock));
        addClassName("profile-edit");
        var user = currentAccount.user().orElseThrow();
        form.show(profiles.ownProfile().orElse(null), user.displayName(), new PhoneNumber(user.phoneNumber()));

        var back = new Anchor(ProfileView.ROUTE, t(this, "profile.back"));
        back.addClassName("back-link");
        var save = new Button(t(this, "profile.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("profile-save");
        var actions = new Div(save);
        actions.addClassName("form-actions");
        add(back, new PageHeading(t(this, "profile.edit.heading")), new Paragraph(t(this, "profile.edit.intro")),
                errorSummary, form, actions);
    }

    private void save() {
        var result = form.read();
        if (result.changes().isEmpty()) {
            errorSummary.show(result.errors());
            return;
        }
        switch (profiles.saveOwnProfile(result.changes().get())) {
            case SaveOutcome.Saved saved -> {
                errorSummary.clear();
                announcer.announce(t(this, "profile.saved"));
                if (returnTo != null) {
                    UI.getCurrent().navigate(returnTo);
                } else {
                    UI.getCurrent().navigate(ProfileView.ROUTE, QueryParameters.of(ProfileView.SAVED, "1"));
                }
            }
            case SaveOutcome.CertificateNotForStoredId mismatch ->
                    errorSummary.show(List.of(new FieldError(form.sensitive.certificate, t(this, "profile.certificate.not-holders-id"))));
            case SaveOutcome.ChangedMeanwhile changed ->
                    errorSummary.show(List.of(new FieldError(form.name, t(this, "profile.changed-meanwhile"))));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnTo = event.getLocation().getQueryParameters().getSingleParameter(RETURN)
                .filter(target -> RETURN_TARGET.matcher(target).matches()).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t(this, "profile.edit.heading"));
    }
}
