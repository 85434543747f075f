package ir.saorg.sehat.gateway.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A session that ended while htmx was fetching part of a page: a redirect to the identity provider would be followed
 * inside the background request and fail, so htmx is told instead to load the login as a whole page.
 */
class HtmxLoginEntryPoint implements AuthenticationEntryPoint {

    private final String loginPath;

    HtmxLoginEntryPoint(String loginPath) {
        this.loginPath = loginPath;
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        response.setHeader("HX-Redirect", loginPath);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
