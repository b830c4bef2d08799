package cn.liaocheng.jobs.personaldata.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ends the sign-in after the account is gone and loads a given page afresh. Not Vaadin's
 * {@code AuthenticationContext.logout()}, which always leads to the sign-in page ("you signed out"): after deleting
 * the account the person must land on the page that says it is deleted. The HTTP session ends, and with it the
 * sign-in Spring Security keeps there and the Vaadin session; the page load that follows starts signed out.
 */
@SpringComponent
class SessionEnd {

    void endAndGoTo(UI ui, String route) {
        ui.getPage().setLocation(route);
        SecurityContextHolder.clearContext();
        ui.getSession().getSession().invalidate();
    }
}
