package ir.saorg.sehat.request.query;

import ir.saorg.sehat.platform.testing.TestStudents;
import ir.saorg.sehat.platform.testing.TestTokens;
import ir.saorg.sehat.request.StoredRequests;
import ir.saorg.sehat.request.dates.JalaliDate;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.lifecycle.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static ir.saorg.sehat.request.lifecycle.RequestStatus.APPROVED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.AWAITING_PAYMENT;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.CODE_ISSUED;
import static ir.saorg.sehat.request.lifecycle.RequestStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Lists of requests: who sees which, each filter, paging, and bad input as problem details. */
@AutoConfigureMockMvc
abstract class RequestListScenarios {

    static final Instant DAY = new JalaliDate(1402, 5, 10).start();

    @Autowired
    MockMvc mvc;
    @Autowired
    Requests requests;

    @Test
    void staffSeeOnlyTheirUniversitysRequestsAndOperatorsSeeEveryOne() throws Exception {
        String ut = university();
        String sharif = university();
        String batch = UUID.randomUUID().toString();
        Request ours = store(StoredRequests.of(ut).submittedAt(DAY).batch(batch));
        Request theirs = store(StoredRequests.of(sharif).submittedAt(DAY.plusSeconds(1)).batch(batch));

        list("batch=" + batch, TestTokens.staff(ut))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", contains(ours.id())));
        list("batch=" + batch, TestTokens.staff(sharif))
                .andExpect(jsonPath("$.items[*].id", contains(theirs.id())));
        list("batch=" + batch + "&university=" + sharif, TestTokens.staff(ut))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/other-university"));
        list("batch=" + batch, TestTokens.operator())
                .andExpect(jsonPath("$.items[*].id", contains(theirs.id(), ours.id())));
        list("batch=" + batch + "&university=" + ut, TestTokens.admin())
                .andExpect(jsonPath("$.items[*].id", contains(ours.id())));
        mvc.perform(get("/api/v1/requests")).andExpect(status().isUnauthorized());
        list("batch=" + batch, TestTokens.staff(null)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/no-university-scope"));
    }

    @Test
    void listsNewestFirstAPageAtATime() throws Exception {
        String ut = university();
        List<String> ids = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> store(StoredRequests.of(ut).submittedAt(DAY.plus(Duration.ofMinutes(i)))).id())
                .toList();

        list("size=2", TestTokens.staff(ut))
                .andExpect(jsonPath("$.items[*].id", contains(ids.get(4), ids.get(3))))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.hasNext").value(true));
        list("size=2&page=2", TestTokens.staff(ut))
                .andExpect(jsonPath("$.items[*].id", contains(ids.get(0))))
                .andExpect(jsonPath("$.hasNext").value(false));
        list("", TestTokens.staff(ut))
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    @Test
    void showsACompactRowWithTheNationalIdMasked() throws Exception {
        String ut = university();
        Request issued = store(StoredRequests.of(ut).submittedAt(DAY).status(CODE_ISSUED)
                .student("0499370899", "4011234567", "زهرا احمدی").code("48213390577126048830"));

        list("", TestTokens.staff(ut))
                .andExpect(jsonPath("$.items[0].id").value(issued.id()))
                .andExpect(jsonPath("$.items[0].type").value("ENROLMENT_CERTIFICATE"))
                .andExpect(jsonPath("$.items[0].status").value("CODE_ISSUED"))
                .andExpect(jsonPath("$.items[0].university").value(ut))
                .andExpect(jsonPath("$.items[0].studentName").value("زهرا احمدی"))
                .andExpect(jsonPath("$.items[0].nationalId").value("049*****99"))
                .andExpect(jsonPath("$.items[0].studentNumber").value("4011234567"))
                .andExpect(jsonPath("$.items[0].submittedAt").value("2023-07-31T20:30:00Z"))
                .andExpect(jsonPath("$.items[0].resultDueAt").value("2023-08-02T20:30:00Z"))
                .andExpect(jsonPath("$.items[0].code").value("4821-3390-5771-2604-8830"))
                .andExpect(jsonPath("$.items[0].timeline").doesNotExist());
    }

    @Test
    void filtersByStatusTypeDatesStudentAndBatch() throws Exception {
        String ut = university();
        String nationalId = TestStudents.nationalId();
        String batch = UUID.randomUUID().toString();
        Request approved = store(StoredRequests.of(ut).submittedAt(DAY).status(APPROVED));
        Request awaiting = store(StoredRequests.of(ut).submittedAt(DAY.plus(Duration.ofDays(1)))
                .status(AWAITING_PAYMENT).type("EDUCATIONAL_CONFIRMATION").batch(batch));
        Request rejected = store(StoredRequests.of(ut).submittedAt(DAY.plus(Duration.ofDays(2)).minusMillis(1))
                .status(REJECTED).student(nationalId, "98123", "علی رضایی"));
        Request later = store(StoredRequests.of(ut).submittedAt(DAY.plus(Duration.ofDays(2))));
        String staff = TestTokens.staff(ut);

        list("status=APPROVED&status=awaiting_payment", staff)
                .andExpect(jsonPath("$.items[*].id", contains(awaiting.id(), approved.id())));
        list("status=APPROVED,REJECTED", staff)
                .andExpect(jsonPath("$.items[*].id", contains(rejected.id(), approved.id())));
        list("type=EDUCATIONAL_CONFIRMATION", staff)
                .andExpect(jsonPath("$.items[*].id", contains(awaiting.id())));
        list("from=1402/05/11&to=۱۴۰۲/۰۵/۱۱", staff)
                .andExpect(jsonPath("$.items[*].id", contains(rejected.id(), awaiting.id())));
        list("from=1402/05/12", staff).andExpect(jsonPath("$.items[*].id", contains(later.id())));
        list("to=1402/05/10", staff).andExpect(jsonPath("$.items[*].id", contains(approved.id())));
        list("student=" + persianDigits(nationalId), staff)
                .andExpect(jsonPath("$.items[*].id", contains(rejected.id())));
        list("student=98123", staff).andExpect(jsonPath("$.items[*].id", contains(rejected.id())));
        list("batch=" + batch, staff).andExpect(jsonPath("$.items[*].id", contains(awaiting.id())));
        list("status=APPROVED&type=EDUCATIONAL_CONFIRMATION", staff).andExpect(jsonPath("$.items", hasSize(0)));
        list("", TestTokens.staff(university())).andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void operatorsFilterAcrossUniversities() throws Exception {
        String ut = university();
        String sharif = university();
        String nationalId = TestStudents.nationalId();
        Request atUt = store(StoredRequests.of(ut).submittedAt(DAY).student(nationalId, "1", "زهرا احمدی"));
        Request atSharif = store(StoredRequests.of(sharif).submittedAt(DAY.plusSeconds(5))
                .student(nationalId, "2", "زهرا احمدی").status(REJECTED));

        list("student=" + nationalId, TestTokens.operator())
                .andExpect(jsonPath("$.items[*].id", contains(atSharif.id(), atUt.id())))
                .andExpect(jsonPath("$.items[*].university", containsInAnyOrder(ut, sharif)));
        list("student=" + nationalId + "&status=REJECTED", TestTokens.operator())
                .andExpect(jsonPath("$.items[*].id", contains(atSharif.id())));
        list("student=" + nationalId, TestTokens.staff(ut))
                .andExpect(jsonPath("$.items[*].university", everyItem(is(ut))));
    }

    @Test
    void answersBadFiltersWithProblemDetails() throws Exception {
        String staff = TestTokens.staff("ut");
        list("status=LOST", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/unknown-status"))
                .andExpect(jsonPath("$.knownStatuses", hasItem("CODE_ISSUED")));
        list("type=PASSPORT", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/unknown-type"));
        list("size=201", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/invalid-page"));
        list("page=-1", staff).andExpect(status().isBadRequest());
        list("page=two", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("page"));
        list("size=200&page=50", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/page-too-deep"));
        list("from=1402/13/01", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/invalid-jalali-date"));
        list("from=1402/05/10&to=1402/05/09", staff).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://sehat.saorg.ir/problems/date-range-reversed"));
        mvc.perform(get("/api/v1/requests?student=abc").header("Authorization", "Bearer " + staff)
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Student not recognised"));
    }

    private ResultActions list(String query, String token) throws Exception {
        return mvc.perform(get("/api/v1/requests" + (query.isEmpty() ? "" : "?" + query))
                .header("Authorization", "Bearer " + token));
    }

    private Request store(StoredRequests request) {
        Request built = request.build();
        assertThat(requests.insert(built, List.of())).isTrue();
        return built;
    }

    private static String persianDigits(String digits) {
        return digits.chars().mapToObj(c -> String.valueOf((char) ('۰' + (c - '0')))).reduce("", String::concat);
    }

    private static String university() {
        return "u" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }
}
