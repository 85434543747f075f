package ir.saorg.sehat.portal;

import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.platform.security.DeniedPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A page a browser asked for and may not see (a staff member on an operator's page) is answered as the portal's
 * problem page, in the layout and the reader's language, with the same title and detail the API would give; the
 * status stays 401 or 403. API calls, and requests that do not ask for HTML, keep getting problem details.
 */
class PageDenials implements DeniedPages {

    private static final String PAGE = "portal/problem";

    private final LocaleResolver locales;
    private final ObjectProvider<ThymeleafViewResolver> views;
    private final ObjectProvider<ProblemDetailsAdvice> problems;

    PageDenials(LocaleResolver locales, ObjectProvider<ThymeleafViewResolver> views,
                ObjectProvider<ProblemDetailsAdvice> problems) {
        this.locales = locales;
        this.views = views;
        this.problems = problems;
    }

    @Override
    public boolean answers(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && views.getIfAvailable() != null && problems.getIfAvailable() != null;
    }

    @Override
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug)
            throws IOException {
        Locale locale = chosen(request);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            View page = views.getObject().resolveViewName(PAGE, locale);
            if (page == null) {
                throw new IOException("no view " + PAGE);
            }
            page.render(Map.of("problem", problems.getObject().describe(status, slug, locale),
                    "viewer", Viewer.of(token())), request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not render " + PAGE, e);
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }

    /** The language the reader chose on this very request ({@code ?lang=}), which no interceptor saw, or else theirs. */
    private Locale chosen(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        return "fa".equals(lang) ? PortalAutoConfiguration.PERSIAN : locales.resolveLocale(request);
    }

    private static Jwt token() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken jwt ? jwt.getToken() : null;
    }
}
