package cn.liaocheng.jobs.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * A page whose service refused the signed-in account (Spring Security's {@link AccessDeniedException}, e.g. from
 * {@code @PreAuthorize}): the same frame and heading as {@link AccessDeniedView}, answered with 403, not an apology
 * for a failure that is none.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RefusedByServiceView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.denied.title", "error.denied.account.text");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
