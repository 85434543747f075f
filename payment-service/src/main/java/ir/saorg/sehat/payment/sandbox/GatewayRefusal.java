package ir.saorg.sehat.payment.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The sandbox refuses a call with one of Zarinpal's error codes; for {@link ZarinpalCode#VALIDATION}, with the
 * offending fields, each as {@code {field: message}} as Zarinpal lists them.
 */
public class GatewayRefusal extends RuntimeException {

    private final ZarinpalCode code;
    private final transient List<Map<String, String>> validations;

    public GatewayRefusal(ZarinpalCode code) {
        this(code, List.of());
    }

    public GatewayRefusal(ZarinpalCode code, List<Map<String, String>> validations) {
        super(code.code() + " " + code.message() + (validations.isEmpty() ? "" : " " + validations), null, false,
                false);
        this.code = code;
        this.validations = List.copyOf(validations);
    }

    /** A {@code -9} for one field. */
    public static GatewayRefusal invalid(String field, String message) {
        return new GatewayRefusal(ZarinpalCode.VALIDATION, List.of(Map.of(field, message)));
    }

    public ZarinpalCode code() {
        return code;
    }

    public List<Map<String, String>> validations() {
        return validations;
    }
}
