package ir.saorg.sehat.payment.gateway.web;

import ir.saorg.sehat.payment.gateway.GatewayRefusedException;
import ir.saorg.sehat.payment.gateway.GatewayStatus;
import ir.saorg.sehat.payment.gateway.GatewayUnavailableException;
import ir.saorg.sehat.payment.gateway.OpenedPayment;
import ir.saorg.sehat.payment.gateway.OpeningPayment;
import ir.saorg.sehat.payment.gateway.PaymentGateway;
import ir.saorg.sehat.payment.gateway.RefundReceipt;
import ir.saorg.sehat.payment.gateway.ReportedPayment;
import ir.saorg.sehat.payment.gateway.Verification;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Zarinpal's v4 REST protocol (docs/payment-gateway.md): {@code request.json}, the StartPay page, {@code verify.json},
 * {@code inquiry.json}, plus the refund and day report as the sandbox models them. Status 100 is success, 101 is
 * "verified before"; negative codes are refusals. Any transport failure, time-out or 5xx is "unavailable".
 */
public class ZarinpalGateway implements PaymentGateway {

    private static final int SUCCESS = 100;
    private static final int VERIFIED_BEFORE = 101;
    private static final int AMOUNT_MISMATCH = -50;
    private static final int NOT_PAID = -51;
    private static final int OTHER_MERCHANT = -53;
    private static final int INVALID_AUTHORITY = -54;

    private final RestClient http;
    private final ZarinpalProperties settings;
    private final Supplier<String> apiUrl;

    /**
     * @param apiUrl the API's base address, asked for at each call: the local sandbox's port is known only once this
     *               service listens
     */
    public ZarinpalGateway(RestClient http, ZarinpalProperties settings, Supplier<String> apiUrl) {
        this.http = http;
        this.settings = settings;
        this.apiUrl = apiUrl;
    }

    @Override
    public OpenedPayment open(OpeningPayment payment) {
        var body = new LinkedHashMap<String, Object>();
        body.put("merchant_id", settings.merchantId());
        body.put("amount", payment.amountRials());
        body.put("currency", "IRR");
        body.put("callback_url", payment.callbackUrl());
        body.put("description", payment.description());
        body.put("metadata", Map.of("order_id", payment.orderId()));
        JsonNode data = success(post("/pg/v4/payment/request.json", body, false));
        String authority = data.get("authority").asString();
        return new OpenedPayment(authority, settings.startPayUrl() + authority);
    }

    @Override
    public Verification verify(String authority, long amountRials) {
        Answer answer = post("/pg/v4/payment/verify.json",
                Map.of("merchant_id", settings.merchantId(), "amount", amountRials, "authority", authority), false);
        return switch (answer.code()) {
            case SUCCESS, VERIFIED_BEFORE -> new Verification(answer.code() == SUCCESS
                    ? Verification.Outcome.VERIFIED : Verification.Outcome.ALREADY_VERIFIED,
                    answer.data().path("ref_id").asString(), text(answer.data(), "card_pan"), answer.code());
            case AMOUNT_MISMATCH -> new Verification(Verification.Outcome.AMOUNT_MISMATCH, null, null, answer.code());
            case NOT_PAID -> new Verification(Verification.Outcome.NOT_PAID, null, null, answer.code());
            case OTHER_MERCHANT, INVALID_AUTHORITY ->
                    new Verification(Verification.Outcome.UNKNOWN_PAYMENT, null, null, answer.code());
            default -> throw new GatewayRefusedException(answer.code(), answer.message());
        };
    }

    @Override
    public GatewayStatus inquire(String authority) {
        JsonNode data = success(post("/pg/v4/payment/inquiry.json",
                Map.of("merchant_id", settings.merchantId(), "authority", authority), false));
        return GatewayStatus.valueOf(data.get("status").asString());
    }

    @Override
    public RefundReceipt refund(String authority, long amountRials, String description) {
        Answer answer = post("/api/v4/refund.json", Map.of("session_id", authority, "amount", amountRials,
                "description", description, "method", "PAYA", "reason", "CUSTOMER_REQUEST"), true);
        if (answer.code() != SUCCESS && answer.code() != VERIFIED_BEFORE) {
            throw new GatewayRefusedException(answer.code(), answer.message());
        }
        return new RefundReceipt(answer.data().get("refund_id").asString(), answer.code() == VERIFIED_BEFORE);
    }

    @Override
    public List<ReportedPayment> report(LocalDate businessDay) {
        JsonNode data = success(post("/pg/v4/payment/report.json",
                Map.of("merchant_id", settings.merchantId(), "date", businessDay.toString()), false));
        var payments = new ArrayList<ReportedPayment>();
        for (JsonNode row : data.path("transactions")) {
            payments.add(new ReportedPayment(row.get("authority").asString(), text(row, "order_id"),
                    row.get("amount").asLong(), row.get("status").asString(), text(row, "ref_id"),
                    row.hasNonNull("paid_at") ? Instant.parse(row.get("paid_at").asString()) : null));
        }
        return payments;
    }

    private JsonNode success(Answer answer) {
        if (answer.code() != SUCCESS) {
            throw new GatewayRefusedException(answer.code(), answer.message());
        }
        return answer.data();
    }

    private Answer post(String path, Map<String, Object> body, boolean withToken) {
        try {
            return http.post().uri(apiUrl.get() + path)
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .headers(headers -> {
                        if (withToken) {
                            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + settings.accessToken());
                        }
                    })
                    .body(body)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().is5xxServerError()) {
                            throw new GatewayUnavailableException("gateway answered " + response.getStatusCode()
                                    + " to " + path, null);
                        }
                        JsonNode json = response.bodyTo(JsonNode.class);
                        return Answer.of(json, path);
                    });
        } catch (RestClientException failure) {
            throw new GatewayUnavailableException("gateway unreachable or too slow on " + path, failure);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private record Answer(int code, String message, JsonNode data) {

        static Answer of(JsonNode json, String path) {
            if (json == null) {
                throw new GatewayUnavailableException("gateway gave no body on " + path, null);
            }
            JsonNode data = json.path("data");
            if (data.isObject() && data.has("code")) {
                return new Answer(data.get("code").asInt(), data.path("message").asString(""), data);
            }
            JsonNode errors = json.path("errors");
            if (errors.isObject() && errors.has("code")) {
                return new Answer(errors.get("code").asInt(), errors.path("message").asString(""), errors);
            }
            throw new GatewayUnavailableException("gateway gave an unreadable answer on " + path, null);
        }
    }
}
