package ir.saorg.sehat.gateway.requestid;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@value #HEADER}: the caller's own (when it is a plain token of at most 64 characters) or a new UUID, sent on to the
 * service behind the route and back in the answer, so that a support call can name one request in every log.
 */
@Configuration
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String id = idOf(request.getHeader(HEADER));
                response.setHeader(HEADER, id);
                chain.doFilter(withId(request, id), response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    static String idOf(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private static HttpServletRequest withId(HttpServletRequest request, String id) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return HEADER.equalsIgnoreCase(name) ? id : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HEADER.equalsIgnoreCase(name) ? Collections.enumeration(List.of(id)) : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
                if (names.stream().noneMatch(HEADER::equalsIgnoreCase)) {
                    names.add(HEADER);
                }
                return Collections.enumeration(names);
            }
        };
    }
}
