package ir.saorg.sehat.payment.tariff;

import java.time.Instant;
import java.util.Optional;

/** The budget tables: what a request type costs in a Jalali fiscal year, if the year's table has a row for it. */
public interface Tariffs {

    /**
     * The tariff of a request submitted at {@code submittedAt}: in the fiscal year of that instant, taken from the
     * latest table version of the year that was already in effect ({@code effectiveFrom <= submittedAt}). Empty when
     * no version was in effect yet, or when that version has no row for the type. Either way, or a zero amount, the
     * request is free.
     */
    Optional<Tariff> in(String requestType, Instant submittedAt);
}
