package ir.saorg.sehat.request.sla;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.events.request.SlaBreached;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.request.StoredRequests;
import ir.saorg.sehat.request.dates.JalaliDate;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import static ir.saorg.sehat.request.lifecycle.RequestStatus.APPROVED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CANCELLED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The agreement's clocks on a real broker and store: breaches announced once, figures per type, access. */
@AutoConfigureMockMvc
abstract class SlaScenarios extends EventFlowScenarios {

    static final String ENROLMENT = "ENROLMENT_CERTIFICATE";
    static final String TYPE = "$.types[?(@.type == 'ENROLMENT_CERTIFICATE')]";

    @Autowired
    MockMvc mvc;
    @Autowired
    Requests requests;
    @Autowired
    SlaRecords records;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OpenPastTargetGauge openPastTarget;

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.REQUEST_EVENTS};
    }

    @Test
    void announcesABreachOnceWhenTwoInstancesRaceForIt() throws Exception {
        String university = university();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Request late = store(StoredRequests.of(university).status(APPROVED).submittedAt(now.minus(Duration.ofDays(3))));
        double breachesBefore = breachesCounted();
        var start = new CountDownLatch(1);
        var instances = List.of(instance(), instance());

        var runs = instances.stream().map(instance -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return instance.detect();
        })).toList();
        start.countDown();
        runs.forEach(CompletableFuture::join);

        var breached = probe.awaitEvent(EventTypes.SLA_BREACHED.name(), late.id());
        assertThat(EventSchemas.violations(breached.type(), breached.payload())).isEmpty();
        assertThat(breached.payload()).contains("\"university\":\"" + university + "\"",
                "\"dueAt\":\"" + late.resultDueAt() + "\"");
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(5)).until(() ->
                probe.matching(e -> e.key().equals(late.id()) && EventTypes.SLA_BREACHED.name().equals(e.type()))
                        .size() == 1);
        String shown = requestJson(late.id(), university);
        assertThat(shown).contains("\"slaBreachedAt\":\"", "\"what\":\"SLA_BREACHED\"");
        assertThat(shown.split("\"what\":\"SLA_BREACHED\"", -1)).as("one line on the timeline").hasSize(2);
        assertThat(breachesCounted()).isGreaterThanOrEqualTo(breachesBefore + 1);
    }

    @Test
    void announcesALateResultThatWasNeverSeenOpenAndLeavesOneInTimeAlone() {
        String university = university();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Request late = store(StoredRequests.of(university).status(CODE_ISSUED)
                .submittedAt(now.minus(Duration.ofDays(2)).minusSeconds(90)).initialResultAfter(
                        Duration.ofDays(2).plusSeconds(30)));
        Request inTime = store(StoredRequests.of(university).status(CODE_ISSUED)
                .submittedAt(now.minus(Duration.ofDays(2)).minusSeconds(90)).initialResultAfter(Duration.ofDays(1)));

        instance().detect();

        probe.awaitEvent(EventTypes.SLA_BREACHED.name(), late.id());
        assertThat(requests.find(late.id()).orElseThrow().slaBreachedAt()).isNotNull();
        assertThat(requests.find(inTime.id()).orElseThrow().slaBreachedAt()).isNull();
        assertThat(probe.matching(e -> e.key().equals(inTime.id()))).isEmpty();
    }

    @Test
    void marksNothingWhenTheResultCameInTimeAfterTheRequestWasSeenOpen() {
        Instant now = Instant.now();
        Request seen = store(StoredRequests.of(university()).status(APPROVED).submittedAt(now));
        SlaSample open = sample(seen);
        Instant due = seen.resultDueAt();
        mongo.updateFirst(new Query(where("_id").is(seen.id())),
                new Update().set("status", CODE_ISSUED.name()).set("initialResultAt", due.minusSeconds(1)),
                "requests");

        assertThat(records.markBreached(open, entry(now), breach(seen, now))).isFalse();
        assertThat(requests.find(seen.id()).orElseThrow().slaBreachedAt()).isNull();

        mongo.updateFirst(new Query(where("_id").is(seen.id())), new Update().set("initialResultAt", due.plusSeconds(1)),
                "requests");
        assertThat(records.markBreached(open, entry(now), breach(seen, now))).as("a late result is a breach").isTrue();
        assertThat(records.markBreached(open, entry(now), breach(seen, now))).as("once").isFalse();
        assertThat(requests.find(seen.id()).orElseThrow().timeline()).extracting(TimelineEntry::what)
                .containsOnlyOnce("SLA_BREACHED");
    }

    @Test
    void showsOpenRequestsPastTargetAsAGaugePerType() {
        store(StoredRequests.of(university()).status(APPROVED).submittedAt(Instant.now().minus(Duration.ofDays(5))));

        openPastTarget.refresh();

        assertThat(meters.get("sehat.request.open_past_target").tag("type", ENROLMENT).gauge().value())
                .isGreaterThanOrEqualTo(1.0);
        assertThat(meters.get("sehat.request.open_past_target").tag("type", "FOREIGN_DEGREE_EVALUATION").gauge())
                .isNotNull();
    }

    @Test
    void timesEachInitialResultOnceThroughTheLifecycle() throws Exception {
        String id = submit();
        UUID requestId = UUID.fromString(id);
        long before = initialResultsTimed();
        sender.send(new PaymentWaived(UUID.randomUUID(), Instant.now(), requestId, ENROLMENT, 1405,
                PaymentWaived.Reason.NO_TARIFF));
        probe.awaitEvent(EventTypes.REQUEST_APPROVED.name(), id);
        Instant issuedAt = Instant.now();
        var issued = new CodeIssued(UUID.randomUUID(), issuedAt, requestId, "48213390577126048830", ENROLMENT,
                "049*****99", issuedAt, issuedAt.plus(Duration.ofDays(180)));

        sender.send(issued);
        sender.send(issued);
        sender.send(new NotificationDelivered(UUID.randomUUID(), issuedAt.plusSeconds(1), requestId, UUID.randomUUID(),
                "CODE_ISSUED", "IN_APP", issuedAt.plusSeconds(1)));
        // The announcement comes after both copies on the same partition: once it is recorded, both were handled.
        await().atMost(Duration.ofSeconds(20)).until(() -> requests.find(id).orElseThrow().resultAnnouncedAt() != null);

        assertThat(initialResultsTimed()).isEqualTo(before + 1);
    }

    @Test
    void reportsEachTypesFiguresOverTheJalaliRange() throws Exception {
        String university = university();
        Instant day = new JalaliDate(1403, 7, 10).start().plus(Duration.ofHours(1));
        Duration twoDays = Duration.ofDays(2);
        store(StoredRequests.of(university).status(CODE_ISSUED).submittedAt(day)
                .initialResultAfter(Duration.ofDays(1)).announcedAfter(Duration.ofHours(25)));
        store(StoredRequests.of(university).status(CODE_ISSUED).submittedAt(day)
                .initialResultAfter(Duration.ofDays(3)).announcedAfter(Duration.ofHours(73)));
        store(StoredRequests.of(university).status(APPROVED).submittedAt(day));
        store(StoredRequests.of(university).status(CANCELLED).submittedAt(day));
        store(StoredRequests.of(university).status(REJECTED).submittedAt(day)
                .initialResultAfter(Duration.ofHours(12)).announcedAfter(Duration.ofHours(13)));
        store(StoredRequests.of(university).status(CODE_ISSUED).submittedAt(day).initialResultAfter(twoDays));
        Instant end = new JalaliDate(1403, 8, 1).start();
        store(StoredRequests.of(university).status(CANCELLED).submittedAt(end.minusMillis(1)));
        store(StoredRequests.of(university).status(CANCELLED).submittedAt(end));
        store(StoredRequests.of(university).status(CANCELLED)
                .submittedAt(new JalaliDate(1403, 7, 1).start().minusMillis(1)));
        store(StoredRequests.of(university()).status(CANCELLED).submittedAt(day));

        report("from=۱۴۰۳/۰۷/۰۱&to=1403/7/30", TestTokens.staff(university))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("1403/07/01"))
                .andExpect(jsonPath("$.to").value("1403/07/30"))
                .andExpect(jsonPath("$.start").value("2024-09-21T20:30:00Z"))
                .andExpect(jsonPath("$.end").value("2024-10-21T20:30:00Z"))
                .andExpect(jsonPath("$.university").value(university))
                .andExpect(jsonPath(TYPE + ".target").value("PT48H"))
                .andExpect(jsonPath(TYPE + ".submitted").value(7))
                .andExpect(jsonPath(TYPE + ".breaches").value(2))
                .andExpect(jsonPath(TYPE + ".initialResult.count").value(4))
                .andExpect(jsonPath(TYPE + ".initialResult.mean").value("PT39H"))
                .andExpect(jsonPath(TYPE + ".initialResult.meanSeconds").value(140_400))
                .andExpect(jsonPath(TYPE + ".initialResult.p50").value("PT24H"))
                .andExpect(jsonPath(TYPE + ".initialResult.p90Seconds").value(259_200))
                .andExpect(jsonPath(TYPE + ".initialResult.withinTarget").value(3))
                .andExpect(jsonPath(TYPE + ".initialResult.shareWithinTarget").value(0.75))
                .andExpect(jsonPath(TYPE + ".initialResult.late").value(1))
                .andExpect(jsonPath(TYPE + ".initialResult.pendingPastTarget").value(1))
                .andExpect(jsonPath(TYPE + ".announcedResult.count").value(3))
                .andExpect(jsonPath(TYPE + ".announcedResult.mean").value("PT37H"))
                .andExpect(jsonPath(TYPE + ".announcedResult.p50").value("PT25H"))
                .andExpect(jsonPath(TYPE + ".announcedResult.p90").value("PT73H"))
                .andExpect(jsonPath(TYPE + ".announcedResult.shareWithinTarget").value(0.6667))
                .andExpect(jsonPath(TYPE + ".announcedResult.pendingPastTarget").value(2))
                .andExpect(jsonPath("$.types[?(@.type == 'EDUCATIONAL_CONFIRMATION')].submitted").value(0));
        report("from=1403/07/01&to=1403/07/30&university=" + university, TestTokens.operator())
                .andExpect(status().isOk())
                .andExpect(jsonPath(TYPE + ".submitted").value(7));
        report("from=1403/07/01&to=1403/07/30&type=educational_confirmation", TestTokens.staff(university))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.types.length()").value(1))
                .andExpect(jsonPath("$.types[0].type").value("EDUCATIONAL_CONFIRMATION"));
    }

    @Test
    void operatorsAndAdministratorsSeeEveryUniversityOrOne() throws Exception {
        String ut = university();
        String sharif = university();
        Instant day = new JalaliDate(1403, 9, 3).start();
        store(StoredRequests.of(ut).status(CANCELLED).submittedAt(day));
        store(StoredRequests.of(sharif).status(CANCELLED).submittedAt(day));
        store(StoredRequests.of(sharif).status(CANCELLED).submittedAt(day));

        report("from=1403/09/03&to=1403/09/03&university=" + sharif, TestTokens.admin())
                .andExpect(jsonPath("$.university").value(sharif))
                .andExpect(jsonPath(TYPE + ".submitted").value(2));
        String all = report("from=1403/09/03&to=1403/09/03", TestTokens.operator())
                .andExpect(status().isOk()).andExpect(jsonPath("$.university").doesNotExist())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(all).containsPattern("\"type\":\"ENROLMENT_CERTIFICATE\"[^}]*\"submitted\":([3-9]|\\d{2,})");
    }

    @Test
    void staffSeeOnlyTheirOwnUniversitysFigures() throws Exception {
        report("from=1403/07/01&to=1403/07/30&university=sharif", TestTokens.staff("ut"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/other-university"));
        report("from=1403/07/01&to=1403/07/30&university=ut", TestTokens.staff("ut")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/sla?from=1403/07/01&to=1403/07/30")).andExpect(status().isUnauthorized());
    }

    @Test
    void answersBadDatesAndTypesWithProblemDetails() throws Exception {
        String staff = TestTokens.staff("ut");
        report("from=1403/07/31&to=1403/08/10", staff)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/invalid-jalali-date"))
                .andExpect(jsonPath("$.title").value("تاریخ خورشیدی نامعتبر است"))
                .andExpect(jsonPath("$.parameter").value("from"));
        mvc.perform(get("/api/v1/sla?from=1403/07/10&to=1403/07/01").header("Authorization", "Bearer " + staff)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/date-range-reversed"))
                .andExpect(jsonPath("$.detail").value("The range ends on 1403/07/01, before it starts on 1403/07/10."));
        report("from=1403/07/01&to=1404/07/01", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/date-range-too-long"));
        report("from=1403/07/01&to=1404/06/31", staff).andExpect(status().isOk());
        report("from=1403/07/01", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/date-required"))
                .andExpect(jsonPath("$.parameter").value("to"));
        report("from=1403/07/01&to=1403/07/30&type=PASSPORT", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/unknown-type"))
                .andExpect(jsonPath("$.knownTypes").isArray());
    }

    private ResultActions report(String query, String token) throws Exception {
        return mvc.perform(get("/api/v1/sla?" + query).header("Authorization", "Bearer " + token));
    }

    private DetectingBreaches instance() {
        return new DetectingBreaches(records, meters, Clock.systemUTC(), Duration.ofDays(7));
    }

    private Request store(StoredRequests request) {
        Request built = request.build();
        assertThat(requests.insert(built, List.of())).isTrue();
        return built;
    }

    private static SlaSample sample(Request r) {
        return new SlaSample(r.id(), r.type(), r.university(), r.status(), r.submittedAt(), r.resultDueAt(),
                r.initialResultAt(), r.resultAnnouncedAt(), r.slaBreachedAt());
    }

    private static TimelineEntry entry(Instant at) {
        return new TimelineEntry("SLA_BREACHED", at, "request-service", null);
    }

    private static SlaBreached breach(Request r, Instant at) {
        return new SlaBreached(UUID.randomUUID(), at, UUID.fromString(r.id()), r.type(), r.university(),
                r.submittedAt(), r.resultDueAt());
    }

    private double breachesCounted() {
        var counter = meters.find("sehat.request.sla_breaches").tag("type", ENROLMENT).counter();
        return counter == null ? 0 : counter.count();
    }

    private long initialResultsTimed() {
        var timer = meters.find(InitialResultTimer.NAME).tag("type", ENROLMENT).timer();
        return timer == null ? 0 : timer.count();
    }

    private String submit() throws Exception {
        String body = """
                {"type": "ENROLMENT_CERTIFICATE",
                 "fields": {"nationalId": "%s", "studentNumber": "4011234567", "fullName": "زهرا احمدی"}}"""
                .formatted(TestStudents.nationalId());
        String location = mvc.perform(post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private String requestJson(String id, String university) throws Exception {
        return mvc.perform(get("/api/v1/requests/" + id).header("Authorization", "Bearer "
                        + TestTokens.staff(university)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String university() {
        return "u" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }
}
