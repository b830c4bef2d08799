package cn.liaocheng.jobs.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that a signed-in account's role may not open ({@code @RolesAllowed}, refused by Vaadin's navigation access
 * control): answered like an unknown address, with the not-found page and 404, for every such page at once. An
 * applicant, a loan officer at 待办申请 or a caseworker at 员工账户 learns nothing about which addresses exist for
 * staff (decision 0015). Signed-out visitors never get here: access control sends them to sign in first. A page whose
 * service refuses the account is {@link RefusedByServiceView} (403).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.notfound.title", "error.notfound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
