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
public class CurrentClient {

    ClientAddress address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return ClientAddress.of(attributes.getRequest().getRemoteAddr());
        }
        return ClientAddress.INTERNAL;
    }

    /**
     * The whole address of the client, for records such as the audit trail: the TCP peer, or the client a trusted
     * proxy named, never a header read here. Unlike {@link #address()} an IPv6 address is not cut to its network, since
     * a record must say where a request came from. {@code internal} without an HTTP request.
     */
    public String addressForRecords() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var address = attributes.getRequest().getRemoteAddr();
            return address == null || address.isBlank() ? "unknown" : address.strip();
        }
        return ClientAddress.INTERNAL.key();
    }
}
