package ir.saorg.sehat.portal;

import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.platform.security.DeniedPages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The portal's shared parts in every service that renders pages. The language is Persian unless the reader chose
 * English ({@code ?lang=en}), remembered in the {@value #LANGUAGE_COOKIE} cookie, which every service behind the
 * gateway reads; the API keeps answering in the client's {@code Accept-Language}. Page texts come from each service's {@code pages*.properties}, then the layout's own.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"})
@Import({ViewerAdvice.class, PageProblems.class})
public class PortalAutoConfiguration implements WebMvcConfigurer {

    public static final String LANGUAGE_COOKIE = "sehat-lang";
    static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        // The service's own pages (when it has any), the layout's, and the console's (a part of every service).
        var basenames = new java.util.ArrayList<>(List.of("ir/saorg/sehat/portal/layout", "ir/saorg/sehat/console/pages"));
        if (PortalAutoConfiguration.class.getClassLoader().getResource("pages.properties") != null) {
            basenames.addFirst("pages");
        }
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocaleFunction(PortalAutoConfiguration::withoutChoice);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** Pages are Persian until the reader switches; the API answers in the client's Accept-Language, else Persian. */
    static Locale withoutChoice(HttpServletRequest request) {
        boolean api = request.getRequestURI().startsWith("/api/");
        return api && request.getHeader("Accept-Language") != null ? request.getLocale() : PERSIAN;
    }

    /** Refused pages as pages, in the layout (the security filters' 401 and 403 to a browser). */
    @Bean
    DeniedPages deniedPages(LocaleResolver localeResolver, ObjectProvider<ThymeleafViewResolver> views,
                            ObjectProvider<ProblemDetailsAdvice> problems) {
        return new PageDenials(localeResolver, views, problems);
    }

    @Bean
    PortalFormat fmt() {
        return new PortalFormat();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
