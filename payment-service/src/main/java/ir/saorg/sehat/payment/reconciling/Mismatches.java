package ir.saorg.sehat.payment.reconciling;

import ir.saorg.sehat.events.payment.PaymentMismatchFound;

import java.time.LocalDate;
import java.util.List;

/** Where reconciliation's findings live. */
public interface Mismatches {

    /** Stores the mismatch with its event; false, with nothing written, if it was found before. */
    boolean insertIfAbsent(Mismatch mismatch, PaymentMismatchFound event);

    List<Mismatch> ofDay(LocalDate businessDay);

    List<Mismatch> latest(int limit);
}
