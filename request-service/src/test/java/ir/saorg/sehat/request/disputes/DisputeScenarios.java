package ir.saorg.sehat.request.disputes;

import com.jayway.jsonpath.JsonPath;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.payment.PaymentWaived;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.MutableClock;
import ir.saorg.sehat.platform.testing.ReceivedEvent;
import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.request.disputes.Party.Role;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disputes through the API on a real broker: both sides told through events that match their schemas, the
 * organization's decision final, each university's disputes its own, and the deadline closing a dispute once.
 */
@AutoConfigureMockMvc
abstract class DisputeScenarios extends EventFlowScenarios {

    static final String STAFF_UT = "Bearer " + TestTokens.staff("ut");
    static final String STAFF_SHARIF = "Bearer " + TestTokens.staff("sharif");
    static final String OPERATOR = "Bearer " + TestTokens.operator();
    static final String ADMIN = "Bearer " + TestTokens.admin();
    static final String PROBLEMS = "https://sehat.saorg.ir/problems/";

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestLifecycle lifecycle;
    @Autowired
    OpeningDispute opening;
    @Autowired
    Disputes disputes;
    @Autowired
    MongoTemplate mongo;

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.REQUEST_EVENTS};
    }

    @Test
    void staffDisputeAnOutcomeOperatorsAnswerAndSettleItAndBothSidesAreTold() throws Exception {
        String requestId = issued("ut");

        String location = open(requestId, STAFF_UT, "{\"reason\": \"  معدل دانشجو اشتباه درج شده است.  \"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.reason").value("معدل دانشجو اشتباه درج شده است."))
                .andExpect(jsonPath("$.requestStatus").value("CODE_ISSUED"))
                .andExpect(jsonPath("$.request").value("/api/v1/requests/" + requestId))
                .andExpect(jsonPath("$.waitingFor").value("OPERATOR"))
                .andReturn().getResponse().getHeader("Location");
        String disputeId = location.substring("/api/v1/disputes/".length());
        ReceivedEvent opened = valid(probe.awaitEvent(EventTypes.DISPUTE_OPENED.name(), requestId));
        assertThat(opened.payload()).contains("\"disputeId\":\"" + disputeId + "\"", "\"university\":\"ut\"",
                "\"closesAt\":\"");

        write(disputeId, OPERATOR, "کارنامهٔ رسمی را بفرستید.").andExpect(status().isOk())
                .andExpect(jsonPath("$.waitingFor").value("STAFF"));
        valid(probe.awaitEvent(EventTypes.DISPUTE_ANSWERED.name(), requestId));
        write(disputeId, STAFF_UT, "کارنامه پیوست شد.").andExpect(status().isOk())
                .andExpect(jsonPath("$.waitingFor").value("OPERATOR"))
                .andExpect(jsonPath("$.messages.length()").value(2));
        settle(disputeId, OPERATOR, "معدل اصلاح می‌شود و کد تازه صادر خواهد شد.").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("SETTLED"))
                .andExpect(jsonPath("$.closedBy").value("operator"));
        ReceivedEvent closed = valid(probe.awaitEvent(EventTypes.DISPUTE_CLOSED.name(), requestId));
        assertThat(closed.payload()).contains("\"outcome\":\"SETTLED\"", "کد تازه صادر خواهد شد");

        write(disputeId, STAFF_UT, "قبول نداریم.").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-closed"))
                .andExpect(jsonPath("$.disputeId").value(disputeId));
        settle(disputeId, OPERATOR, "تصمیم دیگر").andExpect(status().isConflict());
        open(requestId, STAFF_UT, "{\"reason\": \"اعتراض تازه\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-closed"))
                .andExpect(jsonPath("$.dispute").value(location));
        assertThat(probe.matching(e -> requestId.equals(e.key()) && e.type().contains(".dispute_")))
                .as("opened, answered, closed: the staff reply publishes nothing").extracting(ReceivedEvent::type)
                .containsExactly(EventTypes.DISPUTE_OPENED.name(), EventTypes.DISPUTE_ANSWERED.name(),
                        EventTypes.DISPUTE_CLOSED.name());
    }

    @Test
    void aRequestHasOneDisputeEvenWhenTwoStaffMembersRaceToOpenIt() throws Exception {
        String requestId = issued("ut");
        Party staff = new Party("staff.ut", Role.STAFF, "ut");

        List<Object> outcomes = race(2, () -> {
            try {
                return opening.open(requestId, staff, "اعتراض همزمان");
            } catch (DisputeRefused refused) {
                return refused.why();
            }
        });

        assertThat(outcomes).filteredOn(Dispute.class::isInstance).hasSize(1);
        assertThat(outcomes).contains(DisputeRefused.Why.ALREADY_OPEN);
        String winner = disputes.findByRequest(requestId).orElseThrow().id();
        mvc.perform(post("/api/v1/requests/" + requestId + "/disputes").header("Authorization", STAFF_UT)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"بار سوم\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-already-open"))
                .andExpect(jsonPath("$.title").value("This request already has an open dispute"))
                .andExpect(jsonPath("$.disputeId").value(winner));
        assertThat(mongo.count(new Query(where("requestId").is(requestId)), "disputes")).isEqualTo(1);
    }

    @Test
    void aRequestWithoutAnOutcomeCannotBeDisputedAndBadTextIsRefusedWithNothingStored() throws Exception {
        String submitted = submitted("ut");
        open(submitted, STAFF_UT, "{\"reason\": \"زود است\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-no-outcome"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.title").value("این درخواست هنوز نتیجه‌ای ندارد"));

        String issued = issued("ut");
        open(issued, STAFF_UT, "{\"reason\": \"   \"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-text-required"));
        open(issued, STAFF_UT, null).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/requests/" + issued + "/disputes").header("Authorization", STAFF_UT)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"" + "ب".repeat(4001) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Text too long"))
                .andExpect(jsonPath("$.detail").value("The text is at most 4,000 characters."));
        open(issued, STAFF_UT, "{\"reason\": ").andExpect(status().isBadRequest());
        assertThat(mongo.count(new Query(where("requestId").in(submitted, issued)), "disputes")).isZero();
    }

    @Test
    void eachUniversitysDisputesAreItsOwnAndEachRoleTakesItsOwnPart() throws Exception {
        String requestId = issued("ut");
        open(requestId, OPERATOR, "{\"reason\": \"x\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-wrong-role"));
        open(requestId, STAFF_SHARIF, "{\"reason\": \"x\"}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request-not-found"));
        String disputeId = idOf(open(requestId, STAFF_UT, "{\"reason\": \"اعتراض\"}")
                .andExpect(status().isCreated()));

        mvc.perform(get("/api/v1/disputes/" + disputeId).header("Authorization", STAFF_SHARIF))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-not-found"));
        write(disputeId, STAFF_SHARIF, "دخالت").andExpect(status().isNotFound());
        settle(disputeId, STAFF_UT, "خودمان فیصله می‌دهیم").andExpect(status().isForbidden());
        settle(disputeId, ADMIN, "مدیر").andExpect(status().isForbidden());
        write(disputeId, ADMIN, "مدیر").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-wrong-role"));
        for (String reader : List.of(STAFF_UT, OPERATOR, ADMIN)) {
            mvc.perform(get("/api/v1/disputes/" + disputeId).header("Authorization", reader))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(disputeId));
        }
        assertThat(listed(STAFF_SHARIF, "")).doesNotContain(disputeId);
        assertThat(listed(STAFF_UT, "")).contains(disputeId);
        mvc.perform(get("/api/v1/disputes/" + disputeId)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/disputes")).andExpect(status().isUnauthorized());
        open(requestId, null, "{\"reason\": \"x\"}").andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/disputes/" + UUID.randomUUID()).header("Authorization", OPERATOR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/disputes/not-a-uuid").header("Authorization", OPERATOR))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/disputes/" + disputeId).header("Authorization", OPERATOR))
                .andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.messages.length()").value(0));
    }

    @Test
    void operatorsListOpenDisputesEarliestDeadlineFirstAndStaffOnlyTheirOwn() throws Exception {
        String first = idOf(open(issued("ut"), STAFF_UT, "{\"reason\": \"یکم\"}").andExpect(status().isCreated()));
        String second = idOf(open(issued("sharif"), STAFF_SHARIF, "{\"reason\": \"دوم\"}")
                .andExpect(status().isCreated()));

        List<String> open = listed(OPERATOR, "status=OPEN&size=100");
        assertThat(open).contains(first, second);
        assertThat(open.indexOf(first)).isLessThan(open.indexOf(second));
        String sharifs = body(mvc.perform(get("/api/v1/disputes?status=OPEN&size=100")
                .header("Authorization", STAFF_SHARIF)).andExpect(status().isOk()));
        assertThat(JsonPath.<List<String>>read(sharifs, "$.items[*].university")).containsOnly("sharif");
        assertThat(JsonPath.<List<String>>read(sharifs, "$.items[*].id")).contains(second).doesNotContain(first);
        mvc.perform(get("/api/v1/disputes?size=0").header("Authorization", OPERATOR))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value(PROBLEMS + "dispute-paging"));
        mvc.perform(get("/api/v1/disputes?status=PENDING").header("Authorization", OPERATOR))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOverdueDisputeClosesOnceWhenTwoInstancesRaceAndItsDecisionIsTheLastAnswer() throws Exception {
        String requestId = issued("ut");
        String disputeId = idOf(open(requestId, STAFF_UT, "{\"reason\": \"اعتراض\"}").andExpect(status().isCreated()));
        write(disputeId, OPERATOR, "گواهی درست صادر شده است.").andExpect(status().isOk());
        Instant closesAt = disputes.find(disputeId).orElseThrow().closesAt();
        var pastTheDeadline = new MutableClock(closesAt.plusSeconds(1));
        long overdue = mongo.count(new Query(where("status").is("OPEN").and("closesAt").lte(pastTheDeadline.instant())),
                "disputes");

        Disputes readingTogether = new ReadingTogether(disputes, new CyclicBarrier(2));

        List<Object> closedByEach = race(2, () ->
                new ClosingOverdueDisputes(readingTogether, pastTheDeadline).closeDue());

        assertThat(closedByEach.stream().mapToInt(Integer.class::cast).sum())
                .as("every overdue dispute closed by exactly one of the two instances").isEqualTo((int) overdue);
        ReceivedEvent closed = valid(probe.awaitEvent(EventTypes.DISPUTE_CLOSED.name(), requestId));
        assertThat(closed.payload()).contains("\"outcome\":\"TIMED_OUT\"", "گواهی درست صادر شده است.",
                "\"occurredAt\":\"" + closesAt + "\"");
        await().atMost(Duration.ofSeconds(20)).until(() -> pendingEvents(disputeId) == 0);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> probe.matching(e ->
                requestId.equals(e.key()) && EventTypes.DISPUTE_CLOSED.name().equals(e.type())).size() == 1);
        mvc.perform(get("/api/v1/disputes/" + disputeId).header("Authorization", STAFF_UT))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("TIMED_OUT"))
                .andExpect(jsonPath("$.decision").value("گواهی درست صادر شده است."))
                .andExpect(jsonPath("$.waitingFor").isEmpty());
    }

    private ResultActions open(String requestId, String token, String body) throws Exception {
        var request = post("/api/v1/requests/" + requestId + "/disputes");
        if (token != null) {
            request.header("Authorization", token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private ResultActions write(String disputeId, String token, String text) throws Exception {
        return mvc.perform(post("/api/v1/disputes/" + disputeId + "/messages").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"" + text + "\"}"));
    }

    private ResultActions settle(String disputeId, String token, String decision) throws Exception {
        return mvc.perform(post("/api/v1/disputes/" + disputeId + "/settlement").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"" + decision + "\"}"));
    }

    private List<String> listed(String token, String query) throws Exception {
        return JsonPath.read(body(mvc.perform(get("/api/v1/disputes?" + query).header("Authorization", token))
                .andExpect(status().isOk())), "$.items[*].id");
    }

    private String submitted(String university) throws Exception {
        String body = """
                {"type":"ENROLMENT_CERTIFICATE","fields":{"nationalId":"%s","studentNumber":"4011234567","fullName":"زهرا احمدی"}}"""
                .formatted(TestStudents.nationalId());
        String location = mvc.perform(post("/api/v1/requests").header("Authorization",
                                "Bearer " + TestTokens.staff(university)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A request with its code issued: payment-service and code-service played by calling the lifecycle. */
    private String issued(String university) throws Exception {
        String id = submitted(university);
        UUID requestId = UUID.fromString(id);
        Instant now = Instant.now();
        lifecycle.onPaymentWaived(new PaymentWaived(UUID.randomUUID(), now, requestId, "ENROLMENT_CERTIFICATE", 1405,
                PaymentWaived.Reason.NO_TARIFF));
        lifecycle.onCodeIssued(new CodeIssued(UUID.randomUUID(), now, requestId, "48213390577126048830",
                "ENROLMENT_CERTIFICATE", "049*****99", now, now.plus(Duration.ofDays(180))));
        return id;
    }

    private long pendingEvents(String disputeId) {
        Document document = mongo.findById(disputeId, Document.class, "disputes");
        return document == null ? -1 : document.getList("outbox", Object.class, List.of()).size();
    }

    private static ReceivedEvent valid(ReceivedEvent event) {
        assertThat(EventSchemas.violations(event.type(), event.payload())).isEmpty();
        return event;
    }

    private static String idOf(ResultActions created) {
        String location = created.andReturn().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The store as two instances see it when both have read the overdue disputes before either closes one. */
    private record ReadingTogether(Disputes store, CyclicBarrier bothRead) implements Disputes {

        @Override
        public List<Dispute> overdue(Instant now, int limit) {
            List<Dispute> due = store.overdue(now, limit);
            try {
                bothRead.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other instance never read", e);
            }
            return due;
        }

        @Override
        public boolean insert(Dispute dispute, List<IntegrationEvent> events) {
            return store.insert(dispute, events);
        }

        @Override
        public Optional<Dispute> find(String id) {
            return store.find(id);
        }

        @Override
        public Optional<Dispute> findByRequest(String requestId) {
            return store.findByRequest(requestId);
        }

        @Override
        public boolean append(String id, DisputeMessage message, List<IntegrationEvent> events) {
            return store.append(id, message, events);
        }

        @Override
        public boolean close(String id, Dispute.Closing closing, List<IntegrationEvent> events) {
            return store.close(id, closing, events);
        }

        @Override
        public Page page(DisputeStatus status, String university, int page, int size) {
            return store.page(status, university, page, size);
        }
    }

    /** Runs the action on {@code threads} threads released at the same moment; their results. */
    private static List<Object> race(int threads, Callable<Object> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var start = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return action.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
