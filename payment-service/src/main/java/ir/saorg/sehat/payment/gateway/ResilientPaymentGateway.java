package ir.saorg.sehat.payment.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The gateway behind a circuit breaker, with retries (and back-off) only where a repeat cannot take money twice:
 * verify, inquiry, refund (idempotent per authority) and the report. Opening a payment is never retried. While the
 * breaker is open every call fails at once with {@link GatewayUnavailableException}.
 */
public class ResilientPaymentGateway implements PaymentGateway {

    private final PaymentGateway gateway;
    private final CircuitBreaker breaker;
    private final Retry retry;

    public ResilientPaymentGateway(PaymentGateway gateway, CircuitBreaker breaker, Retry retry) {
        this.gateway = gateway;
        this.breaker = breaker;
        this.retry = retry;
    }

    @Override
    public OpenedPayment open(OpeningPayment payment) {
        return guarded(() -> gateway.open(payment));
    }

    @Override
    public Verification verify(String authority, long amountRials) {
        return retried(() -> gateway.verify(authority, amountRials));
    }

    @Override
    public GatewayStatus inquire(String authority) {
        return retried(() -> gateway.inquire(authority));
    }

    @Override
    public RefundReceipt refund(String authority, long amountRials, String description) {
        return retried(() -> gateway.refund(authority, amountRials, description));
    }

    @Override
    public List<ReportedPayment> report(LocalDate businessDay) {
        return retried(() -> gateway.report(businessDay));
    }

    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    private <T> T retried(Supplier<T> call) {
        return Retry.decorateSupplier(retry, () -> guarded(call)).get();
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return breaker.executeSupplier(call);
        } catch (CallNotPermittedException open) {
            throw new GatewayUnavailableException("the gateway's circuit breaker is open", open);
        }
    }
}
