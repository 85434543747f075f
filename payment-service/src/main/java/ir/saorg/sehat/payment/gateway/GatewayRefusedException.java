package ir.saorg.sehat.payment.gateway;

/** The gateway answered with an error code: the call was understood and refused. */
public class GatewayRefusedException extends RuntimeException {

    private final int code;

    public GatewayRefusedException(int code, String message) {
        super("gateway refused (" + code + "): " + message);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
