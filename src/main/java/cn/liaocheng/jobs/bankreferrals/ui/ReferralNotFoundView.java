package cn.liaocheng.jobs.bankreferrals.ui;

import cn.liaocheng.jobs.bankreferrals.ReferralNotFoundException;
import cn.liaocheng.jobs.shell.ErrorPage;
import cn.liaocheng.jobs.shell.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A referral that does not exist or that the caller may not see: the same page and 404 as any unknown address. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ReferralNotFoundView extends ErrorPage implements HasErrorParameter<ReferralNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ReferralNotFoundException> parameter) {
        show("error.notfound.title", "error.notfound.text");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
