package ir.saorg.sehat.code.issuing;

import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.persistence.MongoCodes;
import ir.saorg.sehat.code.validity.AnnouncingExpiry;
import ir.saorg.sehat.events.EventTypes;
import ir.saorg.sehat.events.Topics;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.code.CodeRevoked;
import ir.saorg.sehat.events.request.RequestApproved;
import ir.saorg.sehat.platform.testing.EventSchemas;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.platform.testing.EventFlowScenarios;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AutoConfigureMockMvc
// The cache's time to live is far longer than any test: a changed code verifies anew only because its event arrived.
@TestPropertySource(properties = {"sehat.code.verification.per-code-per-minute=5", "sehat.code.cache.time-to-live=1h"})
abstract class CodeIssuingScenarios extends EventFlowScenarios {

    @Override
    protected String[] topicsToRead() {
        return new String[] {Topics.CODE_EVENTS};
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    IssuingCode issuing;
    @Autowired
    Codes codes;
    @Autowired
    AnnouncingExpiry expiry;
    @Autowired
    MockMvc mvc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void issuesACodeThatVerifiesAndPublishesItWithMaskedData() throws Exception {
        RequestApproved approved = approved();
        sender.send(approved);

        var issued = probe.awaitEvent(EventTypes.CODE_ISSUED.name(), approved.requestId().toString());

        assertThat(EventSchemas.violations(issued.type(), issued.payload())).isEmpty();
        assertThat(issued.payload()).contains("\"maskedNationalId\":\"049*****99\"").doesNotContain("0499370899");
        String code = codeIn(issued.payload());
        mvc.perform(get("/api/v1/verifications/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("VALID"))
                .andExpect(jsonPath("$.documentType").value("ENROLMENT_CERTIFICATE"));
    }

    @Test
    void announcesOnceThatNoCodeCanBeIssuedForAnIncompleteHolder() {
        RequestApproved complete = approved();
        var incomplete = new RequestApproved(UUID.randomUUID(), complete.occurredAt(), complete.requestId(),
                complete.requestType(), new RequestApproved.Holder("0499370899", "4011234567", " "),
                complete.codeValidityDays(), complete.typeName(), "ut", 90);
        sender.send(incomplete);
        sender.send(incomplete);
        // The same approval again under a new event id, as a replayed dead letter would bring it.
        sender.send(new RequestApproved(UUID.randomUUID(), incomplete.occurredAt(), incomplete.requestId(),
                incomplete.requestType(), incomplete.holder(), incomplete.codeValidityDays(), incomplete.typeName(),
                "ut", 90));

        var failed = probe.awaitEvent(EventTypes.CODE_ISSUE_FAILED.name(), complete.requestId().toString());

        assertThat(EventSchemas.violations(failed.type(), failed.payload())).isEmpty();
        assertThat(failed.payload()).contains("\"reason\":\"INCOMPLETE_HOLDER\"");
        RequestApproved next = approved();
        sender.send(next);
        probe.awaitEvent(EventTypes.CODE_ISSUED.name(), next.requestId().toString());
        assertThat(probe.matching(e -> e.key().equals(complete.requestId().toString()))).hasSize(1);
        assertThat(codesFor(complete)).isZero();
        String request = complete.requestId().toString();
        assertThat(mongo.count(new Query(new Criteria().orOperator(where("_id").is(request),
                where("requestId").is(request))), MongoCodes.FAILURES)).as("one failure for the request").isEqualTo(1);
        assertThat(mongo.findById(request, Document.class, MongoCodes.FAILURES)).as("kept under the request's id")
                .containsEntry("reason", "INCOMPLETE_HOLDER");
    }

    @Test
    void issuesExactlyOneCodeWhenApprovalArrivesTwice() {
        RequestApproved approved = approved();
        sender.send(approved);
        sender.send(approved);
        probe.awaitEvent(EventTypes.CODE_ISSUED.name(), approved.requestId().toString());
        RequestApproved later = approved();
        sender.send(later);
        probe.awaitEvent(EventTypes.CODE_ISSUED.name(), later.requestId().toString());

        assertThat(probe.matching(e -> e.key().equals(approved.requestId().toString()))).hasSize(1);
        assertThat(codesFor(approved)).isEqualTo(1);
    }

    @Test
    void issuesExactlyOneCodeWhenTwoInstancesRaceOnTheSameApproval() throws Exception {
        RequestApproved approved = approved();
        // Two deliveries of the same fact with different event ids get past any processed-event check.
        RequestApproved twin = new RequestApproved(UUID.randomUUID(), approved.occurredAt(), approved.requestId(),
                approved.requestType(), approved.holder(), approved.codeValidityDays(), approved.typeName());
        var start = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> awaitThen(start, () -> issuing.onRequestApproved(approved)));
        var second = CompletableFuture.runAsync(() -> awaitThen(start, () -> issuing.onRequestApproved(twin)));
        start.countDown();
        CompletableFuture.allOf(first, second).get();

        assertThat(codesFor(approved)).isEqualTo(1);
    }

    @Test
    void refusesMalformedCodesBeforeAnyLookupSayingWhatIsWrong() throws Exception {
        mvc.perform(get("/api/v1/verifications/1234")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/code-length"));
        mvc.perform(get("/api/v1/verifications/abcd-efgh")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/code-characters"));
        mvc.perform(get("/api/v1/verifications/00000000000000000001").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/code-check-digit"))
                .andExpect(jsonPath("$.title").value("Code mistyped"));
    }

    @Test
    void answersUnknownForAWellFormedCodeNobodyWasIssued() throws Exception {
        mvc.perform(get("/api/v1/verifications/00000000000000000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("UNKNOWN"))
                .andExpect(jsonPath("$.documentType").doesNotExist());
    }

    @Test
    void showsTheFullRecordOnlyWithTheHoldersNationalIdAndAuditsEveryAnswer() throws Exception {
        String code = issuedCode();
        long audited = mongo.getCollection("verifications").countDocuments();

        mvc.perform(post("/api/v1/verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"nationalId\": \"0499370899\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullDetail").value(true))
                .andExpect(jsonPath("$.holder.name").value("زهرا احمدی"));
        mvc.perform(post("/api/v1/verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"nationalId\": \"0084575948\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("UNKNOWN"))
                .andExpect(jsonPath("$.holder").doesNotExist())
                .andExpect(jsonPath("$.documentType").doesNotExist());
        mvc.perform(get("/api/v1/verifications/" + code))
                .andExpect(jsonPath("$.holder.name").value("ز*** ا***"))
                .andExpect(jsonPath("$.holder.studentNumber").doesNotExist());

        await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.getCollection("verifications").countDocuments()).isEqualTo(audited + 3));
    }

    @Test
    void refusesOperatorInjectionAndMalformedNationalIds() throws Exception {
        mvc.perform(post("/api/v1/verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": {\"$ne\": null}, \"nationalId\": {\"$gt\": \"\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/malformed-body"));
        mvc.perform(post("/api/v1/verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"00000000000000000000\", \"nationalId\": \"12345\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/national-id-malformed"));
    }

    @Test
    void throttlesACodeVerifiedTooOftenWithRetryAfter() throws Exception {
        String code = issuedCode();
        for (int i = 0; i < 5; i++) {
            int client = i;
            mvc.perform(get("/api/v1/verifications/" + code).with(r -> remote(r, "10.0.0." + client)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/verifications/" + code).with(r -> remote(r, "10.0.0.99")).header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.limit").value("code"))
                .andExpect(jsonPath("$.title").value("Too many verifications"));
    }

    @Test
    void announcesTheExpiryOfACodeOnceAndVerifiesItAsExpired() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String digits = VerificationCode.generate(new java.security.SecureRandom()).digits();
        Instant issuedAt = Instant.now().minus(java.time.Duration.ofDays(181));
        codes.insert(new IssuedCode(digits, requestId, "ENROLMENT_CERTIFICATE",
                new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی"), issuedAt,
                issuedAt.plus(java.time.Duration.ofDays(180)), null, null), java.util.List.of());

        assertThat(expiry.announceDue()).isEqualTo(1);
        assertThat(expiry.announceDue()).as("announced once").isZero();

        var expired = probe.awaitEvent(EventTypes.CODE_EXPIRED.name(), requestId);
        assertThat(EventSchemas.violations(expired.type(), expired.payload())).isEmpty();
        assertThat(expired.payload()).contains(digits);
        mvc.perform(get("/api/v1/verifications/" + digits)).andExpect(jsonPath("$.result").value("EXPIRED"));
    }

    @Test
    void anOperatorRevokesACodeOnceAndItVerifiesAsRevokedEverywhere() throws Exception {
        String code = issuedCode();
        String body = """
                {"category": "RECORD_CORRECTED", "reason": "نام دانشجو در سابقه اصلاح شد"}""";

        mvc.perform(post("/api/v1/codes/" + code + "/revocation").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/codes/" + code + "/revocation").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/codes/" + code + "/revocation").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\": \"BORED\", \"reason\": \"x\"}")
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        mvc.perform(post("/api/v1/codes/" + code + "/revocation").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.category").value("RECORD_CORRECTED"))
                .andExpect(jsonPath("$.revokedBy").value("operator"));
        mvc.perform(post("/api/v1/codes/" + code + "/revocation").contentType(MediaType.APPLICATION_JSON).content(body)
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isConflict());

        var revoked = probe.awaitOn(Topics.CODE_EVENTS, e -> EventTypes.CODE_REVOKED.name().equals(e.type())
                && e.payload().contains(code));
        assertThat(EventSchemas.violations(revoked.type(), revoked.payload())).isEmpty();
        assertThat(revoked.payload()).doesNotContain("اصلاح شد");
        mvc.perform(get("/api/v1/verifications/" + code))
                .andExpect(jsonPath("$.result").value("REVOKED"))
                .andExpect(jsonPath("$.revoked.category").value("RECORD_CORRECTED"));
        String page = mvc.perform(get("/verify/" + code)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("باطل شده", "Revoked", "سابقه اصلاح شده است").doesNotContain("اصلاح شد</");
        assertThat(probe.matching(e -> EventTypes.CODE_REVOKED.name().equals(e.type()) && e.payload().contains(code)))
                .hasSize(1);
    }

    @Test
    void aCodeRevokedByAnotherInstanceStopsVerifyingAsValidWhenItsEventArrives() throws Exception {
        String code = issuedCode();
        IssuedCode before = codes.recentlyByCode(code).orElseThrow();
        assertThat(before.revocation()).isNull();

        // Another instance revokes it: its write reaches the shared store, and its CodeRevoked the topic.
        Instant now = Instant.now();
        mongo.updateFirst(new Query(where("_id").is(code)), new org.springframework.data.mongodb.core.query.Update()
                .set("revocation", new IssuedCode.Revocation(CodeRevoked.Category.ISSUED_IN_ERROR,
                        "issued for the wrong student", now, "operator")), IssuedCode.class, "codes");
        assertThat(codes.recentlyByCode(code).orElseThrow().revocation()).as("still answered from memory").isNull();
        var revoked = new CodeRevoked(UUID.randomUUID(), now, UUID.fromString(before.requestId()), code,
                before.requestType(), CodeRevoked.Category.ISSUED_IN_ERROR, now);

        // Sent again while waiting, in case this instance's consumer joined after the first: forgetting is idempotent.
        await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(500)).until(() -> {
            sender.send(revoked);
            return codes.recentlyByCode(code).orElseThrow().revocation() != null;
        });
        mvc.perform(get("/api/v1/verifications/" + code)).andExpect(jsonPath("$.result").value("REVOKED"));
    }

    @Test
    void digitsVerifiedAsUnknownVerifyOnceAnotherInstanceIssuesThem() throws Exception {
        String digits = VerificationCode.generate(new java.security.SecureRandom()).digits();
        mvc.perform(get("/api/v1/verifications/" + digits)).andExpect(jsonPath("$.result").value("UNKNOWN"));

        // Another instance issues a code with these digits: stored directly, announced with CodeIssued.
        Instant now = Instant.now();
        var requestId = UUID.randomUUID();
        var code = new IssuedCode(digits, requestId.toString(), "ENROLMENT_CERTIFICATE",
                new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی"), now,
                now.plus(java.time.Duration.ofDays(180)), null, null);
        mongo.insert(code, "codes");
        assertThat(codes.recentlyByCode(digits)).as("still answered from memory").isEmpty();
        var issued = new CodeIssued(UUID.randomUUID(), now, requestId, digits, code.requestType(), "049*****99", now,
                code.expiresAt());

        await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(500)).until(() -> {
            sender.send(issued);
            return codes.recentlyByCode(digits).isPresent();
        });
        mvc.perform(get("/api/v1/verifications/" + digits)).andExpect(jsonPath("$.result").value("VALID"));
    }

    @Test
    void staffExtendTheirUniversitysCodeWithinItsTypesLimitAndDownstreamHearsOfIt() throws Exception {
        var approved = new RequestApproved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "ENROLMENT_CERTIFICATE",
                new RequestApproved.Holder("0499370899", "4011234567", "زهرا احمدی"), 180, null, "ut", 90);
        sender.send(approved);
        String code = codeIn(probe.awaitEvent(EventTypes.CODE_ISSUED.name(), approved.requestId().toString()).payload());
        String path = "/api/v1/codes/" + code + "/validity-extension";

        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"days\": 30}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"days\": 30}")
                        .header("Authorization", "Bearer " + TestTokens.staff("sharif")))
                .andExpect(status().isNotFound());
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"days\": 30}")
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.remainingDays").value(60));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"days\": 61}")
                        .header("Authorization", "Bearer " + TestTokens.staff("ut")).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.remainingDays").value(60))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("60 days remain")));
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"days\": 0}")
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isUnprocessableContent());

        var extended = probe.awaitOn(Topics.CODE_EVENTS, e -> EventTypes.CODE_VALIDITY_EXTENDED.name().equals(e.type())
                && e.payload().contains(code));
        assertThat(EventSchemas.violations(extended.type(), extended.payload())).isEmpty();
        assertThat(extended.payload()).contains("\"days\":30");
        String proof = "/api/v1/codes/" + code + "/proof.pdf";
        mvc.perform(get(proof)).andExpect(status().isUnauthorized());
        mvc.perform(get(proof).header("Authorization", "Bearer " + TestTokens.staff("sharif")))
                .andExpect(status().isNotFound());
        byte[] pdf = mvc.perform(get(proof).header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        IssuedCode stored = codes.byCode(code).orElseThrow();
        assertThat(stored.expiresAt()).as("180 days plus 30").isEqualTo(stored.issuedAt().plus(java.time.Duration.ofDays(210)));
    }

    @Test
    void thePageShowsAValidCodeWithJalaliDatesAndAMaskedName() throws Exception {
        String code = issuedCode();

        String page = mvc.perform(get("/verify/" + code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page).contains("معتبر", "ز*** ا***", "۱۴۰۵", "گواهی اشتغال به تحصیل", "Enrolment certificate")
                .doesNotContain("4011234567");
    }

    @Test
    void thePageShowsTheFullRecordToWhoeverKnowsTheHoldersNationalId() throws Exception {
        String code = issuedCode();

        String page = mvc.perform(post("/verify").param("code", code).param("nationalId", "۰۴۹۹۳۷۰۸۹۹"))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page).contains("زهرا احمدی", "4011234567");
    }

    @Test
    void thePageExplainsAMistypedCodeAndEscapesWhatItShowsBack() throws Exception {
        String page = mvc.perform(get("/verify/00000000000000000001")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("اشتباه تایپ شده");

        String hostile = mvc.perform(get("/verify").param("code", "\"><script>alert(1)</script>"))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(hostile).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void theQrCodeLeadsToTheCodesVerificationPage() throws Exception {
        String code = issuedCode();

        byte[] png = mvc.perform(get("/api/v1/verifications/" + code + "/qr.png"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();

        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
        assertThat(new com.google.zxing.MultiFormatReader().decode(bitmap).getText())
                .isEqualTo("http://localhost:8080/verify/" + code.replace("-", ""));
    }

    @Test
    void staffSeeWhenAndHowTheirUniversitysCodeWasVerifiedAndVerifiersSeeTheUniversitysNames() throws Exception {
        var approved = new RequestApproved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "EDUCATIONAL_CONFIRMATION",
                new RequestApproved.Holder("0499370899", "4011234567", "زهرا احمدی"), 180, null, "sharif", 0);
        sender.send(approved);
        String code = codeIn(probe.awaitEvent(EventTypes.CODE_ISSUED.name(), approved.requestId().toString()).payload());
        double fullBefore = verifications("VALID", "full");

        mvc.perform(get("/api/v1/verifications/" + code)).andExpect(status().isOk())
                .andExpect(jsonPath("$.university.code").value("sharif"))
                .andExpect(jsonPath("$.university.fa").value("دانشگاه صنعتی شریف"))
                .andExpect(jsonPath("$.university.en").value("Sharif University of Technology"));
        mvc.perform(post("/api/v1/verifications").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\", \"nationalId\": \"0499370899\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"nationalId\": \"0084575948\"}"))
                .andExpect(jsonPath("$.university").doesNotExist());
        String page = mvc.perform(get("/verify/" + code)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("دانشگاه صنعتی شریف", "Sharif University of Technology");

        String history = "/api/v1/codes/" + code + "/verifications";
        mvc.perform(get(history)).andExpect(status().isUnauthorized());
        mvc.perform(get(history).header("Authorization", "Bearer " + TestTokens.staff("ut")))
                .andExpect(status().isNotFound());
        mvc.perform(get(history + "?size=2").header("Authorization", "Bearer " + TestTokens.staff("sharif")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].result").value("VALID"))
                .andExpect(jsonPath("$.items[1].result").value("UNKNOWN"))
                .andExpect(jsonPath("$.items[0].atJalali").exists())
                .andExpect(jsonPath("$.items[0].client").doesNotExist());
        mvc.perform(get(history).header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(jsonPath("$.items[3].client").isString())
                .andExpect(jsonPath("$.items[2].fullDetail").value(true));
        mvc.perform(get(history + "?size=1000").header("Authorization", "Bearer " + TestTokens.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/verification-paging"));

        var today = ir.saorg.sehat.code.audit.JalaliDay.at(Instant.now());
        String range = "?from=" + today.plusDays(-1) + "&to=" + today.plusDays(1);
        mvc.perform(get("/api/v1/verifications/summary" + range)
                        .header("Authorization", "Bearer " + TestTokens.staff("sharif")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.university.fa").value("دانشگاه صنعتی شریف"))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.fullDetail").value(1))
                .andExpect(jsonPath("$.unknownCodes").doesNotExist())
                .andExpect(jsonPath("$.documentTypes[0].documentType").value("EDUCATIONAL_CONFIRMATION"))
                .andExpect(jsonPath("$.documentTypes[0].byResult.VALID").value(3))
                .andExpect(jsonPath("$.documentTypes[0].byResult.UNKNOWN").value(1));
        mvc.perform(get("/api/v1/verifications/summary" + range)
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.university").doesNotExist())
                .andExpect(jsonPath("$.unknownCodes").isNumber());
        mvc.perform(get("/api/v1/verifications/summary")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/verifications/summary?from=1405-07-31")
                        .header("Authorization", "Bearer " + TestTokens.operator()).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"))
                .andExpect(jsonPath("$.title").value("Malformed date"));
        mvc.perform(get("/api/v1/verifications/summary?from=1405-09-10&to=1405-09-01")
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/summary-range-invalid"));
        assertThat(verifications("VALID", "full")).isEqualTo(fullBefore + 1);
    }

    private double verifications(String result, String detail) {
        var counter = meters.find("sehat.verifications").tags("result", result, "detail", detail).counter();
        return counter == null ? 0 : counter.count();
    }

    private static MockHttpServletRequest remote(MockHttpServletRequest request, String address) {
        request.setRemoteAddr(address);
        return request;
    }

    private String issuedCode() {
        RequestApproved approved = approved();
        sender.send(approved);
        return codeIn(probe.awaitEvent(EventTypes.CODE_ISSUED.name(), approved.requestId().toString()).payload());
    }

    private long codesFor(RequestApproved approved) {
        return mongo.count(new Query(where("requestId").is(approved.requestId().toString())), "codes");
    }

    private static String codeIn(String payload) {
        Matcher m = Pattern.compile("\"code\":\"(\\d{20})\"").matcher(payload);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static void awaitThen(CountDownLatch start, Runnable action) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        action.run();
    }

    private static RequestApproved approved() {
        return new RequestApproved(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "ENROLMENT_CERTIFICATE",
                new RequestApproved.Holder("0499370899", "4011234567", "زهرا احمدی"), 180,
                new RequestApproved.TypeName("گواهی اشتغال به تحصیل", "Enrolment certificate"));
    }
}
