package ir.saorg.sehat.notification.announcing;

import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.events.request.RequestRejected;
import ir.saorg.sehat.events.request.RequestSubmitted;
import ir.saorg.sehat.events.request.SlaBreached;
import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.DeliveryState;
import ir.saorg.sehat.notification.delivery.config.DeliveryConfiguration;
import ir.saorg.sehat.notification.email.messaging.SmtpSender;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.notification.recipients.RequestRecipients;
import ir.saorg.sehat.notification.sms.sandbox.SandboxMessages;
import ir.saorg.sehat.platform.events.EventJson;
import ir.saorg.sehat.notification.NotificationScenarios;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.ReceivedEvent;
import ir.saorg.sehat.platform.testing.TestTokens;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results reach the staff member on every channel they chose, once, and request-service hears when; on the real
 * broker, a real SMTP server (GreenMail) and the SMS sandbox over HTTP.
 */
abstract class AnnouncingScenarios extends NotificationScenarios {

    static final String STAFF_UT_MAIL = "z.kazemi@ut.ac.ir";
    static final String STAFF_UT_MOBILE = "09121234567";

    @LocalServerPort
    int port;

    @Autowired
    Announcing announcing;
    @Autowired
    Announcements announcements;
    @Autowired
    RequestRecipients recipients;
    @Autowired
    Notifications feed;
    @Autowired
    SandboxMessages texts;
    @Autowired
    @Qualifier(DeliveryConfiguration.STAFF)
    Deliveries deliveries;
    @Autowired
    MockMvc mvc;

    @Test
    void announcesAnIssuedCodeOnEveryChannelTheStaffMemberChoseAndSaysWhenEach() throws Exception {
        UUID requestId = submittedBy("staff.ut", "ut");
        CodeIssued issued = issued(requestId);
        sender.send(issued);

        List<ReceivedEvent> delivered = awaitDelivered(requestId, 3);
        assertThat(delivered).extracting(e -> field(e, "channel")).containsExactlyInAnyOrder("IN_APP", "EMAIL", "SMS");
        delivered.forEach(e -> assertThat(EventSchemas.violations(e.type(), e.payload())).isEmpty());
        assertThat(delivered).allSatisfy(e -> {
            assertThat(field(e, "subject")).isEqualTo("CODE_ISSUED");
            assertThat(field(e, "causeEventId")).isEqualTo(issued.eventId().toString());
        });

        MimeMessage mail = Mailbox.to(STAFF_UT_MAIL, ref(requestId)).getFirst();
        String emailDelivery = delivered.stream().filter(e -> field(e, "channel").equals("EMAIL"))
                .map(e -> field(e, "notificationId")).findFirst().orElseThrow();
        assertThat(mail.getMessageID()).isEqualTo(SmtpSender.messageId(emailDelivery, "sehat.saorg.ir"));
        assertThat(mail.getSubject()).isEqualTo("کد صحت درخواست " + ref(requestId) + " صادر شد");
        String html = Mailbox.html(mail);
        assertThat(html).contains("<html lang=\"fa\" dir=\"rtl\">", "4821-3390-5771-2604-8835",
                "گواهی اشتغال به تحصیل", "/api/v1/codes/48213390577126048835/proof.pdf");

        assertThat(texts.newest(50)).anySatisfy(text -> {
            assertThat(text.receptor()).isEqualTo(STAFF_UT_MOBILE);
            assertThat(text.message()).contains("4821-3390-5771-2604-8835");
        });
        mvc.perform(get("/api/v1/notifications").param("requestId", requestId.toString())
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].textFa").value("کد صحت درخواست صادر شد: 4821-3390-5771-2604-8835"))
                .andExpect(jsonPath("$[0].textEn").value("Verification code issued: 4821-3390-5771-2604-8835"));
    }

