package ir.saorg.sehat.payment.sandbox;

import java.util.Locale;
import java.util.Optional;

/** What the payer does on the StartPay page. */
public enum PayAction {
    PAY, DECLINE, CANCEL;

    /** {@code pay}, {@code decline} or {@code cancel}, as the page's buttons send it. */
    public static Optional<PayAction> parse(String action) {
        if (action == null) {
            return Optional.empty();
        }
        return switch (action.strip().toLowerCase(Locale.ROOT)) {
            case "pay" -> Optional.of(PAY);
            case "decline" -> Optional.of(DECLINE);
            case "cancel" -> Optional.of(CANCEL);
            default -> Optional.empty();
        };
    }
}
