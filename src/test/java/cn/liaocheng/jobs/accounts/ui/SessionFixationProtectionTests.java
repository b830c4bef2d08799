package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class SessionFixationProtectionTests {

    @Test
    void signing_in_gives_the_session_a_new_id_and_keeps_its_contents() {
        var request = new MockHttpServletRequest();
        var session = request.getSession(true);
        session.setAttribute("vaadin-session", "this browser tab");
        var before = session.getId();
        // The browser sent the cookie of the session it had before signing in, as Vaadin's requests do.
        request.setRequestedSessionId(before);
        request.setRequestedSessionIdValid(true);

        new AccountsUiConfig().signInSessionFixationProtection().onAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("someone", null, java.util.List.of()),
                request, new MockHttpServletResponse());

        assertThat(request.getSession(false).getId()).isNotEqualTo(before);
        assertThat(request.getSession(false).getAttribute("vaadin-session")).isEqualTo("this browser tab");
    }
}
