package cn.liaocheng.jobs.accounts;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client of the current HTTP request, read the way {@link CurrentAccount} reads who is signed in.
 * Spring's RequestContextFilter holds the request for every servlet request, Vaadin's too (the portal does not use
 * push over WebSocket, whose messages would not be held). Without a request, the caller is the portal itself.
 */
@Component
class CurrentClient {

    ClientAddress address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return ClientAddress.of(attributes.getRequest().getRemoteAddr());
        }
        return ClientAddress.INTERNAL;
    }
}
