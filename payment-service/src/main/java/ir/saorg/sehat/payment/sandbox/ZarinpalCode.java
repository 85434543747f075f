package ir.saorg.sehat.payment.sandbox;

/** The Zarinpal v4 result codes the sandbox answers with, with Zarinpal's own messages. */
public enum ZarinpalCode {
    SUCCESS(100, "Success"),
    ALREADY_VERIFIED(101, "Verified"),
    VALIDATION(-9, "The input params invalid, validation error."),
    TERMINAL_INVALID(-10, "Terminal is not valid, please check merchant_id or ip address."),
    AMOUNT_MISMATCH(-50, "Session is not valid, amounts values is not the same."),
    NOT_PAID(-51, "Session is not valid, session is not active paid try."),
    UNAVAILABLE(-52, "Oops!! please contact support team"),
    OTHER_MERCHANT(-53, "Session is not this merchant_id session."),
    INVALID_AUTHORITY(-54, "Invalid authority."),
    NOT_REVERSIBLE(-60, "Session can not be reversed with bank."),
    NOT_SUCCESSFUL(-61, "Session is not in success status."),
    REVERSE_EXPIRED(-63, "Maximum time for reverse this session is expired.");

    private final int code;
    private final String message;

    ZarinpalCode(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }
}
