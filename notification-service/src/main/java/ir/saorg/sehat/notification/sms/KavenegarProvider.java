package ir.saorg.sehat.notification.sms;

import ir.saorg.sehat.notification.delivery.SendOutcome;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Kavenegar's REST API: {@code POST {base}/v1/{API-KEY}/sms/send.json} with the form fields {@code receptor},
 * {@code message}, {@code sender} and {@code localid}; the answer is
 * {@code {"return":{"status":200,"message":"..."},"entries":[{"messageid":...,"status":1,...}]}}. Statuses 411 (bad
 * receptor), 412 (bad sender), 414 (too many receptors) and 422 (bad characters) refuse for good; 401/403 (account or
 * key), 418 (no credit), 5xx and network errors are tried again.
 */
public class KavenegarProvider implements SmsProvider {

    private static final Set<Integer> FINAL_REFUSALS = Set.of(400, 411, 412, 414, 422);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Supplier<String> baseUrl;
    private final String apiKey;
    private final String sender;
    private final Duration timeout;

    public KavenegarProvider(HttpClient http, Supplier<String> baseUrl, String apiKey, String sender,
                             Duration timeout) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.sender = sender;
        this.timeout = timeout;
    }

    @Override
    public SendOutcome send(String mobile, String text, String clientReference) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("receptor", mobile);
        form.put("message", text);
        if (sender != null && !sender.isBlank()) {
            form.put("sender", sender);
        }
        form.put("localid", clientReference);
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        URI uri = URI.create(baseUrl.get().replaceAll("/+$", "") + "/v1/"
                + URLEncoder.encode(apiKey, StandardCharsets.UTF_8) + "/sms/send.json");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return new SendOutcome.Failed("Kavenegar unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Failed("interrupted");
        }
    }

    static SendOutcome outcome(int httpStatus, String body) {
        int status = httpStatus;
        String message = "";
        JsonNode entries = null;
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode returned = root.path("return");
            if (returned.has("status")) {
                status = returned.path("status").asInt(httpStatus);
                message = returned.path("message").asString("");
            }
            entries = root.path("entries");
        } catch (RuntimeException unreadable) {
            if (httpStatus == 200) {
                return new SendOutcome.Failed("Kavenegar answered 200 with an unreadable body");
            }
        }
        if (status == 200 && entries != null && entries.isArray() && !entries.isEmpty()) {
            return new SendOutcome.Sent(entries.get(0).path("messageid").asString(""));
        }
        if (FINAL_REFUSALS.contains(status)) {
            return new SendOutcome.Refused("Kavenegar " + status + ": " + message);
        }
        return new SendOutcome.Failed("Kavenegar " + status + ": " + message);
    }
}
