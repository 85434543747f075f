package ir.saorg.sehat.payment.sandbox.web;

import ir.saorg.sehat.platform.testing.MutableClock;

import com.jayway.jsonpath.JsonPath;
import ir.saorg.sehat.payment.sandbox.SandboxControl;
import ir.saorg.sehat.payment.sandbox.config.SandboxConfiguration;
import ir.saorg.sehat.payment.sandbox.config.SandboxProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox over HTTP, as a Zarinpal client and a browser see it: the web slice with the sandbox's controllers and
 * beans, an in-memory MongoDB-wire-protocol server, a clock the tests move, and the platform's problem-details advice
 * (which the sandbox's Zarinpal envelope must win over).
 */
@WebMvcTest(controllers = {ZarinpalApi.class, StartPayPage.class, SandboxControlApi.class})
@Import({SandboxConfiguration.class, SandboxWebTestBeans.class})
class ZarinpalSandboxWebTest {

    static final String MERCHANT = SandboxProperties.DEFAULT_MERCHANT_ID;
    static final String OTHER_MERCHANT = "0f0f0f0f-1111-4222-8333-444455556666";
    static final String TOKEN = SandboxProperties.DEFAULT_ACCESS_TOKEN;
    static final String BASE = "/sandbox/zarinpal";
    static final Instant START = Instant.parse("2026-11-24T08:00:00Z");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MutableClock clock;
    @Autowired
    SandboxControl control;

    @BeforeEach
    void reset() {
        clock.set(START);
        control.update(0L, false);
    }

    MvcTestResult post(String path, String json) {
        return mvc.post().uri(BASE + path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    String request(long amount, String callback, String description) {
        MvcTestResult result = post("/pg/v4/payment/request.json", """
                {"merchant_id":"%s","amount":%d,"callback_url":"%s","description":"%s","currency":"IRR",
                 "metadata":{"mobile":"09121234567","order_id":"req-7"}}""".formatted(MERCHANT, amount, callback,
                description));
        assertThat(result).hasStatusOk();
        return JsonPath.read(body(result), "$.data.authority");
    }

    String request(long amount) {
        return request(amount, "https://sehat.example/cb", "Tariff");
    }

    MvcTestResult press(String authority, String action) {
        return mvc.post().uri(BASE + "/pg/StartPay/" + authority).param("action", action).exchange();
    }

    MvcTestResult verify(String merchant, long amount, String authority) {
        return post("/pg/v4/payment/verify.json", """
                {"merchant_id":"%s","amount":%d,"authority":"%s"}""".formatted(merchant, amount, authority));
    }

    MvcTestResult inquiry(String authority) {
        return post("/pg/v4/payment/inquiry.json", """
                {"merchant_id":"%s","authority":"%s"}""".formatted(MERCHANT, authority));
    }

    static void assertRefused(MvcTestResult result, HttpStatus status, int code) {
        assertThat(result).hasStatus(status);
        assertThat(result).bodyJson().extractingPath("$.errors.code").isEqualTo(code);
        assertThat(result).bodyJson().extractingPath("$.data").asArray().isEmpty();
    }

    @Nested
    class PaymentRequest {

        @Test
        void answersInZarinpalsEnvelope() {
            MvcTestResult result = post("/pg/v4/payment/request.json", """
                    {"merchant_id":"%s","amount":2500000,"callback_url":"https://sehat.example/cb",
                     "description":"Tariff"}""".formatted(MERCHANT));

            assertThat(result).hasStatusOk();
            assertThat(result).bodyJson().extractingPath("$.data.code").isEqualTo(100);
            assertThat(result).bodyJson().extractingPath("$.data.message").isEqualTo("Success");
            assertThat(result).bodyJson().extractingPath("$.data.authority").asString().matches("S\\d{35}");
            assertThat(result).bodyJson().extractingPath("$.data.fee_type").isEqualTo("Merchant");
            assertThat(result).bodyJson().extractingPath("$.data.fee").isEqualTo(0);
            assertThat(result).bodyJson().extractingPath("$.errors").asArray().isEmpty();
        }

        @Test
        void aTooSmallAmountIsAValidationError() {
            MvcTestResult result = post("/pg/v4/payment/request.json", """
                    {"merchant_id":"%s","amount":999,"callback_url":"https://sehat.example/cb",
                     "description":"Tariff"}""".formatted(MERCHANT));

            assertRefused(result, HttpStatus.BAD_REQUEST, -9);
            assertThat(result).bodyJson().extractingPath("$.errors.message")
                    .isEqualTo("The input params invalid, validation error.");
            assertThat(result).bodyJson().extractingPath("$.errors.validations[0].amount")
                    .isEqualTo("The amount must be at least 1000.");
        }

        @Test
        void aRelativeCallbackIsAValidationError() {
            MvcTestResult result = post("/pg/v4/payment/request.json", """
                    {"merchant_id":"%s","amount":1000,"callback_url":"/cb","description":"Tariff"}"""
                    .formatted(MERCHANT));
            assertRefused(result, HttpStatus.BAD_REQUEST, -9);
            assertThat(result).bodyJson().extractingPath("$.errors.validations[0].callback_url").isNotNull();
        }

        @Test
        void anotherMerchantIsNotAValidTerminal() {
            assertRefused(post("/pg/v4/payment/request.json", """
                    {"merchant_id":"%s","amount":1000,"callback_url":"https://sehat.example/cb",
                     "description":"Tariff"}""".formatted(OTHER_MERCHANT)), HttpStatus.BAD_REQUEST, -10);
        }

        @Test
        void malformedJsonIsAValidationErrorNotAProblemDocument() {
            MvcTestResult result = post("/pg/v4/payment/request.json", "{\"merchant_id\": ");
            assertRefused(result, HttpStatus.BAD_REQUEST, -9);
            assertThat(result).bodyJson().extractingPath("$.errors.validations[0].body").isNotNull();

            assertRefused(post("/pg/v4/payment/verify.json", """
                    {"merchant_id":"%s","amount":"lots","authority":"S1"}""".formatted(MERCHANT)),
                    HttpStatus.BAD_REQUEST, -9);
            assertRefused(mvc.post().uri(BASE + "/pg/v4/payment/inquiry.json").contentType(MediaType.TEXT_PLAIN)
                    .content("hello").exchange(), HttpStatus.BAD_REQUEST, -9);
        }
    }

    @Nested
    class HappyPath {

        @Test
        void requestPayVerifyAndVerifyAgain() {
            String authority = request(2_500_000, "https://sehat.example/payments/callback?request=42", "Tariff");

            MvcTestResult page = mvc.get().uri(BASE + "/pg/StartPay/" + authority).exchange();
            assertThat(page).hasStatusOk();
            assertThat(page.getResponse().getContentType()).startsWith("text/html");
            assertThat(body(page)).contains("lang=\"fa\"", "dir=\"rtl\"", "درگاه آزمایشی", "Sandbox gateway",
                    "۲٬۵۰۰٬۰۰۰ ریال", "2,500,000 IRR", MERCHANT, authority, "name=\"action\" value=\"pay\"",
                    "name=\"action\" value=\"decline\"", "name=\"action\" value=\"cancel\"", "پرداخت", "انصراف",
                    "رد توسط بانک", "method=\"post\"", "action=\"/sandbox/zarinpal/pg/StartPay/" + authority + "\"");
            assertThat(inquiry(authority)).bodyJson().extractingPath("$.data.status").isEqualTo("IN_BANK");

            assertThat(press(authority, "pay")).hasStatus(HttpStatus.SEE_OTHER).hasRedirectedUrl(
                    "https://sehat.example/payments/callback?request=42&Authority=" + authority + "&Status=OK");
            assertThat(inquiry(authority)).bodyJson().extractingPath("$.data.status").isEqualTo("PAID");

            MvcTestResult first = verify(MERCHANT, 2_500_000, authority);
            assertThat(first).hasStatusOk();
            assertThat(first).bodyJson().extractingPath("$.data.code").isEqualTo(100);
            assertThat(first).bodyJson().extractingPath("$.data.message").isEqualTo("Verified");
            assertThat(first).bodyJson().extractingPath("$.data.card_pan").isEqualTo("502229******5995");
            assertThat(first).bodyJson().extractingPath("$.data.card_hash").asString().matches("[0-9A-F]{64}");
            assertThat(first).bodyJson().extractingPath("$.data.fee_type").isEqualTo("Merchant");
            Number refId = JsonPath.read(body(first), "$.data.ref_id");
            assertThat(refId.longValue()).isGreaterThanOrEqualTo(201);

            MvcTestResult second = verify(MERCHANT, 2_500_000, authority);
            assertThat(second).bodyJson().extractingPath("$.data.code").isEqualTo(101);
            assertThat(((Number) JsonPath.read(body(second), "$.data.ref_id")).longValue())
                    .isEqualTo(refId.longValue());
            assertThat(inquiry(authority)).bodyJson().extractingPath("$.data.status").isEqualTo("VERIFIED");
        }

        @Test
        void aFinishedSessionShowsNoButtonsAndAPostJustGoesBack() {
            String authority = request(10_000);
            press(authority, "pay");

            MvcTestResult page = mvc.get().uri(BASE + "/pg/StartPay/" + authority).exchange();
            assertThat(page).hasStatusOk();
            assertThat(body(page)).contains("This payment has already been made").doesNotContain("<button");
            assertThat(press(authority, "cancel")).hasStatus(HttpStatus.SEE_OTHER)
                    .hasRedirectedUrl("https://sehat.example/cb?Authority=" + authority + "&Status=OK");
        }

        @Test
        void anExpiredSessionShowsNoButtons() {
            String authority = request(10_000);
            clock.advance(Duration.ofMinutes(16));

            assertThat(body(mvc.get().uri(BASE + "/pg/StartPay/" + authority).exchange()))
                    .contains("This payment session is closed").doesNotContain("<button");
            assertThat(inquiry(authority)).bodyJson().extractingPath("$.data.status").isEqualTo("FAILED");
        }
    }

    @Nested
    class PayPage {

        @Test
        void cancelAndDeclineGoBackWithNok() {
            String cancelled = request(10_000);
            String declined = request(10_000);

            assertThat(press(cancelled, "cancel")).hasStatus(HttpStatus.SEE_OTHER)
                    .hasRedirectedUrl("https://sehat.example/cb?Authority=" + cancelled + "&Status=NOK");
            assertThat(press(declined, "decline")).hasStatus(HttpStatus.SEE_OTHER)
                    .hasRedirectedUrl("https://sehat.example/cb?Authority=" + declined + "&Status=NOK");
            assertThat(inquiry(cancelled)).bodyJson().extractingPath("$.data.status").isEqualTo("FAILED");
            assertThat(inquiry(declined)).bodyJson().extractingPath("$.data.status").isEqualTo("FAILED");
            assertRefused(verify(MERCHANT, 10_000, cancelled), HttpStatus.BAD_REQUEST, -51);
        }

        @Test
        void aHostileDescriptionIsShownAsText() {
            String authority = request(10_000, "https://sehat.example/cb", "<script>alert(1)</script>");

            String html = body(mvc.get().uri(BASE + "/pg/StartPay/" + authority).exchange());

            assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }

        @Test
        void anUnknownAuthorityIsABilingualNotFoundPage() {
            MvcTestResult page = mvc.get().uri(BASE + "/pg/StartPay/S" + "0".repeat(35)).exchange();
            assertThat(page).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(body(page)).contains("شناسهٔ پرداخت نامعتبر است", "Invalid authority", "lang=\"fa\"");
            assertThat(press("S" + "0".repeat(35), "pay")).hasStatus(HttpStatus.NOT_FOUND);
        }

        @Test
        void anUnknownActionChangesNothing() {
            String authority = request(10_000);
            assertThat(press(authority, "steal")).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(inquiry(authority)).bodyJson().extractingPath("$.data.status").isEqualTo("IN_BANK");
        }
    }

    @Nested
    class Refusals {

        @Test
        void verifyRefusalsCarryZarinpalsCodes() {
            String authority = request(30_000);
            assertRefused(verify(MERCHANT, 30_000, authority), HttpStatus.BAD_REQUEST, -51);
            press(authority, "pay");
            assertRefused(verify(MERCHANT, 31_000, authority), HttpStatus.BAD_REQUEST, -50);
            assertRefused(verify(OTHER_MERCHANT, 30_000, authority), HttpStatus.BAD_REQUEST, -53);
            MvcTestResult unknown = verify(MERCHANT, 30_000, "S" + "9".repeat(35));
            assertRefused(unknown, HttpStatus.BAD_REQUEST, -54);
            assertThat(unknown).bodyJson().extractingPath("$.errors.message").isEqualTo("Invalid authority.");
            assertThat(unknown).bodyJson().extractingPath("$.errors.validations").asArray().isEmpty();
        }

        @Test
        void reverseWithinAndAfterTheWindow() {
            String early = request(40_000);
            String late = request(40_000);
            press(early, "pay");
            press(late, "pay");
            String reverseEarly = """
                    {"merchant_id":"%s","authority":"%s"}""".formatted(MERCHANT, early);
            assertRefused(post("/pg/v4/payment/reverse.json", reverseEarly), HttpStatus.BAD_REQUEST, -61);
            verify(MERCHANT, 40_000, early);
            verify(MERCHANT, 40_000, late);

            clock.advance(Duration.ofMinutes(29));
            MvcTestResult reversed = post("/pg/v4/payment/reverse.json", reverseEarly);
            assertThat(reversed).hasStatusOk();
            assertThat(reversed).bodyJson().extractingPath("$.data.code").isEqualTo(100);
            assertThat(reversed).bodyJson().extractingPath("$.data.message").isEqualTo("Reversed");
            assertThat(inquiry(early)).bodyJson().extractingPath("$.data.status").isEqualTo("REVERSED");

            clock.advance(Duration.ofMinutes(2));
            assertRefused(post("/pg/v4/payment/reverse.json", """
                    {"merchant_id":"%s","authority":"%s"}""".formatted(MERCHANT, late)), HttpStatus.BAD_REQUEST, -63);
        }

        @Test
        void unverifiedListsPaidSessionsOnly() {
            String waiting = request(50_000);
            press(waiting, "pay");
            String done = request(50_000);
            press(done, "pay");
            verify(MERCHANT, 50_000, done);

            MvcTestResult result = post("/pg/v4/payment/unVerified.json", """
                    {"merchant_id":"%s"}""".formatted(MERCHANT));
            assertThat(result).hasStatusOk();
            assertThat(result).bodyJson().extractingPath("$.data.authorities[*].authority").asArray()
                    .contains(waiting).doesNotContain(done);
            assertThat(result).bodyJson().extractingPath("$.data.authorities[0].callback_url")
                    .isEqualTo("https://sehat.example/cb");
            assertThat(result).bodyJson().extractingPath("$.data.authorities[0].date").asString()
                    .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        }
    }

    @Nested
    class Refund {

        String verifiedSession(long amount) {
            String authority = request(amount);
            press(authority, "pay");
            verify(MERCHANT, amount, authority);
            return authority;
        }

        MvcTestResult refund(String authorization, String authority, long amount) {
            var request = mvc.post().uri(BASE + "/api/v4/refund.json").contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"session_id":"%s","amount":%d,"description":"duplicate","method":"CARD",
                             "reason":"DUPLICATE_TRANSACTION"}""".formatted(authority, amount));
            if (authorization != null) {
                request = request.header(HttpHeaders.AUTHORIZATION, authorization);
            }
            return request.exchange();
        }

        @Test
        void isIdempotent() {
            String authority = verifiedSession(60_000);

            MvcTestResult first = refund("Bearer " + TOKEN, authority, 60_000);
            assertThat(first).hasStatusOk();
            assertThat(first).bodyJson().extractingPath("$.data.code").isEqualTo(100);
            assertThat(first).bodyJson().extractingPath("$.data.status").isEqualTo("DONE");
            assertThat(first).bodyJson().extractingPath("$.data.amount").isEqualTo(60_000);
            String refundId = JsonPath.read(body(first), "$.data.refund_id");
            assertThat(refundId).startsWith("R");

            MvcTestResult again = refund("Bearer " + TOKEN, authority, 60_000);
            assertThat(again).bodyJson().extractingPath("$.data.code").isEqualTo(101);
            assertThat(again).bodyJson().extractingPath("$.data.refund_id").isEqualTo(refundId);
            assertThat(inquiry(authority)).bodyJson().extractingPath("$.data.status").isEqualTo("REFUNDED");
        }

        @Test
        void needsTheAccessToken() {
            String authority = verifiedSession(60_000);

            assertRefused(refund(null, authority, 60_000), HttpStatus.UNAUTHORIZED, -10);
            MvcTestResult wrong = refund("Bearer not-the-token", authority, 60_000);
            assertRefused(wrong, HttpStatus.UNAUTHORIZED, -10);
            assertThat(wrong).headers().hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            assertRefused(refund("Basic " + TOKEN, authority, 60_000), HttpStatus.UNAUTHORIZED, -10);
            assertThat(inquiry(authority)).bodyJson().extractingPath("$.data.status").isEqualTo("VERIFIED");
        }

        @Test
        void notMoreThanPaidAndOnlyVerified() {
            String authority = verifiedSession(60_000);
            assertRefused(refund("Bearer " + TOKEN, authority, 60_001), HttpStatus.BAD_REQUEST, -9);
            String unverified = request(60_000);
            assertRefused(refund("Bearer " + TOKEN, unverified, 1_000), HttpStatus.BAD_REQUEST, -61);
        }
    }

    @Nested
    class Report {

        @Test
        void listsPaymentsOfOneTehranDay() {
            clock.set(Instant.parse("2027-03-01T21:00:00Z"));
            String authority = request(70_000);
            press(authority, "pay");

            MvcTestResult result = post("/pg/v4/payment/report.json", """
                    {"merchant_id":"%s","date":"2027-03-02"}""".formatted(MERCHANT));
            assertThat(result).hasStatusOk();
            assertThat(result).bodyJson().extractingPath("$.data.code").isEqualTo(100);
            assertThat(result).bodyJson().extractingPath("$.data.transactions[*].authority").asArray()
                    .containsExactly(authority);
            assertThat(result).bodyJson().extractingPath("$.data.transactions[0].order_id").isEqualTo("req-7");
            assertThat(result).bodyJson().extractingPath("$.data.transactions[0].amount").isEqualTo(70_000);
            assertThat(result).bodyJson().extractingPath("$.data.transactions[0].status").isEqualTo("PAID");
            assertThat(result).bodyJson().extractingPath("$.data.transactions[0].paid_at")
                    .isEqualTo("2027-03-02T00:30:00+03:30");
            assertThat(post("/pg/v4/payment/report.json", """
                    {"merchant_id":"%s","date":"2027-03-01"}""".formatted(MERCHANT)))
                    .bodyJson().extractingPath("$.data.transactions").asArray().isEmpty();
        }
    }

    @Nested
    class Control {

        @Test
        void whenDownProtocolCallsAnswer503ButThePayPageWorks() {
            String authority = request(10_000);
            MvcTestResult changed = mvc.put().uri(BASE + "/control").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"down\":true}").exchange();
            assertThat(changed).hasStatusOk();
            assertThat(changed).bodyJson().extractingPath("$.down").isEqualTo(true);
            assertThat(changed).bodyJson().extractingPath("$.delayMillis").isEqualTo(0);

            MvcTestResult refused = post("/pg/v4/payment/request.json", """
                    {"merchant_id":"%s","amount":1000,"callback_url":"https://sehat.example/cb",
                     "description":"Tariff"}""".formatted(MERCHANT));
            assertRefused(refused, HttpStatus.SERVICE_UNAVAILABLE, -52);
            assertThat(refused).bodyJson().extractingPath("$.errors.message")
                    .isEqualTo("Oops!! please contact support team");
            assertRefused(inquiry(authority), HttpStatus.SERVICE_UNAVAILABLE, -52);
            assertRefused(verify(MERCHANT, 10_000, authority), HttpStatus.SERVICE_UNAVAILABLE, -52);
            // The payer's page is not the gateway's API: it still works.
            assertThat(mvc.get().uri(BASE + "/pg/StartPay/" + authority).exchange()).hasStatusOk();

            mvc.put().uri(BASE + "/control").contentType(MediaType.APPLICATION_JSON).content("{\"down\":false}")
                    .exchange();
            assertThat(inquiry(authority)).hasStatusOk();
        }

        @Test
        void theDelayIsBounded() {
            assertRefused(mvc.put().uri(BASE + "/control").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"delayMillis\":120001}").exchange(), HttpStatus.BAD_REQUEST, -9);
            assertThat(mvc.get().uri(BASE + "/control").exchange()).bodyJson().extractingPath("$.delayMillis")
                    .isEqualTo(0);
        }

        @Test
        void paysWithoutABrowser() {
            String authority = request(10_000);

            MvcTestResult paid = mvc.post().uri(BASE + "/control/sessions/" + authority + "/pay").exchange();

            assertThat(paid).hasStatusOk();
            assertThat(paid).bodyJson().extractingPath("$.authority").isEqualTo(authority);
            assertThat(paid).bodyJson().extractingPath("$.status").isEqualTo("PAID");
            assertThat(paid).bodyJson().extractingPath("$.callbackUrl")
                    .isEqualTo("https://sehat.example/cb?Authority=" + authority + "&Status=OK");
            assertThat(verify(MERCHANT, 10_000, authority)).bodyJson().extractingPath("$.data.code").isEqualTo(100);
            assertRefused(mvc.post().uri(BASE + "/control/sessions/S" + "8".repeat(35) + "/pay").exchange(),
                    HttpStatus.BAD_REQUEST, -54);
        }

        @Test
        void tamperingWithTheAmountMakesVerifyMismatch() {
            String authority = request(10_000);
            mvc.post().uri(BASE + "/control/sessions/" + authority + "/pay").exchange();

            MvcTestResult tampered = mvc.put().uri(BASE + "/control/sessions/" + authority)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":9000}").exchange();

            assertThat(tampered).hasStatusOk();
            assertThat(tampered).bodyJson().extractingPath("$.amount").isEqualTo(9000);
            assertRefused(verify(MERCHANT, 10_000, authority), HttpStatus.BAD_REQUEST, -50);
        }
    }
}
