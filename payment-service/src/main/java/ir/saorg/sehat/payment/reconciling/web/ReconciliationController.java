package ir.saorg.sehat.payment.reconciling.web;

import ir.saorg.sehat.payment.reconciling.Mismatch;
import ir.saorg.sehat.payment.reconciling.Mismatches;
import ir.saorg.sehat.payment.reconciling.ReconcilingPayments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The operators' list of reconciliation mismatches, and reconciling a day on demand (idempotent). */
@RestController
class ReconciliationController {

    private final Mismatches mismatches;
    private final ReconcilingPayments reconciling;

    ReconciliationController(Mismatches mismatches, ReconcilingPayments reconciling) {
        this.mismatches = mismatches;
        this.reconciling = reconciling;
    }

    @GetMapping("/api/v1/payments/mismatches")
    List<Mismatch> mismatches(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              LocalDate day) {
        return day == null ? mismatches.latest(200) : mismatches.ofDay(day);
    }

    @PostMapping("/api/v1/payments/reconciliations")
    List<Mismatch> reconcile(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return reconciling.reconcile(day);
    }
}
