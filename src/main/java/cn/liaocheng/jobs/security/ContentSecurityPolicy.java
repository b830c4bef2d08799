package cn.liaocheng.jobs.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every response. Inline scripts run only with the response's nonce, which
 * {@link CspNonceListener} puts on the scripts of Vaadin's bootstrap page; everything else comes from the portal itself.
 *
 * <p>What Vaadin Flow still needs (measured in Chromium, see {@code docs/decisions}): {@code 'unsafe-eval'} in
 * {@code script-src}, because its client engine turns the JavaScript the server sends ({@code executeJs}, event data
 * expressions) into functions with {@code new Function(...)}; and {@code 'unsafe-inline'} in {@code style-src}, because
 * the web components and Lit add {@code <style>} elements to the page and write {@code style} attributes at run time,
 * without a nonce. A nonce in {@code style-src} would switch {@code 'unsafe-inline'} off, so styles get none.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    private static final String NONCE_ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".nonce";
    private static final SecureRandom random = new SecureRandom();

    /** The policy for a response whose inline scripts carry {@code nonce}. */
    static String policy(String nonce) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** This request's nonce: made when first asked for, by the header or by the bootstrap page, whichever comes first. */
    static String nonce(HttpServletRequest request) {
        if (request.getAttribute(NONCE_ATTRIBUTE) instanceof String nonce) {
            return nonce;
        }
        var bytes = new byte[18];
        random.nextBytes(bytes);
        var nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, policy(nonce(request)));
        }
    }
}
