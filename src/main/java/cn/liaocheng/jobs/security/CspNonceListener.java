package cn.liaocheng.jobs.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * Gives every script of Vaadin's bootstrap page this response's nonce, so that the
 * {@link ContentSecurityPolicy} can forbid all other inline code. Flow's client reads the nonce from the first script
 * and puts it on the scripts it adds later.
 */
@SpringComponent
class CspNonceListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
                var nonce = ContentSecurityPolicy.nonce(request.getHttpServletRequest());
                response.getDocument().select("script").attr("nonce", nonce);
            }
        });
    }
}
