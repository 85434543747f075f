package ir.saorg.sehat.payment.gateway;

/** The gateway could not be reached, answered too late, or said it is out of order: nothing is known. */
public class GatewayUnavailableException extends RuntimeException {

    public GatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
