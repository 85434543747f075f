package ir.saorg.sehat.payment.sandbox.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import ir.saorg.sehat.payment.sandbox.ZarinpalCode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.util.List;
import java.util.Map;

/**
 * The JSON of the Zarinpal v4 protocol as the sandbox reads and writes it: snake_case fields, every answer in the
 * envelope {@code {"data": ..., "errors": ...}} where the side not used is an empty array, as Zarinpal sends it.
 */
final class ZarinpalJson {

    private ZarinpalJson() {
    }

    /** Every answer: success puts its fields in {@code data}, a refusal its code in {@code errors}. */
    record Envelope(Object data, Object errors) {

        static Envelope success(Object data) {
            return new Envelope(data, List.of());
        }

        static Envelope error(ZarinpalCode code, List<Map<String, String>> validations) {
            return new Envelope(List.of(), new Error(code.code(), code.message(), validations));
        }
    }

    record Error(int code, String message, List<Map<String, String>> validations) {
    }

    // Requests. Unknown fields are ignored, missing ones are null: the gateway answers those with -9.

    /** {@code metadata} is an object ({@code mobile}, {@code email}, {@code order_id}); read leniently. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaymentRequest(String merchantId, Long amount, String callbackUrl, String description, String currency,
                          Object metadata) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VerifyRequest(String merchantId, Long amount, String authority) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SessionRequest(String merchantId, String authority) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MerchantRequest(String merchantId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReportRequest(String merchantId, String date) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RefundRequest(String sessionId, Long amount, String description, String method, String reason) {
    }

    // Answers (the "data" side of the envelope).

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Requested(int code, String message, String authority, String feeType, long fee) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Verified(int code, String message, String cardHash, String cardPan, long refId, String feeType,
                    long fee) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Inquired(int code, String message, String status) {
    }

    record Result(int code, String message) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Unverified(int code, String message, List<UnverifiedAuthority> authorities) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UnverifiedAuthority(String authority, long amount, String callbackUrl, String referer, String date) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Refunded(int code, String message, String refundId, long amount, String status) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Report(int code, String message, List<ReportedTransaction> transactions) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReportedTransaction(String authority, String orderId, long amount, String status, Long refId,
                               String paidAt) {
    }
}
