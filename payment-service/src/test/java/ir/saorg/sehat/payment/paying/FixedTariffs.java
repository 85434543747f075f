package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.payment.tariff.FiscalYear;
import ir.saorg.sehat.payment.tariff.Tariff;
import ir.saorg.sehat.payment.tariff.Tariffs;

import java.time.Instant;
import java.util.Optional;

/** One paid type at one amount in every year; every other type is free. */
record FixedTariffs(String paidType, long amountRials) implements Tariffs {

    @Override
    public Optional<Tariff> in(String requestType, Instant submittedAt) {
        return paidType.equals(requestType)
                ? Optional.of(new Tariff(requestType, FiscalYear.of(submittedAt), amountRials, 1))
                : Optional.empty();
    }
}
