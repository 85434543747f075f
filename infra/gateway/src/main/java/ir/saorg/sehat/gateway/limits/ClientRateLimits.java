package ir.saorg.sehat.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A token bucket per client address (the first forwarded address, when the gateway sits behind a trusted proxy): a
 * burst of {@code capacity} calls, refilled at {@code perSecond}. Past it, 429 with {@code Retry-After} and a problem
 * document in Persian and English. It keeps one client from starving the rest; code-service's public verification
 * keeps its own, stricter limits per client and per code.
 */
public class ClientRateLimits extends OncePerRequestFilter {

    private final RateLimitSettings settings;
    private final Cache<String, Bucket> buckets;

    public ClientRateLimits(RateLimitSettings settings) {
        this.settings = settings;
        this.buckets = Caffeine.newBuilder().maximumSize(settings.clients())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(request.getRemoteAddr(), client -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                {"type":"https://sehat.saorg.ir/problems/too-many-requests","title":"درخواست‌های بیش از حد — Too many requests",\
                "status":429,"detail":"از این نشانی درخواست‌های زیادی رسیده است؛ %d ثانیهٔ دیگر دوباره تلاش کنید. \
                Too many requests from this address; try again in %d s."}""".formatted(seconds, seconds));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(settings.capacity())
                .refillGreedy(settings.perSecond(), Duration.ofSeconds(1)).build()).build();
    }
}
