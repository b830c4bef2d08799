package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.ApplicationNotFoundException;
import cn.liaocheng.jobs.shell.ErrorPage;
import cn.liaocheng.jobs.shell.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An application that does not exist or is not the caller's, found out while a page opens (the service throws):
 * the same page and the same 404 as any unknown address, so that nobody learns which ids exist.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ApplicationNotFoundView extends ErrorPage implements HasErrorParameter<ApplicationNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApplicationNotFoundException> parameter) {
        show("error.notfound.title", "error.notfound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