    @Test
    void aRedeliveredEventSendsNothingTwiceEvenWhenItsProcessedMarkWasLost() {
        UUID requestId = submittedBy("staff.ut", "ut");
        CodeIssued issued = issued(requestId);
        sender.send(issued);
        awaitDelivered(requestId, 3);

        // The broker delivers it again and, as after a crash, the processed-event record is gone: the handler runs again.
        announcing.announce(announcements.of(issued));
        sender.send(issued);

        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(Mailbox.to(STAFF_UT_MAIL, ref(requestId))).hasSize(1);
            assertThat(texts.newest(500)).filteredOn(t -> t.message().contains(ref(requestId))).isEmpty();
            assertThat(feed.forRequest(requestId.toString())).hasSize(1);
            assertThat(deliveries.forRequest(requestId.toString())).hasSize(2)
                    .allSatisfy(d -> assertThat(d.state()).isEqualTo(DeliveryState.SENT));
            assertThat(probe.matching(e -> e.key().equals(requestId.toString()))).hasSize(3);
        });
        assertThat(texts.newest(500)).filteredOn(t -> t.receptor().equals(STAFF_UT_MOBILE)
                && t.message().contains("4821")).isNotEmpty();
    }

    @Test
    void aRejectionsReasonIsShownAsTextNeverAsMarkup() throws Exception {
        UUID requestId = submittedBy("staff.ut", "ut");
        String hostile = "<img src=x onerror=alert(1)><a href=\"https://evil.example\">اینجا</a>";
        sender.send(new RequestRejected(UUID.randomUUID(), Instant.now(), requestId, "ENROLMENT_CERTIFICATE", "ut",
                hostile, true));

        await().atMost(Duration.ofSeconds(20)).until(() -> !Mailbox.to(STAFF_UT_MAIL, ref(requestId)).isEmpty());
        String html = Mailbox.html(Mailbox.to(STAFF_UT_MAIL, ref(requestId)).getFirst());
        assertThat(html).doesNotContain("<img", "<a href=\"https://evil.example\"")
                .contains("&lt;img src=x onerror=alert(1)&gt;", "مبلغ آن بازگردانده می‌شود");
        assertThat(awaitDelivered(requestId, 3)).extracting(e -> field(e, "subject")).containsOnly("REQUEST_REJECTED");
    }

    @Test
    void writesInEnglishToThoseWhoReadEnglish() throws Exception {
        mvc.perform(put("/api/v1/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + TestTokens.staff("tabriz"))
                        .content("{\"email\":\"staff@tabrizu.ac.ir\",\"language\":\"en\",\"channels\":[\"EMAIL\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels", hasSize(2)));
        UUID requestId = submittedBy("staff.tabriz", "tabriz");
        sender.send(issued(requestId));

        await().atMost(Duration.ofSeconds(20)).until(() -> !Mailbox.to("staff@tabrizu.ac.ir", ref(requestId)).isEmpty());
        MimeMessage mail = Mailbox.to("staff@tabrizu.ac.ir", ref(requestId)).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Verification code issued for request " + ref(requestId));
        assertThat(Mailbox.html(mail)).contains("<html lang=\"en\" dir=\"ltr\">", "Enrolment certificate");
    }

    @Test
    void operatorsHearOfABreachedAgreementByMailAndInTheirFeed() throws Exception {
        UUID requestId = submittedBy("staff.ut", "ut");
        sender.send(new SlaBreached(UUID.randomUUID(), Instant.now(), requestId, "ENROLMENT_CERTIFICATE", "ut",
                Instant.now().minus(Duration.ofDays(4)), Instant.now().minus(Duration.ofDays(1))));

        await().atMost(Duration.ofSeconds(20)).until(() -> !Mailbox.to("operators@saorg.ir", ref(requestId)).isEmpty());
        mvc.perform(get("/api/v1/notifications").header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].requestId", hasItem(requestId.toString())));
        mvc.perform(get("/api/v1/notifications").param("requestId", requestId.toString())
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aResultWhoseSubmitterIsUnknownStillReachesAFeedAndStopsTheClock() throws Exception {
        UUID requestId = UUID.randomUUID();
        sender.send(issued(requestId));

        ReceivedEvent delivered = awaitDelivered(requestId, 1).getFirst();
        assertThat(field(delivered, "recipient")).isEqualTo("operators");
        assertThat(field(delivered, "subject")).isEqualTo("CODE_ISSUED");
        mvc.perform(get("/api/v1/notifications").param("requestId", requestId.toString())
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void operatorsFollowEachChannelsStateAndStaffMayNot() throws Exception {
        UUID requestId = submittedBy("staff.ut", "ut");
        sender.send(issued(requestId));
        awaitDelivered(requestId, 3);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/v1/notifications/deliveries").param("requestId", requestId.toString())
                                .header("Authorization", "Bearer " + TestTokens.operator()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$", hasSize(3)))
                        .andExpect(jsonPath("$[*].state", org.hamcrest.Matchers.everyItem(
                                org.hamcrest.Matchers.is("SENT")))));
        mvc.perform(get("/api/v1/notifications/deliveries").param("requestId", requestId.toString())
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/forbidden"));
    }

    @Test
    void preferencesAreOnesOwnAndCheckedAllAtOnce() throws Exception {
        mvc.perform(get("/api/v1/notifications/preferences").header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(STAFF_UT_MAIL))
                .andExpect(jsonPath("$.language").value("fa"));
        mvc.perform(put("/api/v1/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + TestTokens.staff("shiraz"))
                        .header("Accept-Language", "en")
                        .content("{\"email\":\"<script>\",\"mobile\":\"123\",\"language\":\"de\",\"channels\":[\"FAX\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/invalid-preferences"))
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[*].field", hasItem("mobile")));
        mvc.perform(put("/api/v1/notifications/preferences").contentType(MediaType.APPLICATION_JSON)
                        .header("Authorization", "Bearer " + TestTokens.staff("shiraz")).content("{\"email\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/malformed-body"));
        mvc.perform(get("/api/v1/notifications/preferences"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
    }

    @Test
    void ignoresEventTypesItDoesNotKnowAndGoesOn() {
        UUID requestId = UUID.randomUUID();
        sender.send(Topics.CODE_EVENTS, requestId.toString(), Map.of("ce_specversion", "1.0", "ce_id",
                UUID.randomUUID().toString(), "ce_type", "ir.saorg.sehat.code.teleported.v1", "ce_source", "/sehat/test",
                "ce_time", Instant.now().toString(), "ce_subject", requestId.toString()), EventJson.bytes("{}"));
        sender.send(issued(requestId));

        assertThat(awaitDelivered(requestId, 1)).hasSize(1);
    }

    @Test
    void refusesAMalformedRequestIdClearly() throws Exception {
        mvc.perform(get("/api/v1/notifications").param("requestId", "x")
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/invalid-parameter"));
        mvc.perform(get("/api/v1/notifications").param("limit", "100000").header("Accept-Language", "en")
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("200")));
    }

    @Test
    void theFeedUpdatesLiveAndACallerWhoReconnectsGetsWhatItMissed() throws Exception {
        String token = TestTokens.staff("ut");
        try (var stream = FeedStream.open(port, token, null)) {
            stream.awaitLine(line -> line.startsWith(":"));
            UUID requestId = submittedBy("staff.ut", "ut");
            sender.send(issued(requestId));

            String data = stream.awaitLine(line -> line.startsWith("data:") && line.contains(requestId.toString()));
            assertThat(data).contains("4821-3390-5771-2604-8835");
            assertThat(stream.lines()).contains("event:notification");
            String id = stream.lines().stream().filter(l -> l.startsWith("id:")).reduce((a, b) -> b).orElseThrow();

            UUID later = submittedBy("staff.ut", "ut");
            sender.send(issued(later));
            awaitDelivered(later, 3);
            try (var again = FeedStream.open(port, token, id.substring(3).strip())) {
                again.awaitLine(line -> line.startsWith("data:") && line.contains(later.toString()));
                assertThat(again.lines()).noneMatch(line -> line.contains(requestId.toString()));
            }
        }
        try (var other = FeedStream.open(port, TestTokens.staff("sharif"), null)) {
            other.awaitLine(line -> line.startsWith(":"));
            UUID notTheirs = submittedBy("staff.ut", "ut");
            sender.send(issued(notTheirs));
            awaitDelivered(notTheirs, 3);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                    assertThat(other.lines()).noneMatch(line -> line.contains(notTheirs.toString())));
        }
    }

    UUID submittedBy(String subject, String university) {
        UUID requestId = UUID.randomUUID();
        sender.send(new RequestSubmitted(UUID.randomUUID(), Instant.now(), requestId, "ENROLMENT_CERTIFICATE",
                Instant.now(), university, new RequestApproved.TypeName("گواهی اشتغال به تحصیل", "Enrolment certificate"),
                subject));
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.find(requestId.toString()).isPresent());
        return requestId;
    }

    List<ReceivedEvent> awaitDelivered(UUID requestId, int count) {
        String type = EventTypes.NOTIFICATION_DELIVERED.name();
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.matching(e -> type.equals(e.type())
                && requestId.toString().equals(e.key())).size() >= count);
        return probe.matching(e -> type.equals(e.type()) && requestId.toString().equals(e.key()));
    }

    static String ref(UUID requestId) {
        return requestId.toString().substring(0, 8);
    }

    static String field(ReceivedEvent event, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(event.payload());
        return matcher.find() ? matcher.group(1) : null;
    }

    static CodeIssued issued(UUID requestId) {
        Instant now = Instant.now();
        return new CodeIssued(UUID.randomUUID(), now, requestId, "48213390577126048835", "ENROLMENT_CERTIFICATE",
                "049*****99", now, now.plus(Duration.ofDays(180)));
    }
}
